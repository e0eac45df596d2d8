"""Made-up sentences for ``extract.rules.goal_forecasts``: a population's or a demand's forecast is no goal (O3)."""

from extract.rules.goal_forecasts import forecasts_population
from extract.rules.goals import false_goal_cue, find_goals, goal_date


def test_population_forecasts():
    s = "据了解,截至去年底,某市60岁以上老年人口达到120万人,预计到2032年将达到150万人"
    assert forecasts_population(s)
    assert false_goal_cue(s, goal_date(s)[1]) == "population_forecast"
    assert find_goals(s + "。", 0, False) == []
    assert forecasts_population("出生率回升,故预计2032年后学位需求大增")


def test_near_misses():
    s = "预计到2032年,全区公办园入园率可以达到55%"
    assert not forecasts_population(s)  # a rate the plan reaches
    hits = find_goals(s + "。", 0, False)
    assert len(hits) == 1 and hits[0].year == 2032
    assert not forecasts_population("预计2032年建成幼儿园5所")  # a work
    assert not forecasts_population("到2032年,某市老年人口将达到150万人")  # no 预计: other cues decide
