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
