"""The time an undated page speaks from, read from the cut-off date of the figures it reports (O3d).

O3d reads a page's date from the text itself, among others from "the time it speaks from (results it reports
``截至…``)". An undated page that reports figures ``截至2032年3月底`` or ``截至 121 年 3 月底`` (an ROC year) speaks
from that year at the earliest: what it dates before that year has happened. (tgtB24) Also from a year it reviews
(``回顾了2031年的…工作``), from a year whose results it tells before it turns to ``今年`` and its plans, and from a news
lead's own date (``某网讯(记者…)2031年1月9日,``).
"""

from __future__ import annotations

import re

# ``截至2032年3月底``, ``截止 121 年 3 月``, ``統計至2032年``: a cut-off with its year (common era or ROC)
_CUTOFF = re.compile(r"(?:截至|截止|統計至|统计至)\s*(?:民國|民国)?\s*(\d{4}|1\d\d|\d\d)\s*年")


def cutoff_year(text: str) -> int | None:
    """The latest year (common era) of a cut-off date of reported figures (``截至2032年3月底`` -> 2032,
    ``截至 121 年 3 月底`` -> 2032); None where the text states none. An ROC year (two or three digits) counts from
    1911; a four-digit year outside 1990-2099 is no year."""
    years = []
    for m in _CUTOFF.finditer(text):
        y = int(m.group(1))
        y = y + 1911 if y < 200 else y
        if 1990 <= y <= 2099:
            years.append(y)
    return max(years) if years else None


# an ROC year before its 年 (``108 年``, ``108年度``, ``民國108年``): two or three digits, no digit or point next to it
_ROC_YEAR_BEFORE = re.compile(r"(?<![\d.])(?<!\d,)(?:民國|民国)?\s*(1[0-4]\d|[89]\d)\s*年(?:(?=\d{1,2}\s*月)|(?![\d]))")  # (lead42) ``113年1月起``


def roc_year_stated_before(before: str) -> int | None:
    """The ROC year written nearest before a number (``於 121 年完成…之 34 校`` -> 2032), in the common era; None
    where none is written. (``_year_stated_before`` reads four-digit years only.) Not a count of years
    (``服務滿2年``: one digit) nor a figure with a separator (``1,120年``)."""
    years = list(_ROC_YEAR_BEFORE.finditer(before)) if "年" in before else []
    return 1911 + int(years[-1].group(1)) if years else None


# ``2031年工作回顾``, ``在2031年工作回顧方面``, ``2031年工作总结及2032年工作计划``: a review of a named year
_REVIEWED_YEAR = re.compile(r"(20\d\d)\s*年(?:度)?(?:工作)?(?:回顾|回顧|总结|總結)"
                            # (tgtB24) or the year after the verb: ``回顾了2031年的政府工作``, ``總結2031年工作``
                            r"|(?:回顾|回顧|总结|總結)(?:了)?\s*(20\d\d)\s*年")


def reviewed_year_after(text: str) -> int | None:
    """The year after the latest year an undated page reviews among its first 1,500 characters (``在2031年工作回顧
    方面,報告提到…`` -> 2032): a review of a year is written after it, so the page speaks from the next year at the
    earliest (O3d). None where no year is reviewed (``2031年工作计划``, ``到2031年``)."""
    head = text[:1500]
    if "回顾" not in head and "回顧" not in head and "总结" not in head and "總結" not in head:
        return None  # (perf25) every match of ``_REVIEWED_YEAR`` holds one of them: no year reviewed
    years = [int(m.group(1) or m.group(2)) for m in _REVIEWED_YEAR.finditer(head)]
    return max(years) + 1 if years else None


# (tgtB24) a year that opens a clause of results (``2031年,全市新建…``) and, after it, ``今年`` with a will or a plan
# word in its sentence (``今年,全市将新建…``, ``今年计划…``): the results' year is over and the page speaks from a later year
_YEAR_OPENS = re.compile(r"(?:^|[。，,：:；;]|获悉|獲悉)\s*(20\d\d)\s*年(?![\d底末内內前初中])(?:度)?\s*[,，]?", re.M)
_THIS_YEAR_AHEAD = re.compile(r"今年[^。！？!?\n]{0,40}?(?:将|將|计划|計劃|力争|力爭|拟|擬|预计|預計|确保|確保|争取|爭取|目标|目標)")
# a figure told in the year's sentence: a number with its unit or measure word
_QUANTITY = re.compile(r"\d\s*(?:%|万|萬|亿|億|个|個|所|元|人|家|张|張|座|公里|平方米|项|項|件|户|戶|名|处|處|间|間|台|臺|套|条|條)")
_AHEAD_WORD = re.compile(r"将|將|计划|計劃|力争|力爭|拟|擬|预计|預計|确保|確保|争取|爭取|目标|目標|要|到|至|前")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# the year as one whose work lies ahead: its work plan named (``发布2031年重点工作安排``, ``2031年工作要点``)
_YEAR_PLANNED = re.compile(r"(20\d\d)\s*年(?:度)?(?:全[省市县区縣區])?(?:重点|重點)?(?:工作|任务|任務)"
                           r"(?:安排|计划|計劃|要点|要點|部署|目标|目標)")
_WILL_WORD = re.compile(r"将|將|计划|計劃|力争|力爭|拟|擬|预计|預計|确保|確保|争取|爭取")


