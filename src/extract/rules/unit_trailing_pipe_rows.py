"""(lead47) Task tables flattened one cell per line, each cell closed by its pipe, with no serial column (eval/README.md U4,
U6): a header of column names, one a line (``工作项目 |`` / ``办理时间 |`` / ``办理单位 |``), then the rows' cells, as many lines
a row as the header has columns (an empty cell a bare ``|``). Merged cells of the page may shift a row's cells, so the
row's unit is read by what its cells are, not by their place: the one cell of the row that reads as units (a unit
column's header standing in the header run) leads the row's task, the row's first plain cell (its item number off).
A row with no unit cell (a part's title) gives no row; a table where under half the rows have a unit cell is no such
table (the count of lines a row does not hold).

    工作项目 |  办理时间 |  办理单位 |  甲会议 |  8月 |  卫保组 |  乙检查 |  9月 |  环安中心 |
    -> two rows: 甲会议 (卫保组), 乙检查 (环安中心)

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.cues import column_role, is_unit_cell

_CELL_LINE = re.compile(r"(?m)^[ \t\u3000]*(?P<cell>[^|\n]*?)[ \t\u3000]*\|[ \t\u3000]*$")
# an item's number before its words (``1-1``, ``2.``, ``(3)``): the row's, no part of the task
_ITEM_NO = re.compile(r"^(?:\d{1,2}-\d{1,2}|\d{1,2}\s*[.、．](?!\d)|[(（]\d{1,2}[)）])\s*")
_ORG_END = re.compile(r"(?:局|委|办|厅|部|署|处|科|站|所|院|中心|公司|政府|公所|队|会|室|团|馆|社|组|股|课)$")
# a header cell: a short column name that ends with a header's word
_HEADER_CELL = re.compile(r"^[\u4e00-\u9fff()（）]{1,10}(?:序号|编号|名称|内容|方法|单位|部门|科室|时限|时间|项目|任务|措施|来源|备注|类别|进度|要求)$")


def _runs(text: str) -> list[list[re.Match[str]]]:
    """The runs of consecutive cell lines (each line one cell closed by its pipe) of ``text``, ten lines at least."""
    runs: list[list[re.Match[str]]] = []
    cur: list[re.Match[str]] = []
    for m in _CELL_LINE.finditer(text):
        if cur and text[cur[-1].end():m.start()].strip("\n") != "":
            runs.append(cur)
            cur = []
        if cur and text.count("\n", cur[-1].end(), m.start()) > 1:
            runs.append(cur)
            cur = []
        cur.append(m)
    if cur:
        runs.append(cur)
    return [r for r in runs if len(r) >= 10]


def _unit_cell(cell: str) -> list[str] | None:
    from extract.rules.units import split_units

    if not cell or not is_unit_cell(cell):
        return None
    units = split_units(cell)
    return units if units and all(_ORG_END.search(u) for u in units) else None


def trailing_pipe_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, []) of each row of the module's tables in ``text`` (the normalised text)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if " |\n" not in text and "|\n" not in text:
        return out
    for run in _runs(text):
        k = 0
        while k < len(run) and k < 8 and _HEADER_CELL.match(run[k].group("cell")) and not _unit_cell(run[k].group("cell")):
            k += 1
        header = [m.group("cell") for m in run[:k]]
        roles = [column_role(h) for h in header]
        if k < 3 or not any(r in ("lead", "responsible") for r in roles) or not any(r in ("title", "content") for r in roles):
            continue
        rows = [run[i:i + k] for i in range(k, len(run), k)]
        with_unit = [r for r in rows if any(_unit_cell(m.group("cell")) for m in r)]
        if len(with_unit) < 2 or 2 * len(with_unit) < len(rows):
            continue
        for row in with_unit:
            units = [(m, u) for m in row if (u := _unit_cell(m.group("cell")))]
            if len(units) != 1:
                continue
            first = next((m for m in row if m.group("cell") and not _unit_cell(m.group("cell"))), None)
            if first is None or first.start() > units[0][0].start():
                continue
            task = _ITEM_NO.sub("", first.group("cell")).strip()
            if len(task) < 2:
                continue
            out.append((first.start("cell"), units[0][0].end("cell"), task, units[0][1], []))
    return out
