"""(lead44) A rate stated with ``为`` among a sentence's commitments: ``…占比不低于80%,覆盖率不低于95%,班额达标率为100%``.
``为`` alone reads as a status (``覆盖率为96.5%``); where earlier clauses of the same sentence commit to levels (``不低于``,
``不少于``, ``达到``, ``…以上``) and no word of the present or the past stands in it, the ``为`` clause goes on with their
list: the level the plan sets for one more rate (N5: a list shares its commitment). No I/O."""

from __future__ import annotations

import re

# a committed level in an earlier clause: a bound word before a number, or a number closed by 以上/以下
_COMMITTED = re.compile(r"(?:不低于|不少于|不高于|不超过|不超過|不低於|不少於|达到|達到|保持在?)\s*\d|\d[\d.]*\s*%?\s*(?:以上|以下|以內|以内)")
# the present or the past: a status stated as such
_NOW_OR_PAST = re.compile(r"目前|现有|現有|当前|當前|现为|現為|截至|截止|已|去年|上年|实际|實際|了")
# the clause's head: a rate named right before 为 (``达标率为``, ``覆盖率为``, ``分别为``)
_RATE_IS = re.compile(r"(?:率|占比|比例|比重)(?:、[^，,；;。]{1,10})*\s*(?:分别)?为\s*$")


def rate_among_commitments(before: str, clause_head: str) -> bool:
    """The number after ``clause_head`` (``…班额达标率为``) is a rate stated with ``为`` in a sentence whose earlier clauses
    (``before`` less the clause head) commit to levels, with no word of the present or the past anywhere before it."""
    if _RATE_IS.search(clause_head) is None:
        return False
    earlier = before[:len(before) - len(clause_head)] if before.endswith(clause_head) else before
    return _COMMITTED.search(earlier) is not None and _NOW_OR_PAST.search(before) is None
