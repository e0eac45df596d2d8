"""Made-up tests for goal_progress_words: nearness to a goal is no result (O3)."""

from extract.rules.goal_progress_words import without_nearness
from extract.rules.goals import find_goals, reports_past


def test_nearness_is_no_past():
    s = "2033年,全省学前毛入园率达到92%,这是规划确定的约束性指标,目前已接近实现"
    assert without_nearness(s).endswith("目前□接近实现")
    assert not reports_past(s, 0)
    assert [h.year for h in find_goals(s, 0, False)] == [2033]
    assert [h.year for h in find_goals("到2034年建成书屋50个,目前已经逼近目标", 0, False)] == [2034]


def test_results_keep_their_past():
    assert without_nearness("2033年全省已完成改造任务") == "2033年全省已完成改造任务"
    assert find_goals("2033年全省已完成改造任务", 0, False) == []
    assert find_goals("2033年,全省入园率已达到92%", 0, False) == []
