"""Task tables written one row per line with ``|`` or tab delimiters and no number column:
``项目 | 目标 | 分解情况 | 责任领导 | 责任单位 | 责任人`` and the rows under it.

The number-led reader (``tables._find_task_tables``) groups a cell stream by row numbers; these
tables have none, so each delimited line is a row. A row with more cells than the header has a
column split into several cells (a label, its total and its breakdown under ``分解情况``): the
columns from the first unit column on are aligned from the row's end, those before it from its
start, and the cells between belong to the column just before the units. A row with fewer cells
continues the row above (its first columns are merged cells) and is read as content.
"""

from __future__ import annotations

import bisect
import re

from extract.cues import column_role, is_unit_cell
from extract.data import Span, Table, TableRow
from extract.headings import Line
from extract.tables import _TIME_CELL, Cell, _header_columns, _roles_from_header, table_cells

_UNIT_ROLES = ("lead", "responsible", "people")
# a month or a quarter named in a header cell (no year: a year column makes an indicator table)
_PERIOD_WORD = re.compile(r"\d{1,2}\s*(?:[-—~至]\s*\d{1,2}\s*)?月份?|第?\s*[1-4]\s*季度")


def _row_cells(line: Line) -> list[Cell]:
    return table_cells([line])


def _is_delimited(line: Line) -> bool:
    return "|" in line.text or "｜" in line.text or "\t" in line.text


def _header_of(line: Line) -> tuple[list[str], list[str]] | None:
    """(columns, roles) of a delimited header line without digits that names a unit column. The months of a
    progress table's columns (``8月计划进度``, ``1-6月完成情况``, ``第3季度``) are words of a header, no data."""
    if not _is_delimited(line) or any(ch.isdigit() for ch in _PERIOD_WORD.sub("", line.text)):
        return None
    cols, years = _header_columns([c.text for c in _row_cells(line)])
    if (len(cols) < 3 and not (len(cols) == 2 and _pair_header(*cols))) or years or column_role(cols[0]) == "number":
        return None  # a numbered header is the number-led reader's
    roles = _roles_from_header(cols, len(cols))
    from extract.rules.project_tables import unitless_project_header  # (lazy: ``extract.rules`` imports this module)
    if roles is None or not (any(r in ("lead", "responsible") for r in roles) or unitless_project_header(cols)):
        return None
    return cols, roles


def row_roles(roles: list[str], ncells: int) -> list[str]:
    """Roles of a row of ``ncells`` cells under a header with ``roles``: aligned on both ends when the
    row is longer (the column before the units spans the extra cells), content when it is shorter."""
    n = len(roles)
    if ncells == n:
        return list(roles)
    first_unit = next((i for i, r in enumerate(roles) if r in _UNIT_ROLES), None)
    if ncells < n:
        # (targets13c) a row that lost its unit cell to the row above (``(2)组建… | 8月计划进度 | 实际进度 | 72% | 某人``)
        # keeps the header's progress and time columns before the units: a report's result is no task's content
        lead = n if first_unit is None else first_unit
        return [roles[i] if i < lead and roles[i] in ("deadline", "other") else "content" for i in range(ncells)]
    if first_unit is None or first_unit == 0:
        return ["content"] * ncells
    tail = roles[first_unit:]
    head = roles[:first_unit - 1]
    middle = ncells - len(head) - len(tail)
    return head + [roles[first_unit - 1]] * middle + tail


_SHORT_NAME = re.compile(r"^[\u4e00-\u9fff()（）]{2,16}$")


def _fits(role: str, cell: str, inherited: bool) -> bool:
    """Whether ``cell`` may stand under a column of ``role``: units under a unit column (a short bare name too when
    the row keeps the columns of the row above: a name the page cut, ``市文旅``), a date under a deadline column,
    and no unit list under any other column."""
    if role in ("lead", "responsible"):
        return is_unit_cell(cell) or (inherited and _SHORT_NAME.match(cell.strip()) is not None)
    if role == "deadline":
        from extract.rules.unit_goal_layouts import month_deadline_cell  # (r16 ug24: ``11月``; lazy: no import cycle)
        from extract.rules.table_schedule_cells import schedule_cell  # (unitB24: ``二季度完成…``; lazy, as above)
        return _TIME_CELL.match(cell.strip()) is not None or month_deadline_cell(cell) or schedule_cell(cell)
    return role != "people" and not is_unit_cell(cell)


