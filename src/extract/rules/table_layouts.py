"""(eighteenth round) Allocation tables read the same whatever their flattening (eval/README.md U1a, N6, N8).

An allocation table shares a task out over the units or places that get it: a header whose first column says who
gets the share (``单位``, ``乡镇``, ``县(市、区)``) and whose other columns are the shares, their measure in a bracket
(``新建书屋(个)``); each row a name and its numbers. Each numeric cell is a target: indicator ``column(name)``, unit
from the column's bracket (``""`` where it is empty), year null (a year in the table's name dates nothing, N9c); the
table gives no unit rows. The same table reaches us flattened in several ways, all read here from one cell stream:

- one cell per line: the header run (``单位`` / ``任务分解`` / ``书屋()`` / ``培训()``) and then the rows, each a name
  line and its number lines (a page that dropped the empty cells gives fewer numbers: they fill the columns in order);
- a row a line, its cells parted by ``|``, ``｜`` or a tab (``东山镇 | 3 | 120``), or by blanks (``东山镇 3 120``).

The column count comes from the header run: the cells that name a measure in a bracket are the share columns (an
umbrella cell over them, ``任务分解``, is none); without any bracket every header cell after the first is one. A row
is grouped by that count: a name and at most that many numbers. The header must stand under a caption or hold a
word of a plan (``任务``, ``分配``, ``下达``, ``计划``), and none of a result (``完成情况``, ``累计``), so that a table of
past figures is not read as shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collections.abc import Callable

from extract.cues import column_role
from extract.rules.unit_flat import _clean
from extract.table_cues import VALUE_CELL, is_empty_value, is_result_column

# the header cell of the column that names who gets the share
_WHO_COLUMN = re.compile(r"^(?:单位|单位名称|地区|区域|地方|各地|乡镇|镇街|街道|县区|区县|市州|地市|县市区|县市|市县|乡镇街道|"
                         r"(?:乡镇|乡|镇|县|区|市)[(（][^()（）]{1,8}[)）])$")
_WHO_LINE = re.compile(r"(?m)^[ \t]*(?:" + _WHO_COLUMN.pattern[4:-2] + r")")
# a word of a plan or a share in the caption over the header, or in the header itself
_PLAN_WORD = re.compile(r"任务|分配|分解|下达|计划|目标|指标|名额|配额")
_BRACKET = re.compile(r"[(（]([^()（）]{0,6})[)）]")
_SENTENCE = re.compile(r"[。,，;；:：、]")
_CELL_SPLIT = re.compile(r"\s*[|｜\t]\s*")


@dataclass(slots=True)
class GridCell:
    text: str
    start: int  # span in the text
    end: int
    line: int  # the index of its line
    gap: int = 0  # empty cells the page wrote before it (lines of blanks only, ``empty_lines``)


@dataclass(slots=True)
class GridValue:
    start: int
    end: int
    indicator: str
    value: float
    unit: str
    comparator: str


def line_cells(raw: str, where: list[int], line: int) -> list[GridCell]:
    """The cells of one line ``raw`` (``where``: the offset in the text of each of its characters): parted by ``|``,
    ``｜`` or tabs; else by blanks when the line reads as a row (a name and numbers) or as a header opened by a who
    column (``单位 书屋(个) 培训(人)``); else one cell."""
    out: list[GridCell] = []

    def cell(a: int, b: int) -> GridCell:
        return GridCell(raw[a:b], where[a], where[b - 1] + 1, line)

    if "|" in raw or "｜" in raw or "\t" in raw:
        pos = 0
        for m in list(_CELL_SPLIT.finditer(raw)) + [None]:
            seg_a, seg_b = pos, (m.start() if m else len(raw))
            seg = raw[seg_a:seg_b]
            s = seg.strip()
            if s:
                lead = len(seg) - len(seg.lstrip())
                out.append(cell(seg_a + lead, seg_a + lead + len(s)))
            if m is None:
                break
            pos = m.end()
        return out
    words = list(re.finditer(r"\S+", raw))
    if len(words) >= 2 and (_WHO_COLUMN.match(words[0].group()) or all(
            _value_cell(w.group()) for w in words[1:])):
        return [cell(w.start(), w.end()) for w in words]
    s = raw.strip()
    if not s:
        return []
    lead = len(raw) - len(raw.lstrip())
    return [cell(lead, lead + len(s))]


def _value_cell(cell: str) -> bool:
    return VALUE_CELL.match(cell.strip()) is not None or is_empty_value(cell)


def share_column(cell: str) -> bool:
    """A header cell that may head a share column or an umbrella over them: short, no sentence, no digit outside its
    bracket, and no column of roles, dates, years or numbers (``书屋(个)``, ``机构床位数()``, ``任务分解``; not
    ``责任单位``, ``完成时限``, ``2031年``)."""
    t = "".join(cell.split())
    if not t or len(t) > 20 or _SENTENCE.search(t) or any(ch.isdigit() for ch in _BRACKET.sub("", t)):
        return False
    return column_role(t) not in ("lead", "responsible", "people", "deadline", "number", "year")


def share_columns(header: list[str]) -> list[int]:
    """The share columns of a header run after its who column: the cells that name a measure in a bracket
    (``书屋(个)``, ``床位()``), or every cell when none does; an umbrella cell without a bracket (``任务分解``) over
    bracketed columns is none."""
    marked = [i for i, h in enumerate(header) if _BRACKET.search(h)]
    return marked or list(range(len(header)))


def column_name(header: str) -> tuple[str, str]:
    """(name, unit) of a share column: ``书屋(个)`` -> (``书屋``, ``个``); ``()服务中心()`` -> (``服务中心``, ``""``)."""
    t = "".join(header.split())
    units = [m.group(1) for m in _BRACKET.finditer(t) if m.group(1)]
    name = _BRACKET.sub("", t) or t
    return name, (units[-1] if units else "")


def row_label(cell: str) -> bool:
    """A cell that may name who gets a share: a short name without digits or sentence marks (``东山镇``, ``甲局``,
    ``合计``); no number, no dash."""
    t = cell.strip()
    return 2 <= len(t) <= 15 and not any(ch.isdigit() for ch in t) and not _SENTENCE.search(t) and not _value_cell(t)


def row_end(cells: list[GridCell], i: int, k: int) -> int | None:
    """The end (exclusive) of the row whose name is ``cells[i]``, under ``k`` share columns, or None when no row of
    the table opens there: a row a line holds its numbers on its own line and nothing else; a row one cell per line
    runs over the number cells that follow (a dash fills its column). More numbers than columns make no row."""
    n = len(cells)
    label = cells[i]
    m = i + 1
    same_line = m < n and cells[m].line == label.line
    while m < n and _value_cell(cells[m].text) and (cells[m].line == label.line) == same_line:
        m += 1
    if m == i + 1 or sum(1 + (0 if same_line else c.gap) for c in cells[i + 1:m]) > k:
        return None
    if same_line and m < n and cells[m].line == label.line:
        return None  # a cell that is no number on the row's line
    return m


def grid_values(cells: list[GridCell], captions: list[str],
                keep: list[list[str]] | None = None) -> tuple[list[GridValue], int] | None:
    """The shares of an allocation table whose header run opens at ``cells[0]`` (a who column), and the number of
    cells it takes; None unless a header of share columns and two or more rows of a name and numbers follow.
    ``captions``: the lines just above the header (one must name a plan, or the header does). ``keep``, when given,
    receives the header's cells and then each row's cells (a dev tool re-flattens them, ``tools/relayout_tables.py``)."""
    if not cells or not _WHO_COLUMN.match("".join(cells[0].text.split())):
        return None
    n = len(cells)
    j = 1
    while j < n and j <= 10 and not (j + 1 < n and row_label(cells[j].text) and _value_cell(cells[j + 1].text)
                                     and cells[j].line != cells[0].line):
        if not share_column(cells[j].text):
            return None
        j += 1
    header = [c.text for c in cells[1:j]]
    if not header or j >= n:
        return None
    if not any(_PLAN_WORD.search(t) for t in captions + header) or any(is_result_column(t) for t in captions + header):
        return None  # (a table of what was done, ``任务完成情况``, shares nothing out)
    cols = [header[i] for i in share_columns(header)]
    k = len(cols)
    out: list[GridValue] = []
    grid: list[list[str]] = []  # the rows read, cell texts (``allocation_grids``)
    rows = 0
    i = j
    while i < n and row_label(cells[i].text):
        label = cells[i]
        m = row_end(cells, i, k)
        if m is None:
            break
        grid.append([label.text] + [c.text for c in cells[i + 1:m]])
        col = -1
        for c in cells[i + 1:m]:
            col += 1 + (c.gap if c.line != label.line else 0)  # (empty cells written as blank lines fill columns)
            got = VALUE_CELL.match(c.text.strip())
            if got is None:
                continue  # a dash fills its column
            name, unit = column_name(cols[col])
            sign = {"<": "<", ">": ">", "≥": ">=", "≤": "<="}.get(got.group(1), "=")
            if got.group(4) in ("以上", "及以上"):
                sign = ">="
            elif got.group(4) in ("以下", "以内"):
                sign = "<="
            out.append(GridValue(label.start, c.end, f"{name}({label.text.strip()})", float(got.group(2)),
                                 got.group(3) or unit, sign))
        rows += 1
        i = m
    if rows < 2:
        return None
    if keep is not None:
        keep.extend([[c.text for c in cells[:j]]] + grid)
    return out, i


def allocation_values(text: str, skip_lines: set[int] | None = None,
                      grids: list[tuple[int, int, list[list[str]]]] | None = None,
                      blanks: Callable[[int], bool] | None = None,
                      empty_lines: Callable[[int, int], int] | None = None) -> list[GridValue]:
    """The shares of every allocation table of ``text`` in any of the module's layouts; lines in ``skip_lines``
    (by index among all lines, as ``structure`` numbers them) belong to tables already read. ``grids``, when given,
    receives (start, end, rows) of each table read, its header first. ``blanks``: the blanks the normaliser dropped
    between two Chinese characters (``unit_flat.dropped_blank``), which part a blank-parted row's cells.
    ``empty_lines(a, b)``: how many lines of blanks only the page had between offsets ``a`` and ``b`` of ``text`` (the
    normaliser drops them): a table one cell per line writes an empty cell so, and it fills its column."""
    if _WHO_LINE.search(text) is None:
        return []  # no line opens with a who column's header cell
    skip_lines = skip_lines or set()
    cells: list[GridCell] = []
    pos = 0
    for idx, line in enumerate(text.split("\n")):
        a, b = pos, pos + len(line)
        pos = b + 1
        if idx in skip_lines:
            continue
        if blanks is not None and line.strip():
            raw, where = _clean(text, a, b, blanks)
        else:
            raw, where = line, list(range(a, b))
        got = line_cells(raw, where, idx)
        if empty_lines is not None and got and cells and len(got) == 1:
            got[0].gap = empty_lines(cells[-1].end, got[0].start)
        cells.extend(got)
    out: list[GridValue] = []
    k = 0
    while k < len(cells):
        c = cells[k]
        if not _WHO_COLUMN.match("".join(c.text.split())) or (k > 0 and cells[k - 1].line == c.line):
            k += 1
            continue
        before = [x.text for x in cells[max(0, k - 3):k]]
        keep: list[list[str]] | None = [] if grids is not None else None
        got = grid_values(cells[k:k + 4000], before, keep)
        if got is None:
            k += 1
            continue
        vals, used = got
        if grids is not None:
            grids.append((c.start, cells[k + used - 1].end, keep))
        out.extend(vals)
        k += used
    return out


def blank_lines_between(doc) -> Callable[[int, int], int]:
    """``empty_lines`` of a prepared document: the lines of the original text between two normalised offsets that
    hold blanks and nothing else (``66`` / `` `` / ``9``: an empty cell between two written ones)."""
    original = doc.doc.text
    mapped = doc.normalised.mapped

    def count(a: int, b: int) -> int:
        if a <= 0 or b >= len(mapped.starts) or b <= a:
            return 0
        oa, ob = int(mapped.ends[a - 1]), int(mapped.starts[b])
        return sum(1 for ln in original[oa:ob].split("\n")[1:-1] if ln and not ln.strip())
    return count


def allocation_records(extractor, doc, found: list) -> list:
    """The records of ``allocation_values`` over a prepared document, where no target stands on the cell already;
    ``extractor``: the rules extractor whose ``_base`` fills the common fields."""
    from extract.rules.table_captions import untaken_targets
    hits = allocation_values(doc.text, doc.structured.table_lines, blanks=extractor._dropped_blanks(doc),
                             empty_lines=blank_lines_between(doc))
    return untaken_targets(extractor, doc, found, hits, lambda v: {"comparator": v.comparator, "target_year": None},
                           "table:allocation")


# -- task tables flattened one cell per line, without row numbers: rows grouped by the header's count ---------------
_HEADER_SENTENCE = re.compile(r"[。,，;；:：、!！?？]")
# a table's caption above its header run (``某局公开目录``, ``任务分解表``, ``附件``): no column
_CAPTION = re.compile(r"(?:表|目录|清单|名单|一览|附件\d*)$|^附件")


def header_cell(cell: str) -> bool:
    """A cell that may stand in a header run flattened one cell per line: short, no sentence mark, no digit, no unit's
    name, no caption (``项目名称``, ``公开事项(一级/二级)``, ``指  标``; not ``2031年``, ``甲县教育局``, ``新建书屋。``,
    ``某局公开目录``)."""
    from extract.cues import is_unit_cell  # (local: as the module's other readers)
    t = "".join(cell.split())
    return 2 <= len(t) <= 12 and not _HEADER_SENTENCE.search(t) and not any(ch.isdigit() for ch in t) \
        and not _CAPTION.search(t) and (column_role(t) in ("lead", "responsible") or not is_unit_cell(t))


def _row_fits(row: list[str], roles: list[str], unit_cell) -> bool:
    units = [i for i, r in enumerate(roles) if r in ("lead", "responsible")]
    return bool(units) and all(unit_cell(row[i]) for i in units) and not any(
        unit_cell(c) for i, c in enumerate(row) if i not in units and roles[i] in ("title", "content")) \
        and any(r in ("title", "content") for r in roles)


def _dates_fit(row: list[str], roles: list[str]) -> bool:
    from extract.table_cues import looks_like_deadline
    return all(looks_like_deadline(c) for c, r in zip(row, roles) if r == "deadline")


def row_groups(cells: list[str], start: int, roles: list[str], unit_cell) -> list[tuple[int, int]]:
    """(first cell, cell count) of each row that follows from ``cells[start]`` in a table flattened one cell per line
    under a header of ``len(roles)`` columns: a row of that many cells in which every cell under a unit column (lead,
    responsible) reads as units (``unit_cell``) and no task cell does; else the longest shorter row whose cells fill
    the header's last columns so (its first cells merged with the row above and not written), a task cell among them
    and a date under each deadline column. The rows end at the first place where neither fits."""
    n = len(roles)
    out: list[tuple[int, int]] = []
    k = start
    while k < len(cells):
        size = next((m for m in range(n, 1, -1) if k + m <= len(cells)
                     and _row_fits(cells[k:k + m], roles[n - m:], unit_cell)
                     and (m == n or (out and _dates_fit(cells[k:k + m], roles[n - m:])))), None)
        # (a short row only under a full one, its deadline cells dates)
        if size is None:
            break
        out.append((k, size))
        k += size
    return out


def rows_by_count(cells: list[str], start: int, roles: list[str], unit_cell) -> int:
    """How many rows ``row_groups`` finds: the rows grouped by the header's count from ``cells[start]``."""
    return len(row_groups(cells, start, roles, unit_cell))


