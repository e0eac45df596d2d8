"""Made-up tests for slash_strokes: a diagonal stroke between two names is a slash, not garbled text."""

from extract.cues import is_fragment
from extract.rules.goals import find_goals
from extract.rules.slash_strokes import without_slash_strokes


def test_slash_between_names():
    assert without_slash_strokes("丙岭╱丁湾新区") == "丙岭/丁湾新区"
    assert without_slash_strokes("甲区 ╱ 乙区") == "甲区/乙区"
    assert without_slash_strokes("没有斜线") == "没有斜线"


def test_garbled_lines_stay_fragments():
    assert not is_fragment("丙岭╱丁湾新区的首批住宅用地将于2033年完成平整")
    assert is_fragment("┌──────┐")  # a drawn box
    assert is_fragment("╱╱╱")  # strokes alone


def test_goal_with_a_slash_between_names():
    s = "丙岭╱丁湾新区的首批住宅用地将于2033年完成平整"
    assert [h.year for h in find_goals(s, 0, False)] == [2033]
