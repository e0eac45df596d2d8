"""A meeting's decision that puts a case on an office: ``决议:由X+doing`` and ``…,本案由X+doing`` (minutes of a
council answering proposals). The words before ``由`` open the sentence as a directive does (``会议要求由X…``,
``unit_directives.DIRECTIVE_BEFORE_BY``), so ``由X+doing`` reads as a sentence opening with ``由`` (U7: X leads the
doing, ``unit_charge_finders.find_by_unit_doing``). Made-up examples only.

- ``DECISION_BEFORE_BY``: the decision label (``决议:``, ``决议:本案``) or the case as topic (``本案``, spaced
  ``本 案`` where a line was broken) right before ``由``.
- ``decision_before_by``: whether ``text`` has such an opening right before ``由`` at ``at``.
"""

from __future__ import annotations

import re

DECISION_BEFORE_BY = r"(?:决议\s*[:：]\s*(?:本\s*案\s*)?|本\s*案\s*)"
_BEFORE = re.compile(rf"(?:^|[。;；!！?？\n,，])\s*{DECISION_BEFORE_BY}$")


def decision_before_by(text: str, at: int) -> bool:
    """Whether the ``由`` at ``at`` in ``text`` follows a decision's opening: ``决议:由甲处办理``, ``…,本案由甲处研议``.
    Not ``案由:``, ``提案由甲会提出`` (no clause break before ``本案``)."""
    return text[at:at + 1] == "由" and _BEFORE.search(text[max(0, at - 12):at]) is not None
