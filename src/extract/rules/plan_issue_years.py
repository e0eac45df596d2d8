"""(tgtA30, O3d) A page that reports the issue of a plan with its period, under a later date.

A news or repost page (``日前,市政府印发《某市全民健身实施计划(2031-2035年)》``, ``特制定《某区学校布局规划》…规划方案
期限为2031年-2040年``) speaks from the time the plan was issued: its targets are the plan's, dated by the plan's own
years. Where the page's date is later than the first year of that period (a repost or an aggregator's stamp), the
page's date is no time the text speaks from (O3d: the text gives a time of its own), and a deadline of the plan
(``到2033年``) is no past year. The plan's first year stands in for the page's.
"""

from __future__ import annotations

import re

# ``印发《…》``, ``特制定《…》``, ``出台了《…》``: the page reports a plan issued; the title is group 1
_ISSUED = re.compile(r"(?:印发|制定|出台|颁布|頒布|发布|發布|公布)(?:了)?\s*《([^《》]{2,80})》")
# a plan's title word at the title's end (before a bracketed period): 规划, 计划, 方案, 纲要
_PLAN_WORD = re.compile(r"(?:规划|規劃|计划|計劃|方案|纲要|綱要)\s*(?:[(（][^()（）]*[)）])?\s*$")
# the period in the title's brackets, ``(2031-2035年)``, or stated in the text, ``期限为2031年-2040年``
_TITLE_PERIOD = re.compile(r"[(（]\s*(20\d\d)\s*年?\s*[-—–~至到]+\s*(20\d\d)\s*年?\s*[)）]")
_STATED_PERIOD = re.compile(r"(?:期限|规划期|規劃期|实施期|實施期|期限为|期限為)\s*(?:为|為|是)?\s*(20\d\d)\s*年?\s*[-—–~至到]+\s*(20\d\d)\s*年")
_LEAD = 1200  # the issue is reported in the page's lead


def issued_plan_first_year(text: str, year: int | None) -> int | None:
    """The first year of the plan a page reports issued where the page's ``year`` is later than it: ``日前,市政府印发
    《某市全民健身实施计划(2031-2035年)》`` on a page dated 2036 -> 2031. None where the page reports no plan issued in
    its lead, the plan states no period, or the period starts in or after the page's year."""
    if year is None:
        return None
    lead = text[:_LEAD]
    for m in _ISSUED.finditer(lead):
        title = m.group(1)
        if not _PLAN_WORD.search(title):
            continue
        period = _TITLE_PERIOD.search(title) or _STATED_PERIOD.search(text[:_LEAD * 3])
        if period is None:
            continue
        start, end = int(period.group(1)), int(period.group(2))
        if start <= end and start < year:
            return start
    return None
