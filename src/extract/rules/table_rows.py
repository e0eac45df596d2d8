"""(fourteenth round) Numeric targets of table rows flattened into lines whose cells are parted by blanks only, in
the orders the indicator and task readers (``extract.tables``) do not take:

- a progress table a row a line, its header naming a measure column and a plan column after it
  (``序号 指标名称 单位 目标任务 累计完成情况 完成进度 责任单位``): each row's plan cell is a target, its unit the cell
  before it (``新建公厕 座 12 5 41.7%`` -> 12 ``座``); a row without its own number and unit continues the row above
  and takes its unit (N6's sub-rows); the result and progress cells are status (N13a);
- a plan row of bare numbers, one per column (``新增站点年度目标 3 4 2 9``, the columns named by the header cells
  before it): each number is a target without unit (N8), the quote from the row's label to the number (N6). Result
  rows (``实际完成 1 2 0 3``) are status.

``blanks`` puts back the blanks the normaliser dropped between two Chinese characters (``unit_flat.dropped_blank``),
which part the cells here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from extract.cues import column_role
from extract.rules.unit_flat import _clean
from extract.rules.unit_rows import _nonblank_lines, could_hold_number_column
from extract.table_cues import (VALUE_CELL, is_empty_value, is_plan_column, is_result_column, measure_unit_cell,
                                plan_value_cell, result_year, year_first)
from extract.tables import is_base_year


@dataclass(slots=True)
class RowValue:
    start: int
    end: int
    indicator: str
    value: float
    unit: str
    comparator: str


def _plan_header(words: list[str]) -> int | None:
    """The index of the plan column of a spaced header line: a number column first, a measure column (``单位``) with a
    plan column (``目标任务``, ``年度目标``, ``计划数``) right after it, and a result column later (``累计完成情况``)."""
    if len(words) < 4 or column_role(words[0]) != "number":
        return None
    for i in range(1, len(words) - 1):
        if column_role(words[i]) == "unit" and is_plan_column(words[i + 1]):
            if any(is_result_column(w) for w in words[i + 2:]):
                return i + 1
            return None
    return None


def could_be_plan_header(line: str) -> bool:
    """(perf15) False only where ``_plan_header`` cannot hold for any cells of ``line``: a header's cells are pieces of
    the line, and it needs a measure column (``单位``, ``计量单位``) and a number column (``序号``, ``编号``, ``序``,
    ``项次``) first."""
    return "单位" in line and could_hold_number_column(line)

from extract.rules.target_frames import label_with_unit, one_year_attribute_header  # (r16 tfn16)
from extract.rules.table_layouts import sub_row_unit  # (r18)

_SERIAL = re.compile(r"^\d{1,2}$")


def plan_column_values(text: str, blanks: Callable[[int], bool] | None = None) -> list[RowValue]:
    """The plan cells of the progress tables of ``text`` flattened a row a line under a spaced header (the module's
    docstring). A row: its number (a sub-row has none), its text cells, the measure cell and the plan cell; the cells
    after it (results, shares, notes, units) are not read. A line without a plan cell ends the table unless it opens
    with a row number or is short (a row the page cut: ``7 甲项补贴 元/人/月 不``)."""
    out: list[RowValue] = []
    if "\n" not in text:
        return out
    in_table = False
    unit = ""
    for _a, _b, a, b in _nonblank_lines(text):
        if not in_table and not could_be_plan_header(text[a:b]):
            continue  # (perf15) no header here, and outside a table only a header is read
        line, where = _clean(text, a, b, blanks)
        cells = list(re.finditer(r"\S+", line))
        words = [c.group() for c in cells]
        if _plan_header(words) is not None:
            in_table, unit = True, ""
            continue
        if not in_table:
            continue
        serial = bool(words) and _SERIAL.match(words[0]) is not None
        k = next((i for i in range(1 if serial else 0, len(words)) if plan_value_cell(words[i]) is not None), None)
        if k is None or k == 0 or (serial and k == 1):
            if not serial and (len(line) > 40 or "。" in line):
                in_table = False  # prose after the table (a numbered row without a plan cell keeps it open)
            continue
        before = words[k - 1]
        own = measure_unit_cell(before)
        if own is not None:
            label_at = k - 2
            unit = own
        elif not serial and unit and column_role(before) != "number" and not any(ch.isdigit() for ch in before):
            label_at = k - 1  # a sub-row: the unit of the row above
        else:
            continue
        if label_at < (1 if serial else 0) or any(ch.isdigit() for ch in words[label_at]):
            continue
        sign, value = plan_value_cell(words[k])
        label = words[label_at]
        out.append(RowValue(where[cells[label_at].start()], where[cells[k].end() - 1] + 1, label, value, unit, sign))
    return out


_BARE = re.compile(r"^\d+(?:\.\d+)?$")
_PLAN_WORD = re.compile(r"目标|计划|任务")  # a plan row's label holds one (``is_plan_column(row=True)``)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def plan_number_runs(text: str, blanks: Callable[[int], bool] | None = None) -> list[RowValue]:
    """The numbers of plan rows of bare numbers (the module's docstring): a label that names a plan (``年度目标``,
    ``计划数``, ``目标任务``) followed by two or more blank-parted bare numbers, each a target of its column, unit
    ``""``. The label is the cell right before the numbers; a result row is no plan (``is_result_column``)."""
    out: list[RowValue] = []
    for _a, _b, a, b in _nonblank_lines(text):
        if _PLAN_WORD.search(text, a, b) is None:
            continue  # (perf15: one search in place, not three slices of the line)
        line, where = _clean(text, a, b, blanks)
        cells = list(re.finditer(r"\S+", line))
        i = 0
        while i < len(cells):
            t = cells[i].group()
            j = i + 1
            while j < len(cells) and _BARE.match(cells[j].group()):
                j += 1
            run = [c.group() for c in cells[i + 1:j]]
            if j - i >= 3 and is_plan_column(t, row=True) and not is_result_column(t) \
                    and not all(_YEAR.match(w) for w in run):  # (``年度目标 2030 2031``: years of a header)
                for c in cells[i + 1:j]:
                    out.append(RowValue(where[cells[i].start()], where[c.end() - 1] + 1, t, float(c.group()), "", "="))
                i = j
            else:
                i += 1
    return out


_YEAR_WORD = re.compile(r"^(20\d\d)\s*年?(?:[(（]?(基期|现状|基数|基准|目标值?|预期值?|规划)[)）]?)?$")
_INDICATOR_WORDS = ("指标", "主要指标", "指标名称", "指标项")


@dataclass(slots=True)
class YearValue:
    start: int
    end: int
    indicator: str
    value: float
    unit: str
    sign: str
    suffix: str
    year: int


def _indicator_column(words: list[str]) -> int | None:
    """Where a spaced header's indicator column stands among its first three cells (``指标``, ``…指标``), or None."""
    return next((i for i, w in enumerate(words[:3]) if w in _INDICATOR_WORDS or (w.endswith("指标") and len(w) <= 8)), None)


