"""Made-up tests for goal_recorded_figures: figures recorded are results, no goal (O3)."""

from extract.rules.goal_recorded_figures import reports_recorded_figures
from extract.rules.goals import false_goal_cue, find_goals


def test_recorded_figures():
    s = "2030年至2033年10月,某津贴计划每年分别录得410宗、520宗、610宗及700宗申请"
    assert reports_recorded_figures(s, 0)
    assert false_goal_cue(s, 0) == "recorded_figures"
    assert find_goals(s, 0, False) == []
    assert find_goals("署方表示,2033年全港共錄得新登記個案1.2萬宗", 0, False) == []


def test_forecasts_and_plans_stay():
    s = "当局预计2035年将录得新增就业个案5000宗"
    assert not reports_recorded_figures(s, s.find("2035"))
    assert not reports_recorded_figures("到2035年,全港新增托位3000个", 1)  # nothing recorded
    assert [h.year for h in find_goals("到2035年,全港新增托位3000个", 0, False)] == [2035]
