"""(goalA30) Cues of the dates in goal sentences of news and reports that the older date cues read too short.

``expected_span_end``: a planned date that opens a span of years (``计划于2031至2034年间新建…``, ``预计2031-2033年
完成…``) dates the commitment by the span's last year (N9a, O4: a span gives its end year): the works run through it,
so a page written inside the span still reads them as ahead (O3d), not as a year gone by.
"""

from __future__ import annotations

import re

# right after the span's first year: ``至2034年``, ``-2034年间``, ``到2034年度``
_SPAN_REST = re.compile(r"\s*(?:年)?\s*(?:至|到|—|–|-|~|－)\s*(20\d\d)\s*年")


def expected_span_end(sentence: str, year: int | None, at: int) -> tuple[int | None, int]:
    """(the span's last year, where it stands) where the planned year at ``at`` opens a span of years
    (``计划于2031至2034年间`` -> 2034), else (``year``, ``at``) unchanged. A span that runs backwards is no span."""
    if year is None or at < 0:
        return year, at
    m = _SPAN_REST.match(sentence, at + 4)
    if m is None or int(m.group(1)) <= year:
        return year, at
    return int(m.group(1)), m.start(1)
