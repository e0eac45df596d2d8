"""(tgtC39) Pipe tables of values inside prose pages (markdown tables of articles, 范文 and doc-sharing pages).

A page written in markdown prints its tables as pipe rows: a header row (``| 设备类别 | 标准配置 | 预算单价 |``), often
a rule row (``|---|---|``), then a row per item (``| 甲设备 | 1套/校 | 8.5万元 |``). The older table readers take such a
table only when its header names a unit column, an ``指标`` column or year columns; otherwise its rows are read as prose,
cell by cell. Two cues read these tables as tables:

- ``find_year_row_tables``: a table whose first column is the year (``年份 | 甲数(万人) | 乙率``, rows ``2020 | 720 |
  18.7%``) is an indicator table turned over, a row per year. Each value cell's indicator is its column's header (unit
  from the header's bracket, N6), its year the row's; a row of a year before the page's own year (its period start or
  date) is status, as a base-year column is (N14). Where the page states no year, only the last row can be a target:
  a milestone year (ending in 0 or 5) standing two or more years after the row above, the plan year after the yearly
  record (the logic ``extract.tables.is_base_year`` uses for ``2020年 | 2025年``); every other row is status. A row
  whose head cell marks it (``2025年目标``, ``2020年(基期)``, ``2024年实际``) is what the mark says (N14). The
  table's lines are then a table, never prose: a past row's cells give nothing.
- ``row_label_quotes``: a number that the prose reader took from a value cell of a pipe row (a short cell holding the
  figure, a later cell than the row's label) is quoted from the row's label to the value (N6: the shortest span
  holding both), its indicator the label and the column's header word. What the reader took stays its decision.

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.data import Span, Table, TableRow, trusted_span

_DELIM_CHARS = ("|", "｜")
# a markdown rule row: ``|---|:---:|``, ``---|---``
_RULE_ROW = re.compile(r"^[\s|｜:：\-—=+]*$")
# the head cell of a year column: ``年份``, ``年度``, ``年``, ``年别``, ``时间``
_YEAR_HEADS = ("年份", "年度", "年", "年别", "年別", "时间", "時間", "年份/指标", "年度/指标")
# a year row's head cell: ``2020``, ``2025年``, ``2025年度``, marked ``2025年(目标)``, ``2020年基期``, ``2024(实际)``
_YEAR_CELL = re.compile(r"^((?:19|20)\d\d)\s*年?度?[(（]?(目标值?|预期值?|规划值?|计划值?|预计|基期值?|现状值?|基数|基准值?|实际值?|实绩)?[)）]?$")
_BASE_MARKS = ("基期", "现状", "基数", "基准", "实际", "实绩")
_DIGIT = re.compile(r"\d")
_CLAUSE_MARK = re.compile(r"[。，,;；:：]")
_CJK = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_HEAD_BRACKET = re.compile(r"[(（][^()（）]{0,10}[)）]\s*$")


def delimited(text: str) -> bool:
    """A line holding a pipe delimiter (cheap test before any split)."""
    return "|" in text or "｜" in text


def pipe_cells(text: str, start: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a pipe row, spans offset by ``start``, blanks around cells trimmed, the
    empty cells outside the edge pipes dropped (``| a | b |`` -> two cells); cells inside may be empty."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    parts = re.split(r"[|｜]", text)
    for k, part in enumerate(parts):
        a = pos
        pos += len(part) + 1
        if (k == 0 or k == len(parts) - 1) and not part.strip():
            continue
        lead = len(part) - len(part.lstrip())
        t = part.strip()
        out.append((start + a + lead, start + a + lead + len(t), t))
    return out


def rule_row(text: str) -> bool:
    """A markdown rule row under a header (``|---|---|``): dashes, colons and pipes only, one dash run at least."""
    return delimited(text) and "-" in text and _RULE_ROW.match(text) is not None


def value_cell(cell: str) -> bool:
    """A cell holding a figure and little else (``720``, ``18.7%``, ``1套/校``, ``≥8.5万元``): a digit, at most 16
    characters, no clause mark."""
    t = cell.strip()
    return 0 < len(t) <= 16 and _DIGIT.search(t) is not None and not _CLAUSE_MARK.search(t)


def year_head(cell: str) -> bool:
    """The head cell of a year column: ``年份``, ``年度``, ``时间`` (blanks inside dropped)."""
    return "".join(cell.split()) in _YEAR_HEADS


def year_of_row(cell: str) -> int | None:
    """The year a row's head cell names: ``2020`` -> 2020, ``2025年`` -> 2025, ``2025年(目标)`` -> 2025; None for
    any other cell."""
    m = _YEAR_CELL.match("".join(cell.split()))
    return int(m.group(1)) if m else None


def row_mark(cell: str) -> bool | None:
    """What a year row's head cell says it holds: True for a base or a result (``2020年(基期)``, ``2024年实际``),
    False for a target (``2025年目标``, ``2025(预计)``), None where it names the year alone."""
    m = _YEAR_CELL.match("".join(cell.split()))
    if m is None or not m.group(2):
        return None
    return m.group(2).startswith(_BASE_MARKS)


def name_cell(cell: str) -> bool:
    """A header cell naming what a column measures: text of 2-30 characters, no figure outside its unit's bracket."""
    t = _HEAD_BRACKET.sub("", cell.strip())
    return 2 <= len(cell.strip()) <= 30 and _CJK.search(t) is not None and _DIGIT.search(t) is None


