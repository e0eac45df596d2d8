"""A sentence that only says who is in charge, the task named before it (U7, U2): ``由X负责`` with no object.

    (二)送书下乡:每季度向各村配送图书。由某县图书馆负责,文化志愿者协助。  -> lead 某县图书馆, task 送书下乡
    甲校成立课程小组,形成课程研究网络。即由甲校教务处负责,…                -> lead 甲校教务处, task 形成课程研究网络

The sentence opens with ``由`` (after ``即``/``均``/``并``/``则`` at most) and closes right after ``负责`` (a charge
adverb before it, a bare doing after it, ``负责组织实施``, allowed). Its task (``bare_charge_task``) is the item's title
when the paragraph opens with one (``送书下乡:``, ``(二)送书下乡。``), else the last clause of the sentence before
it; a sentence that opens its paragraph leaves the task empty, to be taken from the line above (as a bracket on a
line of its own is, U2). Quote: from ``由`` (or ``即由``) to the end of the verb.

(lead41) A task label and its colon may stand before the unit instead (``校舍改造:县住建局负责。``): the label is the task.

Not: a collective or people as X (``由各学校负责``, ``由家长负责``, ``由班主任负责``: U7d), a role word (``由牵头单位负责``), a
party named by kind only (``由使用部门负责``), a clause with an object (``由甲局负责园舍建设``: ``_CHARGE``'s, U7), a task
after the comma (``由甲局负责,年底前新建…``) and a role verb in the run (``由甲局牵头负责,…``): other cues' clauses.
"""

from __future__ import annotations

import re

from extract.rules.unit_charge_adverbs import CHARGE_ADVERB

# the bare charge sentence: ``由甲局负责,``, ``即由甲局具体负责。``, ``均由甲局负责组织实施。``
_BARE_CHARGE = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?P<open>(?:即|均|并|则|具体|统一)?由)"  # (unitA25: 具体由)
                          r"(?P<units>[^。;；,，:：\s由]{2,30}?)"
                          rf"(?:{CHARGE_ADVERB})?负责(?:组织实施|组织落实|实施|落实)?(?=[,，。;；]|$)")
# (unitB26) the same charge after the topic that opens the sentence and a comma: ``本会日常工作,由某局负责。``, ``校车
#年检,由某县交警大队负责,…``: the topic (a short phrase, no clause of its own) is the task, the quote runs from it
_TOPIC_CHARGE = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?P<topic>[^。;；!！?？\n,，:：由\d]{2,16}?)\s*[,，]\s*(?P<open>由)"
                           r"(?P<units>[^。;；,，:：\s由]{2,30}?)"
                           rf"(?:{CHARGE_ADVERB})?负责(?:组织实施|组织落实|实施|落实)?(?=[,，。;；]|$)")
# (lead41) the task as a label and the charged unit after its colon, with no object: ``校舍改造:县住建局负责。``, ``(二)开幕式:
# 学生处负责``: the label is the task (U2), the unit its lead (U7), the quote runs from the label
_LABEL_CHARGE = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|"
                           r"[一二三四五六七八九十]{1,3}、)?\s*(?P<topic>[^。;；!！?？\n,，:：由\d]{2,16}?)\s*[:：]\s*(?P<open>由)?"
                           r"(?P<units>[^。;；,，:：\s由]{2,30}?)"
                           rf"(?:{CHARGE_ADVERB})?负责(?:组织实施|组织落实|实施|落实)?(?=[,，。;；]|$)")
# a topic that is a clause of its own (a verb of charge, a time or a condition): no task named by a phrase
_NOT_TOPIC = re.compile(r"负责|牵头|会同|配合|协助|要|应|将|已|如|若|凡|(?:以来|期间|之际|时|后|前|中|内)$"
                        r"|^(?:今年|明年|去年|目前|当前|近年|年内|同时|此外|另外|其中|对此|为此)")
