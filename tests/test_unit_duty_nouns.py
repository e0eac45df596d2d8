"""A prose duty list introduced with ``责任``/``职能`` and a count of the parties (``…三家的职责和权限。``), its
sentences run on with ``;`` (U8b (ii)); a ``?`` run into Latin letters is scrape debris, no sentence's end."""

from extract.rules.unit_duty_nouns import may_name_duties
from rules_kit import units

TEXT = ("某市出台医疗保障条例。\n条例细化了市卫健局、市医保局、市药监局三家的职责和权限。市卫健局主管医疗机构,要完善诊疗质量评价;"
        "市医保局核定医保支付标准,审核定点医?yuan资格;市药监局则负责药品质量抽检,对零售药店进行监督。此外,财政等部门也负有责任。\n")


def test_each_named_party_opens_its_own_row():
    rows = units(TEXT)
    # (unitA31) the same three rows in any order: ``市药监局则负责…`` is now read by the charge-clause finder too (U7), first
    assert sorted(rows) == sorted([("主管医疗机构", ["市卫健局"], []), ("核定医保支付标准", ["市医保局"], []),
                                   ("药品质量抽检", ["市药监局"], [])])


def test_may_name_duties():
    assert may_name_duties("明确甲局、乙局的职能。") and may_name_duties("两家的责任和工作范围")
    assert not may_name_duties("甲局负责校车管理")