def base_rows(years: list[int], min_year: int | None) -> list[bool]:
    """Which year rows hold status: a year before the page's own (``min_year``); without it every row but a last
    one that is a milestone year (ending in 0 or 5) two or more years after the row above (the module's docstring)."""
    if min_year is not None:
        return [y < min_year for y in years]
    last_target = len(years) >= 2 and years[-1] % 5 == 0 and years[-1] - years[-2] >= 2 \
        and all(b > a for a, b in zip(years, years[1:]))
    return [not (last_target and k == len(years) - 1) for k in range(len(years))]


def _next_filled(lines: list, j: int, skip: set[int]) -> int:
    while j < len(lines) and not lines[j].text.strip() and lines[j].index not in skip:
        j += 1
    return j


def find_year_row_tables(lines: list, skip: set[int], min_year: int | None) -> list[tuple[int, int, Table]]:
    """Pipe tables whose first column is the year (the module's docstring) outside the lines ``skip``, as indicator
    tables: a row per (year, column), its first cell the column's header text (the indicator and its unit) spanned
    at the year cell (the quote runs from the year to the value), its role ``value:YEAR`` or ``baseline``."""
    out: list[tuple[int, int, Table]] = []
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.index in skip or not delimited(ln.text):
            i += 1
            continue
        head = pipe_cells(ln.text, ln.start)
        if len(head) < 2 or not year_head(head[0][2]) or not all(name_cell(c[2]) for c in head[1:]):
            i += 1
            continue
        j = _next_filled(lines, i + 1, skip)
        if j < n and rule_row(lines[j].text):
            j = _next_filled(lines, j + 1, skip)
        rows: list[tuple[int, list[tuple[int, int, str]]]] = []
        end = i + 1
        while j < n and lines[j].index not in skip and delimited(lines[j].text):
            cells = pipe_cells(lines[j].text, lines[j].start)
            while len(cells) > len(head) and not cells[-1][2]:
                cells.pop()  # ``2031 | 5 | 6 ||``: empty cells past the header's last column
            y = year_of_row(cells[0][2]) if cells else None
            if y is None or len(cells) != len(head) or not all(value_cell(c[2]) or not c[2] for c in cells[1:]):
                break
            rows.append((y, cells))
            end = j + 1
            j = _next_filled(lines, j + 1, skip)
        if len(rows) < 2:
            i += 1
            continue
        years = [y for y, _ in rows]
        marks = [row_mark(cells[0][2]) for _y, cells in rows]
        # a row its head cell marks (``2025年目标``, ``2020年基期``) is what the mark says; the others by their year
        based = [b if mk is None else mk for b, mk in zip(base_rows(years, min_year), marks)]
        trows: list[TableRow] = []
        for col in range(1, len(head)):
            for (y, cells), base in zip(rows, based):
                yc, vc = cells[0], cells[col]
                trows.append(TableRow(cells=[head[col][2], vc[2]], cell_spans=[trusted_span(yc[0], yc[1]), trusted_span(vc[0], vc[1])],
                                      roles=["label", "baseline" if base else f"value:{y}"]))
        last = lines[end - 1]
        out.append((i, end, Table(kind="indicators", header=[c[2] for c in head],
                                  years=[y for y, b in zip(years, based) if not b], rows=trows,
                                  span=Span(start=ln.start, end=last.end))))
        i = end
    return out


