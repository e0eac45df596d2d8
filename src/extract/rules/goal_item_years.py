"""A task closed by its year in brackets (probeG40, O3): ``完善提升城市安全信息系统(2031年)``, ``改造农贸市场(2031年底)``,
``建成社区食堂(2031年6月)``.

A work item of a list or a plan that closes with a bracket holding only a year (its end or a month of it) sets the year
its completion is due: the year stated as the time of the commitment (O3), as ``(2031年底前)`` is. Not a figure's data
year (``全区学校86所(2020年)``: a number before the bracket, the year the count was taken), not a document's year
(``《…》(2031年)``), and not a deed reported done (``已``, ``了``, ``完成了``)."""

from __future__ import annotations

import re

_CLOSING_YEAR = re.compile(r"[(（]\s*(20\d\d)\s*年\s*(?:底|末|内|內|\d{1,2}\s*月(?:底|份)?)?\s*[)）]\s*[。;；,，]?\s*$")
_DONE = re.compile(r"已|了|曾|累计|累計|截至|截止")


def closing_year_bracket(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a work item closed by its year in brackets (``完善某系统(2031年)``); (None, -1)
    for a count's data year (a digit before the bracket), a document's year (``》`` before it) or a deed done."""
    if "年" not in sentence or not (sentence.rstrip("。;；,， ").endswith((")", "）"))):
        return None, -1
    m = _CLOSING_YEAR.search(sentence)
    if m is None:
        return None, -1
    before = sentence[:m.start()].rstrip()
    if not before or re.search(r"\d", before) or before.endswith(("》", "〉", "”", "\"")) or _DONE.search(before):
        return None, -1
    return int(m.group(1)), m.start(1)
