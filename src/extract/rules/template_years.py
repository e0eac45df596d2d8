"""(lead44) A year left blank in a template's title: ``镇20__年防溺水…工作方案``, ``XX县20XX年…工作要点``, scraped as
``镇20年防溺水…工作方案`` once the blank or its ``XX`` is lost. The ``20`` (or ``19``) before ``年`` that opens a document's
name (one run of words up to a document word: ``方案``, ``计划``, ``要点``, …) is that year's first digits, never a span
of twenty years (N3: a number inside a name is no target). No I/O."""

from __future__ import annotations

import re

# the name that follows: a run of words with no clause mark, closed by a document word
_DOC_NAME_AFTER = re.compile(r"^(?:度)?[^\s，,。；;：:、!！?？()（）]{2,30}?(?:工作)?(?:方案|计划|計劃|规划|規劃|要点|要點|总结|總結|意见|意見|"
                             r"办法|辦法|细则|細則|通知|报告|報告|安排|预案|預案)")


def blank_year_of_title(value: str, unit: str, after: str) -> bool:
    """``20`` or ``19`` written alone before ``年`` that opens a document's name (``…20年全民阅读推广工作方案``):
    the first digits of a year the template left blank, no amount. ``after`` is the text after the number."""
    return unit == "年" and value in ("19", "20") and _DOC_NAME_AFTER.match(after) is not None
