"""The result column of a progress table that no table reader took, in two flattenings (N13).

A progress report often prints its table with a column of what was done so far (``完成情况``, ``落实情况``,
``进展情况``, ``實際完成``): its figures are status, whatever verbs they carry. Two flattenings are read here:
delimited rows under a delimited header (``序号 | 任务 | 完成情况 |`` then ``1 | 新建甲园3所 | 已完成80% |``), and one
cell a line (``序号 |`` / ``任务 |`` / ``完成情况 |`` then ``1 |`` / ``新建甲园3所 |`` / ``已完成80% |``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# a header cell naming what was done: ``完成情况``, ``1-6月落实情况``, ``目标完成情况``, ``實際完成``, ``当前进度``
_RESULT_HEAD = re.compile(r"^[^|｜]{0,10}?(?:完成情况|完成情況|落实情况|落實情況|进展情况|進展情況|推进情况|推進情況|"
                          r"实施情况|實施情況|执行情况|執行情況|实际完成|實際完成|当前进度|當前進度|进度情况|進度情況)$")
_SERIAL_CELL = re.compile(r"^\s*\d{1,3}\s*[|｜]\s*$")
_CELL_LINE = re.compile(r"^\s*([^|｜]{1,16}?)\s*[|｜]\s*$")
_SPACES = re.compile(r"\s\s*")  # (speedA28: ``\s+`` as ``\s\s*``, the same matches: sre skips to a blank)


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
            return len(head) == n and col < n and is_result_head(head[col])  # a figure past the row's last cell: none
    return False


_HEAD_NAMES = ("序号", "序號", "编号")
# any result header's words, spaces dropped: a page without one has no result column (the check of every figure is skipped)
_ANY_RESULT_WORD = re.compile(r"完成情[况況]|落[实實]情[况況]|[进進]展情[况況]|推[进進]情[况況]|[实實]施情[况況]|[执執]行情[况況]|"
                              r"[实實]际完成|實際完成|[当當]前[进進]度|[进進]度情[况況]")


# (perf25) one of these characters stands in every match of ``_ANY_RESULT_WORD`` (``情`` of ``…情况``, ``际``/``際`` of
# ``实际完成``, ``度`` of ``当前进度``), one to three characters from its start; every match is four characters long
_RESULT_WORD_KEY = re.compile(r"[情际際度]")


def _any_result_word(flat: str) -> bool:
    """``_ANY_RESULT_WORD.search(flat) is not None``, tried only around the characters that every match holds
    (``_RESULT_WORD_KEY``): a match holding the one at ``i`` lies within ``flat[i - 3:i + 4]``. The search of the whole
    page tried the alternation at every character (~3 % of the rules stage on the seeds)."""
    for k in _RESULT_WORD_KEY.finditer(flat):
        i = k.start()
        if _ANY_RESULT_WORD.search(flat, max(0, i - 3), i + 4) is not None:
            return True
    return False


class ResultColumns:
    """``in_result_column`` for every figure of one page, the page's lines split once: a check per figure that split
    the text up to the figure and counted the delimiters of its line again was quadratic on a long one-line page."""

    def __init__(self, text: str, doc_year: int | None = None) -> None:
        self.text = text
        self.doc_year = doc_year  # (vrestA28) a result cell that opens by restating the year's plan
        # (perf25) a page without a delimiter has no cell under a result column (a delimited row and a one-cell line
        # both need one): the result words are not looked for there, nor is any figure's line
        self.any = ("|" in text or "｜" in text) and _any_result_word(_SPACES.sub("", text))
        if not self.any:
            return
        self.lines = text.split("\n")
        self.starts = [0]
        for ln in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(ln) + 1)
        # the lines of a one-cell-a-line header's first cell (``序号 |``), in order
        self.heads = [j for j, ln in enumerate(self.lines) if (m := _CELL_LINE.match(ln)) and m.group(1) in _HEAD_NAMES]
        self._pipes: dict[int, list[int]] = {}

    def _pipe_positions(self, i: int) -> list[int]:
        if i not in self._pipes:
            self._pipes[i] = [k for k, ch in enumerate(self.lines[i]) if ch in "|｜"]
        return self._pipes[i]

    def holds(self, pos: int) -> bool:
        """The figure at ``pos`` lies in a cell under a progress table's result column."""
        if not self.any:
            return False
        i = bisect_right(self.starts, pos) - 1
        line, a = self.lines[i], self.starts[i]
        pipes = self._pipe_positions(i)
        if len(pipes) >= 2 and not _CELL_LINE.match(line):
            k = len(line) - len(line.lstrip())
            while k < len(line) and line[k] in "|｜":
                k += 1  # the leading delimiters of the row (``| 1 | …``) open no cell
            col = bisect_left(pipes, pos - a) - bisect_left(pipes, k)
            return _in_delimited_row(self.lines, i, max(col, 0)) and not self._in_restated_plan(line, pipes, pos - a)
        return self._in_cell_line_row(i)

    def _in_restated_plan(self, line: str, pipes: list[int], off: int) -> bool:
        """(vrestA28) The figure at ``off`` of a delimited row lies in the first sentence of its result cell that
        restates the year's plan (``2031年某市共实施6个甲工程,…计划新增…。截至6月底,已完成…``,
        ``target_layouts.restated_plan_sentence``): the table reader took its quantities as the year's targets (O3), as
        it does with the same table one cell a line, and they are no result."""
        from extract.rules.target_layouts import restated_plan_sentence  # (lazy: a heavy module, asked rarely)

        k = bisect_left(pipes, off)
        a = pipes[k - 1] + 1 if k else 0
        raw = line[a:pipes[k] if k < len(pipes) else len(line)]
        cell = raw.lstrip()
        plan = restated_plan_sentence(cell, self.doc_year)
        return plan is not None and off - a - (len(raw) - len(cell)) < plan[1]

    def _in_cell_line_row(self, i: int) -> bool:
        """Line ``i`` is a cell of a table flattened one cell a line whose header (short ``X |`` lines from ``序号``)
        puts a result column at the line's distance from the row's serial line (``12 |``)."""
        lines = self.lines
        s = next((j for j in range(i - 1, max(-1, i - 12), -1) if _SERIAL_CELL.match(lines[j])), None)
        if s is None:
            return False
        d = i - s
        n = bisect_left(self.heads, s)
        if n == 0:
            return False
        h = self.heads[n - 1]
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
    3 does not; a task cell one cell a line is no result. For many figures of one page, ``ResultColumns``."""
    return ResultColumns(text).holds(pos)

