"""(lead43) N17a, N13: a table of works whose header names an expected completion date (``预计落成日期``, ``预计竣工时间``,
``预计启用日期``): every row is a work still to be finished, so the page's text after that header is read as a plan's
(the rows' classrooms, floor areas and capacities are the planned sizes of works ahead), as a page titled as the year's
works is. Not a column of dates already reached (``竣工日期``, ``落成日期`` without ``预计``/``计划``), nor a header in a
report of results (the caller passes no report). Made-up example: ``项目编号 / 地点 / 课室数 / 预计落成日期`` over
``KG1 / 某邨 / 设有8间课室 / 2031年9月``."""

from __future__ import annotations

import re

_EXPECTED_COMPLETION = re.compile(r"(?:预计|預計|计划|計劃|拟|擬)(?:落成|竣工|完工|建成|启用|啟用|开办|開辦|交付)(?:日期|时间|時間|年份|年月)")


def completion_column_end(lines) -> int | None:
    """The end of the first short line (a header cell, at most 12 characters) that names an expected completion date
    column; None where no line does."""
    for ln in lines:
        t = ln.text.strip()
        if 0 < len(t) <= 12 and _EXPECTED_COMPLETION.fullmatch(t) is not None:
            return ln.end
    return None
