"""(tblA26) Indicator tables whose last column is the year's target, flattened with ``|`` between cells and a cell
over several lines (N6, N9, N14).

A performance table (``衡量指标 | 评估体制 | 评估方式 | 衡量标准 | 2031年度目标值``; Taiwan's 施政目標 tables write
the year in the ROC calendar, ``120年 年度目標值``) sets one row per indicator and the year's target in its last
column. Copied out of a page, every cell stands between ``|`` marks, a cell of several lines (a list of steps in the
measure column) keeps its breaks, and the merged cells of a strategy over its indicators stand only before the first
of them: the rows differ in length. Read from its end, each row is regular: its last cell is the target, and the
indicator stands as many cells before it as the header puts between the two columns. A value cell so placed (a figure
with its measure: ``100%``, ``6场``) that closes its row (the next cell opens the next row with its serial, or the table
ends) is a target, dated by the header's year; its quote runs from the indicator to the target (N6). The indicator's
weight in brackets (``推展甲项(6%)``) is no part of its name.

Made-up examples only.
"""

from __future__ import annotations

import bisect
import re

from extract.data import Span, Table, TableRow, trusted_span
from extract.table_cues import measured_value

_BOUNDARY = re.compile(r"[|｜\n]")
_INDICATOR_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,4}指[标標](?:名称|名稱)?$")
# the target column's head: ``2031年度目标值``, ``120年 年度目標值``, ``年度目标值``, ``目标`` (why not
# ``table_cues.is_target_column``'s: the note above ``table_cues._WORD_THEN_YEAR``)
_TARGET_HEAD = re.compile(r"^(?:(\d{2,4})年度?)?(?:年度)?目[标標]值?$")
_HEADER_WORD = re.compile(r"^[\u4e00-\u9fff()（）]{2,10}$")
_SERIAL = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]?$")
_WEIGHT = re.compile(r"\s*[(（]\d{1,2}(?:\.\d)?%[)）]\s*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def target_head_year(cell: str) -> int | None:
    """The year of a target column's head cell (``2031年度目标值`` -> 2031, ``120年 年度目標值`` -> 2031 in the ROC
    calendar); None for any other cell or a head without a year."""
    m = _TARGET_HEAD.match("".join(cell.split()))
    if m is None or m.group(1) is None:
        return None
    y = int(m.group(1))
    return y + 1911 if y < 1000 else y


def is_row_serial(cell: str) -> bool:
    """A cell that opens a row with its serial alone: ``三``, ``12``, ``4、``."""
    return _SERIAL.match(cell.strip()) is not None


def indicator_name(cell: str) -> str:
    """The indicator's name of its cell, its weight in brackets cut (``推展甲项(6%)`` -> ``推展甲项``) and its lines
    joined."""
    return _WEIGHT.sub("", "".join(cell.split()))


_GOAL_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,6}目[标標]$")


def goal_column_head(cell: str) -> bool:
    """The head of a column of the strategies the indicators serve (``策略绩效目标``, ``施政目标``): each of its
    cells a goal (O1a). Not the target column's head (``年度目标``)."""
    t = "".join(cell.split())
    return _GOAL_HEAD.match(t) is not None and "年" not in t and not t.endswith(("指标目标",))


def strategy_cell(cells: list, k: int) -> tuple[int, int] | None:
    """The span of the strategy cell that opens the row of indicator cell ``k`` (a merged cell, printed before the
    first of its indicators only): ``三 | 营造甲业态,打造乙中心(20%) | 一 | 甲指标…``; the weight in brackets cut."""
    if k < 2 or not is_row_serial(cells[k - 1][0]) or is_row_serial(cells[k - 2][0]):
        return None
    t, a, b = cells[k - 2]
    if len(_HAN.findall(t)) < 4 or _WEIGHT.search(t) is None:
        return None
    return a, a + _WEIGHT.search(t).start()


