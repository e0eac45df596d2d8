"""A year inside one item of a ``;`` list dates no other item (N9)."""

from extract.rules.item_years import year_inside_other_item
from extract.rules.targets import find_targets

LIST = "今年的五件实事分别是:助残工程,为全乡215名残疾人购买2031年度意外保险;出行工程,新增公交站台12个;文化工程,建成农家书屋3个。"


def test_year_inside_an_earlier_item():
    assert year_inside_other_item(LIST, LIST.index("2031"), LIST.index("12个"))


def test_year_in_the_numbers_own_item():
    assert not year_inside_other_item(LIST, LIST.index("2031"), LIST.index("215名"))


def test_year_in_first_clause_or_lead_carries():
    s = "主要目标:确保到2033年底,乡镇卫生院达标率达到95%;村卫生室达标率达到90%。"
    assert not year_inside_other_item(s, s.index("2033"), s.index("90%"))
    s = "2033年全县将完成以下任务,新建公厕8座;改造村道40公里。"
    assert not year_inside_other_item(s, s.index("2033"), s.index("40公里"))


def test_list_read_with_item_years():
    got = {(h.value, h.unit): h.target_year for h in find_targets(LIST, role="plan")}
    assert got[(12.0, "个")] is None and got[(3.0, "个")] is None
    assert got[(215.0, "名")] == 2031
