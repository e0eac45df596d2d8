"""(goalB37) N9c, O3c: a span of years in brackets right after a plan's name is the name's period, no deadline.

``依据某部中程施政计划(2031至2034年度)之施政重点``, ``书屋再生第三期实施计划(2031至2034年度):某院2030年5月3日函``: the
bracket closes the name of a plan (``…计划``, ``…计画``, ``…规划``, ``…方案``, ``…纲要``) written without ``《》``, and its
span says which period that plan covers, as ``《…规划(2031—2035年)》`` does (O3c: a year inside a document's name). A date cue
that reads the span as a school or fiscal span still to run (``roc_school_span``) dates nothing there: the sentence cites
or names the plan and is a goal only by a date of its own (``…规划(2031—2035年)提出,到2035年…``: the later year).
"""

from __future__ import annotations

import re

# a plan's name word right before the bracket that opens at the span
_NAME_BEFORE = re.compile(r"(?:计划|計劃|计画|計畫|规划|規劃|方案|纲要|綱要)\s*[(（]\s*$")
# the span the bracket holds, closed right after it: ``2031至2034年度)``, ``2031-2035年)``
_SPAN_CLOSED = re.compile(r"(?:19|20)\d\d\s*(?:年度?)?\s*[至到\-—–~－]\s*(?:19|20)?\d\d\s*(?:年度?)?\s*[)）]")


def in_plan_name_span(sentence: str, at: int) -> bool:
    """The year at ``at`` stands in a bracketed span right after a plan's name word (``…施政计划(2031至2034年度)之…``
    -> True, either year): the name's period, no deadline (``我市计划2031年至2034年建成…`` -> False: no bracket, a
    verb of planning)."""
    if at < 2:
        return False
    opened = max(sentence.rfind("(", max(0, at - 14), at + 1), sentence.rfind("（", max(0, at - 14), at + 1))
    if opened < 0 or ")" in sentence[opened:at] or "）" in sentence[opened:at]:
        return False
    start = opened + 1 + (len(sentence[opened + 1:at]) - len(sentence[opened + 1:at].lstrip()))
    return _NAME_BEFORE.search(sentence, 0, start) is not None and _SPAN_CLOSED.match(sentence, start) is not None
