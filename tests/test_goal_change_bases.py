"""Made-up sentences for ``extract.rules.goal_change_bases``: a comparison's base year is no past result (O3)."""

from extract.rules.goal_change_bases import without_comparison_base
from extract.rules.goals import find_goals


def test_base_masked_under_a_deadline():
    s = "到2031年,优良天数比率达到85%,单位GDP能耗较2025年下降10%"
    out = without_comparison_base(s, 0)
    assert len(out) == len(s) and "2025" not in out and "2031" in out
    s2 = "到2031年,全镇生产总值力争达到3亿元,比“十四五”末增0.8亿元"
    assert "十四五" not in without_comparison_base(s2, 0)


def test_goals_with_a_base():
    hits = find_goals("到2031年,空气优良天数比率达到85%以上,单位GDP能耗较2025年下降10%。", 0, False)
    assert len(hits) == 1 and hits[0].year == 2031
    hits = find_goals("到2031年,力争实现全镇生产总值达3亿元,比“十四五”末增0.8亿元。", 0, False)
    assert len(hits) == 1 and hits[0].year == 2031


def test_near_misses():
    s = "单位GDP能耗较2025年下降10%"
    assert without_comparison_base(s, -1) == s  # no commitment date: may report a result
    s = "到2031年,全区幼儿园57所,比2026年增加12所"
    assert without_comparison_base(s, 0) == s  # a state with its change, nothing to reach
    s = "到2031年,全区已建成幼儿园57所,较2026年增加12所"
    assert find_goals(s + "。", 0, False) == []  # ``已`` still reports the past
    s = "2030年全区生产总值达到3亿元,较上年增长6%"
    assert without_comparison_base(s, 0) == s  # no year as the base


def test_base_of_a_planned_or_expected_figure():
    """(goalA34) The base year's planned or expected figure the change is measured from."""
    from extract.rules.goal_change_bases import is_change_base, without_comparison_base
    s = "某市2031年末计划总人口数比2030年计划多出3万,达到475万人"
    assert is_change_base(s, s.index("2030"))
    assert not is_change_base(s, s.index("2031"))
    assert "2030" not in without_comparison_base(s, s.index("2031"))
    assert not is_change_base("2030年计划新建书屋12个", 0)


def test_this_year_plan_skips_a_base_year():
    """(goalA34) ``this_year_plan`` dates the sentence by its first year that is no comparison's base."""
    from extract.rules.goal_date_cues import this_year_plan
    from extract.rules.goals import false_goal_cue, goal_date
    s = "今年全省人口总数计划控制在6683万人以内,比2030年预计增长0.72%,其中某市2031年末人口总数计划为475万人"
    assert this_year_plan(s)[0] == 2031
    year, at, _ = goal_date(s)
    assert year == 2031 and false_goal_cue(s, at) == ""
