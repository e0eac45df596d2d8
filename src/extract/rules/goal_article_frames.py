"""Goal guards for a web article's own framing (O3): sentences in which the article speaks about itself.

Each cue is a small function with made-up examples; ``goals.false_goal_cue`` calls it at the decision point.
"""

from __future__ import annotations

import re

# ``本文聚焦于2031年某市印发的《…》,详细介绍了…``, ``本文将以某镇为例,解析其2031年度工作计划``, ``這篇文章梳理了2031年…``:
# the article (``本文``, ``本篇``, ``这篇文章``) as the subject, opening the sentence, with a verb of telling what it
# covers; a reader's summary of a plan, no commitment of anyone's (not ``本文件自2031年起施行``, a document's
# validity, nor ``本市将于2031年…``, a city's deed)
_ARTICLE_SUBJECT = re.compile(r"^\s*(?:本文|本篇(?:文章)?|这篇文章|這篇文章|本期文章|小编|小編)\s*(?:将|將|主要|详细|詳細|重点|重點)?\s*"
                              r"(?:聚焦|介绍|介紹|梳理|解析|解读|解讀|盘点|盤點|整理|汇总|彙總|围绕|圍繞|带你|帶你|"
                              r"带大家|帶大家|为你|為你|为大家|為大家|以[^,，。]{1,12}为例|以[^,，。]{1,12}為例)")


def article_speaks_of_itself(sentence: str) -> bool:
    """A sentence in which the article itself is the subject, telling what it covers (``本文聚焦于2031年某市的
    《民生实事》``, ``本文将以甲镇为例,解析其2031年度工作计划``): the page's framing, no goal (O3). Not a document
    speaking of itself (``本文件``, ``本方案``), nor a sentence that only mentions an article later on."""
    return ("本" in sentence or "篇" in sentence or "小" in sentence) and _ARTICLE_SUBJECT.search(sentence) is not None


# a span that opens the sentence (after a speaker's ``某某介绍,``/``据了解,``): ``2029年至2031年,``, ``2029—2031年间,``,
# or a five-year period by name (``“十二五”期间,``); its end year decides whether it is over
_OPEN_SPAN = re.compile(r"(?:^|[,，:：])\s*(?:(20\d\d)\s*年?\s*(?:至|到|—|–|-|~)\s*(20\d\d)\s*年\s*(?:间|期间|来)?|"
                        r"[“\"]?十([一二三四五])五[”\"]?\s*(?:期间|時期|时期))\s*[,，]")
_FIVE_YEAR_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030}
# a speaker's frame right before the span (``…会上,某某介绍,2029年至2031年,…``): the span still opens what is told
_SPEAKER = re.compile(r"(?:介绍|介紹|表示|指出|透露|了解到?|说|說|称|稱)\s*[,，:：]\s*$")
# what tells the span's total or its change: ``共安排…``, ``累计投入…``, ``由1.1万亩增加至2.2万亩``
_SPAN_TOTAL = re.compile(r"^[^。;；]{0,40}?(?:共|累计|累計|總共|总共|先后|先後)\s*(?:安排|投入|新建|建成|完成|新增|改造|下达|下達|落实|落實|发放|發放)|"
                         r"^[^。;；]{0,60}?由\s*[\d.]+\s*[万萬亿億]?[\u4e00-\u9fff]{0,3}?(?:余|多)?[\u4e00-\u9fff]{0,2}\s*[,，]?\s*"
                         r"(?:增加|增长|增長|提高|扩大|擴大|上升)(?:到|至)")
# a modal or plan word before the total makes it a commitment (``2031年至2033年,全市将累计新建…``)
_SPAN_AHEAD = re.compile(r"将|將|要|计划|計劃|拟|擬|力争|力爭|争取|爭取|预计|預計|确保|確保|目标|目標")


