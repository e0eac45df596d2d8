"""(unitB24) The schedule column of a task table (``进度安排``, ``时间安排``, ``进度计划``: read as a deadline column) holds
the work plan by its times (``二季度完成设计招标;四季度建成``, ``3-6月开展排查``), not a bare date. A row shorter than its
header (its first columns merged with the rows above) is aligned to the header's last columns only where each cell fits
its column (``line_tables.short_row_start``); a schedule written so fits the deadline column as a date does, and the
row's units stand under the unit columns (U1, U6).

Made-up examples only.
"""

from __future__ import annotations

import re

_CN_QUARTER = "一二三四"
# a time that opens a schedule's text: a quarter (``二季度``, ``第三季度``, ``三、四季度``, ``Q2``), a month or a span of
# months (``5月``, ``3-6月``, ``7月底``), a year (``2031年``), ``上半年``/``下半年``/``年底``/``年内``
_SCHEDULE_OPEN = re.compile(
    rf"^(?:第?[{_CN_QUARTER}1-4](?:、[{_CN_QUARTER}1-4])?季度|\d{{1,2}}\s*(?:[-—~至]\s*\d{{1,2}}\s*)?月|"
    rf"(?:19|20)\d\d\s*年|[上下]半年|年底|年内|年初)")


def schedule_cell(cell: str) -> bool:
    """Whether ``cell`` is a schedule's text that opens with a time (``一季度完成选址;二季度开工``, ``4-9月开展巡查``):
    it may stand under a deadline column. Not a text that opens otherwise (``完成选址``, ``9.1加强…``: a task), nor a
    result under a time (``11月已开工``, ``截至6月已完成``: what was done is a progress cell, no plan)."""
    c = cell.strip()
    return _SCHEDULE_OPEN.match(c) is not None and _DONE.search(c) is None


# a result said of a time: ``已开工``, ``已经完成``, ``截至…``
_DONE = re.compile(r"已|截至|截止")
