"""Made-up texts for ``extract.rules.goal_nested_notes``: bracketed unit notes with a short bracket inside (O1, G2a)."""

from rules_kit import records
from extract.rules.goal_nested_notes import is_nested_bracket_note


def goals(text):
    return [r.quote for r in records(text, "goal")]


def test_nested_bracket_note():
    assert is_nested_bracket_note("(甲局、乙委、丙局,某县(区)、乡镇政府)")
    assert is_nested_bracket_note("（乙委、丙局(筹)负责）。")
    assert is_nested_bracket_note("(某局,各县(市、区)人民政府)")


def test_nested_bracket_note_near_misses():
    assert not is_nested_bracket_note("(某局负责)")  # no bracket inside: goal_asides reads it
    assert not is_nested_bracket_note("(一)新建幼儿园(含分园)3所")  # an item with its marker
    assert not is_nested_bracket_note("(某局)(二)某指标增长5%")  # a note with the next item run in
    assert not is_nested_bracket_note("(一)某县(区)新建公园5个")
    assert not is_nested_bracket_note("新建公园5个(甲局,各县(区)政府)")  # the item, its note after it
    assert not is_nested_bracket_note("((县))")  # only brackets


def test_nested_note_under_goal_heading_is_no_goal():
    text = ("一、目标分解\n"
            "1、某县地区生产总值增长8%。\n"
            "(甲局、乙委,各县(区)政府)\n"
            "2、城镇登记失业率控制在4%以内。\n"
            "(丙局,各县(区)政府)\n")
    got = goals(text)
    assert not any(q.startswith("(") for q in got)
    assert any("失业率" in q for q in got)