def _year_header(words: list[str]) -> tuple[list[int], set[int], bool] | None:
    """(years, base columns, has a measure column) of a spaced indicator-table header (``序号 指标 单位 2025年 2030年
    属性``): an indicator word, then two or more year columns; None otherwise."""
    at = _indicator_column(words)
    if at is None:
        return None
    years: list[int] = []
    base: set[int] = set()
    has_unit = False
    for w in words[at + 1:]:
        w = year_first(w)  # (tblA26) ``目标值(2031年)``
        m = _YEAR_WORD.match(w)
        if m:
            if m.group(2) in ("基期", "现状", "基数", "基准"):
                base.add(len(years))
            years.append(int(m.group(1)))
        elif (reached := result_year(w)) is not None:
            base.add(len(years))
            years.append(reached)
        elif column_role(w) == "unit" and not years:
            has_unit = True
        elif years and column_role(w) != "attribute":
            return None  # a word after the years that is no attribute column: no indicator table
        elif not years and w not in ("序号", "编号", "类别", "领域"):
            return None
    return (years, base, has_unit) if len(years) >= 2 else None


from extract.rules.run_on_rows import run_on_values  # noqa: E402 (tblA26; after ``YearValue``, which it makes)


_CATEGORY_HEADS = frozenset(("类别", "分类", "领域", "板块", "方面", "類別", "領域"))


def category_columns_before_label(header: list[str]) -> int:
    """How many category columns (``类别``, ``领域``) a spaced indicator table's header sets before its indicator column
    (``类别 指标 2020年 2025年`` -> 1; ``序号 指标 …`` -> 0): each row holds its category cell (or none, merged from the
    row above) before its label."""
    at = _indicator_column(header)
    return 0 if at is None else sum(1 for w in header[:at] if w in _CATEGORY_HEADS)


