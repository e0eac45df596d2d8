"""A page that tells of the issue of a year's list of works (实事, 民生工程) and then goes through it.

A news story that a city ``印发了2031年十件民生实事项目清单`` or that ``《某市2031年重点民生实事工作目标任务》已经正式印发``
then goes item by item (``城市公园建设`` / ``新建口袋公园100个…``): what it says of each item is what the list sets, as a
page that quotes a plan's words (``规划明确,…``) does, even where an item's verb carries no plan cue (``启动160个项目``).
"""

from __future__ import annotations

import re

from extract.rules.scan import OpeningScan

# the list (``实事项目清单``, ``民生实事``, ``《…实事…》``, ``《…目标任务》``) and its issue (``印发``, ``公布``, ``发布``,
# ``出炉``), in either order within one sentence
_LIST = r"(?:实事|實事|民生工程|民心工程)[^。；;!！]{0,12}?(?:清单|清單|项目|項目|目标任务|目標任務)|《[^》]{0,40}(?:实事|實事|目标任务|目標任務)[^》]{0,10}》"
_ISSUED = r"(?:印发|印發|公布|发布|發布|出炉|出爐)"
_ISSUE = re.compile(_ISSUED + r"了?[^。；;!！]{0,30}?(?:" + _LIST + r")|(?:" + _LIST + r")[^。；;!！]{0,20}?" + _ISSUED)
_ISSUE_SCAN = OpeningScan(_ISSUE)  # (perf25) tried only where a match can open (~2x the plain search)
# a report of the list's results: no list still to do (``实事完成情况``, ``全部完成``)
_RESULTS = re.compile(r"完成情况|完成情況|进展情况|進展情況|已完成|全部完成|顺利完成|順利完成|办结|辦結|满意度|滿意度")


def tells_list_issued(paragraph: str) -> bool:
    """A paragraph that tells that a year's list of works was issued (``市政府印发了2031年十件民生实事项目清单``,
    ``《某市2031年重点民生实事工作目标任务》已经正式印发``, ``某区发布了十项2031年为民办实事项目``): the items the page
    goes through after it are the list's. Not a list's results (``公布2031年实事完成情况``, ``实事项目全部完成``), nor the
    issue of something else (``印发了《某区养老服务条例》``)."""
    return _ISSUE_SCAN.search(paragraph) is not None and _RESULTS.search(paragraph) is None


_SENTENCE_MARK = re.compile(r"[。，,；;：:!！?？]")


def is_item_title(line: str) -> bool:
    """A short line with no sentence mark (``城市公园建设``, ``农村公路加装护栏``): the title of a listed item, whose body
    follows it. Not a sentence (``某区发布了十项实事。``), nor a bare number or a long line."""
    t = line.strip()
    return 2 <= len(t) <= 20 and _SENTENCE_MARK.search(t) is None and re.search(r"[\u4e00-\u9fff]", t) is not None
