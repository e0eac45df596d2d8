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
