"""Two marks of a report of work done whose amounts are status (eval/README.md N2, N13).

``先后投入500万元完成…8个分馆…建设``, ``先后成立了15个体育总会,明确由1名…任会长``: ``先后`` (one after another) tells over
steps taken in turn; nothing of the sentence before the amount looks ahead (``text.FUTURE_MARKERS``, ``將``, ``計劃``), so the
amounts are what was done. Not ``先后顺序`` (the order of a rule), and not a plan's ``到2031年先后建成3所`` (a marker ahead).

``共修通水泥路20公里,主要是甲线10公里改造、乙线8.4公里路面改造``: a total reported done (a perfective verb of building,
``修通``, ``建成``, ``完成了``) and then ``主要是``/``主要有``/``主要包括`` with the parts it is made of: the parts are as done
as the total. A plan's ``主要包括:学校建设预算投资…`` after a planned total (no verb of work done) is left alone.
"""

from __future__ import annotations

import re

from extract.rules.text import FUTURE_MARKERS

_AHEAD_TRAD = re.compile(r"將|計劃|預計|力爭|確保|擬|(?<!主)要|争取|爭取|目标|目標")
_SUCCESSIVE = re.compile(r"先[后後](?![顺順次序])")
# a total reported done, then the list of its main parts
_DONE_TOTAL_PARTS = re.compile(r"(?:修通|建成了?|完成了|实施了|實施了|新建了|修建了|硬化了|铺设了|鋪設了|改造了)"
                               r"[^。；;!！?？]{0,24}[,，]\s*主要(?:是|有|包括)")


def _nothing_ahead(before: str) -> bool:
    return FUTURE_MARKERS.search(before) is None and _AHEAD_TRAD.search(before) is None


def successive_steps_done(before: str) -> bool:
    """``before`` (the number's sentence up to it) tells over steps taken one after another (``先后``) and says nothing
    of what is ahead."""
    if "先" not in before:
        return False
    return _SUCCESSIVE.search(before) is not None and _nothing_ahead(before)


def parts_of_done_total(before: str) -> bool:
    """``before`` holds a total reported done and ``主要是…``, the list of its parts, and says nothing of what is ahead."""
    if "主要" not in before:
        return False
    return _DONE_TOTAL_PARTS.search(before) is not None and _nothing_ahead(before)
