"""(probeG40) A task closed by its year in brackets is a goal with that year (rules/goal_item_years.py, O3)."""

import pytest

from extract.rules.goal_item_years import closing_year_bracket
from rules_kit import records


@pytest.mark.parametrize("sentence, year", [
    ("完善提升城市安全信息系统(2031年)", 2031),
    ("改造农贸市场(2031年底)。", 2031),
    ("建成社区食堂(2031年6月)", 2031),
    ("完成老舊校舍補強工程(2031年)", 2031),
])
def test_closing_year_bracket(sentence, year):
    assert closing_year_bracket(sentence)[0] == year


@pytest.mark.parametrize("sentence", [
    "全区有学校86所(2020年)",  # a count's data year
    "依据《某市教育规划》(2031年)",  # a document's year
    "已完成城市安全信息系统建设(2031年)",  # a deed done
    "完善提升城市安全信息系统(2031年)建设工作",  # the bracket does not close the item
    "完善提升城市安全信息系统",
])
def test_no_closing_year_bracket(sentence):
    assert closing_year_bracket(sentence) == (None, -1)


@pytest.mark.parametrize("sentence", ["完善提升城市安全信息系统(2031年)。", "改造提升农贸市场(2031年底)。",
                                      "建成社區長照據點(2031年6月)。"])
def test_bracketed_item_years_give_goals(sentence):
    got = [(r.quote, r.target_year) for r in records("本报讯\n\n" + sentence + "\n", "goal")]
    assert got == [(sentence.rstrip("。"), 2031)]
