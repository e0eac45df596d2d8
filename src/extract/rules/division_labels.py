"""A division-of-work label line under its task (eval/README.md U4a, U7): ``部门分工:甲局牵头,乙局、各区配合。``.

A task list that gives each item its leader and its division of work on lines of their own (``1.某指标增长6%以上。`` /
``分管领导:某某`` / ``部门分工:甲局牵头,乙局配合。``): the label's body is a role clause, ``X牵头`` (the lead) with ``Y配合``
(``参与``, ``协助``, ``协同``; responsible) after it; its task is the nearest line above that is neither a people line
(``分管省领导:…``, ``责任人:…``) nor another label. The label may also be ``责任分工``, ``任务分工``, ``职责分工`` or ``工作分工``.
"""

from __future__ import annotations

import re

from extract.rules.scan import lines_with_starts
from extract.cues import is_people_line
from extract.rules.units import split_units

_DIVISION = re.compile(r"^\s*(?:部门|部門|责任|責任|任务|任務|职责|職責|工作)?分工\s*[:：]\s*(?P<body>\S.*?)\s*$")
_ROLE_CLAUSE = re.compile(r"^(?P<lead>[^,，;；。:：]{2,60}?)(?:牵头|牽頭)(?:负责|負責)?"
                          r"(?:[,，、]\s*(?P<resp>[^,，;；。:：][^;；。:：]{0,80}?)(?:配合|参与|參與|协助|協助|协同|協同))?"
                          r"\s*[,，;；。.]?\s*$")
_PEOPLE_FIELD = re.compile(r"^\s*[^:：]{0,8}(?:领导|領導|责任人|責任人|负责人|負責人|联系人|聯繫人)\s*[:：]")
_ITEM_MARK = re.compile(r"^\s*(?:\d{1,3}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*")


def division_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each division label line with its task above (module docstring)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "分工" not in text:
        return out
    texts, starts = lines_with_starts(text)
    lines = list(zip(starts, texts))
    for i, (at, ln) in enumerate(lines):
        m = _DIVISION.match(ln)
        if m is None or (c := _ROLE_CLAUSE.match(m.group("body"))) is None:
            continue
        lead = split_units(c.group("lead"))
        resp = split_units(c.group("resp")) if c.group("resp") else []
        if not lead:
            continue
        task_at = None
        for k in range(i - 1, max(-1, i - 5), -1):
            prev = lines[k][1]
            if not prev.strip() or is_people_line(prev) or _PEOPLE_FIELD.match(prev):
                continue
            if _DIVISION.match(prev):
                break
            task_at = k
            break
        if task_at is None:
            continue
        t_at, t_line = lines[task_at]
        mark = _ITEM_MARK.match(t_line)
        body_start = mark.end() if mark else len(t_line) - len(t_line.lstrip())
        task = t_line[body_start:].strip().rstrip("。;；,，")
        if len(task) < 4:
            continue
        out.append((t_at + body_start, at + len(ln.rstrip()), task, lead, resp))
    return out


def is_division_line(line: str) -> bool:
    """``line`` is a division label line with its role clause (no goal: it says who does the task above)."""
    m = _DIVISION.match(line)
    return m is not None and _ROLE_CLAUSE.match(m.group("body")) is not None


def division_or_people_line(text: str, at: int) -> bool:
    """The line of ``text`` that holds ``at`` is a division label line or a leader's line (``分管省领导:某某``) of a task list
    that has division lines: neither states a goal."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    line = text[a:b if b >= 0 else len(text)]
    return is_division_line(line) or _PEOPLE_FIELD.match(line) is not None
