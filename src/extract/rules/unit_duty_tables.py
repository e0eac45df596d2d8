"""(r30 unitA30) A table of bodies and their duties (U8a, U8b read for a table; U2, U5).

An organisation's page may set out its offices as a table whose first column names the body and whose next column
states its duties: ``机构名称 | 主要职责`` over ``某办公室 | 负责…,协调…。``. Each row is that body's duty, one unit row:
lead the body as its cell writes it, responsible ``[]``, task the duty cell's first clause, quote from the name cell to
the end of the duty cell (U5: the row from its title cell to its last cell). A serial column before the name
(``序号 | 部门 | 职责``) is read past.

Not: a table whose first column holds no body's name (``项目 | 职责``), a row whose name cell is no unit (a category,
a blank), a duty cell too short to state a task.

No I/O; the extractor hands in the normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# the name column's header: a body's kind, with or without ``名称`` (``机构名称``, ``部门``, ``内设机构``, ``科室``)
_NAME_HEADER = re.compile(r"^(?:内设|职能|行政|下设|直属)?(?:机构|部门|科室|处室|股室|部室|单位|组别|工作组|小组|办公室)(?:名称)?$")
# the duty column's header (``主要职责``, ``职责说明``, ``工作职责``, ``职能``, ``主要职能及职责``)
_DUTY_HEADER = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:职责|职能)[\u4e00-\u9fff]{0,6}$")
_SERIAL = re.compile(r"^(?:序号|编号|序)$")
_CLAUSE = re.compile(r"[,，;；。:：]")
_LINE = re.compile(r"[^\n]+")


def pipe_row_cells(line: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty cell of a pipe row."""
    out, pos = [], 0
    for part in line.split("|"):
        t = part.strip()
        if t:
            out.append((pos + part.find(t), t))
        pos += len(part) + 1
    return out


_cells = pipe_row_cells


def pipe_table_bodies(text: str, header) -> Iterator[tuple[int, object, list[tuple[int, str]]]]:
    """(line start, header value, cells) of each body row of every pipe table in ``text``. ``header(line)`` reads a
    pipe row as a table's header and returns what the body rows need of it (a column index, True), or None: the
    rows under a header are its body until the first line with no cell mark, which ends the table; a pipe row while
    no header holds is tried as one. One walk for the unit readers of pipe tables (this module's duty tables,
    ``unit_calendar_tables``)."""
    state = None
    for m in _LINE.finditer(text):
        line = m.group()
        if "|" not in line:
            state = None  # (the table ends at its first line with no cell mark)
            continue
        if state is None:
            state = header(line)
            continue
        yield m.start(), state, pipe_row_cells(line)


def _header(line: str) -> int | None:
    """The index of the name column where ``line`` is the header of a bodies-and-duties table, else None."""
    cells = [t for _, t in _cells(line)]
    k = 1 if cells and _SERIAL.match(cells[0]) else 0
    if len(cells) < k + 2 or not _NAME_HEADER.match(cells[k]) or not _DUTY_HEADER.match(cells[k + 1]):
        return None
    return k


# (unitA34) a table written with blanks between its cells, one row a line: ``序号 部门名称 主要职责`` over
# ``1 校长办公室 统筹全校工作,…``
_BLANK = re.compile(r"[ \t\u3000]+")


def _spaced_cells(line: str, n: int | None = None) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a row whose cells stand apart by blanks; with ``n``, the last of ``n`` cells takes the
    rest of the line (a duty cell may hold a blank of its own)."""
    out, pos = [], 0
    while pos < len(line):
        m = _BLANK.search(line, pos)
        if n is not None and len(out) == n - 1 or m is None:
            t = line[pos:].strip()
            if t:
                out.append((pos + line[pos:].find(t), t))
            break
        if m.start() > pos:
            out.append((pos, line[pos:m.start()]))
        pos = m.end()
    return out


def spaced_duty_table_rows(text: str, is_unit=None) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(unitA34) The rows of a bodies-and-duties table written with blanks between its cells (``序号 行政办公室名称
    主要职责说明`` over ``1 校长办公室 统筹全校工作,…``), read as the pipe table is: the header's cells by blanks, each row
    split into as many cells as the header has (the duty cell the rest of its line), a serial cell where the header has
    one. The table ends at the first line that is no such row."""
    if "职责" not in text and "职能" not in text:
        return []
    if is_unit is None:
        from extract.cues import is_unit_cell as is_unit
    out = []
    col: int | None = None
    for m in _LINE.finditer(text):
        line = m.group()
        if col is None:
            if "职责" not in line and "职能" not in line:
                continue  # (a cheap test before the split)
            cells = [t for _, t in _spaced_cells(line)]
            k = 1 if cells and _SERIAL.match(cells[0]) else 0
            if len(cells) == k + 2 and _NAME_HEADER.match(cells[k]) and _DUTY_HEADER.match(cells[k + 1]):
                col = k
            continue
        cells = _spaced_cells(line, col + 2)
        if len(cells) < col + 2 or (col and not cells[0][1].isdigit()):
            col = None
            continue
        (na, name), (da, duty) = cells[col], cells[col + 1]
        if len(name) > 20 or not is_unit(name):
            col = None
            continue
        task = _CLAUSE.split(duty, maxsplit=1)[0].strip()
        if len(task) >= 4:
            out.append((m.start() + na, m.start() + da + len(duty.rstrip("。;；")), task, [name], []))
    return out


def duty_table_rows(text: str, is_unit=None) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each row of a bodies-and-duties table (``机构名称 | 主要职责``)."""
    if "|" not in text or ("职责" not in text and "职能" not in text):
        return []
    if is_unit is None:
        from extract.cues import is_unit_cell as is_unit
    out = []
    for at, col, cells in pipe_table_bodies(text, _header):
        if len(cells) < col + 2:
            continue
        (na, name), (da, duty) = cells[col], cells[col + 1]
        if len(name) > 20 or not is_unit(name):
            continue
        task = _CLAUSE.split(duty, maxsplit=1)[0].strip()
        if len(task) < 4:
            continue
        out.append((at + na, at + da + len(duty.rstrip("。;；")), task, [name], []))
    return out


def spaced_rows_in(norm: str, orig: str, from_orig, is_unit=None) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(unitA34) ``spaced_duty_table_rows`` read in the original text (the normaliser drops the blanks between Chinese
    cells and joins the rows it takes for wrapped lines), each row's span, name and task given in the normalised text
    ``norm`` (``from_orig`` maps an original span to it)."""
    if "职责" not in norm and "职能" not in norm:
        return []
    out = []
    for a, b, task, lead, resp in spaced_duty_table_rows(orig, is_unit):
        na, nb = from_orig(a, b)
        name = lead[0]
        row = norm[na:nb]
        if not row.startswith(name) and not row.startswith(name.replace(" ", "")):
            continue  # (the original's name changed by the normaliser: a Traditional form, a width)
        rest = row[len(name):]
        t = _CLAUSE.split(rest, maxsplit=1)[0].strip()
        if len(t) >= 4:
            out.append((na, nb, t, [name], resp))
    return out
