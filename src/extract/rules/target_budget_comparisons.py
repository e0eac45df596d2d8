"""A budget compared with another year's, as budget and policy-address pages write it (N13: a change of a figure, no
commitment).

Taiwan, Hong Kong and Macau budget pages set this year's total beside last year's and tell the difference:
``明年度总预算为96亿,和今年的93亿相比,只增加3亿``, ``年度拨款将由18亿增加约50%至27亿``. The year set beside
(``和今年的93亿相比``) is the base of the comparison, the difference after it (``只增加3亿``) and the rate of a change
written before its new level (``增加约50%至27亿``) say how the figure moved; only the budget itself and the new level
are what the budget sets.
"""

from __future__ import annotations

import re

# ``和今年的93亿相比``, ``与上年度的90亿元相较``: the figure a budget is set beside
_SET_BESIDE = re.compile(r"(?:与|和|跟)[^，,；;。\d]{0,12}(?:\d{2,4}\s*年度?[^，,；;。\d]{0,6})?$")
_COMPARED = re.compile(r"^[^，,；;。\d]{0,6}?(?:相较|相比|比较)")


def compared_base(before: str, after: str) -> bool:
    """The number is the figure set beside another in ``与…N…相较/相比`` (``和今年的93亿相比``): the base of a
    comparison, no target."""
    # (speedA27) the anchored test of the few characters after first, the scan of the text before after it
    return _COMPARED.match(after) is not None and _SET_BESIDE.search(before) is not None


# ``…相比,只增加3亿``, ``…相较,减少了约2亿``: the clause right after the comparison names the difference
_AFTER_COMPARISON = re.compile(r"(?:相较|相比|比较)(?:之下|下)?\s*[,，]\s*(?:仅|只|约|共)?(?:增加|减少|增长|下降|多|少|增|减)了?"
                               r"\s*(?:约|逾|近|超过)?\s*$")


def difference_after_comparison(before: str) -> bool:
    """The number opens the clause right after a comparison (``…和今年的93亿相比,只增加3亿``): the difference between
    two years' figures, a change, no target."""
    # (speedA27) a match holds one of the comparison's words: three substring tests before the scan
    return ("相较" in before or "相比" in before or "比较" in before) and _AFTER_COMPARISON.search(before) is not None


# ``增加约50%至27亿``, ``大增逾20%至12亿元``: the rate of a change written before the level it reaches
_CHANGE_RATE = re.compile(r"(?:大增|大减|大幅增加|大幅减少|增加|减少|增长|上升|下降|增|减)\s*(?:逾|约|近|超过)?\s*$")
_TO_LEVEL = re.compile(r"^\s*(?:至|到)\s*\d")


def change_rate_before_level(before: str, unit: str, after: str) -> bool:
    """A percentage between a change verb and the level it reaches (``将由18亿增加约50%至27亿``): how far the
    figure moves, the level after it is the one set."""
    return unit in ("%", "成") and _CHANGE_RATE.search(before) is not None and _TO_LEVEL.match(after) is not None


def budget_comparison(before: str, unit: str, after: str) -> bool:
    """Any of the figures of a budget compared with another year's (``compared_base``, ``difference_after_comparison``,
    ``change_rate_before_level``)."""
    return compared_base(before, after) or difference_after_comparison(before) \
        or change_rate_before_level(before, unit, after)
