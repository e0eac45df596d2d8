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
