"""Made-up tests for goal_decisions: a decision whose deed the year dates."""

from extract.rules.goal_decisions import decided_year
from extract.rules.goals import find_goals


def test_decision_dates_its_deed():
    s = "为解决群众急难愁盼问题,某县委、县政府决定2031年在全县范围内办好12件民生实事"
    assert decided_year(s) == (2031, s.find("2031"))
    hits = find_goals(s, 0, False)
    assert len(hits) == 1 and hits[0].year == 2031


def test_decision_variants():
    assert decided_year("某街道决定结合2031年为民办实事项目,对甲园破损器材进行更换")[0] == 2031
    assert decided_year("某縣政府決定於2031年起實施免費午餐")[0] == 2031
    assert decided_year("区政府研究决定 在 2032 年新建公园3个")[0] == 2032


def test_not_a_decision_of_the_year():
    assert decided_year("根据2030年某区政府的决定,甲园已完成改造") == (None, -1)
    assert decided_year("2031年是决定性的一年") == (None, -1)
    assert decided_year("某局下发决定书2031年第3号") == (None, -1)
    assert decided_year("会议决定,甲园扩建工程由某局负责") == (None, -1)
