"""A prose duty list introduced with ``责任``/``职能`` and a count of the parties (``…三方的责任和业务范围。``), its
sentences run on with ``;`` (U8b (ii)); a ``?`` run into Latin letters is scrape debris, no sentence's end."""

from extract.rules.unit_duty_nouns import may_name_duties
from rules_kit import units

TEXT = ("某省出台校车管理办法。\n办法细化了教育部门、公安部门、交通部门三方的责任和业务范围。教育部门主管学校,要建立校车信息系统;"
        "公安部门核发校车标牌,审批驾驶?shi人资格;交通部门则负责规划农村校车线路,对校车运营进行监督。除三家单位以外,财政等部门也负有责任。\n")


def test_each_named_party_opens_its_own_row():
    rows = units(TEXT)
    assert rows == [("主管学校", ["教育部门"], []), ("核发校车标牌", ["公安部门"], []), ("规划农村校车线路", ["交通部门"], [])]


def test_may_name_duties():
    assert may_name_duties("明确甲局、乙局的职能。") and may_name_duties("三方的责任和业务范围")
    assert not may_name_duties("甲局负责校车管理")
