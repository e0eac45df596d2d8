"""Made-up sentences for ``extract.rules.goal_list_counts``: the year's list of 实事 counted as the subject is a goal (O3b)."""

from extract.rules.goal_list_counts import year_list_counted
from extract.rules.goals import find_goals, goal_date


def test_year_list_counted():
    s = "2031年县政府民生实事项目共12项,项目情况如下:"
    assert year_list_counted(s) == (2031, 0)
    assert goal_date(s)[2] == "year_list_counted"
    hits = find_goals(s, 0, False)
    assert len(hits) == 1 and hits[0].year == 2031
    s = "某区副区长介绍,2031年的10件重点民生实事共20家单位参与,预计投入资金3亿元。"
    assert year_list_counted(s)[0] == 2031
    assert [h.year for h in find_goals(s, 0, False)] == [2031]


def test_near_misses():
    # the list's progress told: a report, no commitment
    assert year_list_counted("2031年市政府民生实事项目共有12项任务,实事项目总体进展情况良好") == (None, -1)
    assert year_list_counted("2031年民生实事共12项,截至6月底已完成8项") == (None, -1)
    # no count with 共, no list as the subject
    assert year_list_counted("2031年县政府民生实事项目情况如下:") == (None, -1)
    assert year_list_counted("2031年全县共新建学校12所") == (None, -1)