def pipe_cells(text: str) -> list[tuple[str, int, int]]:
    """The cells of ``text`` parted by ``|`` marks, as (text, start, end): a cell runs over the breaks of lines that
    hold no mark (a cell of several lines kept whole), and a line that holds a mark ends its last cell (a row a
    line: ``甲 | 乙 | 丙``)."""
    out = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() == "\n":
            line_start = text.rfind("\n", 0, m.start()) + 1
            if "|" not in text[line_start:m.start()] and "｜" not in text[line_start:m.start()]:
                continue
        seg = text[pos:m.start()]
        t = seg.strip()
        if t:
            a = pos + len(seg) - len(seg.lstrip())
            out.append((t, a, a + len(t)))
        pos = m.end()
    seg = text[pos:]
    if seg.strip():
        a = pos + len(seg) - len(seg.lstrip())
        out.append((seg.strip(), a, a + len(seg.strip())))
    return out


def target_column_tables(text: str, lines: list, skip: set[int]) -> list[tuple[int, int, Table]]:
    """The tables of ``text`` read as the module's docstring says, each as ``(first line, line after, Table)`` of an
    indicator table (roles ``label`` and ``value:YEAR``). ``lines``: the document's lines (``Line``), ``skip`` the
    lines of tables read already."""
    from extract.rules.targets import table_value  # (lazy: the structure stage runs before the rules)

    out: list[tuple[int, int, Table]] = []
    if text.count("|") + text.count("｜") < 4 or ("指标" not in text and "指標" not in text):
        return out
    starts = [ln.start for ln in lines]

    def line_of(pos: int) -> int:
        return lines[bisect.bisect_right(starts, pos) - 1].index

    cells = pipe_cells(text)
    n = len(cells)
    i = 0
    while i < n:
        if _INDICATOR_HEAD.match("".join(cells[i][0].split())) is None or line_of(cells[i][1]) in skip:
            i += 1
            continue
        d = next((k for k in range(1, 7) if i + k < n and _TARGET_HEAD.match("".join(cells[i + k][0].split()))), None)
        if d is None or not all(_HEADER_WORD.match(c[0]) for c in cells[i + 1:i + d]):
            i += 1
            continue
        again = [k for k in range(1, d) if _INDICATOR_HEAD.match("".join(cells[i + k][0].split()))]
        if again:  # a two-row header (``策略目标 | 衡量指标`` over ``衡量指标 | 评估方式 | …``): its last row's
            i, d = i + again[-1], d - again[-1]
        goals = any(goal_column_head(part) for c in cells[max(0, i - 3):i] for part in c[0].splitlines()[-1:])
        year = target_head_year(cells[i + d][0])
        if year is None:
            i += 1
            continue
        rows: list[TableRow] = []
        j = i + d + 1
        last = j
        while j < n and len(cells[j][0]) <= 200:
            t = cells[j][0]
            label = cells[j - d] if j - d > i + d else None
            closes = j + 1 >= n or is_row_serial(cells[j + 1][0]) or len(cells[j + 1][0]) > 200 or (
                label is not None and "\n" not in text[label[1]:cells[j][2]] and "\n" in text[cells[j][2]:cells[j + 1][1]])
            parsed = table_value(t) or measured_value(t)
            if label is not None and closes and parsed is not None and (parsed[2] or "%" in t) \
                    and len(_HAN.findall(label[0])) >= 2 and not is_row_serial(label[0]) and table_value(label[0]) is None:
                unit = [parsed[2]] if parsed[2] else []  # the value's own measure (``20家``), not a note in the name's bracket
                rows.append(TableRow(cells=[indicator_name(label[0])] + unit + [t], roles=["label"] + ["unit"] * len(unit) + [f"value:{year}"],
                                     cell_spans=[trusted_span(label[1], label[2])] + [trusted_span(cells[j][1], cells[j][2])] * (len(unit) + 1)))
                if goals and (goal := strategy_cell(cells, j - d)) is not None:
                    rows.append(TableRow(cells=[text[goal[0]:goal[1]]], cell_spans=[trusted_span(*goal)], roles=["goal"]))
                last = j + 1
            elif j - last > 3 * (d + 2):
                break  # no row closed for longer than two rows: the table has ended
            j += 1
        if rows:
            a, b = cells[i][1], cells[last - 1][2]
            out.append((line_of(a), line_of(b - 1) + 1, Table(kind="indicators", header=[cells[i][0], cells[i + d][0]],
                                                                years=[year], rows=rows, span=Span(start=a, end=b))))
            i = last
        else:
            i += 1
    return out
