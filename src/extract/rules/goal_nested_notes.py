"""Bracketed notes with a bracket inside them (O1, G2a): ``(甲局、乙局,某县(区)、乡镇政府)`` after an item of a goal
list names who answers for it, as ``(某局负责)`` does (``goal_asides.is_bracket_note``); the short bracket inside
(``(县)``, ``(区)``, ``（含…）``) is part of a unit's name and does not make the note a sentence of the list."""
from __future__ import annotations

import re

# one pair of brackets around the whole piece, holding short bracketed parts only: ``(甲局,某县(区)、乡镇政府)``
_NESTED_NOTE = re.compile(r"^\s*[(（]((?:[^()（）]|[(（][^()（）]{1,6}[)）]){1,80})[)）]\s*[。.;；]?\s*$")
_INNER = re.compile(r"[(（][^()（）]{1,6}[)）]")


def is_nested_bracket_note(sentence: str) -> bool:
    """A sentence that is wholly one bracketed aside with short brackets inside it (``(市甲局,某县(区)、乡镇政府)``,
    ``（乙委、丙局(筹)负责）``): a note on the item before it, no goal. Not: an item with its marker
    (``(一)新建幼儿园(含分园)3所``), a note with a marker run in (``(某局)(二)某指标增长5%``), a sentence that only
    opens with a bracket (``(一)某县(区)新建公园5个``), a note with no bracket inside (``goal_asides`` reads that)."""
    s = sentence.strip()
    m = _NESTED_NOTE.match(s)
    if m is None or _INNER.search(m.group(1)) is None:
        return False
    return _INNER.sub("", m.group(1)).strip() != ""