def short_row_start(roles: list[str], cells: list[str], before: int | None) -> int | None:
    """(thirteenth round) The first column of a row shorter than its header whose first columns are cells merged
    with the rows above (``一级指标 | … | 任务分解 | 责任单位 | 完成时限`` over rows ``1.2绘制… | 甲局 乙局 | 2031年6月``):
    its cells fill the header's last columns, or (a row the page cut after its units) the columns of the short row
    above it (``before``). None when the cells do not fit those columns (a row that continues a cell of the row above
    is content, as before): a unit column must hold units, a deadline column a date, no other column a unit list."""
    n, k = len(roles), len(cells)
    if k < 2 or k >= n:
        return None
    for start, inherited in ((n - k, False), (before, True)):
        if start is None or start < 1 or start + k > n:
            continue
        cols = roles[start:start + k]
        if any(r in ("lead", "responsible") for r in cols) and cols[0] not in ("lead", "responsible", "people") \
                and all(_fits(r, c, inherited) for r, c in zip(cols, cells)):
            return start
    return None


def find_line_tables(lines: list[Line], skip: set[int]) -> list[tuple[int, int, Table]]:
    """Tables of delimited lines under a header line that names a unit column, outside ``skip``."""
    from extract.rules.project_tables import cut_row_roles  # (confC19; lazy: ``extract.rules`` imports this module)
    from extract.rules.table_header_rows import header_line_is_row  # (unitB26; lazy, as above)
    from extract.rules import table_cut_rows as _tcr  # (unitB26; lazy, as above)
    out: list[tuple[int, int, Table]] = []
    last_filled = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].text.strip()), -1)  # (unitB26)
    i = 0
    while i < len(lines):
        ln = lines[i]
        head = None if ln.index in skip else _header_of(ln)
        if head is None:
            i += 1
            continue
        cols, roles = head
        table = Table(kind="tasks", header=cols, rows=[], span=Span(start=ln.start, end=ln.end))
        own = _row_cells(ln)
        if header_line_is_row([c.text for c in own], roles):  # the first row taken for the header
            table.rows.append(TableRow(cells=[c.text for c in own], roles=list(roles),
                                       cell_spans=[Span(start=c.start, end=c.end) for c in own]))
        j = i + 1
        before: int | None = None  # the first column of the short row above, when it was aligned
        while j < len(lines) and lines[j].index not in skip and (_is_delimited(lines[j]) or not lines[j].text.strip()):
            cells = _row_cells(lines[j])
            if len(cells) >= 2:
                texts = [c.text for c in cells]
                start = short_row_start(roles, texts, before) if len(cells) < len(roles) else None
                before = start
                last = j == last_filled  # (unitB26) the text's last line
                got = (cut_row_roles(cols, roles, len(cells)) or _tcr.cut_last_row_roles(roles, texts, lines[j].text, last)
                       or row_roles(roles, len(cells))) if start is None else roles[start:start + len(cells)]  # (confC19)
                table.rows.append(TableRow(cells=texts, roles=_tcr.without_sentence_units(texts, got),  # (unitB26)
                                           cell_spans=[Span(start=c.start, end=c.end) for c in cells]))
                table.span = Span(start=table.span.start, end=lines[j].end)
            j += 1
        if table.rows:
            out.append((i, j, table))
        i = j
    return out


