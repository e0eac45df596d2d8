"""The compiling of a year's list of 实事 told (O3b): no goal.

A news item or a year's summary tells that the next year's list is being drawn up (``开展2032年度民生实事编排工作,
广泛征求意见``, ``启动2032年民生实事项目编排``): what it reports is the making of the list, not a commitment of the
list's own; its year names the list (O3b, as the list's candidates, collection or vote told are none).
"""

from __future__ import annotations

import re

# the year's list, then the work of compiling it: ``2032年度市民生实事编排工作``, ``2032年民生實事項目編排``
_LIST_COMPILING = re.compile(r"20\d\d\s*年(?:度)?[^。；;,，:：\d]{0,12}?(?:实事|實事|民生工程|惠民工程|民心工程)"
                             r"(?:项目|項目)?\s*(?:的)?\s*(?:编排|編排|编制|編制|谋划|謀劃)")


def tells_list_compiling(sentence: str) -> bool:
    """A sentence that tells the year's list of 实事 being compiled (``开展2032年度民生实事编排工作``): no goal (O3b). Not
    a sentence that commits to the list's items (``2032年全市民生实事包括:…``) nor a plan compiled for other work
    (``编排2032年课程表``)."""
    return ("编" in sentence or "編" in sentence or "谋" in sentence or "謀" in sentence) \
        and _LIST_COMPILING.search(sentence) is not None
