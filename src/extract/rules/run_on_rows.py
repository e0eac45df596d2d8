"""(tblA26) An indicator table whose rows run on after their spaced header, parted by the rows' serials (N6, N14).

A table copied out of a document file often loses its line breaks: the header's cells and every row follow each other
on one line, parted by blanks only (``考核指标 单位 分值 目标值 1.甲率 % 5 ≥90 2.乙数 万人 3 ≥1.2 …``); a merged
category cell written down its column drops one character between the rows (``… ≥90 社 2.乙数 …``). The header names
the indicator column, the measure column (``单位``), any columns between (``权重``, ``分值``) and the target column
(``目标值``, ``2031年目标``) last; each serial opens a row whose cells fill those columns in order, and the cell under the
target column is a target: the indicator the row's name, the unit the measure cell, the quote from the name to the
target (N6). The target year is the target column's year, else the end of the plan period named just before the header
(``某市十二五规划 … 指标体系``: 2015), else none. Rows a line under such a header are read the same way.

Made-up examples only.
"""

from __future__ import annotations

import re
from typing import Callable

from extract.rules.targets import table_value
from extract.rules.unit_flat import _clean
from extract.rules.unit_rows import _nonblank_lines
from extract.structure import FIVE_YEAR_PLANS

# the header's indicator column, its measure column, up to three columns between and the target column last
_INDICATOR_COL = r"(?:[\u4e00-\u9fff]{0,4}指标(?:名称|内容)?|指标项)"
_MIDDLE_COL = r"(?:权重|分值|权数|满分|评分标准|计分方法|考核分值|基期值|现状值|20\d\d年)"
# the target column's head inside the header's pattern (a target column's other heads: the note above
# ``table_cues._WORD_THEN_YEAR``)
_TARGET_COL = r"(?P<target>(?:(?P<year>20\d\d)\s*年\s*)?(?:目标值?|预期目标|规划目标|目标任务)|(?P<only>20\d\d)\s*年?\s*目标值?)"
_HEADER = re.compile(rf"(?<!\S){_INDICATOR_COL}\s+(?:(?P<unit>单位|计量单位)\s+)?(?P<mid>(?:{_MIDDLE_COL}\s+){{0,3}}){_TARGET_COL}(?!\S)")
# a row's serial glued to its name (``3.甲率``, ``12、乙数``), after a blank or at the line's start
_SERIAL = re.compile(r"(?<!\S)\d{1,2}[.、．](?=[\u4e00-\u9fff])")
_MEASURE = re.compile(r"^(?:%|‰|[\u4e00-\u9fff/]{1,5})$")
_CELL = re.compile(r"\S+")
_MIDDLE_CELL = re.compile(r"^-?\d+(?:\.\d+)?%?$|^[-—/]$")
# a five-year plan's name before the header: its end year (``FIVE_YEAR_PLANS``) dates the targets (``十二五`` -> 2015)
_FIVE_YEAR = re.compile(r"(十一五|十二五|十三五|十四五|十五五)")
_PERIOD = re.compile(r"20\d\d\s*[-—–~至]\s*(20\d\d)\s*年")


def header_year(line: str, at: int, m: re.Match) -> int | None:
    """The year of the target column of the header ``m`` found at ``at`` in ``line``: its own (``2031年目标值``), else
    the end of the plan period named before the header within 60 characters (``十四五``, ``2026-2030年``): ``line`` may
    hold the lines above the header's, joined."""
    own = m.group("year") or m.group("only")
    if own:
        return int(own)
    before = line[max(0, at - 60):at]
    five = list(_FIVE_YEAR.finditer(before))
    if five:
        return FIVE_YEAR_PLANS[five[-1].group(1)][1]
    period = list(_PERIOD.finditer(before))
    return int(period[-1].group(1)) if period else None


def row_cells(words: list[str], middle: int, measured: bool = True) -> tuple[str, str, str] | None:
    """(name, measure, target cell) of a row's blank-parted cells under a header with ``middle`` columns between the
    measure and the target: the name (its serial cut), a measure cell (``%``, ``万人``, ``元/人``), the middle cells
    (figures: weights, scores), the target cell a figure; the cells after it (a category's character, a page number)
    are no part of the row. Under a header without a measure column (``measured`` false) the middle cells follow the
    name and the measure is the target cell's own (``≥62%``). None where the cells do not fill the columns so."""
    at = 1 if measured else 0
    if len(words) < 2 + at + middle:
        return None
    name = _SERIAL.sub("", words[0], count=1)
    target = words[1 + at + middle]
    parsed = table_value(target)
    measure = words[1] if measured else (parsed[2] if parsed else "")
    if not name or (measured and not _MEASURE.match(measure)) \
            or not all(_MIDDLE_CELL.match(w) for w in words[1 + at:1 + at + middle]):
        return None
    return (name, measure, target) if parsed is not None else None


def run_on_values(text: str, blanks: Callable[[int], bool] | None = None) -> list:
    """The target cells of the run-on indicator tables of ``text`` (the module's docstring), as
    ``table_rows.YearValue`` (its year None where neither the header nor a plan name before it gives one)."""
    from extract.rules.table_rows import YearValue  # (lazy: ``table_rows`` reads its rows through this module)

    out: list = []
    if "目标" not in text:
        return out
    head: tuple[int, int | None, bool] | None = None  # (middle columns, target year, a measure column) of the header
    for _a, _b, a, b in _nonblank_lines(text):
        if head is None and "目标" not in text[a:b]:
            continue
        line, where = _clean(text, a, b, blanks)
        pos = 0
        m = _HEADER.search(line) if "目标" in line else None
        if m is not None:
            before = text[max(0, a - 120):a].replace("\n", " ") + " " + line[:m.start()]
            head = (len(m.group("mid").split()), header_year(before + line[m.start():], len(before), m), bool(m.group("unit")))
            pos = m.end()
        elif head is None:
            continue
        middle, year, measured = head
        starts = [s.start() for s in _SERIAL.finditer(line, pos)]
        if not starts and m is None:
            starts = [len(line) - len(line.lstrip())]  # a row a line without its serial glued: the line is the row
        read = 0
        for k, s in enumerate(starts):
            e = starts[k + 1] if k + 1 < len(starts) else len(line)
            cells = list(_CELL.finditer(line, s, e))
            if len(cells) > 1 and cells[0].group().isdigit():
                cells = cells[1:]  # ``1 甲率 % 95``: the serial a cell of its own
            got = row_cells([c.group() for c in cells], middle, measured)
            if got is None:
                continue
            read += 1
            name, measure, target = got
            sign, value, cell_unit, suffix = table_value(target)
            first, last = cells[0], cells[(2 if measured else 1) + middle]
            skip = len(cells[0].group()) - len(name)
            out.append(YearValue(where[first.start() + skip], where[last.end() - 1] + 1, name, value,
                                  measure, sign, suffix, year))
        if not read and m is None:
            head = None  # a line of no row after the rows: the table has ended
    return out
