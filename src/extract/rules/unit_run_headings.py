"""(unitB24) Unit headings run into one paragraph (U8, U8a): a report or a plan written unit by unit, each unit's name
an ordinal heading (``(一)宣传部``, ``二、财务科``) followed by its numbered items, whose line breaks the page lost::

    (一)宣传部 1.近期工作: (1)更新校园展板。 (2)编写活动简讯。 (二)财务科 1.近期工作: (1)完成预算编制。

Each heading's name (one organisation's bare name, closed by a blank before the first item's marker) owns the items
up to the next such heading, as a unit heading above its items does: one row per item (``(1)``, or ``1.`` where the
block has no bracketed items), lead that unit, responsible ``[]``, task the item's first clause. A sub-label between the
heading and its items (``1.近期工作事宜:``, ``2.下步计划:``) names the kind of work, no task. The first row's quote starts
at the unit's name, the others at their item's text; each runs to the end of the item's first sentence. A run needs two
such headings in the paragraph (one heading may be a section's title over prose).

``glued_duty_title_rows`` (lead48): a duty title run into its first item where the page lost every line break
(``…。(二)指挥部职责1.贯彻执行…。2.组织制定…。(三)各成员职责1.甲办负责…。2.乙所负责…``): a title ``(二)X职责`` (X one
unit) owns the numbered items after it up to the next ordinal title, one row each (lead X, task the item's first clause),
as a duty heading above its items does on lines of their own (U8); under a title of the members' duties (``成员单位职责``,
``各部门职责``: no unit) each item that opens with its own subject is that subject's row (U7). The title must be glued to
``1.`` (the sign of the lost break; a title over prose is read elsewhere); a title with no ordinal of its own stands
after a full stop (``…的问题。保密组职责1.…``).

``owner_above_work_kind``: the same layout on lines of their own (``(一)宣传部`` / ``1.近期工作:`` / ``(1)…``): the
sub-heading that names the kind of work stands between the unit's heading and its items, and the items keep the unit
heading as their owner.

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.units import AssignmentHit

_CN = "一二三四五六七八九十"
# an ordinal heading whose title is closed by a blank before an item's number (``(二)财务科 1.``) or by a bracketed
# item (``三、团委 (1)``, ``三、团委(1)``: the normaliser drops a blank before a bracket)
# (a bracketed ordinal may follow the words before it with no blank: the normaliser drops a blank between two words)
# (lead47) also an arabic-numbered heading before bracketed items (``1.生活部(1)…。2.后勤部(1)…``), after a sentence's end or
# run into the words before it (``…任务和职责1.生活部(1)…``: the page lost the line break)
_HEAD = re.compile(rf"(?:[(（][{_CN}]{{1,3}}[)）]|(?:(?<=^)|(?<=[\s。;；:：]))[{_CN}]{{1,3}}、)\s*"
                   rf"(?P<name>[\u4e00-\u9fff]{{2,12}})(?:[ \t\u3000]+(?=\d{{1,2}}\s*[.、．](?!\d))|[ \t\u3000]*(?=[(（]\d{{1,2}}[)）]))"
                   rf"|(?:(?<=^)|(?<=[\s。;；:：\u4e00-\u9fff]))\d{{1,2}}[.、．](?!\d)\s*(?P<name2>[\u4e00-\u9fff]{{2,12}})[ \t\u3000]*(?=[(（]1[)）])")
# (speedA24) what ``_HEAD``'s lookaheads need after the name: a space and ``1.``, or ``(1)`` (a necessary test, one
# search of rare characters)
# (speedA28) one class of both branches' first characters, each branch's own checked behind it: the same matches as
# ``[ \t\u3000]\d{1,2}\s*[.、．](?!\d)|[(（]\d{1,2}[)）]``, but sre skips to those characters (two branches that open with a
# class leave it none)
_HEAD_NEXT = re.compile(r"[ \t\u3000(（](?:(?<=[ \t\u3000])\d{1,2}\s*[.、．](?!\d)|(?<=[(（])\d{1,2}[)）])")
# a bracketed item's marker: at the block's start (right after the heading) or after a blank or a sentence's end
_BRACKET_ITEM_AT = re.compile(r"[(（]\d{1,2}[)）]\s*")
_BEFORE_ITEM = " \t\u3000\n。;；:："
_DOT_ITEM = re.compile(r"(?:(?<=^)|(?<=[\s。;；:：]))\d{1,2}\s*[.、．](?!\d)\s*")
# a sub-label that names the kind of work (``1.近期工作事宜:``): short words closed by a colon
_SUB_LABEL = re.compile(r"[^。;；,，:：\s]{2,12}[:：]")
_CLAUSE_END = re.compile(r"[，,。；;]")
_SENTENCE_END = re.compile(r"[。；;]")


def run_headings(text: str, is_unit) -> list[tuple[int, int, int, list[str]]]:
    """(name start, block start, block end, units) of the unit headings run into ``text``: ordinal headings whose title is one
    organisation's bare name (``is_unit`` gives its units, or None), two or more of them; else []."""
    if _HEAD_NEXT.search(text) is None:
        return []  # (speedA24) no item marker that a heading's lookahead needs: no heading (the scan of every ``、``)
    heads = [(m, units) for m in _HEAD.finditer(text) if (units := is_unit(m.group("name") or m.group("name2")))]
    if len(heads) < 2:
        return []
    return [(m.start("name" if m.group("name") else "name2"), m.end(), heads[i + 1][0].start() if i + 1 < len(heads) else len(text), units)
            for i, (m, units) in enumerate(heads)]