# a duty shared out among the units: no one leads (U7)
_SHARED = re.compile(r"分工|分别|共同|各自")
# the next clause names helpers (``,乙处、丙处配合;``, ``,乙处配合办理``): the sentence is another cue's, helpers and all
_HELPERS_NEXT = re.compile(r"[,，]\s*(?P<who>[^。;；,，]{2,80}?)(?:积极|密切|全力|共同)?(?:配合|协助|协同|参与)")
# a role verb inside the units' run (``由甲局牵头负责,…``, ``由甲局会同乙局负责``): another cue's clause, whose task follows
_ROLE_VERB_IN = re.compile(r"牵头|会同|联同|统筹|主责|配合|协助")
# a time that opens the clause after the comma, the task's deadline (``,年底前新建…``, ``,2031年6月前完成…``)
_TASK_AFTER = re.compile(r"[,，]\s*(?:\d{4}年|年底|年内|今年|明年|[0-9一二三四五六七八九十]{1,2}月)")
# an item's title opening the paragraph: ``送书下乡:``, ``(二)送书下乡。``, ``2.送书下乡:`` (a short phrase, no clause)
_OPENING_TITLE = re.compile(r"^\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}、)?"
                            r"\s*(?P<title>[^。;；,，:：!！?？\n]{2,30})[:：。]")


def bare_charge_task(text: str, at: int) -> str:
    """The task of a bare charge sentence opening at ``at``: the paragraph's opening title, else the last clause of
    the sentence before, else ``""`` (the sentence opens the paragraph)."""
    head = text[:at]
    if not head.strip():
        return ""
    if (m := _OPENING_TITLE.match(text)) is not None and m.end() <= at:
        return m.group("title").strip()
    sentence = re.split(r"[。;；!！?？\n]", head.rstrip(" 。;；!！?？\n"))[-1]
    return re.split(r"[,，]", sentence)[-1].strip()


def bare_charges(text: str, offset: int, taken) -> list:
    """The bare charge sentences of a paragraph ``text`` (at ``offset``) whose quotes overlap none of ``taken``."""
    if "负责" not in text or ("由" not in text and ":" not in text and "：" not in text):
        return []
    from extract.cues import is_person_name, is_unit_cell
    from extract.rules.units import _TASK_VERB_START, AssignmentHit, split_units
    from extract.rules.unit_charge_finders import _GENERIC_PARTY, _NOT_A_NAME, _ROLE_WORD
    out = []
    topics = [m for m in _TOPIC_CHARGE.finditer(text) if not _NOT_TOPIC.search(m.group("topic"))]  # (unitB26)
    topics += [m for m in _LABEL_CHARGE.finditer(text) if not _NOT_TOPIC.search(m.group("topic"))]  # (lead41)
    for m in list(_BARE_CHARGE.finditer(text)) + topics:
        units = m.group("units")
        if not is_unit_cell(units) or units.startswith(("各", "相关", "有关", "所有")) or _ROLE_WORD.fullmatch(units) \
                or _ROLE_VERB_IN.search(units):
            continue
        lead = split_units(units)
        if not lead or any(_NOT_A_NAME.search(u) or _TASK_VERB_START.match(u) or not is_unit_cell(u)
                           or _GENERIC_PARTY.match(u) or is_person_name(u) for u in lead):
            continue
        if _TASK_AFTER.match(text, m.end()) or _TASK_VERB_START.match(text[m.end():].lstrip(",， ")):
            continue  # ``由甲局负责,年底前新建…``: the task follows the comma (U7 ``X负责Y``), not named before
        if m.re is _BARE_CHARGE and (nxt := _HELPERS_NEXT.match(text, m.end())) is not None \
                and is_unit_cell(nxt.group("who")) and _TASK_VERB_START.match(text[nxt.end():].lstrip(",， ")):
            continue  # (lead51) ``由甲局负责,乙镇配合,做好…``: helpers, then the task (``led_then_task``'s row)
        start, end = offset + (m.start("open") if m.group("open") else m.start("units")), offset + m.end()
        if m.re is _TOPIC_CHARGE or m.re is _LABEL_CHARGE:  # (unitB26) the topic opening the sentence is the task, the quote runs from it
            if _SHARED.search(m.group()):
                continue  # ``…,由甲局、乙局按职责分工负责``: sharers, no lead (the shared-duty cue's)
            if (nxt := _HELPERS_NEXT.match(text, m.end())) is not None and (
                    is_unit_cell(nxt.group("who")) or text[nxt.end():nxt.end() + 1] in ("", "。", ";", "；", ",", "，", "\n")):
                continue  # ``…,由甲处负责,乙处配合(办理)``: the helpers' clause goes with it (``task_then_sharers``)
            start = offset + m.start("topic")
        if any(h.start < end and start < h.end for h in taken) or any(o.start < end and start < o.end for o in out):
            continue
        task = m.group("topic").strip() if m.re in (_TOPIC_CHARGE, _LABEL_CHARGE) else bare_charge_task(text, m.start("open"))
        if text[:start - offset].strip() and not task:
            continue
        out.append(AssignmentHit(start, end, task, lead, [], cue="bare_charge"))
    return out
