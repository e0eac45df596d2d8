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

_MARK = r"(?:[①②③④⑤⑥⑦⑧⑨⑩⑪⑫]|\d{1,2}\s*[.、．]|\d{1,2}[)）]|[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．])"
# (lead47) or a group's members line named by the group (``2、某某应急处理工作小组成员:``), a longer name
_GROUP = re.compile(rf"^\s*{_MARK}?\s*"
                    r"(?P<name>[\u4e00-\u9fff]{1,10}?(?:组|組|队|隊)|[\u4e00-\u9fff]{2,22}(?:小组|小組)(?=\s*(?:(?:成员|成員)\s*[:：]|(?:及|的)(?:职责|職責)\s*[:：]?\s*$)))"
                    r"\s*(?:(?:成员|成員)\s*|(?:及|的)?(?:职责|職責)\s*)?(?:[:：](?P<rest>.*))?$")  # (lead47) ``2、某队及职责:``
# (lead47) the duty line may be numbered and named as the work's (``3、工作职责:``), its duties on the lines below it
_DUTY = re.compile(rf"^\s*{_MARK}?\s*(?:工作|主要)?(?:职\s*责|職\s*責|(?<=主要)任务|(?<=主要)任務|(?<=工作)任务|(?<=工作)任務)\s*[:：]\s*(?P<body>\S.*?)?\s*$")
# a line that opens a part of its own (an ordinal heading, a numbered item): the unmarked duty lines end before it
_PART_OPEN = re.compile(rf"^\s*{_MARK}")
# (lead47) or the post alone on its line, its names left blank (``组长``, ``成员等 。``); or the group's equipment (``装备:…``)
_PEOPLE = re.compile(r"^\s*(?:(?:组\s*长|副组长|組\s*長|副組長|成\s*员|成\s*員|组\s*员|組\s*員|联系人|聯繫人)\s*(?:[(（][^()（）]{1,8}[)）])?\s*(?:[:：]|等?\s*。?\s*$)"
                     r"|[^\s:：]{0,8}?(?:装备|裝備|设备|設備|器材)\s*[:：])")
_ITEM = re.compile(r"[(（]\d{1,2}[)）]\s*[、.．]?\s*")
# (lead47) a numbered item (``1.``) at the body's start or after a clause's end
_DOT_ITEM = re.compile(r"\d{1,2}\s*[.．、](?!\d)")
_DOT_ITEM_AT = re.compile(r"(?:(?<=^)|(?<=[;；。:：\s]))\d{1,2}\s*[.．、](?!\d)\s*")
# (lead47) a time set by an event before the duty (``开学前,制定…``): when, the duty the clause after it
_WHEN = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:之?前|期间|之?后|当天|当日)")
_SENTENCE_VERB = re.compile(r"负责|負責|承担|承擔|做好|开展|開展|组织|組織")


def _members_only(rest: str | None) -> bool:
    return rest is None or not rest.strip() or _SENTENCE_VERB.search(rest) is None


def group_duty_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, [group], []) of each duty the module's docstring describes, in ``text`` (the normalised text)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if ("职" not in text and "職" not in text and "任务" not in text and "任務" not in text) or ("组" not in text and "組" not in text):
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
        if d.group("body") is None:
            # (lead47) ``工作职责:`` alone on its line: each unmarked line below it is one duty, up to a part of its own
            j = i + 1
            while j < len(lines) and j <= i + 12:
                a, t = lines[j]
                if not t.strip() or _PART_OPEN.match(t) and not _DOT_ITEM.match(t.strip()) or _GROUP.match(t) or _DUTY.match(t):
                    break  # (lead47) numbered duties (``3.抓好…``) go on under the lone ``职责:``; an ordinal heading ends them
                lead = len(t) - len(t.lstrip())
                if (num := re.match(r"\d{1,2}\s*[.．、](?!\d)\s*", t[lead:])) is not None:
                    lead += num.end()  # the item's number is no part of its duty
                parts = re.split(r"[,，;；。]", t[lead:].strip())
                first = parts[1].strip() if len(parts) > 1 and _WHEN.fullmatch(parts[0].strip()) else parts[0].strip()
                if len(t.strip()) <= 8 and not re.search(r"[,，;；。]", t):
                    j += 1
                    continue  # (lead47) a sub-label over the duties (``日常宣传教育``): the kind of work, no duty
                if len(first) >= 4:
                    out.append((a + lead, a + len(t.rstrip().rstrip("。;；")), first, [group], []))
                j += 1
            i = j
            continue
        body_at = at + d.start("body")
        body = d.group("body")
        if _DOT_ITEM.match(body):
            # (lead47) ``职责:1.…;2.…`` wrapped over the lines below it: one row per numbered item, across the breaks
            j = i + 1
            while j < len(lines) and lines[j][1].strip() and not (_PART_OPEN.match(lines[j][1]) or _GROUP.match(lines[j][1])
                                                                  or _PEOPLE.match(lines[j][1]) or _DUTY.match(lines[j][1])):
                j += 1
            end = lines[j - 1][0] + len(lines[j - 1][1])
            out += _numbered_items(text, body_at, end, group, 2)
            i = j
            continue
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


