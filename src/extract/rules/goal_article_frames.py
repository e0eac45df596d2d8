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
