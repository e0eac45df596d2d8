"""A bare unit bracket on a line of its own under the task sentence it closes (U2, U4): the list of units a task
answers to, printed on the next line instead of after the task's ``。``.

    1、某区生产总值增长9%。           -> task 某区生产总值增长9%, responsible 区发改委, 财政局
    (区发改委、财政局)
    2、某区能耗降低3%;                -> task 某区能耗降低3%, responsible 区经信委
    （区经信委）

A list that wraps onto a second line (``(甲局、乙局、`` / ``丙局)``) is read whole. The same list after the ``。`` on the task's own line is ``units.find_listed_assignments``'s; this reads the line
break variant. The bracket must be the whole line, hold unit names only (no label, no colon, no time), and the line
right above must close a sentence (``。``, ``;``, ``!``, ``?``) or be a numbered item (``3、甲园新建步道``); no key in the text: every unit is responsible, none
leads (U4). The task is then taken from the line above by the caller (``task_above``).

Not: a news credit closing a story (``(某通讯社)``, ``(记者 某某)``), an item's heading (``(一)保障民生``), a note (``(原标题:…)``, ``(此件公开发布)``), a bracket under a title or a
signature (the line above closes no sentence), a bracket inside a sentence.
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell
from extract.rules.units import AssignmentHit, split_units

# the whole line is one bracket (a unit's own bracket kept inside: ``(甲局,各县(市)政府)``)
_LONE_BRACKET = re.compile(r"^\s*[(（](?P<body>(?:[^()（）:：\n]|[(（][^()（）\n]{1,6}[)）]){2,200})[)）]\s*$")
# the line above closes a sentence
_SENTENCE_END = re.compile(r"[。;；!！?？]\s*$")
# a numbered item (``1、``, ``2.``, ``(3)``, ``④``) stated as a phrase, without closing punctuation: a task too
_NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*[\u4e00-\u9fff“]")
# a time or a count in the bracket: a deadline or a note, not a unit list
_NOT_UNITS = re.compile(r"\d|[年月]底|[年月]前|年内|原标题|公开|代章|此件|下同|见附件")

# a news credit closing a story: ``(某通讯社)``, ``(记者 某某)``, ``(来源:某报)``, ``(某网)``
_BYLINE = re.compile(r"^[^、,，;；]{1,12}(?:社|网|报)$|记者|通讯员|编辑|来源|供稿|摄")

# a bracket opened on its line and not closed there (its list wraps onto the next line)
_OPEN_ONLY = re.compile(r"^\s*[(（][^()（）\n]{2,}$")


def wrapped_bracket(text: str, start: int, line: str) -> str:
    """The bracket's text when its list wraps onto the next line (``(甲局、乙局、`` / ``丙局)``): the line and the
    next one, when the next one closes the bracket; else ``line`` as it is."""
    if _OPEN_ONLY.match(line.rstrip()) is None:
        return line
    end = start + len(line.rstrip())
    nxt = text.find("\n", end + 1)
    following = text[end:nxt if nxt >= 0 else len(text)]
    if following.startswith("\n") and following.rstrip().endswith((")", "）")) and following.count("\n") == 1:
        return line.rstrip() + following.rstrip()
    return line


def own_line_bracket(text: str, start: int, line: str) -> AssignmentHit | None:
    """The hit of a bare unit bracket ``line`` standing at ``start`` of ``text`` on a line of its own under a task
    sentence (task left empty, for the caller to take from the line above), else None.

    ``(区发改委、财政局)`` under ``1、某区生产总值增长9%。`` -> responsible 区发改委, 财政局"""
    line = wrapped_bracket(text, start, line)
    m = _LONE_BRACKET.match(line.replace("\n", ""))
    if m is None or line.strip().count("\n") > 1:
        return None
    body = m.group("body").strip()
    if _NOT_UNITS.search(body) or _BYLINE.search(body) or not is_unit_cell(body):
        return None
    above = text[:start].rstrip()
    cut = above.rfind("\n")
    if not above or not (_SENTENCE_END.search(above[cut + 1:]) or _NUMBERED_ITEM.match(above[cut + 1:])):
        return None
    units = split_units(body)
    if not units:
        return None
    return AssignmentHit(start, start + len(line.rstrip()), "", [], units, cue="own_line_bracket")