def block_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) of the items of a heading's block ``text[a:b]``: its bracketed items (``(1)``), else its numbered
    ones (``1.``) that are no sub-label (``1.近期工作:``); each item's start is after its marker."""
    marks = [m for m in _BRACKET_ITEM_AT.finditer(text, a, b) if m.start() == a or text[m.start() - 1] in _BEFORE_ITEM] or [
        m for m in _DOT_ITEM.finditer(text, a, b) if not _SUB_LABEL.match(text, m.end())]
    return [(m.end(), marks[k + 1].start() if k + 1 < len(marks) else b) for k, m in enumerate(marks)]


def unit_run_heading_rows(text: str, offset: int, is_unit) -> list[AssignmentHit]:
    """The rows of the unit headings run into one paragraph (the module's docstring)."""
    hits: list[AssignmentHit] = []
    if "、" not in text and ")" not in text and "）" not in text:
        return hits
    for start, body, end, units in run_headings(text, is_unit):
        for k, (a, b) in enumerate(block_items(text, body, end)):
            c = _CLAUSE_END.search(text, a, b)
            task = text[a:c.start() if c else b].strip()
            s = _SENTENCE_END.search(text, a, b)
            stop = s.start() if s else len(text[:b].rstrip())
            if len(task) < 4:
                continue
            hits.append(AssignmentHit(offset + (start if k == 0 else a), offset + stop, task, list(units), [],
                                      cue="unit_run_headings"))
    return hits


# (lead48) a duty title glued to its first item: ``(二)指挥部职责1.``, ``三、各组工作职责1、``
_GLUED_DUTY_TITLE = re.compile(rf"(?:[(（][{_CN}]{{1,3}}[)）]|(?:(?<=^)|(?<=[\s。;；:：]))[{_CN}]{{1,3}}、|(?<=[\n。]))\s*"
                               r"(?P<name>[\u4e00-\u9fff]{2,14}?)(?:的)?(?:主要|工作)?(?:职责|職責)[:：]?"
                               r"(?:第\d{1,3}页(?:共\d{1,3}页)?)?(?=1\s*[.、．](?!\d))")  # (lead51) a sharing site's page mark between
# (lead51) a duty title glued to a sentence on the same body's make-up before its lead-in (``考务组职责考务组由教导主任任组长,…组成。
# 其职责为:1.…``): the name said again right after the title is the sign (the words before the title may be glued to it)
_GLUED_DUTY_TITLE_MADE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10}?)(?:的)?(?:主要|工作)?(?:职责|職責)(?=(?P=name))[^。\n]{2,80}。\s*"
                                    r"其?(?:主要|工作)?(?:职责|職責)(?:为|是|如下)?[:：](?=1\s*[.、．](?!\d))")
# (lead52) a duty title glued to a first item numbered in Chinese (``办公室工作职责一、负责…;二、负责…``), after a line's or a
# sentence's end or a sharing site's page count (``5页``); its items are the run of ``二、``, ``三、``… that follows in order
_GLUED_DUTY_TITLE_CN = re.compile(r"(?:(?<=^)|(?<=[\n。])|(?<=\d页))\s*(?P<name>[\u4e00-\u9fff]{2,14}?)(?:的)?(?:主要|工作)?(?:职责|職責)[:：]?(?=一、)")
_CN_ITEM = re.compile(rf"(?P<n>[{_CN}]{{1,2}})、")
# the next ordinal title, which closes the block (``。(三)``, ``。三、``)
_NEXT_TITLE = re.compile(rf"(?<=[。;；])\s*(?:[(（][{_CN}]{{1,3}}[)）]|[{_CN}]{{1,3}}、)")
# the members of a body as a title's owner: no unit of their own, each item names its subject
_DOT_ITEM_GLUED = re.compile(r"\d{1,2}\s*[.、．](?!\d)\s*")
_MEMBERS = re.compile(r"^(?:各|相关|有关)?(?:成员单位|成员部门|部门|单位|小组|工作组|成员)$")


# (lead51) a title naming no party (``主要职责``, ``工作职责``) glued to items that each open with a party's duty label
_PARTYLESS = re.compile(r"^(?:主要|工作|具体|基本)$")
_ITEM_DUTY_LABEL = re.compile(r"^\s*(?P<lab>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:主要|工作)?(?:职责|職責)[:：]\s*")


