"""(lead49) A meeting's record that puts its decisions on named units by their modal (U7, as dev gold reads the minutes of a
county's executive meeting): ``…会议要求:甲局要加快补充教师队伍;乙局要尽快办理…。`` -> lead ``甲局``, task ``加快补充教师队伍``;
lead ``乙局``, task ``尽快办理…``.

Read only in a record of a meeting (its title or its first lines name one: ``会议纪要``, ``常务会议``, ``办公会``, ``推进会``,
``调度会``, ``协调会``, ``专题会议``, ``现场办公``), where every ``X要…`` is a decision the meeting puts on X. A plan's own
``X要…`` sentences are left to the other readers. Not: a collective or a role word as X (``各地要…``, ``相关单位要…``, ``牵头单位要…``),
a person (``校长要…``), ``要求``/``要点`` (no modal), X already a party of another row of the clause. Made-up examples only.
"""

from __future__ import annotations

import re

# a record of a meeting, named in the page's first lines
_MEETING = re.compile(r"会议纪要|会议记录|常务会议|办公会|推进会|调度会|协调会|专题会议?|联席会议|现场会|现场办公|召集[^。]{2,160}?(?:研究|专题|会商|协调)|纪要如下")
# X (a name at the clause's start, after the sentence's start, a list mark or the meeting's own opener), the modal, the task
_MODAL_SUBJECT = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n:：]))\s*(?:[一二三四五六七八九十\d]{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])?\s*"
    r"(?P<x>[^。;；,，:：\s“”《》()（）]{2,30}?)(?:要(?<![纪紀摘重纲綱概简簡首紧緊主需]要)|必须|务必|须|应)(?![求点])(?P<task>[^。;；,，]{2,80})")
_NOT_X = re.compile(r"^(?:会议|会上|同时|此外|另外|要求|各|相关|有关|所有|全体|全县|全区|全市|牵头单位|责任单位|成员单位|我们|大家)"
                    r"|(?:成员单位|职能部门|条线部门|会议)$")  # the members, a kind of department, the meeting itself: no named party
_HELPING = re.compile(r"(?:相互|互相|密切|积极|全力|主动)?(?:配合|协助|参与|协同)")
_NEXT_CLAUSE = re.compile(r"[,，]\s*([^。;；,，]{4,80})")
_ORDINAL = re.compile(r"^[一二三四五六七八九十]{1,2}是")  # ``一是X要…``: the item's ordinal, no part of X


def is_meeting_record(text: str) -> bool:
    """The page records a meeting: a meeting word among its first 400 characters."""
    return _MEETING.search(text[:400]) is not None


def modal_subject_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, []) of each ``X要+task`` clause of a meeting's record (module docstring)."""
    if "要" not in text and "须" not in text and "应" not in text:
        return []
    if not is_meeting_record(text):
        return []
    from extract.rules.unit_prose import _named_units

    out = []
    for m in _MODAL_SUBJECT.finditer(text):
        x = m.group("x")
        cut = _ORDINAL.match(x)
        start = m.start("x") + (cut.end() if cut else 0)
        x = x[cut.end():] if cut else x
        if _NOT_X.search(x):
            continue
        lead = _named_units(x)
        if not lead:
            continue
        task, end = m.group("task").strip(), m.end("task")
        if _HELPING.fullmatch(task):  # ``X、Y等单位要相互配合,完成…``: they help each other, none leads (U4a); the task is next
            nxt = _NEXT_CLAUSE.match(text, end)
            if nxt is None:
                continue
            out.append((start, nxt.end(1), nxt.group(1).strip(), [], lead))
        elif len(task) >= 4:
            out.append((start, end, task, lead, []))
    return out