def _value_like(cell: str) -> bool:
    return VALUE_CELL.match(cell) is not None or is_empty_value(cell)


def year_column_values(text: str, blanks: Callable[[int], bool] | None = None,
                       min_year: int | None = None) -> list[YearValue]:
    """The target cells of expected-indicator tables flattened a row a line with blank-parted cells (N6, N14): under
    a header ``序号 指标 单位 2025年 2030年 属性``, each row ``1 甲率 % 90 95 预期性`` gives one record per value under
    a target-year column; a base column (a year before the plan, ``基期``, ``实现值``) and the attribute give none, a
    dash fills its column. The measure cell stands between the label and the values (a dash there: no unit). (tblA26)
    The rows of a run-on table (``run_on_rows.run_on_values``: the header's cells and the rows on one line) come too,
    after these, each one not read here already (same end and value)."""
    run_on = run_on_values(text, blanks)  # (tblA26) rows run on after a spaced header, by their serials
    out: list[YearValue] = []
    if "\n" not in text:
        return run_on
    head: tuple[list[int], set[int], bool] | None = None
    pre = 0  # (lead39) category columns before the label
    group: tuple[str, bool] = ("", False)  # (r18) the unit of the row above a ``其中`` run, and whether one is open
    for _a, _b, a, b in _nonblank_lines(text):
        if head is None and ("指标" not in text[a:b] or not re.search(r"20\d\d", text[a:b])):
            continue  # (perf15) ``_year_header`` needs an indicator word (each holds 指标) and a year
        line, where = _clean(text, a, b, blanks)
        cells = list(re.finditer(r"\S+", line))
        words = [c.group() for c in cells]
        if (found := _year_header(words) or one_year_attribute_header(words, min_year)) is not None:  # (r16 tfn16)
            head = found
            pre = category_columns_before_label(words)
            continue
        if head is None:
            continue
        years, base, has_unit = head
        ny = len(years)
        k = 1 if words and _SERIAL.match(words[0]) and len(words) > ny + 1 else 0
        if len(words) < k + 1 + ny or _value_like(words[k]):
            head = None  # no row: the table has ended
            continue
        # (lead39) a category column before the indicator's (``类别 指标 2020年 2025年``): the row's label is the cell after
        # its category cell; a row whose category cell is merged from above shows the label first
        if pre and len(words) >= k + pre + 1 + ny and not any(_value_like(w) for w in words[k:k + pre + 1]):
            k += pre
        label_at = k
        k += 1
        unit = ""
        if has_unit and k < len(words) and not VALUE_CELL.match(words[k]) and len(words[k]) <= 6 and (
                not is_empty_value(words[k]) or (len(words) > k + ny and all(_value_like(w) for w in words[k + 1:k + 1 + ny]))):
            unit = "" if is_empty_value(words[k]) else words[k]
            k += 1
        vals = words[k:k + ny]
        if len(vals) < ny or not all(_value_like(w) or not any(ch.isdigit() for ch in w) for w in vals):
            continue  # cells that do not stand under the year columns
        group, own = sub_row_unit(words[label_at], group)  # (r18) ``其中:甲类`` under ``甲数(万人)``: the parent's unit
        for col, (w, c) in enumerate(zip(vals, cells[k:k + ny])):
            y = years[col]
            if col in base or is_base_year(years, col, min_year) or not VALUE_CELL.match(w):
                continue
            m = VALUE_CELL.match(w)
            read_label = label_with_unit(words[label_at])
            skip, name, bracket = read_label if ny == 1 else (read_label[0], words[label_at][read_label[0]:], "")  # (r16 tfn16); (tblA26) ``1.甲率``: the serial no part
            bracket = bracket or read_label[2] or own  # (r18) ``甲数(万人)``: the bracket's unit whatever the year count
            out.append(YearValue(where[cells[label_at].start() + skip], where[c.end() - 1] + 1, name,
                                 float(m.group(2)), m.group(3) or unit or bracket, m.group(1), m.group(4) or "", y))
    read = {(v.end, v.value) for v in out}  # (tblA26) a row both readers take is this reader's
    return out + [v for v in run_on if (v.end, v.value) not in read]