def _pair_header(a: str, b: str) -> tuple[str, str] | None:
    """Roles of a two-column header (``相关部门`` / ``职责分工``): a unit column and a content column."""
    if len(a) > 8 or len(b) > 8:
        return None  # (before the roles: most pairs of lines are text, and column_role's cache keeps header words)
    ra, rb = column_role(a), column_role(b)
    if ra in ("lead", "responsible") and rb in ("content", "title"):
        return "lead", "content"
    if ra in ("content", "title") and rb in ("lead", "responsible"):
        return "content", "lead"
    return None


def find_pair_tables(lines: list[Line], skip: set[int]) -> list[tuple[int, int, Table]]:
    """Two-column tables flattened one cell per line without row numbers: a unit column and a duty
    column (``相关部门`` / ``职责分工``), then ``unit`` / ``duty`` cells in pairs while they read so."""

    filled = [ln for ln in lines if ln.text.strip() and ln.index not in skip]
    out: list[tuple[int, int, Table]] = []
    k = 0
    while k + 1 < len(filled):
        roles = _pair_header(filled[k].text.strip(), filled[k + 1].text.strip())
        if roles is None or (k + 2 < len(filled) and _pair_header(filled[k + 1].text.strip(), filled[k + 2].text.strip())):
            k += 1  # (of two overlapping headers, the later one stands right above the rows)
            continue
        unit_at = roles.index("lead")
        table = Table(kind="tasks", header=[filled[k].text.strip(), filled[k + 1].text.strip()], rows=[],
                      span=Span(start=filled[k].start, end=filled[k + 1].end))
        j = k + 2
        while j + 1 < len(filled):
            pair = filled[j:j + 2]
            cells = [c for ln in pair for c in _row_cells(ln)]
            if len(cells) != 2 or not is_unit_cell(cells[unit_at].text) or is_unit_cell(cells[1 - unit_at].text):
                break
            table.rows.append(TableRow(cells=[c.text for c in cells], roles=list(roles),
                                       cell_spans=[Span(start=c.start, end=c.end) for c in cells]))
            table.span = Span(start=table.span.start, end=pair[1].end)
            j += 2
        if len(table.rows) >= 2:
            out.append((filled[k].index, filled[j - 1].index + 1, table))
            k = j
        else:
            k += 1
    return out


# -- tables flattened one cell per line whose rows have a variable number of cells ------------------
_SPACES = re.compile(r"\s+")
# a line that is only a unit column's header cell (``主要责任单位``, ``配合部门``): what a cell-run table needs
_UNIT_COLUMN_LINE = re.compile(r"^[^\S\n]*[\u4e00-\u9fff]{0,6}(?:单位|部门|科室|处室|股室)[^\S\n]*$", re.M)
_RUN_HEADER_ROLES = ("category", "title", "content", "lead", "responsible")
_AREA_LINE = re.compile(r"^\d{1,2}\s*[.、．]\s*[\u4e00-\u9fff“]")
_CHAPTER_LINE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十\d]{1,3}[章节部分篇])")
_BULLET = ("——", "—", "-", "·", "●", "•", "○", "■", "□", "▲", "◆")


def run_header(cells: list[str]) -> list[str] | None:
    """Roles of a header flattened one cell per line whose rows follow as runs of lines (``领域`` /
    ``主 要 目 标`` / ``主要责任单位`` / ``责任单位``): at least three short cells, each a category, title,
    content or unit column, the unit columns last and a task column before them; None otherwise."""
    if len(cells) < 3:
        return None
    roles = []
    for c in cells:
        c = _SPACES.sub("", c)
        if not c or len(c) > 10 or any(ch.isdigit() for ch in c) or any(ch in "。,，;；:：、" for ch in c):
            return None
        r = column_role(c)
        if r not in _RUN_HEADER_ROLES + ("deadline",):
            return None
        roles.append(r)
    from extract.rules.cell_table_runs import run_columns  # (vtblA28; lazy: ``extract.rules`` imports this module)
    return roles if run_columns(roles) else None


def is_unit_line(text: str) -> bool:
    """A line of a unit run: a short unit cell (``乙县文化局``, ``丙市妇联``), no bulleted content line."""

    t = text.strip()
    if len(t) > 40:
        from extract.rules.table_layouts import long_unit_list  # (r18; lazy: no import cycle)
        return long_unit_list(t)
    return 0 < len(t) <= 40 and not t.startswith(_BULLET) and is_unit_cell(t)


