"""O3d: the time a work plan speaks from, where a document-sharing site's later upload stamp stands over it.

A page whose headline names a plan of work (``某镇2031年社会事业发展工作方案``, ``乡镇重点工作安排``, ``某局工作要点``)
and whose site stamp (``时间:2035-04-09 08:27:37``) is later than every year its text writes is a plan reposted or
uploaded later: the stamp is furniture (O3d) and the plan speaks from the latest year it writes, the year of its
own work (``2031年计划新建…``), so its commitments and targets of that year stay ahead of it (the caller dates the
page by it, for goals and targets alike). Not a headline that reports
(``…工作总结``, ``…完成情况``, ``…汇报``): a review reads its own year as past.
"""

from __future__ import annotations

import re

# ``…工作方案``, ``…重点工作安排``, ``…工作要点``, ``…工作计划``, ``…实施方案``: a headline that names a plan of work
_WORK_PLAN_TITLE = re.compile(r"工作(?:方案|计划|計劃|計畫|安排|要点|要點|打算|思路)|实施方案|實施方案|行动方案|行動方案|"
                              r"重点工作|重點工作")
# ``…工作总结``, ``…完成情况``, ``…汇报``: a headline that reports what was done
_REPORT_TITLE = re.compile(r"总结|總結|回顾|回顧|汇报|匯報|报告|報告|情况|情況|完成|成效|成绩|成績|述职|述職")
_TEXT_YEAR = re.compile(r"(?<![\d.])(20\d\d)\s*年")
_HEAD_LINES = 3


_SENTENCE_MARK = re.compile(r"[。,，;；!！?？]")
# a news byline: a date with its source on one line (``时间:2034-04-09 08:27 来源:某县日报``)
_NEWS_BYLINE = re.compile(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}.{0,30}?(?:来源|來源)\s*[:：]")


def has_news_byline(text: str) -> bool:
    """Whether the page's first lines carry a news byline, a date with its source (``时间:2034-04-09 08:27 来源:某县日报``):
    the date is the story's own, not an upload stamp over a reposted plan (``时间:2034-04-09 08:27:37`` alone)."""
    return any(_NEWS_BYLINE.search(ln) for ln in text.split("\n")[:8])


def is_title_like(line: str) -> bool:
    """A short line with no sentence or clause mark (``某镇2031年工作方案``): a headline, not a lead sentence
    (``2月6日,某县召开重点工作推进会。``)."""
    return len(line.strip()) <= 40 and _SENTENCE_MARK.search(line) is None


def work_plan_year(text: str, stamp_year: int | None) -> int | None:
    """The year a work plan speaks from under a later stamp (``stamp_year``): the latest year its text writes, when its
    headline (the first lines) names a plan of work and no report, and every year written is before the stamp's
    (``乡镇重点工作安排`` whose text plans ``2031年计划…``, under ``时间:2034-04-09`` -> 2031); None otherwise (no stamp,
    a news byline with its source, a report's headline, no year written, or a year written as late as the stamp: the page speaks from the stamp)."""
    if stamp_year is None or has_news_byline(text):
        return None
    head = "\n".join(ln for ln in [ln for ln in text.split("\n") if ln.strip()][:_HEAD_LINES] if is_title_like(ln))
    if _WORK_PLAN_TITLE.search(head) is None or _REPORT_TITLE.search(head) is not None:
        return None
    years = [int(y) for y in _TEXT_YEAR.findall(text)]
    if not years or max(years) >= stamp_year:
        return None
    return max(years)
