"""A task or indicator table's value cell that holds an amount alone, read with its row's name (N6, N10).

Tables that set out indicators one row each with a name column and a column of what each row is to reach
(``指标名称 | 预期效果 | 完成时限``, ``任务 | 目标 | 牵头单位``) write the amount alone in the value cell (``400项``,
``100个左右``, ``98%``): the cell states no measure of its own, the row's name cell is the indicator, and the quote runs
from the name to the value, as N6 reads an indicator table's row. A cell that is a sentence (``新建学校3所``) is read by
the sentence rules as before; this reader takes only a cell that is an amount and nothing else.
"""

from __future__ import annotations

import re

from extract.rules.targets import NUMBER, table_comparator

_DIGIT = re.compile(r"\d")

# an amount alone in a cell: an optional bound sign or word before it, the number with its measure word, an optional
# comparator word after it; nothing else (``3000万吨左右``, ``≥95%``, ``不少于20所``, ``100个以上``)
_BOUND_BEFORE = re.compile(r"^\s*(?P<sign>[<>≥≤])?\s*(?P<word>不少于|不低于|至少|不超过|不高于|控制在|约|近)?\s*")
_SUFFIX_AFTER = re.compile(r"^\s*(?P<suffix>以上|及以上|以下|以内|左右)?\s*[。;；]?\s*$")
_WORD_COMPARATOR = {"不少于": ">=", "不低于": ">=", "至少": ">=", "不超过": "<=", "不高于": "<=", "控制在": "<="}


def amount_alone(cell: str) -> tuple[float, float | None, str, str] | None:
    """(value, value_max, unit, comparator) of a cell that holds one amount and nothing else: ``400项`` -> (400, None,
    ``项``, ``=``), ``3000万吨左右`` -> ``=``, ``≥95%`` -> ``>=``, ``100个以上`` -> ``>=``, ``2-3次`` -> a range. None for a
    cell with words beside the amount (``新建学校3所``, ``完成80%``), a bare number with no measure word (``12``: a
    serial or a year cell's figure, read by the year-column readers) or a month or date (``12月``)."""
    head = _BOUND_BEFORE.match(cell)
    m = NUMBER.match(cell, head.end())
    if m is None or not (m.group("unit") or m.group("pct_word")):
        return None
    tail = _SUFFIX_AFTER.match(cell[m.end():])
    if tail is None:
        return None
    unit = "%" if m.group("pct_word") else m.group("unit").replace("余", "").replace("多", "")
    if unit.endswith("年") and len(m.group("v")) == 4:
        return None  # ``2025年``: a year
    try:
        value = float(m.group("v").replace(",", ""))
        vmax = float(m.group("vmax").replace(",", "")) if m.group("vmax") else None
    except ValueError:
        return None
    word, suffix = head.group("word") or "", tail.group("suffix") or ""
    if word in _WORD_COMPARATOR:
        comparator = _WORD_COMPARATOR[word]
    else:
        comparator = table_comparator(head.group("sign") or "", "" if suffix == "左右" else suffix)
    return value, vmax, unit, comparator


def first_value_cell(cells: list[str], roles: list[str], k: int) -> bool:
    """Cell ``k`` is the row's first cell with a figure after its name cell, in a row with a name (``title``) and no
    unit column: the value the row is to reach. A later figure of the row (``8950人 | 7123人 | 80%``: what was done and
    the share done, under ``实际完成``, ``完成率``) is a result, and a row with a unit column is read by the plan-cell
    reader (``rules.table_layouts``)."""
    if "title" not in roles or "unit" in roles:
        return False
    t = roles.index("title")
    return t < k and not any(_DIGIT.search(c) for c in cells[t + 1:k])