def find_count_tables(lines, skip: set[int]) -> list:
    """Task tables flattened one cell per line without row numbers (the number-led reader takes those): a header run of
    N short cells (``header_cell``) that names a unit column (``公开主体``, ``牵头单位``), then rows of N lines each, the
    count fixed by the header run and checked by the rows (``rows_by_count``: units under each unit column, in two or
    more rows). Of the header runs around a unit column's cell, the one whose count groups the most full rows (then the
    most rows) is the header.
    Returns (first line, end line, Table) as the other readers of ``extract.line_tables``."""
    from extract.cues import is_unit_cell
    from extract.data import Span, Table, TableRow
    from extract.tables import _roles_from_header

    def unit_cell(c: str) -> bool:
        t = c.strip()
        return len(t) <= 40 and is_unit_cell(t) and column_role(t) not in ("lead", "responsible")

    filled = [ln for ln in lines if ln.text.strip() and ln.index not in skip and "|" not in ln.text
              and "｜" not in ln.text and "\t" not in ln.text]
    texts = [ln.text.strip() for ln in filled]
    out = []
    done = -1
    for k, t in enumerate(texts):
        if k <= done or len(t) > 10 or column_role(t) not in ("lead", "responsible") or not header_cell(t):
            continue
        first = k
        while first > done + 1 and k - first < 9 and header_cell(texts[first - 1]) \
                and filled[first - 1].index == filled[first].index - 1 - _blank_lines(lines, filled[first - 1], filled[first]):
            first -= 1
        last = k + 1
        while last < len(texts) and last - k < 9 and header_cell(texts[last]):
            last += 1
        if any(column_role("".join(x.split())) == "number" for x in texts[first:last]):
            continue  # a serial column: the number-led reader's table
        best = None
        for b in range(first, k + 1):
            for e in range(k + 1, last + 1):
                cols = ["".join(x.split()) for x in texts[b:e]]
                if len(cols) < 3 or any(column_role(c) == "number" for c in cols):
                    continue
                roles = _roles_from_header(cols, len(cols), plain_title=True)
                if roles is None:
                    continue
                groups = row_groups(texts, e, roles, unit_cell)
                got = (sum(size == len(roles) for _at, size in groups), len(groups))  # (full rows first)
                if got[1] >= 2 and (best is None or got > best[0] or (got == best[0] and e - b > best[2] - best[1])):
                    best = (got, b, e, roles)
        if best is None:
            continue
        got, b, e, roles = best
        n = len(roles)
        table = Table(kind="tasks", header=["".join(x.split()) for x in texts[b:e]], rows=[],
                      span=Span(start=filled[b].start, end=filled[e - 1].end))
        groups = row_groups(texts, e, roles, unit_cell)
        for at, size in groups:
            row = filled[at:at + size]
            table.rows.append(TableRow(cells=[x.text.strip() for x in row], roles=list(roles[n - size:]),
                                       cell_spans=[Span(start=x.start + len(x.text) - len(x.text.lstrip()),
                                                        end=x.start + len(x.text.rstrip())) for x in row]))
        table.span = Span(start=table.span.start, end=table.rows[-1].cell_spans[-1].end)
        last_cell = groups[-1][0] + groups[-1][1] - 1
        end_line = filled[last_cell].index
        out.append((filled[b].index, end_line + 1, table))
        done = last_cell
    return out


