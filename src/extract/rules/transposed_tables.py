"""(tblA26) Indicator tables printed on their side: the indicators across, the years down (N6, N14).

A wide indicator table is often turned over: its first row names the indicators (``主要指标 | 甲率 | 乙数 | 丙数``),
the next rows give one year's values each under them (``2031年目标值 | 95% | 3万人 | >40``), a last row their
attribute (``属性 | 约束性 | 预期性 | 预期性``). Flattened, the row's head cell often stands on a line of its own and its
cells on the next line. Each value cell is a target: the indicator the name above it, the year its row's, the quote
from the name to the value (N6); a row whose year is the base (``基期``, ``现状``, a year before the plan) gives
none (N14). The rows are read from the table cell stream (``extract.tables.table_cells``); the table it makes is an
indicator table as ``extract.tables`` makes (roles ``label``, ``unit``, ``value:YEAR``, ``baseline``).

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.data import Span, Table, TableRow, trusted_span
from extract.table_cues import is_attribute_cell, is_empty_value, result_year

# the head cell of the indicators' row (blanks inside it dropped): ``主要指标``, ``指标名称``, ``指 标``
_NAMES_HEAD = re.compile(r"^(?:主要|核心|关键)?指标(?:名称|项)?$")
# the head cell of a year's row: ``2031年目标值``, ``2031 年 目 标 值``, ``2031年``, ``2029年(基期)`` (a target
# column's other heads: the note above ``table_cues._WORD_THEN_YEAR``)
_YEAR_HEAD = re.compile(r"^(20\d\d)年?(?:度)?[(（]?(目标值?|预期值?|规划值?|计划值?|基期值?|现状值?|基数|基准值?)?[)）]?$")
_BASE_WORDS = ("基期", "现状", "基数", "基准")
# the head cell of a row of measures (``单位 | % | 万人``) or of attributes (``属性 | 约束性``)
_UNIT_HEAD = ("单位", "计量单位")
_ATTRIBUTE_HEAD = ("属性", "指标属性")
_DIGIT = re.compile(r"\d")
_CLAUSE_MARK = re.compile(r"[。，,;；]")  # a sentence's mark: a value cell holds none


def _bare(text: str) -> str:
    return "".join(text.split())


def names_head(cell: str) -> bool:
    """The head cell of a turned table's row of indicator names: ``主要指标``, ``指标``, ``指 标 名 称``."""
    return _NAMES_HEAD.match(_bare(cell)) is not None


def year_head(cell: str) -> tuple[int, bool] | None:
    """(year, base) of the head cell of a turned table's row of one year's values: ``2031年目标值`` -> (2031, False),
    ``2029年(基期)`` -> (2029, True), ``2030年实现值`` (reached: a base); None for any other cell."""
    t = _bare(cell)
    m = _YEAR_HEAD.match(t)
    if m:
        return int(m.group(1)), (m.group(2) or "").startswith(_BASE_WORDS)
    if (reached := result_year(t)) is not None:
        return reached, True
    return None


def name_cell(cell: str) -> bool:
    """A cell that can name an indicator across the top of a turned table: short text, no figure standing alone,
    no attribute and no dash."""
    t = cell.strip()
    return 2 <= len(t) <= 40 and not is_attribute_cell(t) and not is_empty_value(t) and not t.isdigit() \
        and year_head(t) is None and not names_head(t)


def value_cell(cell: str) -> bool:
    """A cell that can stand under an indicator in a year's row: a figure (with its sign, measure and bound word:
    ``>6亿吨``, ``61.5%``, ``≥2.5``), or a dash for none."""
    t = cell.strip()
    return is_empty_value(t) or (len(t) <= 16 and _DIGIT.search(t) is not None and not _CLAUSE_MARK.search(t))


def _row(cells: list, k: int) -> tuple[object, list, int]:
    """The row opening at cell ``k`` (the first cell of its line): its head cell, its other cells (the rest of the
    line, or the next line whole when the head stands alone) and the index after it."""
    head = cells[k]
    rest = []
    j = k + 1
    while j < len(cells) and cells[j].line == head.line:
        rest.append(cells[j])
        j += 1
    if not rest and j < len(cells):
        line = cells[j].line
        while j < len(cells) and cells[j].line == line:
            rest.append(cells[j])
            j += 1
    return head, rest, j


def find_transposed_tables(cells: list, skip: set[int], min_year: int | None = None) -> list[tuple[int, int, Table]]:
    """The turned indicator tables of a cell stream (the module's docstring): a names row (``names_head``) of two or
    more names, then rows of one year's values each (``year_head``) with a cell per name, an optional row of measures
    (``单位``) and an attribute row (``属性``), read until a row of another kind. ``skip``: lines of tables read."""
    from extract.tables import is_base_year  # (lazy: ``extract.tables`` is read before the rules)

    out: list[tuple[int, int, Table]] = []
    cells = [c for c in cells if c.line not in skip]
    n = len(cells)
    k = 0
    while k < n:
        if not names_head(cells[k].text) or (k and cells[k - 1].line == cells[k].line):
            k += 1
            continue
        head, names, j = _row(cells, k)
        if len(names) < 2 or not all(name_cell(c.text) for c in names):
            k += 1
            continue
        years: list[tuple[int, bool, list]] = []
        units: list | None = None
        end = j
        while j < n:
            rh, rest, nj = _row(cells, j)
            bare = _bare(rh.text)
            if len(rest) != len(names):
                break
            if (yh := year_head(rh.text)) is not None and all(value_cell(c.text) for c in rest):
                years.append((yh[0], yh[1], rest))
            elif bare in _UNIT_HEAD and all(len(c.text) <= 8 and not c.text[:1].isdigit() for c in rest):
                units = rest
            elif bare in _ATTRIBUTE_HEAD:
                end = nj
                break
            else:
                break
            end = j = nj
        if not years or not any(not is_empty_value(c.text) for _y, _b, rest in years for c in rest):
            k += 1
            continue
        ys = [y for y, _b, _r in years]
        rows: list[TableRow] = []
        for col, name in enumerate(names):
            row = [name] + ([units[col]] if units else [])
            roles = ["label"] + (["unit"] if units else [])
            for yc, (y, base, rest) in enumerate(years):
                row.append(rest[col])
                based = base or (len(ys) > 1 and is_base_year(ys, yc, min_year)) or (min_year is not None and y < min_year)
                roles.append("baseline" if based else f"value:{y}")
            rows.append(TableRow(cells=[c.text for c in row], cell_spans=[trusted_span(c.start, c.end) for c in row],
                                 roles=roles))
        last = cells[end - 1]
        out.append((head.line, last.line + 1, Table(kind="indicators", header=[head.text] + [str(y) for y in ys],
                                                    years=ys, rows=rows, span=Span(start=head.start, end=last.end))))
        k = end
    return out
