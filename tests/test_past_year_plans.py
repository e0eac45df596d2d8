"""(tgtA25) N13c: the plan of a year that is over (``去年计划…``), cited in a later text, is status, not a commitment."""

from extract.rules.targets import find_targets
from extract.rules.text import is_past_at


def test_last_years_plan_is_past():
    s = "去年计划改造农贸市场6个,目前均已完工。"
    assert is_past_at(s, s.index("6"))
    assert not [h for h in find_targets(s, role="report")]


def test_this_years_plan_still_commits():
    s = "今年计划改造农贸市场6个。"
    assert not is_past_at(s, s.index("6"))
    assert [(h.value, h.unit) for h in find_targets(s, role="report")] == [(6.0, "个")]


def test_plan_word_after_other_past_words_unchanged():
    s = "去年已完成任务,今年计划新建驿站9个。"
    assert not is_past_at(s, s.index("9"))
