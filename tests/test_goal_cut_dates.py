"""(goalA35) O3: a sentence cut off inside its date states no act, no goal (``goal_cut_dates``)."""

from extract.rules.goal_cut_dates import cut_inside_date


def test_cut_inside_date():
    assert cut_inside_date("本活動於100年5")
    assert cut_inside_date("本区于2031年5月份及11")
    assert cut_inside_date("预算金额: 本活动于2031年5")
    assert not cut_inside_date("该书屋于2031年10月底前建成")  # the act is visible
    assert not cut_inside_date("预计2031年6")  # a forecast's verb before the date: the general cues read it
    assert not cut_inside_date("到2031年,建成书屋40个")
    assert not cut_inside_date("")


def test_cut_date_gives_no_goal():
    from extract.rules.goals import false_goal_cue, find_goals
    assert false_goal_cue("本区于2031年5") == "cut_date"
    assert find_goals("本区于2031年5", 0, False) == []
    assert [g.year for g in find_goals("本区于2031年5月建成书屋12个。", 0, False)] == [2031]