def glued_duty_title_rows(text: str, offset: int, is_unit) -> list[AssignmentHit]:
    """The rows of the duty titles run into their first item (the module's docstring)."""
    hits: list[AssignmentHit] = []
    if "职责一、" in text or "職責一、" in text:
        hits += _cn_item_rows(text, offset, is_unit)
    if "职责1" not in text and "職責1" not in text and "职责:1" not in text and "职责：1" not in text:
        return hits
    from extract.rules.unit_duty_items import item_subject

    titles = sorted(list(_GLUED_DUTY_TITLE.finditer(text)) + list(_GLUED_DUTY_TITLE_MADE.finditer(text)), key=lambda t: t.start())
    titles = [t for i, t in enumerate(titles) if not any(u.start() < t.end() and t.start() < u.end() for u in titles[:i])]
    for i, m in enumerate(titles):
        name = m.group("name")
        partyless = _PARTYLESS.match(name) is not None  # (lead51) ``(二)主要职责1.甲组职责:…2.乙室职责:…``: each item's own label
        units = None if _MEMBERS.match(name) or partyless else is_unit(name)
        if not units and not _MEMBERS.match(name) and not partyless:
            continue
        nxt = _NEXT_TITLE.search(text, m.end())
        line_end = text.find("\n", m.end())
        b = min(x for x in (nxt.start() if nxt else len(text), line_end if line_end >= 0 else len(text),
                            titles[i + 1].start() if i + 1 < len(titles) else len(text)))  # (lead51) the next glued title
        marks = [x for x in _DOT_ITEM_GLUED.finditer(text, m.end(), b) if x.start() == m.end() or text[x.start() - 1] in _BEFORE_ITEM]
        for k, x in enumerate(marks):
            a, e = x.end(), marks[k + 1].start() if k + 1 < len(marks) else b
            body = text[a:e]
            lead = units
            if partyless:
                lab = _ITEM_DUTY_LABEL.match(body)
                if lab is None or not (lead := is_unit(lab.group("lab"))):
                    continue
                body, a = body[lab.end():], a + lab.end()
            elif lead is None:
                subj = item_subject(body, is_unit)
                if subj is None:
                    continue
                k, lead = subj
                body, a = body[k:], a + k
            c = _CLAUSE_END.search(body)
            task = (body[:c.start()] if c else body).strip()
            if units is None:
                task = re.sub(r"^(?:主要|具体)?负责", "", task)
            s = _SENTENCE_END.search(text, a, e)
            stop = s.start() if s else len(text[:e].rstrip())
            if len(task) >= 4:
                hits.append(AssignmentHit(offset + a, offset + stop, task, list(lead), [], cue="glued_duty_title"))
    return hits


def _cn_number(n: str) -> int:
    """``三`` -> 3, ``十二`` -> 12 (the ordinals of a list's items)."""
    if len(n) == 1:
        return _CN.find(n) + 1
    return 10 + _CN.find(n[1]) + 1 if n[0] == "十" else 0


def _cn_item_rows(text: str, offset: int, is_unit) -> list[AssignmentHit]:
    """(lead52) The rows of a duty title glued to items numbered ``一、``, ``二、``… in order: lead the title's unit, task
    each item's first clause; the first row's quote starts at the title (U2), the others at their item's text."""
    hits: list[AssignmentHit] = []
    for m in _GLUED_DUTY_TITLE_CN.finditer(text):
        units = None if _MEMBERS.match(m.group("name")) or _PARTYLESS.match(m.group("name")) else is_unit(m.group("name"))
        if not units:
            continue
        line_end = text.find("\n", m.end())
        b = line_end if line_end >= 0 else len(text)
        marks, want = [], 1
        for x in _CN_ITEM.finditer(text, m.end(), b):
            if x.start() != m.end() and not marks:
                break
            if (x.start() == m.end() or text[x.start() - 1] in _BEFORE_ITEM) and _cn_number(x.group("n")) == want:
                marks.append(x)
                want += 1
        for k, x in enumerate(marks):
            a, e = x.end(), marks[k + 1].start() if k + 1 < len(marks) else b
            body = text[a:e]
            c = _CLAUSE_END.search(body)
            task = (body[:c.start()] if c else body).strip()
            s = _SENTENCE_END.search(text, a, e)
            stop = s.start() if s else len(text[:e].rstrip())
            if len(task) >= 4:
                hits.append(AssignmentHit(offset + (m.start("name") if k == 0 else a), offset + stop, task, list(units), [],
                                          cue="glued_duty_title"))
    return hits


# a sub-heading that names the kind of a unit's work, closed by a colon (``近期工作事宜:``, ``下步计划:``, ``本周工作:``)
_WORK_KIND = re.compile(r"^[^\s,，。;；:：()（）]{2,10}[:：]$")


def owner_above_work_kind(parents: list[str], is_unit) -> list[str]:
    """The owner path of an item under a unit heading and a sub-heading that names the kind of work
    (``(一)宣传部`` / ``1.近期工作:`` / ``(1)更新展板。``): the unit heading's path, the sub-heading left out (it names
    no task and no unit, U8); ``parents`` as it is otherwise. ``is_unit``: a heading's units, or None."""
    if len(parents) >= 2 and _WORK_KIND.match(parents[-1]) and is_unit(parents[-2]):
        return parents[:-1]
    return parents
