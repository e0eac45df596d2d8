"""Made-up tests for goal_school_years: a school year with both its years as the time of a goal."""

from extract.normalise import normalise
from extract.rules.goal_school_years import school_year_under_way, school_year_will
from extract.rules.goals import find_goals
from tests.rules_kit import records


def test_will_for_school_year():
    s = normalise("為了減輕家長負擔,某基金將撥出約9億元, 把2031/32學年的每名學生津貼增加1,000元").text
    assert school_year_will(s)[0] == 2031
    assert [h.year for h in find_goals(s, 0, False)] == [2031]
    s2 = "某局会在2031至32学年为甲校增设5班"
    assert school_year_will(s2)[0] == 2031


def test_school_year_without_will_is_no_cue():
    s = "2031/32学年全区学生共有8万人"
    assert school_year_will(s) == (None, -1)
    s2 = "某局将公布2031年的统计"  # no school year
    assert school_year_will(s2) == (None, -1)


def test_school_year_under_way():
    s = "在2030至31学年,学生津贴由2,500元增至3,500元"
    assert school_year_under_way(s, 2030, 2031)
    assert not school_year_under_way(s, 2030, 2032)  # over by the page's year
    assert not school_year_under_way("2030年,学生津贴增至3,500元", 2030, 2031)  # a calendar year
    assert not school_year_under_way("2028至31学年共新增学位900个", 2028, 2031)  # a span of years, no school year


def test_page_of_the_second_year_keeps_the_goal():
    page = ("某局公布津贴安排\n发布日期:2031-02-20\n某局公布,将向学校及学生提供额外津贴。"
            "在2030至31学年,学生津贴由2,500元增至3,500元,料在基金成立后一周内发放。\n")
    assert any(g.target_year == 2030 for g in records(page, "goal"))
