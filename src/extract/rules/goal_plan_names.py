"""N9c, O3c: ``计划`` as the head of a plan's name is no verb of planning.

The date cue ``计划2031年…`` (``我市计划2031年建成…``: planned for 2031) reads ``计划`` as a verb. In a plan's name the
word is a noun, the head of a compound (``行动计划``, ``营养计划``, ``发展计划``), and the year after it is the name's
period or year (``某县妇女儿童健康行动计划2031-2035年``, ``印发《国民营养计划2031年重点工作》``): it dates nothing
(N9c), so the cue must not read it.
"""

from __future__ import annotations

import re

# ``行动计划``, ``营养计划``, ``发展计划``, ``五年计划``: a modifier that makes ``计划`` the head of a plan's name
# (not ``工程``, ``工作``, ``建设``: a subject before the verb, ``该工程计划2031年竣工``, ``项目建设计划2031年完成``)
_NAME_MODIFIER = re.compile(r"(?:行动|行動|营养|營養|发展|發展|攻坚|攻堅|专项|專項|[一二三四五六七八九十两兩\d]年|倍增|振兴|振興|"
                            r"素养|素養|健康)\s*$")
_PLAN_WORD = re.compile(r"(?:计划|計劃|計畫)\s*$")


def plan_name_before(sentence: str, at: int) -> bool:
    """The year at ``at`` stands right after ``计划`` that heads a plan's name (``…健康行动计划2031-2035年``,
    ``《国民营养计划2031年重点工作》``): the ``计划`` is a noun, not a verb of planning; False when the word before the
    year is no such ``计划`` (``我市计划2031年建成…``, ``项目计划于2031年完工``)."""
    before = sentence[:at]
    m = _PLAN_WORD.search(before)
    return m is not None and _NAME_MODIFIER.search(before[:m.start()]) is not None