def _blank_lines(lines, a, b) -> int:
    """The blank lines between two lines (``a`` before ``b``)."""
    return sum(1 for ln in lines[a.index + 1:b.index] if not ln.text.strip())


# -- a task table's measure column followed by a plan column, in any flattening -------------------------------------
def plan_after_measure(header: list[str]) -> bool:
    """A task table's header with a measure column (``单位``, ``计量单位``) right before a plan column (``目标任务``,
    ``年度目标``, ``计划数``): each row's plan cell is a target in the measure cell's unit (N6, N8), whether the table
    came one cell per line, as delimited rows or blank-parted (``table_rows.plan_column_values`` reads the last)."""
    from extract.table_cues import is_plan_column
    cols = ["".join(h.split()) for h in header]
    return any(column_role(a) == "unit" and is_plan_column(b) for a, b in zip(cols, cols[1:]))


_MEASURE_WORD = re.compile(r"^(?:[%‰]|[万亿千百]?[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,2}){0,2})$")


def plan_cells(cells: list[str], roles: list[str]) -> list[tuple[int, str, float, str]]:
    """(label index, comparator, value, unit) of each plan cell of a row under ``plan_after_measure``: a cell holding a
    value (``0.07``, ``≥2%``, ``不低于4000``) right after a measure cell (``万亩``, ``%``, ``元/年``: one under the
    header's measure column, or any cell that is a measure word, ``table_cues.measure_unit_cell``, where merged or
    dropped cells moved the row's cells off the header's), its label the cell before the measure (``粮食播种面积 | 万亩
    | 0.07``). A sub-row written on the row's line (``… | 甲局 | 乙项 | 人次 | 600``) gives its own. None for a text
    plan (``良好以上``) or a row without a measure cell or a label."""
    from extract.table_cues import VALUE_CELL as value_cell, measure_unit_cell, plan_value_cell
    out = []
    for m in range(1, len(cells) - 1):
        measure, plan, label = cells[m].strip(), cells[m + 1].strip(), cells[m - 1].strip()
        if not ((roles[m] == "unit" and _MEASURE_WORD.match(measure)) or measure_unit_cell(measure)):
            continue
        if any(ch.isdigit() for ch in label) or len(label) < 2 or measure_unit_cell(label):
            continue
        if (got := plan_value_cell(plan)) is not None:
            out.append((m - 1, got[0], got[1], measure))
            continue
        v = value_cell.match(plan)
        if v is None:
            continue
        sign = {"<": "<", ">": ">", "≥": ">=", "≤": "<="}.get(v.group(1), "=")
        sign = ">=" if v.group(4) in ("以上", "及以上") else ("<=" if v.group(4) in ("以下", "以内") else sign)
        out.append((m - 1, sign, float(v.group(2)), v.group(3) or measure))
    return out


