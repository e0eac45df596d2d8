"""(r33 unitB35) A work calendar whose rows end in a task cell and an office cell (U1, U2, U5).

A school year's or an office's work calendar (校历, 工作行事历) set out as a table ``起止日期 | 主要工作 | 责任处室`` lists
each week's tasks, the office that carries each task in the last cell of its row. Flattened to pipe rows, its date
cells span several rows, so a row shows two, three or four cells (``第一周 | 3月1日-3月7日 | 开学典礼 | 教育处、团委 |``
then ``开学督导迎检 | 督导室 | ||``): no column index reads it, but every row ends in the same two cells. Each row whose
last non-empty cell lists units and whose cell before it is no date is one unit row: task the task cell, lead the
units of the office cell (a lone unit column is the lead, U4a), responsible ``[]``, quote from the task cell to the
office cell.

The cue is the header: its last two non-empty cells a work column (``主要工作``, ``工作内容``, ``活动安排``,
``工作事项``) and an office column (``责任处室``, ``负责部门``, ``责任科室``). The table ends at the first line with no
cell mark.

Not: a row whose last cell is no unit list (a note, a date, a blank row), a row whose task cell is a date (a task cell may read as a name: ``初二全体教师会`` is a meeting).

No I/O; the extractor hands in the normalised text.
"""

from __future__ import annotations

import re

from extract.rules.unit_duty_tables import pipe_row_cells as _cells  # one pipe-row cell splitter for the unit table readers
from extract.rules.unit_duty_tables import pipe_table_bodies

# the office column's header: a role word and an office kind (``责任处室``, ``负责部门``, ``责任科室``, ``承办单位``)
_OFFICE_HEADER = re.compile(r"^(?:责任|负责|主责|承办|牵头|执行|落实)(?:处室|科室|部门|单位|股室|部室|处|科|部门/人)$")
# the work column's header (``主要工作``, ``工作内容``, ``活动安排``, ``重点工作``, ``工作事项``)
_WORK_HEADER = re.compile(r"^(?:主要|重点|具体|日常)?(?:工作|活动|任务|事项)(?:内容|安排|事项|任务|项目)?$")
# a date or week cell (``2月24日``, ``3月1日-3月7日``, ``第一周``, ``开学前``)
_DATE_CELL = re.compile(r"^(?:[\d\s月日号年.\-—~至]+|第[一二三四五六七八九十\d]+周|[\u4e00-\u9fff]{0,2}(?:前|后|期间))$")
_OFFICE_WORDS = ("处室", "科室", "部门", "单位", "股室", "部室")


def is_calendar_header(line: str) -> bool:
    """A pipe row whose last two non-empty cells are a work column and an office column (``起止日期 | 主要工作 |
    责任处室``)."""
    cells = [t for _, t in _cells(line)]
    return len(cells) >= 2 and bool(_OFFICE_HEADER.match(cells[-1])) and bool(_WORK_HEADER.match(cells[-2]))


def _calendar_header(line: str) -> bool | None:
    return True if any(w in line for w in _OFFICE_WORDS) and is_calendar_header(line) else None


def calendar_rows(text: str, is_unit=None) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each row of a work calendar whose rows end in a task cell and an
    office cell."""
    if "|" not in text or not any(w in text for w in _OFFICE_WORDS):
        return []
    if is_unit is None:
        from extract.cues import is_unit_cell as is_unit
    from extract.tables import split_units_plain
    out = []
    for at, _, cells in pipe_table_bodies(text, _calendar_header):
        if len(cells) < 2:
            continue
        (ta, task), (ua, units) = cells[-2], cells[-1]
        if len(units) > 40 or not is_unit(units) or _DATE_CELL.match(task) or len(task) < 2:
            continue
        names = split_units_plain(units)
        if not names:
            continue
        out.append((at + ta, at + ua + len(units), task, names, []))
    return out
