"""Made-up budget pages for ``extract.rules.target_budget_comparisons``: the figure a budget is set beside, the
difference after the comparison and the rate of a change before its new level are no targets."""

from extract.rules.target_budget_comparisons import (budget_comparison, change_rate_before_level, compared_base,
                                                      difference_after_comparison)
from rules_kit import records


def targets(text):
    return [(r.value, r.unit) for r in records(text, "numeric_target")]


def test_compared_base():
    assert compared_base("乙市编列2032年度总预算为96亿,与2031年", "相较,仅增加3亿")
    assert compared_base("和上年度的", "相比")
    assert not compared_base("乙市编列2032年度总预算为", ",与2031年相较")


def test_difference_after_comparison():
    assert difference_after_comparison("…与2031年93亿相较,仅增加")
    assert difference_after_comparison("…和去年相比,减少了约")
    assert not difference_after_comparison("乙市将增加")


def test_change_rate_before_level():
    assert change_rate_before_level("开支将由现时的18亿,大增逾", "%", "至27亿")
    assert not change_rate_before_level("开支将大增逾", "%", "。")
    assert not change_rate_before_level("开支将由现时的18亿,大增逾", "亿", "至27亿")
    assert budget_comparison("和上年度的", "亿", "相比")


def test_end_to_end():
    got = targets("丙县明年度编列总预算为96亿,和今年的93亿相比,只增加3亿。")
    assert (96.0, "亿") in got
    assert (93.0, "亿") not in got and (3.0, "亿") not in got
    got = targets("新计划下,丁署的年度拨款将由18亿增加约50%至27亿。")
    assert (27.0, "亿") in got and (50.0, "%") not in got
