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

from extract.cues import column_role
from extract.data import Span, Table, TableRow
from extract.headings import Line
from extract.tables import Cell, _header_columns, _roles_from_header, table_cells

_UNIT_ROLES = ("lead", "responsible", "people")


def _row_cells(line: Line) -> list[Cell]:
    return table_cells([line])


def _is_delimited(line: Line) -> bool:
    return "|" in line.text or "｜" in line.text or "\t" in line.text


def _header_of(line: Line) -> tuple[list[str], list[str]] | None:
    """(columns, roles) of a delimited header line without digits that names a unit column."""
    if not _is_delimited(line) or any(ch.isdigit() for ch in line.text):
        return None
    cols, years = _header_columns([c.text for c in _row_cells(line)])
    if len(cols) < 3 or years or column_role(cols[0]) == "number":
        return None  # a numbered header is the number-led reader's
    roles = _roles_from_header(cols, len(cols))
    if roles is None or not any(r in ("lead", "responsible") for r in roles):
        return None
    return cols, roles


def row_roles(roles: list[str], ncells: int) -> list[str]:
    """Roles of a row of ``ncells`` cells under a header with ``roles``: aligned on both ends when the
    row is longer (the column before the units spans the extra cells), content when it is shorter."""
    n = len(roles)
    if ncells == n:
        return list(roles)
    first_unit = next((i for i, r in enumerate(roles) if r in _UNIT_ROLES), None)
    if ncells < n or first_unit is None or first_unit == 0:
        return ["content"] * ncells
    tail = roles[first_unit:]
    head = roles[:first_unit - 1]
    middle = ncells - len(head) - len(tail)
    return head + [roles[first_unit - 1]] * middle + tail


def find_line_tables(lines: list[Line], skip: set[int]) -> list[tuple[int, int, Table]]:
    """Tables of delimited lines under a header line that names a unit column, outside ``skip``."""
    out: list[tuple[int, int, Table]] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        head = None if ln.index in skip else _header_of(ln)
        if head is None:
            i += 1
            continue
        cols, roles = head
        table = Table(kind="tasks", header=cols, rows=[], span=Span(start=ln.start, end=ln.end))
        j = i + 1
        while j < len(lines) and lines[j].index not in skip and (_is_delimited(lines[j]) or not lines[j].text.strip()):
            cells = _row_cells(lines[j])
            if len(cells) >= 2:
                table.rows.append(TableRow(cells=[c.text for c in cells], roles=row_roles(roles, len(cells)),
                                           cell_spans=[Span(start=c.start, end=c.end) for c in cells]))
                table.span = Span(start=table.span.start, end=lines[j].end)
            j += 1
        if table.rows:
            out.append((i, j, table))
        i = j
    return out


def _pair_header(a: str, b: str) -> tuple[str, str] | None:
    """Roles of a two-column header (``相关部门`` / ``职责分工``): a unit column and a content column."""
    ra, rb = column_role(a), column_role(b)
    if len(a) > 8 or len(b) > 8:
        return None
    if ra in ("lead", "responsible") and rb in ("content", "title"):
        return "lead", "content"
    if ra in ("content", "title") and rb in ("lead", "responsible"):
        return "content", "lead"
    return None


def find_pair_tables(lines: list[Line], skip: set[int]) -> list[tuple[int, int, Table]]:
    """Two-column tables flattened one cell per line without row numbers: a unit column and a duty
    column (``相关部门`` / ``职责分工``), then ``unit`` / ``duty`` cells in pairs while they read so."""
    from extract.cues import is_unit_cell

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