def find_cell_run_tables(lines: list[Line], skip: set[int], text: str) -> list[tuple[int, int, Table]]:
    """Task tables flattened one cell per line whose rows have a variable number of cells: under a header
    of one cell per line (``领域`` / ``主要目标`` / ``主要责任单位`` / ``责任单位``), an area line (``1.…。``, the
    category, carried into each of its rows), one or more content lines (``——…``), then a run of lines each
    a unit name: the first leads (the lead column), the others answer for the task (the responsible column).
    A content line after a unit run opens the next row; a chapter heading or a row without units ends the
    table."""
    from extract.rules.cell_table_runs import header_run_cell  # (vtblA28; lazy: ``extract.rules`` imports this module)
    out: list[tuple[int, int, Table]] = []
    found = [m.start() for m in _UNIT_COLUMN_LINE.finditer(text)]
    if not found:
        return out  # no line is a unit column's header cell alone (one scan of the text, before any per-line work)
    filled = [ln for ln in lines if ln.text.strip()]
    at = {ln.index: k for k, ln in enumerate(filled)}
    starts = [ln.start for ln in lines]
    done = -1  # the last line (in ``filled``) of the last table found

    def header_cell(ln: Line) -> bool:
        t = ln.text.strip()
        return ln.index not in skip and header_run_cell(t) and not _is_delimited(ln) and not is_unit_line(t) \
            and column_role(_SPACES.sub("", t)) in _RUN_HEADER_ROLES + ("deadline",)  # (vtblA28) no heading above

    for pos in found:
        k = at.get(bisect.bisect_right(starts, pos) - 1)
        if k is None or k <= done or filled[k].index in skip \
                or column_role(_SPACES.sub("", filled[k].text)) not in ("lead", "responsible"):
            continue
        b = k
        while b > done + 1 and k - b < 6 and header_cell(filled[b - 1]) \
                and (b == k or column_role(_SPACES.sub("", filled[b - 1].text)) != "deadline"):
            b -= 1  # the header's cells before its unit columns (a deadline column only right before them, vtblA28)
        j = k
        # (``责任单位`` reads as a unit cell too: the header's unit columns are taken by their roles)
        while j < len(filled) and j - k < 2 and filled[j].index not in skip \
                and column_role(_SPACES.sub("", filled[j].text)) in ("lead", "responsible") \
                and len(filled[j].text.strip()) <= 10:
            j += 1
        if j < len(filled) and header_cell(filled[j]) and column_role(_SPACES.sub("", filled[j].text)) == "deadline":
            j += 1  # (vtblA28) a deadline column after the units (``完成时限``)
        head = filled[b:j]
        roles = run_header([h.text.strip() for h in head]) if len(head) >= 3 else None
        if roles is None:
            continue
        table, last = _cell_run_rows(filled, j, roles, skip, head, text)
        if table is not None and len(table.rows) >= 2:
            out.append((head[0].index, filled[last].index + 1, table))
            done = last
    return out


def _lstrip_span(ln: Line) -> int:
    return ln.start + len(ln.text) - len(ln.text.lstrip())