def reviews_closed_span(sentence: str, page_year: int | None) -> bool:
    """A sentence that opens with a span already over when the page speaks (its end year no later than the page's:
    ``2029年至2031年,全国共安排投资36亿元,新建48个中心`` on a page of 2031; ``“十二五”期间,用地面积由1.1万亩增加至2.2万亩``
    on a page of 2015) and tells the span's total or change, with no modal before it: a review of the period, no
    goal (O3), whatever year it names later. Not a span still running (``2031年至2033年,…`` on a page of 2031), nor a
    total under a modal (``…,全市将累计新建…``)."""
    if page_year is None or ("至" not in sentence and "到" not in sentence and "五" not in sentence
                             and "—" not in sentence and "-" not in sentence):
        return False
    m = _OPEN_SPAN.search(sentence)
    if m is None or (m.start() > 40 and _SPEAKER.search(sentence, 0, m.start() + 1) is None):
        return False
    end = int(m.group(2)) if m.group(2) else _FIVE_YEAR_END[m.group(3)]
    if end > page_year:
        return False
    rest = sentence[m.end():]
    total = _SPAN_TOTAL.search(rest)
    return total is not None and _SPAN_AHEAD.search(rest[:total.end()]) is None


# ``108至111共4个学年度,规划扩增至少180班``, ``以112至115学年度增加200班以上为目标``: a span of ROC school years that a plan
# word (``规划``, ``为目标``, ``计划``, ``预计``) frames in its clause; the deadline is the span's last school year
# (the same span as ``goals.common_era`` writes it: ``以2031至2034年增加200班为目标``)
_ROC_SCHOOL_SPAN = re.compile(r"(?<![\d.])(1[0-2]\d)\s*(?:至|到|—|–|-|~)\s*(1[0-2]\d)\s*(?:共\s*[\d一二三四五六七八九十]{1,2}\s*[个個]\s*)?"
                              r"(?:学年度|學年度|学年|學年)|(?<![\d.])(20\d\d)\s*(?:至|到)\s*(20\d\d)\s*年(?!\s*[)）])")
_SPAN_PLAN_BEFORE = re.compile(r"(?:规划|規劃|计划|計劃|预计|預計|目标|目標)[^。;；,，]{0,8}$")
_SPAN_PLAN_AFTER = re.compile(r"^[^。;；]{0,30}?(?:规划|規劃|计划|計劃|预计|預計|为目标|為目標)")


def roc_school_year_span(sentence: str) -> tuple[int | None, int]:
    """(the common-era year of the span's last school year, where it stands) of a span of ROC school years framed by a
    plan word (``120至123共4个学年度,规划扩增至少180班`` -> 2034, ``规划以120至123学年度增加200班为目标`` -> 2034); (None, -1)
    when no plan word frames it (``120至122学年度已增加84班``: a result)."""
    if "年" not in sentence:
        return None, -1
    for m in _ROC_SCHOOL_SPAN.finditer(sentence):
        g = 1 if m.group(1) else 3
        if int(m.group(g + 1)) < int(m.group(g)):
            continue
        if _SPAN_PLAN_BEFORE.search(sentence, 0, m.start()) or _SPAN_PLAN_AFTER.search(sentence[m.end():]):
            return int(m.group(g + 1)) + (1911 if g == 1 else 0), m.start(g + 1)
    return None, -1


def school_span_plan_leads(sentence: str, at: int) -> bool:
    """The planned ROC school-year span at ``at`` (``roc_school_year_span``) is stated before any result the sentence
    goes on to report (``120至123共4个学年度,规划扩增180班,…目前已增设41班``): the plan leads, the progress after it
    does not make the sentence a report of the past. Not a span told after a result (``已增设41班,120至123学年度规划…``)."""
    if at < 0 or roc_school_year_span(sentence)[1] != at:
        return False
    from extract.rules.text import is_past
    m = _SPAN_PLAN_AFTER.search(sentence[at:])
    end = at + (m.end() if m else 0)
    stop = min((i for i in (sentence.find(c, end) for c in ",，;；") if i >= 0), default=len(sentence))
    return not is_past(sentence[:stop])
