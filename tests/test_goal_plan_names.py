"""Tests for ``goal_plan_names``: ``计划`` heading a plan's name is no verb of planning (N9c). Made-up text."""

from extract.rules.goal_plan_names import plan_name_before
from extract.rules.goals import expected_date


def test_plan_name_year_dates_nothing():
    s = "某县妇女儿童健康行动计划2031-2035年"
    assert plan_name_before(s, s.index("2031"))
    assert expected_date(s) == (None, -1)
    assert expected_date("印发《国民营养计划2031年重点工作》,修订某项标准") == (None, -1)
    assert expected_date("某县發展計劃2031年重點工作") == (None, -1)


def test_verb_of_planning_still_dates():
    s = "我市计划2031年建成公园5个"
    assert not plan_name_before(s, s.index("2031"))
    assert expected_date(s) == (2031, s.index("2031"))
    assert expected_date("项目计划于2031年完工")[0] == 2031
    assert expected_date("该工程计划2031年底前竣工")[0] == 2031  # ``工程`` is the subject, not a name's modifier
    assert expected_date("项目建设计划2031年完成")[0] == 2031