def _row_header(text: str, line_start: int, ncells: int) -> list[str] | None:
    """The header cells of the pipe table whose row starts at ``line_start``: the first line of the run of pipe
    lines (blank lines and a rule row inside the run kept) above it, when it has as many cells as the row; None
    otherwise."""
    pos = line_start
    header = None
    rows_seen = 0
    while pos > 0:
        a = text.rfind("\n", 0, pos - 1) + 1
        t = text[a:pos - 1] if pos - 1 >= a else ""
        pos = a
        if not t.strip():
            continue
        if not delimited(t):
            break
        if rule_row(t):
            continue
        cells = pipe_cells(t)
        if len(cells) != ncells:
            break
        header = cells
        rows_seen += 1
        if rows_seen > 60:
            break
    return None if header is None else [c[2] for c in header]


def row_label_quotes(text: str, records: list) -> list:
    """The targets read from a value cell of a pipe table's row (the module's docstring), quoted from the row's
    label to the value, the indicator the label and the column's header word; other records as they are."""
    if "|" not in text and "｜" not in text:
        return records
    for r in records:
        if getattr(r, "type", None) != "numeric_target":
            continue
        s, e = r.norm_span.start, r.norm_span.end
        q = text[s:e]
        s, e = s + len(q) - len(q.lstrip()), e - len(q) + len(q.rstrip())  # a span taken with the cell's blanks
        if s >= e:
            continue
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", s)
        b = len(text) if b < 0 else b
        line = text[a:b]
        if e > b or not delimited(line):
            continue
        cells = pipe_cells(line, a)
        if len(cells) < 2:
            continue
        k = next((k for k, c in enumerate(cells) if c[0] <= s and e <= c[1]), None)
        if not k or not value_cell(cells[k][2]):
            continue  # the label's own cell, a span across cells, or a cell of prose
        label = cells[0]
        if not label[2] or len(label[2]) > 40 or value_cell(label[2]) or _CJK.search(label[2]) is None:
            continue
        header = _row_header(text, a, len(cells))
        if header is None or header == [c[2] for c in cells] or any(_DIGIT.search(h) for h in header):
            continue  # no header above (a run of pipe lines of another kind), the row is the header, or a header of
            # years (``column_year_cells``)
        r.norm_span = trusted_span(label[0], e)
        r.indicator = label[2] + _HEAD_BRACKET.sub("", header[k]).strip()
    return records


# a header cell naming a span of (school) years: ``2019/20至2024/25``, ``2026-2030年``; one year or a year from which:
# ``2025/26起整合後新制``, ``2031年``, ``2031年目标``
_SPAN_HEAD = re.compile(r"^((?:19|20)\d\d)(?:/\d{2,4})?\s*(?:年度?|學年|学年)?\s*(?:至|到|-|—|–|~|～)\s*((?:19|20)\d\d)(?:/\d{2,4})?")
_YEAR_COL_HEAD = re.compile(r"^((?:19|20)\d\d)(?:/\d{2,4})?(?!\d)")


def column_year(cell: str) -> tuple[int, bool] | None:
    """(year, span) of a pipe table's header cell that opens with a year: a span of years gives its last year and
    True (``2019/20至2024/25`` -> (2024, True)), one year gives it and False (``2025/26起新制`` -> (2025, False)); None
    for a cell of words."""
    t = "".join(cell.split())
    if (m := _SPAN_HEAD.match(t)) is not None:
        return int(m.group(2)), True
    if (m := _YEAR_COL_HEAD.match(t)) is not None:
        return int(m.group(1)), False
    return None