# (lead50) the same group, its people and its tasks run into one paragraph (a sharing site's flattened page):
# ``(二)礼仪组组长:某甲 成员:某乙、某丙 工作任务: 1.…; 2.…; (四)宣传组组长:…``; (lead53) a post left blank
# (``组长:成员:…``, a template's names masked out) is still the group's people line
_GLUED_GROUP = re.compile(
    r"[(（][一二三四五六七八九十]{1,2}[)）]\s*(?P<name>[\u4e00-\u9fff]{1,10}?(?:组|組))\s*(?:组长|組長|负责人|負責人)\s*[:：]"
    r"[^。:：]{0,60}?(?:\s*(?:副组长|副組長|成员|成員|组员|組員)\s*[:：][^。:：]{0,80}?)*\s*(?:工作任务|工作任務|职责|職責)\s*[:：]\s*")
_NEXT_PART = re.compile(r"[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\n\s*\n")


def glued_group_tasks(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, [group], []) of each numbered task of a group run into one paragraph with its people (above)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "组长" not in text and "組長" not in text:
        return out
    for m in _GLUED_GROUP.finditer(text):
        group = m.group("name")
        if not is_unit_cell(group):
            continue
        stop = _NEXT_PART.search(text, m.end())
        end = stop.start() if stop else len(text)
        out += _numbered_items(text, m.end(), end, group, 4)
    return out


# (lead53) a template's group whose posts were all left blank, its duties run straight on after the members' label
# (``(一)宣传组组长:成员:负责对外宣传报道,…``, ``二)后勤组组长:成员:备齐…``): the text after the blank posts is the
# group's duty (one row, its first clause), as a duty line under the group's line would be; not the next section's
# heading after an empty group (``成员:二、活动安排``)
_BLANK_POSTS_GROUP = re.compile(
    r"(?:[(（]?[一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\s*(?P<name>[\u4e00-\u9fff]{2,10}?(?:组|組))\s*"
    r"(?:组长|組長)\s*[:：]\s*(?:(?:副组长|副組長)\s*[:：]\s*)?(?:成员|成員|组员|組員)\s*[:：]\s*(?![一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十])(?P<duty>[\u4e00-\u9fff][^,，。;；:：]{3,40})")


def blank_posts_group_duties(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, [group], []) of each group whose posts were left blank and whose duty runs on after them
    (above): the task the duty's first clause, the quote from the group's name."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "成员" not in text and "成員" not in text and "组员" not in text:
        return out
    for m in _BLANK_POSTS_GROUP.finditer(text):
        if not is_unit_cell(m.group("name")) or re.match(r"(?:工作)?(?:职责|職責|任务|任務)", m.group("duty")):
            continue  # a labelled duty list is ``glued_group_tasks``'
        out.append((m.start("name"), m.end("duty"), m.group("duty").strip(), [m.group("name")], []))
    return out


def _numbered_items(text: str, start: int, end: int, group: str, shortest: int) -> list[tuple[int, int, str, list[str], list[str]]]:
    """One row per numbered item (``1.…;2.…``) of ``text[start:end]``, across line breaks: task its first clause (at least
    ``shortest`` characters), lead the group."""
    out = []
    marks = list(_DOT_ITEM_AT.finditer(text, start, end))
    for n, m in enumerate(marks):
        stop = marks[n + 1].start() if n + 1 < len(marks) else end
        item = text[m.end():stop].rstrip().rstrip("。;；")
        task = re.split(r"[,，;；。]", item, maxsplit=1)[0].replace("\n", "").strip()
        if len(task) >= shortest:
            out.append((m.end(), m.end() + len(item), task, [group], []))
    return out


# (lead53) a group's post line read as a task (``组 长:校长``, ``副组长:党组书记、副校长``, ``成 员:…``): who holds the posts
# (U4a: people), never a duty, whichever reader took the line
_POST_TASK = re.compile(r"^\s*(?:常务)?(?:副\s*)?(?:组\s*长|組\s*長|成\s*员|成\s*員|组\s*员|組\s*員)\s*[:：]")


def without_post_lines(records: list) -> list:
    """``records`` without the unit rows whose task is a group's post line (above)."""
    return [r for r in records if not (getattr(r, "type", "") == "unit_assignment" and (
        _POST_TASK.match(r.task or "") or _POST_TASK.match(r.quote or "") or _POST_ONLY.fullmatch((r.task or "").strip()))
        and not re.search(r"负责|負責|承担|承擔|[:：][\s_＿]*[(（]", r.task or ""))]  # (not a duty written beside the post, ``组长:__(负责…)``)


_POST_ONLY = re.compile(r"(?:常务)?(?:副\s*)?(?:组\s*长|組\s*長|成\s*员|成\s*員|组\s*员|組\s*員)")
