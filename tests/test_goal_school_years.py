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


def test_school_year_paid_on_or_willed_after():
    from extract.rules.goal_school_years import school_year_will, school_year_under_way
    assert school_year_will("当局继续向2031/2032学年在外地就读的学生发放交通津贴")[0] == 2031
    assert school_year_will("当局于2031/2032学校年度将续向就读学生发放书簿津贴")[0] == 2031
    assert school_year_will("当局于二○三一/二○三二学校年度将续向就读学生发放书簿津贴")[0] == 2031
    assert school_year_under_way("于二○三一/二○三二学校年度将续向学生发放津贴", 2031, 2032)
    # near-misses: a school year reported, no will marker, no going on
    assert school_year_will("2031/2032学年共有学生5000人")[0] is None
    assert school_year_will("会议讨论了《二○三一/二○三二学校年度学生津贴》草案")[0] is None


def test_school_year_in_chinese_numerals_end_to_end():
    page = ("某地学生津贴续发\n发布日期:2032-03-01\n当局于二○三一/二○三二学校年度将续向在外地就读的学生发放书簿津贴。"
            "会议讨论了《二○三一/二○三二学校年度学生津贴》草案。")
    assert [(g.target_year) for g in records(page, "goal")] == [2031]
