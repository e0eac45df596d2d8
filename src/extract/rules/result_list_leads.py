"""A lead that announces the results achieved, over the list that sets them out (eval/README.md N13, N13a).

``政府公布上年施政報告指標達標成果,涵蓋…共48項任務:`` over ``- 房屋供應:首季公屋動工量達2.1萬伙``: the lead says
the items that follow are results reached (``成果``, ``成绩``, ``成效``) and ends on the colon that opens their list; the
items report status, as the items after ``…已全部竣工。具体情况如下:`` do (``text.introduces_past_list``), as far as
the bulleted items run (``is_bullet_item``: a line opened by a dash or a dot); the first other line ends the list. Not a plan's
``预期成果:`` (O1d: what the plan expects) nor a lead that commits (``将``, ``力争``, ``计划``).
"""

from __future__ import annotations

import re

_RESULTS_LEAD = re.compile(r"(?:成果|成绩|成績|成效)[^。！？!?\n]{0,40}[:：]\s*$")
_NOT_RESULTS = re.compile(r"预期|預期|将|將|力争|力爭|计划|計劃|拟|擬|目标|目標|要求|争取|爭取|如何|怎样|怎樣")


def announces_results(paragraph: str) -> bool:
    """``paragraph`` ends with the colon of a lead that announces results achieved (see the module's docstring)."""
    p = paragraph.rstrip()
    if not p.endswith((":", "：")):
        return False
    lead = re.split(r"[。！？!?]", p)[-1]
    return _RESULTS_LEAD.search(lead) is not None and _NOT_RESULTS.search(lead) is None


_BULLET = re.compile(r"^\s*[-－—•·●▪■◆]\s*\S")


def is_bullet_item(paragraph: str) -> bool:
    """``paragraph`` opens with a bullet (a dash or a dot), as the items under a results lead do."""
    return _BULLET.match(paragraph) is not None


# (lead42) a sentence that closes on results achieved (``…也取得了显著成效。``): the ``其中…`` after it lists them
_RESULTS_REACHED = re.compile(r"取得(?:了)?(?:显著|顯著|明显|明顯|积极|積極|良好|较好|較好|可喜|明显的|很大|长足|長足)?(?:的)?"
                              r"(?:成效|成绩|成績|进展|進展|实效|實效|成果)\s*[。!！]?\s*$")


def closes_on_results(sentence: str) -> bool:
    """``…源城区今年通过…等强有力的举措,也取得了显著成效。``: a sentence that reports results achieved, so the ``其中…`` after
    it breaks down what was achieved (N13). Not a sentence that commits to results (``力争取得…成效``, ``将取得…``)."""
    return _RESULTS_REACHED.search(sentence) is not None and _NOT_RESULTS.search(sentence) is None
