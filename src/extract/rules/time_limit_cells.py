"""A deadline column's time limit counted from an event (N8, N1: ``内`` a ceiling).

A task or disclosure table's deadline cell (``公开时限``, ``办理时限``) often states its limit after the event the
clock starts from: ``信息形成或变更之日起20个工作日内``, ``自受理之日起15日内办结``, ``收到申请后7个工作日内``.
The limit is the row's target as when the cell holds the limit alone (``20个工作日``, ``7日内``); the opening that
names the start is no part of the value. A traditional-script cell (``個工作日內``) reads the same, its unit as written.
A cell that runs on after the limit (``5个工作日完成初审,另行通知``) or gives a date (``6月底前``) is none.
No import of the other rule modules (``target_layouts`` calls in here)."""

from __future__ import annotations

import re

# the event the clock starts from, up to ``之日起`` / ``后起`` / ``起`` (``信息形成或者变更之日起``, ``自受理之日起``,
# ``收到申请后``): a few words with no digit, no clause break and no cell border
_COUNTED_FROM = re.compile(r"^\s*(?:自|从|從|于|於)?[^\d|，,。；;：:\n]{1,24}?(?:之日|後|后|當日|当日)(?:起)?\s*(?:[,，]\s*)?(?=\d)")
# the limit itself: the number, its measure as written (a working day, a day, an hour), ``内``/``以内`` if written
_LIMIT = re.compile(r"(\d{1,3})\s*(个工作日|個工作日|工作日|日|天|个小时|個小時|小时|小時)(以内|以內|内|內)?")
# what may close the cell after the limit: the act the limit is for (``公开``, ``办结``), then the cell's end or a bracket
_CLOSING_ACT = re.compile(r"\s*(?:予以)?(?:公开|公開|公布|公佈|发布|發布|办结|辦結|答复|答覆|更新)?\s*(?=$|[(（])")


def counted_from_opening(cell: str) -> int:
    """The length of the opening of a deadline cell that names the event its time limit counts from
    (``某事项形成之日起`` in ``某事项形成之日起10个工作日内``, ``自收到材料之日起`` in ``自收到材料之日起3日内办结``,
    ``受理后`` in ``受理后5个工作日``); 0 when the cell opens with its number or with anything else (a date, a
    sentence with a digit)."""
    m = _COUNTED_FROM.match(cell)
    return m.end() if m else 0


def counted_time_limit(cell: str) -> tuple[int, float, str, str] | None:
    """A deadline cell's time limit after the event it counts from (``某信息产生之日起10个工作日内``, ``自受理之日起
    3日内办结``): (end of the limit in the cell, value, unit as written, ``<=`` for ``内`` else ``=``). None for a cell
    with no such opening (read by the plain reader), one that runs on after the limit (``…之日起5个工作日完成初审,另行
    通知``) or one with no limit in days or hours."""
    start = counted_from_opening(cell)
    if not start:
        return None
    m = _LIMIT.match(cell, start)
    if m is None or _CLOSING_ACT.match(cell, m.end()) is None:
        return None
    return (m.end(3) if m.group(3) else m.end(2)), float(m.group(1)), m.group(2), "<=" if m.group(3) else "="