def base_columns(heads: list[tuple[int, bool] | None], page_year: int | None) -> list[bool]:
    """Which year columns of a pipe table's header hold status (N14): a span of years that ends before another
    column's year (the old scheme beside the new one), a year before the page's own; without the page's year, the
    first column of a five-year pair (``2020年 | 2025年``, ``extract.tables.is_base_year``)."""
    from extract.tables import is_base_year  # (lazy: ``extract.tables`` is read before the rules)

    years = [h[0] for h in heads if h is not None]
    out = []
    for h in heads:
        if h is None:
            out.append(False)
            continue
        y, span = h
        later = any(o > y for o in years)
        if span and later or page_year is not None and y < page_year:
            out.append(True)
        elif page_year is None and not span and len(years) > 1:
            out.append(is_base_year(years, years.index(y), None))
        else:
            out.append(False)
    return out


def column_year_cells(text: str, records: list, page_year: int | None, tables: list) -> list:
    """The targets the prose reader took from a cell of a pipe table under a year column (``項目 | 2019/20至2024/25 |
    2025/26起新制``) outside the tables the table readers read (``tables``: their spans): a base column's figures are
    status and go (N14); a target column's take its year when their sentence states none (N6, N9), quoted from the
    row's label to the figure (N6). Other records as they are."""
    if "|" not in text and "｜" not in text:
        return records
    out = []
    headers: dict[int, list[str] | None] = {}
    for r in records:
        if getattr(r, "type", None) != "numeric_target" or any(t.start <= r.norm_span.start < t.end for t in tables):
            out.append(r)
            continue
        s, e = r.norm_span.start, r.norm_span.end
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", s)
        b = len(text) if b < 0 else b
        line = text[a:b]
        if e > b or not delimited(line):
            out.append(r)
            continue
        cells = pipe_cells(line, a)
        q = text[s:e]
        s2 = s + len(q) - len(q.lstrip())
        k = next((k for k, c in enumerate(cells) if c[0] <= s2 < c[1] + 1), None)
        if not k or not cells[0][2] or _CJK.search(cells[0][2]) is None or column_year(cells[0][2]) is not None:
            out.append(r)
            continue
        if a not in headers:
            headers[a] = _row_header(text, a, len(cells))
        header = headers[a]
        if header is None or header == [c[2] for c in cells] or column_year(header[0]) is not None:
            out.append(r)
            continue
        heads = [column_year(h) for h in header]
        if heads[k] is None:
            out.append(r)
            continue
        if base_columns(heads, page_year)[k]:
            continue  # a figure of the base column: status
        if r.target_year is None:
            r.target_year = heads[k][0]
        r.norm_span = trusted_span(cells[0][0], e)
        out.append(r)
    return out


_LABEL_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,10}$")
_YEAR_COLUMN_CELL = re.compile(r"^(20\d\d)\s*年(?:\s*[(（]?(?:基期|现状|目标值?|预期值?|基数|基准|规划)?[)）]?)?$")
_SIDE_HEADS = ("单位", "计量单位", "属性", "指标属性")


def label_head_of_years(cells: list, i: int) -> bool:
    """(tgtC39) Whether cell ``i`` of a table's cell stream opens a header row of year columns under another label
    head than ``指标`` (``类别 | 2029年 | 2031年``, ``内容 | 单位 | 2030年基期 | 2031年目标``): the first cell of its line,
    a word of one to ten characters, then two or more cells on the line each a year column (``2031年``, ``2031年目标``)
    or a unit or attribute head, with two years at least. An indicator table's header, as ``指标`` opens one."""
    n = len(cells)
    if i + 2 >= n or cells[i + 1].line != cells[i].line or not cells[i + 1].text.startswith(("20", "单位", "计量")):
        return False  # (cheap: most cells are followed by another line's cell)
    if i and cells[i - 1].line == cells[i].line or not _LABEL_HEAD.match("".join(cells[i].text.split())):
        return False
    years = 0
    j = i + 1
    while j < n and cells[j].line == cells[i].line:
        t = "".join(cells[j].text.split())
        if _YEAR_COLUMN_CELL.match(t):
            years += 1
        elif t not in _SIDE_HEADS:
            return False
        j += 1
    return years >= 2
