"""Asides of a goal list: notes in brackets that stand between its items (O1, O2, G2a).

A division-of-duties notice or a plan's goal list often closes an item with a bracketed note, set off as a sentence
of its own after the item's ``。`` or on a line of its own: who answers for it (``(某局负责)``,
``(甲局主办,乙局、丙局协办)``) or where its details stand (``(具体任务分配见附件1)``). Such a note states nothing to
be achieved: it is no goal sentence, and an item closed by ``。`` whose only text below it is such notes owns no
body: it is a goal sentence of its own (O1), not a title (O2).
"""

from __future__ import annotations

import re

from extract.rules import goal_group_lists as _groups

# one pair of brackets around the whole piece, no bracket inside it: ``(某局负责)``, ``（详见附表2）``
_WHOLE_BRACKET = re.compile(r"^\s*[(（]([^()（）]{1,80})[)）]\s*[。.;；]?\s*$")


def is_bracket_note(sentence: str) -> bool:
    """A sentence that is wholly one bracketed aside (``(某局负责)``, ``(甲局主办,乙局协办)``, ``(具体安排见附件2)``):
    a note on the item before it, no goal sentence. Not a sentence that only opens or closes with a bracket
    (``(一)新建幼儿园3所``, ``新建幼儿园3所(某局负责)``)."""
    s = sentence.strip()
    if not s or s[0] not in "(（":
        return False
    return _WHOLE_BRACKET.match(s) is not None


def next_path_past_notes(texts: list[str], paths: list[list[str]]) -> list[str] | None:
    """The section path of the first paragraph that is not a bracketed note (``texts`` and ``paths``: the paragraphs
    after an item line, in order); None when only notes follow (or nothing). An item ``3.完善服务网络。`` followed by
    ``(具体任务分配见附件1)`` and then ``二、主要措施`` owns no text of its own: the next path is the heading's."""
    for t, p in zip(texts, paths):
        if not is_bracket_note(t) and not _groups.names_group(t):  # (goalA28) nor the next group's name (O2)
            return p
    return None


# a bracketed note, then the next item's marker on the same line: ``(某局负责)(二)某指标增长5%``
_NOTE_THEN_ITEM = re.compile(r"^\s*[(（][^()（）]{1,80}[)）]\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[.、．](?!\d))\s*")


def leading_note_end(sentence: str) -> int:
    """Where the goal starts in a sentence that opens with the note of the item before and the marker of its own
    item (``(某局负责)(二)某指标增长5%`` -> at ``某指标``: a line that ran the items together); 0 when it does not."""
    m = _NOTE_THEN_ITEM.match(sentence)
    return m.end() if m else 0
