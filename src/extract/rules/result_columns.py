"""The result column of a progress table that no table reader took, in two flattenings (N13).

A progress report often prints its table with a column of what was done so far (``完成情况``, ``落实情况``,
``进展情况``, ``實際完成``): its figures are status, whatever verbs they carry. Two flattenings are read here:
delimited rows under a delimited header (``序号 | 任务 | 完成情况 |`` then ``1 | 新建甲园3所 | 已完成80% |``), and one
cell a line (``序号 |`` / ``任务 |`` / ``完成情况 |`` then ``1 |`` / ``新建甲园3所 |`` / ``已完成80% |``).
"""

from __future__ import annotations

import re

# a header cell naming what was done: ``完成情况``, ``1-6月落实情况``, ``目标完成情况``, ``實際完成``, ``当前进度``
_RESULT_HEAD = re.compile(r"^[^|｜]{0,10}?(?:完成情况|完成情況|落实情况|落實情況|进展情况|進展情況|推进情况|推進情況|"
                          r"实施情况|實施情況|执行情况|執行情況|实际完成|實際完成|当前进度|當前進度|进度情况|進度情況)$")
_SERIAL_CELL = re.compile(r"^\s*\d{1,3}\s*[|｜]\s*$")
_CELL_LINE = re.compile(r"^\s*([^|｜]{1,16}?)\s*[|｜]\s*$")
_SPACES = re.compile(r"\s+")


def is_result_head(cell: str) -> bool:
    """A header cell naming a progress table's results (``完成情况``, ``上半年落实情况``, ``實際完成``); not a plan
    column (``目标任务``, ``计划完成时间``) nor a long cell of text."""
    return _RESULT_HEAD.match(_SPACES.sub("", cell)) is not None


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"[|｜]", line.strip().strip("|｜"))]


def _in_delimited_row(lines: list[str], i: int, col: int) -> bool:
    """Row ``lines[i]`` has its ``col``-th cell under a result header cell of the nearest delimited header above."""
    n = len(_cells(lines[i]))
    for j in range(i - 1, max(-1, i - 200), -1):
        if "|" not in lines[j] and "｜" not in lines[j]:
            return False  # the table ends above
        head = _cells(lines[j])
        if any(is_result_head(c) for c in head) and not any(ch.isdigit() for c in head for ch in c if not is_result_head(c)):
            return len(head) == n and is_result_head(head[col])
    return False


def _in_cell_line_row(lines: list[str], i: int) -> bool:
    """Line ``i`` is a cell of a table flattened one cell a line whose header (short ``X |`` lines from ``序号``) puts a
    result column at the line's distance from the row's serial line (``12 |``)."""
    s = next((j for j in range(i - 1, max(-1, i - 12), -1) if _SERIAL_CELL.match(lines[j])), None)
    if s is None:
        return False
    d = i - s
    h = next((j for j in range(s - 1, -1, -1) if (m := _CELL_LINE.match(lines[j])) and m.group(1) in ("序号", "序號", "编号")), None)
    if h is None:
        return False
    head = []
    for ln in lines[h:h + 12]:
        m = _CELL_LINE.match(ln)
        if m is None or _SERIAL_CELL.match(ln):
            break
        head.append(m.group(1))
    return d < len(head) and is_result_head(head[d])


def in_result_column(text: str, pos: int) -> bool:
    """The figure at ``pos`` lies in a cell under a progress table's result column (see the module's docstring).
    Made-up examples: under ``序号 | 任务 | 完成情况 |``, the row ``1 | 新建甲园3所 | 土建完成80% |``: 80 lies there,
    3 does not; a task cell one cell a line is no result."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    b = len(text) if b < 0 else b
    line = text[a:b]
    lines = text[:a].split("\n")[:-1] + [line]
    i = len(lines) - 1
    if line.count("|") + line.count("｜") >= 2 and not _CELL_LINE.match(line):
        lead = line[:pos - a].lstrip()
        col = len(re.findall(r"[|｜]", lead.lstrip("|｜")))
        return _in_delimited_row(lines, i, col)
    return _in_cell_line_row(lines, i)
