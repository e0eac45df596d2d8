"""Made-up tests for goal_started_works: a dated start of works told as a fact."""

from extract.rules.goal_date_cues import goal_date
from extract.rules.goal_started_works import started_works_date
from extract.rules.goals import find_goals


def _years(s: str) -> list:
    return [h.year for h in find_goals(s, 0, False)]


def test_start_told_as_fact():
    s = "某卫生院改扩建项目于2031年12月动工,总投资846万元,计划新增一座综合楼"
    assert started_works_date(s, s.find("2031"))
    assert _years(s) == []
    s2 = "教育园区于2030年10月以来陆续开工建设"
    assert started_works_date(s2, s2.find("2030"))
    assert _years(s2) == []


def test_start_still_to_come():
    s = "某卫生院改扩建项目将于2032年3月动工"
    assert not started_works_date(s, s.find("2032"))
    assert _years(s) == [2032]
    s2 = "某校计划于2032年3月开工建设"
    assert not started_works_date(s2, s2.find("2032"))


def test_later_completion_year_dates_the_goal():
    s = "该项目已于2031年7月正式开工建设,2033年正式投入使用"
    at = goal_date(s)[1]
    assert not started_works_date(s, at)
    assert _years(s) == [2033]