def _cell_run_row(text: str, area: Line | None, content: list[Line], units: list[Line], two_columns: bool,
                  due: Line | None = None, due_after: bool = False, task_roles: tuple[str, ...] = ()) -> TableRow:
    """One row: the area (carried), the content lines as one cell, the first unit line as the lead cell and
    the other unit lines as the responsible cell; under a header with one unit column, all the unit lines
    are that column's cell, read as the lead (U6)."""
    cells: list[str] = []
    roles: list[str] = []
    spans: list[Span] = []
    if area is not None:
        cells.append(area.text.strip())
        roles.append("category")
        spans.append(Span(start=_lstrip_span(area), end=area.end))
    from extract.rules.cell_table_runs import task_cells  # (vtblA28; lazy: ``extract.rules`` imports this module)
    for role, part in task_cells(task_roles, [ln.text for ln in content]):  # (vtblA28) a title column first
        a, b = _lstrip_span(content[part[0]]), content[part[1] - 1].end
        cells.append(text[a:b])
        roles.append(role)
        spans.append(Span(start=a, end=b))
    if due is not None and not due_after:  # (vtblA28) the deadline column before the units
        cells.append(due.text.strip())
        roles.append("deadline")
        spans.append(Span(start=_lstrip_span(due), end=due.end))
    first = units[:1] if two_columns else units
    cells.append("、".join(u.text.strip() for u in first))
    roles.append("lead")
    spans.append(Span(start=_lstrip_span(units[0]), end=first[-1].end))
    if two_columns and len(units) > 1:
        cells.append("、".join(u.text.strip() for u in units[1:]))
        roles.append("responsible")
        spans.append(Span(start=_lstrip_span(units[1]), end=units[-1].end))
    if due is not None and due_after:  # (vtblA28) the deadline column after the units
        cells.append(due.text.strip())
        roles.append("deadline")
        spans.append(Span(start=_lstrip_span(due), end=due.end))
    return TableRow(cells=cells, roles=roles, cell_spans=spans, carried=1 if area is not None else 0)


def _cell_run_rows(filled: list[Line], j: int, roles: list[str], skip: set[int], header: list[Line],
                   text: str) -> tuple[Table | None, int]:
    """The rows of a cell-run table from ``filled[j]`` on: (the table, the index in ``filled`` of its last
    line)."""
    has_category = "category" in roles
    two_columns = sum(r in ("lead", "responsible") for r in roles) == 2
    table = Table(kind="tasks", header=[_SPACES.sub("", h.text) for h in header], rows=[],
                  span=Span(start=header[0].start, end=header[-1].end))
    from extract.rules.cell_table_runs import deadline_line, level_field_unit, task_columns  # (vtblA28; lazy, as above)
    task_roles = task_columns(roles)
    due_at = next((i for i, r in enumerate(roles) if r == "deadline"), None)
    due_after = due_at is not None and due_at > min(i for i, r in enumerate(roles) if r in ("lead", "responsible"))
    area: Line | None = None
    content: list[Line] = []
    units: list[Line] = []
    due: Line | None = None  # (vtblA28) the row's deadline cell
    last = j - 1
    while j <= len(filled):
        ln = filled[j] if j < len(filled) else None
        t = ln.text.strip() if ln is not None else ""
        stop = ln is None or ln.index in skip or bool(_CHAPTER_LINE.match(t)) or _is_delimited(ln)
        unit = not stop and bool(content) and (is_unit_line(t) or (bool(units) and level_field_unit(t)))  # (lead44)
        area_line = not stop and not unit and has_category and bool(_AREA_LINE.match(t)) and len(t) <= 60
        if units and due_after and due is None and not unit and not stop and deadline_line(t):
            due = ln  # (vtblA28) the deadline column after the units closes the row
            last = j
            j += 1
            continue
        if units and not unit:  # the unit run has ended: so has the row
            table.rows.append(_cell_run_row(text, area, content, units, two_columns, due, due_after, task_roles))
            table.span = Span(start=table.span.start, end=(due or units[-1]).end)
            last = j - 1
            content, units, due = [], [], None
        if due_at is not None and not due_after and content and not unit and not stop and due is None \
                and j + 1 < len(filled) and deadline_line(t) and is_unit_line(filled[j + 1].text.strip()):
            due = ln  # (vtblA28) the deadline column between the task and its units
            j += 1
            continue
        if stop or (area_line and content) or (not unit and not area_line and len(content) >= 12):
            break  # a chapter heading, a row without units or a run of text too long for a cell: the end
        if unit:
            units.append(ln)
        elif area_line:
            area = ln
        else:
            content.append(ln)
        j += 1
    return (table if table.rows else None), last
