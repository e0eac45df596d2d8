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


# a clause that opens with its year (``2031年完成…``, ``,2032年重点补足…``, ``；2033年底前实现…``)
_STEP_OPEN = re.compile(r"(?:^|(?<=[，,；;:：]))\s*(?:到|至|在)?\s*(20\d\d)\s*年(?:底|末|前|底前)?\s*[,，]?\s*(?=[\u4e00-\u9fff])")
_DONE = re.compile(r"已|业已|業已|完成了|实现了|實現了")


def stepped_years_end(sentence: str, doc_year: int | None) -> int | None:
    """The last year of a run of steps, each a clause that opens with its year in ascending order (``“三步走”:2031年完成
    基础配置,2032年补足薄弱校,2033年实现全覆盖`` -> 2033), where that year is after the text's year (a run that ends in the text's own year may tell that year's
    results, year by year) and its step is not told done: the run reaches ahead, so an overdue first step does not make the sentence past (O3, N9d). None where the
    page has no date, fewer than two clauses open with a year, the years do not ascend, or the last step is ahead of none."""
    if doc_year is None or "年" not in sentence:
        return None
    steps = list(_STEP_OPEN.finditer(sentence))
    years = [int(m.group(1)) for m in steps]
    if len(years) < 2 or any(b <= a for a, b in zip(years, years[1:])) or years[-1] <= doc_year:
        return None
    last = steps[-1]
    end = min((i for i in (sentence.find(c, last.end()) for c in ",，;；。") if i >= 0), default=len(sentence))
    return None if _DONE.search(sentence, last.start(), end) else years[-1]


# (goalA34) a span of years that opens a clause of a goal sentence (``2031-2032 年重点完成…``, ``近期目标:2030年9月2031年
# 8月(…)``, a span of months with or without its ``至``), or stands in brackets after the period's name that opens it
# (``“十六五” 期间(2031-2035 年),…``)
_SECTION_SPAN = re.compile(r"(?:^|(?<=[，,；;:：]))\s*(?:[^，,；;:：。()（）]{0,12}?[(（]\s*)?(20\d\d)\s*"
                           r"(?:(?:年\s*)?(?:至|到|—|–|-|~|－)\s*(20\d\d)\s*年|年\s*\d{1,2}\s*月\s*(?:至|到|—|–|-|~|－)?\s*(20\d\d)\s*年)")


def section_span_end(sentence: str) -> tuple[int | None, int]:
    """(goalA34) (the span's last year, where it stands) of a goal section's sentence whose clause opens with a span of
    years or months (``2031-2032 年重点完成…`` -> 2032, ``2030年9月2031年8月(…)`` -> 2031), or with the period's name and
    its span in brackets (``“十六五” 期间(2031-2035 年),…`` -> 2035): the sentence is a goal by its section (O1), and its
    year is the span's end (O4, N9a: a span gives its end year); (None, -1) when none or the span runs backwards."""
    if "年" not in sentence:
        return None, -1
    for m in _SECTION_SPAN.finditer(sentence):
        g = 2 if m.group(2) else 3
        if int(m.group(g)) > int(m.group(1)):
            return int(m.group(g)), m.start(g)
    return None, -1
