"""Quotas in the rows of a task-breakdown table: a label that names its unit in brackets followed by
its total (``新增就业人数(人) | 1300``), and the breakdown of that total over places
(``甲镇280 乙乡15 丙街道办40``). In a table that assigns tasks, both are what each is to reach.

The same cells read whatever the table's layout (vrestA28): as a delimited row (``row_quotas``, on the rows the table
reader parsed) or flattened one cell per line (``cell_line_quotas``), where a breakdown table's rows differ in length
(a task's first row carries its category, its people and its units; the rows that go on with it hold only the label,
the total and the breakdown), so that no header count groups them: the label line, the total line and the breakdown
line stand together in any row, and they are read so."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.rules.targets import indicator_row

_LABEL_WITH_UNIT = re.compile(r"^(?P<name>[^()（）|]{2,30}?)\s*[(（](?P<unit>%|[\u4e00-\u9fff]{1,3})[)）]$")
_TOTAL = re.compile(r"^\d+(?:\.\d+)?$")
_PLACE_QUOTA = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,10}?)(?P<v>\d+(?:\.\d+)?)(?=\s|$)")
_PLACE_END = re.compile(r"(乡|镇|街道|街道办|办事处|社区|村|县|区|市|州|旗|开发区|园区|管委会|场)$")


@dataclass
class Quota:
    start: int  # span in the normalised text
    end: int
    indicator: str
    value: float
    unit: str


def place_quotas(cell: str) -> list[tuple[int, int, str, float]] | None:
    """(start, end, place, value) of every item of a breakdown cell, or None unless the whole cell is a
    list of three or more ``place + number`` items, most of them ending like a place."""
    items = list(_PLACE_QUOTA.finditer(cell))
    if len(items) < 3 or re.sub(r"\s+", "", _PLACE_QUOTA.sub("", cell)):
        return None  # something else stands in the cell
    if sum(1 for m in items if _PLACE_END.search(m.group("place"))) * 3 < len(items) * 2:
        return None
    return [(m.start(), m.end(), m.group("place"), float(m.group("v"))) for m in items]


def row_quotas(cells: list[str], spans: list[tuple[int, int]]) -> list[Quota]:
    """The quotas of one table row: each label with a bracketed unit and the total in the next cell,
    and a breakdown over places in the cell after it (each place's share, the label's unit)."""
    out: list[Quota] = []
    for k in range(len(cells) - 1):
        m = _LABEL_WITH_UNIT.match(cells[k].strip())
        if m is None or not _TOTAL.match(cells[k + 1].strip()):
            continue
        name, unit = indicator_row(cells[k].strip(), None)
        if not name or unit is None:
            continue
        out.append(Quota(spans[k][0], spans[k + 1][1], name, float(cells[k + 1]), unit))
        if k + 2 < len(cells) and (items := place_quotas(cells[k + 2])) is not None:
            base = spans[k + 2][0]
            out += [Quota(base + a, base + b, place + name, v, unit) for a, b, place, v in items]
    return out


_LINE = re.compile(r"[^\n]+")


def cell_line_quotas(text: str) -> list[Quota]:
    """The quotas of breakdown tables flattened one cell per line (vrestA28): a line that is a label with its unit in
    brackets (``新增就业人数(人)``), the next line its bare total (``1300``), and, when the line after is a breakdown
    over places (``甲镇280 乙乡15 丙街道办40``, ``place_quotas``), each place's share. A label and total are read only
    in a run of such pairs of which one has its breakdown: that marks the table as breaking tasks down (a bare
    label-and-number pair is an indicator table's row, which its own reader takes)."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(text)]
    runs: list[list[Quota]] = []
    last = -10
    broken = False
    for i in range(len(lines) - 1):
        if not _TOTAL.match(lines[i + 1][2]) or (m := _LABEL_WITH_UNIT.match(lines[i][2])) is None:
            continue
        name, unit = indicator_row(lines[i][2], None)
        if not name or unit is None:
            continue
        found = [Quota(lines[i][0], lines[i + 1][1], name, float(lines[i + 1][2]), unit)]
        if i + 2 < len(lines) and (items := place_quotas(text[lines[i + 2][0]:lines[i + 2][1]])) is not None:
            base = lines[i + 2][0]
            found += [Quota(base + a, base + b, place + name, v, unit) for a, b, place, v in items]
        if i - last > 12 or not runs:
            if runs and not broken:
                runs.pop()  # the run before had no breakdown: no quota table
            runs.append([])
            broken = False
        runs[-1] += found
        broken = broken or len(found) > 1
        last = i
    if runs and not broken:
        runs.pop()
    return [q for run in runs for q in run]
