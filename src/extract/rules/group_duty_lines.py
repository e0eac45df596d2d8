"""A working group's line and its duty line below it, in an event's or a task's plan (eval/README.md U8, U8b).

    1. 宣传组:某甲、某乙                       (the group, its members after the colon)
    职责:撰写各类文稿;选拔并培训主持人。          (its duties: one row, the task its first clause)

    ②节目组
    组长:某甲 副组长:某乙                      (people lines between: skipped)
    职责:(1)、曲目的编排。                       (numbered duties: one row each, on this line and the lines after it)
    (2)、串场词的撰写。

The group is the lead of each row. Not: a duty line with no group line above it (people lines and blank lines skipped), a group line whose colon is followed by a sentence (``宣传组:负责…``: a charge, read elsewhere).
"""

from __future__ import annotations

import re

from extract.rules.scan import lines_with_starts
from extract.cues import is_unit_cell

_GROUP = re.compile(r"^\s*(?:[①②③④⑤⑥⑦⑧⑨⑩⑪⑫]|\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．])?\s*"
                    r"(?P<name>[\u4e00-\u9fff]{1,10}(?:组|組))\s*(?:[:：](?P<rest>.*))?$")
_DUTY = re.compile(r"^\s*(?:职\s*责|職\s*責)\s*[:：]\s*(?P<body>\S.*?)\s*$")
_PEOPLE = re.compile(r"^\s*(?:组\s*长|副组长|組\s*長|副組長|成\s*员|成\s*員|组\s*员|組\s*員|联系人|聯繫人)\s*[:：]")
_ITEM = re.compile(r"[(（]\d{1,2}[)）]\s*[、.．]?\s*")
_SENTENCE_VERB = re.compile(r"负责|負責|承担|承擔|做好|开展|開展|组织|組織")


def _members_only(rest: str | None) -> bool:
    return rest is None or not rest.strip() or _SENTENCE_VERB.search(rest) is None


def group_duty_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, [group], []) of each duty the module's docstring describes, in ``text`` (the normalised text)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if ("职" not in text and "職" not in text) or ("组" not in text and "組" not in text):
        return out
    texts, starts = lines_with_starts(text)
    lines = list(zip(starts, texts))
    i = 0
    while i < len(lines):
        at, ln = lines[i]
        d = _DUTY.match(ln)
        if d is None:
            i += 1
            continue
        group = None
        for k in range(i - 1, max(-1, i - 16), -1):
            prev = lines[k][1]
            if not prev.strip() or _PEOPLE.match(prev):
                continue
            g = _GROUP.match(prev)
            if g is not None and _members_only(g.group("rest")) and is_unit_cell(g.group("name")):
                group = g.group("name")
            break
        if group is None:
            i += 1
            continue
        body_at = at + d.start("body")
        body = d.group("body")
        if _ITEM.match(body):
            items = [(body_at, body)]
            j = i + 1
            while j < len(lines):
                a, t = lines[j]
                if not t.strip():
                    j += 1
                    continue  # (the page's blank lines between items)
                if not _ITEM.match(t.strip()):
                    break
                lead = len(t) - len(t.lstrip())
                items.append((a + lead, t.strip()))
                j += 1
            for a, t in items:
                marks = list(_ITEM.finditer(t))
                for n, m in enumerate(marks):
                    if m.start() != 0 and t[m.start() - 1] not in "。;；. ":
                        continue
                    end = marks[n + 1].start() if n + 1 < len(marks) else len(t)
                    task = t[m.end():end].strip().rstrip("。;；.")
                    if len(task) >= 2:
                        out.append((a + m.end(), a + m.end() + len(task), task, [group], []))
            i = j
            continue
        first = re.split(r"[,，;；。]", body, maxsplit=1)[0].strip()
        if len(first) >= 4:
            out.append((body_at, body_at + len(body.rstrip("。;；")), first, [group], []))
        i += 1
    return out
