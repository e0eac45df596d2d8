"""(tgtA25) N9, N9b: a year that opens a later ``;`` item dates no number before the break, unless it is the date of a
works step (N9b dates the whole project's quantities)."""

from extract.rules.item_years import year_in_later_item
from extract.rules.targets import find_targets


def test_later_item_year():
    s = "今年新建口袋公园40个;2032年,再新建30个"
    assert year_in_later_item(s, s.index("40"), s.index("2032"))
    assert not year_in_later_item(s, s.index("30"), s.index("2032"))


def test_works_step_year_still_dates():
    s = "新建校舍3000平方米,计划投资900万元;规划2032年开工建设"
    assert not year_in_later_item(s, s.index("900"), s.index("2032"))


def test_pipeline_years():
    hits = find_targets("今年新建口袋公园40个,年底前开放;2032年,全县将再新建30个。")
    assert [(h.value, h.target_year) for h in hits] == [(40.0, None), (30.0, 2032)]