def _years_ahead(head: str) -> set[int]:
    """The years the page speaks of as still ahead: a clause it opens says what will be done (``2031年,全市将…``)
    or its work plan is named (``2031年重点工作安排``)."""
    years = {int(m.group(1)) for m in _YEAR_PLANNED.finditer(head)}
    for m in _YEAR_OPENS.finditer(head):
        end = _SENTENCE_END.search(head, m.end())
        if _WILL_WORD.search(head, m.end(), end.start() if end else len(head)):
            years.add(int(m.group(1)))
    return years


def year_before_this_year(text: str) -> int | None:
    """The year after a year an undated page tells results of before it turns to ``今年`` and what it will do
    (``2031年,全县新建学校5所。今年,全县将新建学校3所`` -> 2032): the page says ``今年`` for a later year than the one
    whose results it told, so it speaks from the next year at the earliest (O3d). The year opens a clause
    (``…获悉,2031年全县投入…``) and its own sentence tells a figure (a number and its measure) with no will, plan,
    deadline or span word (``2031年,全县将新建…``, ``2031年前…``: still ahead); ``今年`` comes within 600 characters
    after it. A year the page speaks of elsewhere as ahead (a clause it opens with a will, its work plan named) is
    no results year. None where the page has no such pair."""
    head = text[:4000]
    found = None
    ahead = _years_ahead(head) if "今年" in head else set()
    for m in _YEAR_OPENS.finditer(head):
        if int(m.group(1)) in ahead:
            continue  # the page speaks of the year's work as ahead elsewhere: a figure of it is the year's plan
        end = _SENTENCE_END.search(head, m.end())
        sentence = head[m.end():end.start() if end else len(head)]
        if _AHEAD_WORD.search(sentence) or (end is None):
            continue
        window = head[end.end():end.end() + 600]
        if _QUANTITY.search(sentence) and _THIS_YEAR_AHEAD.search(window):
            found = max(found or 0, int(m.group(1)) + 1)
    return found


# (tgtB24) a news lead's own date: after the agency's mark and its reporters (``某网讯(记者 甲乙)2031年1月9日,``) or
# opening the first paragraph (``2031年1月9日,某市召开…``); not a date a step starts from or is due by (``起``, ``前``)
_LEAD_DATE = re.compile(r"(?:(?:讯|訊|消息|报道|報導|电|電)\s*(?:[(（][^)）\n]{0,30}[)）])?\s*|^\s*)"
                        r"(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?![^,，\n]{0,6}(?:起|前|以前|之前|至|到))\s*[,，]", re.M)


def lead_date_year(text: str) -> int | None:
    """The year of the date a news lead opens with (``某网讯(记者 甲乙)2031年1月9日,某市召开…`` -> 2031) among the
    page's first 400 characters: the story's own date, from which an undated page speaks (O3d). None where the lead
    dates nothing, or dates when a step starts or is due (``2031年1月1日起施行``, ``2031年6月30日前完成``)."""
    m = _LEAD_DATE.search(text[:400])
    return int(m.group(1)) if m else None


# (rptA26) a note of the source a page excerpts, with the source's date (``[节录自某院长施政报告121年2月25日]``,
# ``(摘自某市长2032年1月9日的讲话)``): a speech or a report reproduced, dated in common-era or ROC years
_EXCERPT_DATE = re.compile(r"(?:节录自|節錄自|摘录自|摘錄自|节选自|節選自|摘自)[^\n\]】)）]{0,40}?(?<!\d)(?:民國|民国)?\s*"
                           r"((?:19|20)\d\d|1\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def excerpt_date_year(text: str) -> int | None:
    """The year of the date of the source an undated page excerpts, among its first 600 characters
    (``[节录自某院长施政报告121年2月25日]`` -> 2032, ``(摘自2032年1月9日的报告)`` -> 2032): the speech or report was given
    then, and the page speaks from that year (O3d). An ROC year (three digits) counts from 1911. None where no
    excerpt note dates its source."""
    head = text[:600]
    if "自" not in head:
        return None
    m = _EXCERPT_DATE.search(head)
    if m is None:
        return None
    y = int(m.group(1))
    return y + 1911 if y < 200 else y


# (lead43) a year's figure set beside an earlier year's (``2031年全县小学净入学率为99.5%,比2025年提高了0.4个百分点``,
# ``2031年在校生1.8万人,比2026年减少10.4%``): the page reports that year's data, so it speaks from that year at the
# earliest (O3d), as from a cut-off date
_COMPARED_DATA = re.compile(r"(?<![\d.])(20\d\d)\s*年[^。；;]{0,30}?\d[\d.]*\s*[%‰]?[^\d。；;，,]{0,6}[,，]\s*"
                            r"(?:比|较|較)\s*(?:19|20)\d\d\s*年(?:底|末)?(?:的[^，,。]{0,12})?\s*"
                            r"(?:提高|增加|减少|減少|下降|增长|增長|上升|降低)了?\s*\d")

# words of what is to come in the compared sentence: a plan's amount set beside last year's, no data
_AHEAD_WORDS = re.compile(r"将|將|预计|預計|计划|計劃|拟|擬|力争|力爭|确保|確保|争取|爭取|预算|預算|安排|目标|目標")


def compared_data_year(text: str) -> int | None:
    """The latest year whose figure the page sets beside an earlier year's (see ``_COMPARED_DATA``); None where none."""
    if "比" not in text and "较" not in text and "較" not in text:
        return None
    years = []
    for m in _COMPARED_DATA.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in "。\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in "。\n") if i >= 0]
        if _AHEAD_WORDS.search(text, start, min(ends) if ends else len(text)) is None:
            years.append(int(m.group(1)))  # (a planned amount set beside last year's, ``预计投入N,较上年增长…``: no data)
    return max(years) if years else None

