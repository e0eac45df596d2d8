"""A goal's year read where it times no deed (O3: a goal is a commitment dated by when it is to be done): two frames
of a sentence that ``false_goal_cue`` reads as no goal.

1. ``asks_whether``: the year after ``是否`` (whether: ``审核…是否于2031/32学年提供…服务``): a question to be
   checked, an embedded condition, no commitment.
2. ``qualifies_noun``: a school or financial year that only qualifies a noun closing its clause (``…名单及其在2031/32
   学年的收费水平,上载…``): the year says which figure, not when anything is to be done; a year followed by a
   figure (``增加至2031/32学年的约60亿元``) states the amount to be reached then, and stays.
"""

from __future__ import annotations

import re

# 是否 just before the year, with a modal and a preposition between (``是否会于``, ``是否在``)
_WHETHER = re.compile(r"是否\s*(?:会|将|能|可|已)?\s*(?:在|于|於|到)?\s*$")
# the year (and a span's second year), the year word, 的, a short noun with no figure, the clause's end
_NOUN_YEAR = re.compile(r"(?:20\d\d)\s*(?:[-—–/／至]\s*(?:20)?\d{2}\s*)?(?:学年度|学年|学校年度|年度)\s*的[^,，;；。\d]{1,6}(?:[,，;；。]|$)")


def asks_whether(sentence: str, at: int) -> bool:
    """Whether the goal's year at ``at`` follows ``是否`` (``是否于2031/32学年提供…``): a question, no goal (O3)."""
    return at > 1 and "是否" in sentence and _WHETHER.search(sentence, max(0, at - 8), at) is not None


def qualifies_noun(sentence: str, at: int) -> bool:
    """Whether the school or financial year at ``at`` only qualifies a noun closing its clause (``其在2031/32学年的
    收费水平,``): the year names which figure, no time of a deed (O3)."""
    return at >= 0 and "的" in sentence and _NOUN_YEAR.match(sentence, at) is not None
