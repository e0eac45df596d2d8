"""Made-up tests for goal_visions: a long view's year is no goal's date (O6)."""

from extract.rules.goal_visions import vision_year
from extract.rules.goals import false_goal_cue, find_goals
from tests.rules_kit import records


def test_vision_year():
    s = "展望2045年,全市公共图书馆藏书量达到人均3册"
    assert vision_year(s, s.find("2045"))
    assert false_goal_cue(s, s.find("2045")) == "vision_year"
    assert find_goals(s, 0, False) == []
    assert find_goals("展望二〇四五年,建成全民阅读示范城市", 0, False) == []


def test_vision_after_a_deadline_keeps_the_deadline():
    s = "到2032年,乡镇文化站全部达标,展望2045年,文化服务全面现代化"
    assert not vision_year(s, s.find("2032"))
    assert [h.year for h in find_goals(s, 0, False)] == [2032]
    assert not vision_year("到2032年,乡镇文化站全部达标", 1)  # no vision at all


def test_vision_goal_dropped_deadline_kept():
    text = "某县阅读规划\n\n到2033年,全县书屋覆盖率为90%。展望2046年,全县书屋覆盖率为100%。\n"
    goals = [(r.quote, r.target_year) for r in records(text, "goal")]
    assert goals == [("到2033年,全县书屋覆盖率为90%", 2033)]