def plan_cell_records(extractor, doc, table, row, path: list[str]) -> list:
    """The targets of a task-table row's plan cells (``plan_cells``) where the header has a plan column after its
    measure column; ``extractor``: the rules extractor whose ``_base`` fills the common fields."""
    if not plan_after_measure(table.header):
        return []
    from extract.data import NumericTarget
    return [NumericTarget(**extractor._base(doc, row.cell_spans[k].start, row.cell_spans[k + 2].end, path),
                          indicator=row.cells[k].strip(), value=value, unit=unit, comparator=sign, target_year=None,
                          cues=["table:plan_cell"]) for k, sign, value, unit in plan_cells(row.cells, row.roles)
            if k >= row.carried]


def plain_title_column(roles: list[str]) -> list[str]:
    """Header roles of a numbered task table with no title word, whatever its flattening: its one plain column between
    the number column and the first unit column names the task (``序号 | 民生实事 | 责任单位 | 完成时限``), as the
    number-led reader reads a header one cell per line (``tables._roles_from_header``, ``plain_title``). The roles as
    they are when several plain columns (or none) stand there, or a content column does."""
    first_unit = next((i for i, r in enumerate(roles) if r in ("lead", "responsible")), None)
    if first_unit is None:
        return roles
    before = [i for i in range(first_unit) if roles[i] != "number"]
    if len(before) != 1 or roles[before[0]] != "other":
        return roles
    out = list(roles)
    out[before[0]] = "title"
    return out


