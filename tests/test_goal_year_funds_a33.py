"""Made-up tests for the goalA33 cue: the funds of a year with their amount (goal_year_funds.year_funds, O3e), dropped
in a paragraph read as a report (goal_year_funds.drop_reviewed_funds)."""

from extract.rules.goal_year_funds import year_funds
from extract.rules.goals import false_goal_cue, find_goals, goal_date
from rules_kit import records


def _goals(text):
    return [(g.quote, g.target_year) for g in records(text, "goal")]


def test_year_funds():
    assert year_funds("2031年全县下达维修养护资金120万元,涉及村庄30个") == (2031, 0)
    assert year_funds("2031年某区到位第一批省级补助资金60万元(其中甲资金20万元)") == (2031, 0)
    assert year_funds("2031年项目所需资金概算约800万元") == (2031, 0)
    assert year_funds("下达维修养护资金120万元") == (None, -1)  # no year opening it
    assert year_funds("2031年下达培训任务3000人") == (None, -1)  # a quota, no money
    assert year_funds("根据2031年计划,某局下达资金120万元") == (None, -1)  # the year is no opening time
    assert goal_date("2031年全县下达维修养护资金120万元")[2] == "year_funds"
    assert false_goal_cue("2031年全县已下达维修养护资金120万元", 0) == "past"  # reported done


def test_year_funds_end_to_end():
    text = "关于某县饮水工程的答复\n某代表:\n2031年全县下达维修养护资金120万元,涉及村庄30个。\n"
    assert _goals(text) == [("2031年全县下达维修养护资金120万元,涉及村庄30个", 2031)]


def test_year_funds_in_a_review_list():
    from extract.rules.goal_year_funds import drop_reviewed_funds
    from extract.rules.goals import GoalHit
    hits = [GoalHit(0, 10, 2031, ("year_funds",)), GoalHit(11, 20, 2031, ("deadline",))]
    assert drop_reviewed_funds(hits, "report") == hits[1:]
    assert drop_reviewed_funds(hits, "plan") == hits