def date_by_year_column(found: list, cell) -> None:
    """A target the prose rules read on a cell of a blank-parted indicator table (``甲率(%)  85%  90%以上`` under
    ``指标  2030年  2035年``) with no year of its own takes the year of the cell's column (N6), as it does when the table
    comes one cell per line or as delimited rows; ``cell``: a ``table_rows.YearValue`` (anything else is left)."""
    year = getattr(cell, "year", None)
    if year is None:
        return
    for r in found:
        if getattr(r, "target_year", 0) is None and getattr(r, "value", None) == cell.value \
                and r.norm_span.start < cell.end and cell.end - 1 < r.norm_span.end:
            r.target_year = year


_LIST_SEP = re.compile(r"[、,，;；]")


def long_unit_list(line: str) -> bool:
    """A unit cell written on one line as a long list (``甲省教育厅、甲省公安厅、…``, over 40 characters) where a page
    one cell per line may write one unit a line: at most 160 characters, every item a unit's name of at most 20."""
    from extract.cues import is_unit_cell
    t = line.strip()
    items = [x for x in _LIST_SEP.split(t) if x.strip()]
    return len(t) <= 160 and len(items) >= 3 and all(len(x.strip()) <= 20 and is_unit_cell(x.strip()) for x in items)


_SUB_ROW = re.compile(r"^(?:其中|含)\s*[:：]?")


def sub_row_unit(label: str, group: tuple[str, bool]) -> tuple[tuple[str, bool], str]:
    """(the state after ``label``, the unit a sub-row takes) for an indicator table's rows read in order: a row with
    its own bracket unit (``在校甲数(万人)``) opens a group; a ``其中:`` row (``其中:小学``) and the plain rows after it
    (``初中``) take that unit unless they have their own (N6, as the one-cell-per-line reader reads ``parent`` rows);
    ``group``: (the last own unit, whether a ``其中`` run is open). A plain row outside such a run takes nothing."""
    from extract.rules.target_frames import label_with_unit
    unit, open_run = group
    own = label_with_unit(label)[2]
    if _SUB_ROW.match(label.strip()):
        return (unit, True), ("" if own else unit)
    if own:
        return (own, False), ""
    return (unit, open_run), (unit if open_run else "")
