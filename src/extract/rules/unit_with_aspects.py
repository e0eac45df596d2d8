"""``X会同Z…`` with a word of time, aspect or manner between the doer and ``会同`` (eval/README.md U4c, U7, U7d).

1. ``aspect_subject_with``: ``某县文旅局已会同某县住建局完成书屋选址``, ``某市体育局正在会同某市教育局推进场馆开放``,
   ``我局将会同某县卫健局开展托育机构检查``: the doer opens the sentence (after a time opener, blanked as
   ``rules.unit_clause_openers`` blanks it), then an aspect or modal word (``已``, ``已经``, ``正``, ``正在``, ``将会``,
   ``先后``, ``多次``, ``再次``, ``积极``, ``主动``…), then ``会同Z`` and the task. U4c: X lead, Z responsible; U7
   (nineteenth round): a task reported done keeps its row; U7d (twenty-first round): the writer's self-name (``我局``,
   ``本委``) is a unit as written. The plain frame with no such word (``甲局会同乙局…``, ``甲局将会同乙局…``) is read by
   ``rules.unit_clauses.subject_with_units``; this cue only adds the words that one leaves out.
   Not: a doer that is no named unit (``各乡镇``, ``我们``: U7d), a collective helper with oversight as the task
   (``督查室将适时会同有关部门对…进行督查``: the notice's own oversight, U7a), a news deed (``…联合印发…``).
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell
from extract.rules.unit_proposal_handovers import hands_over_proposal

_WITH = re.compile(r"(?:会同|會同|协同|協同)(?!育人|發展|发展|创新|創新|治理|推进|推進|联动|聯動|共治|办公|辦公|平台|機制|机制|体系|體系)")  # (lead50) ``协同育人``, ``协同发展``: a compound word, no helper
# a time said between the doer and ``会同`` (``将于6月``, ``于5月10日``, ``今年``, ``年底前``)
_MID_TIME = (r"(?:将于|將於|于|於)?(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:上旬|中旬|下旬|底|初)?(?:前|起)?|"
             r"今年|明年|年内|年內|近期|近日|日前|目前|下一步|下半年|上半年|年底前|年初")
# the words of time, aspect or manner a doer may take before ``会同`` (longest first)
_ASPECT = re.compile(
    r"(?:(?:" + _MID_TIME + r"|已经|已|曾|正在|正|现正|目前正|将会|将|將會|將|会|會|也将|还将|还|也|又|再次|先后|多次|均|都|及时|积极|主动|"
    r"迅速|立即|随即|专门|继续|认真|共同|拟|擬|计划|計劃|要|应|須|须|并|並)\s*){1,4}$")
# the writer's self-name by its kind (U7d, twenty-first round): a definite party
_SELF_NAME = re.compile(r"^(?:我|本)(?:局|委|厅|廳|办|辦|部|院|中心|会|會|府|处|處|署|所|站|校|公司|委员会|委員會)$")
_SENTENCE_END = "。;；!！?？\n"
_COLLECTIVE = ("各", "相关", "有关", "相關", "有關", "所有")
# (lead47) not 前/后 of a banner's name (``某某后旗``, ``某某前旗``: a place, no time)
_TIME_LEFT = re.compile(r"\d|年|月|日|以来|以來|期间|期間|时|時|(?:后|後|前)(?!旗)")


def _doer(pre: str) -> list[str] | None:
    """The units that ``pre`` (a sentence's text before ``会同``, with its aspect words cut off) names as the doer: a
    named unit or list of them (each with an organisation's ending), or the writer's self-name; None otherwise (a
    collective, a pronoun, a clause, a time word left in: ``2031年以来甲局``)."""
    from extract.rules.unit_clauses import _named_leads

    pre = pre.strip()
    if not pre or len(pre) > 40 or re.search(r"[,，、:：\s]", pre.replace("、", "")) is not None:
        return None
    if _SELF_NAME.match(pre):
        return [pre]
    if pre.startswith(_COLLECTIVE) or _TIME_LEFT.search(pre):
        return None
    return _named_leads(pre)


def _with_then_task(text: str, pos: int) -> tuple[list[str], str, int] | None:
    """The helpers and the task after ``会同`` (or ``协同``) ending at ``pos``: (helpers, task, end of the task's clause).
    The task is the rest of the clause after the helpers, or the next clause where a comma closes the helpers
    (``会同乙局、丙局,于年底前完成…``). None: no named helpers, or a task of fewer than 4 characters."""
    from extract.rules.unit_clauses import with_units_then_task

    stop = _CLAUSE_END.search(text, pos)
    b = stop.start() if stop else len(text)
    clause = "会同" + text[pos:b]
    w = with_units_then_task(clause)
    if w is None and b < len(text) and text[b] in ",，":
        nxt = _CLAUSE_END.search(text, b + 1)  # the helpers close their clause: the task is the next one
        b2 = nxt.start() if nxt else len(text)
        w = with_units_then_task(clause + text[b + 1:b2])
        if w is None or w[1] != len(clause):
            return None
        task = text[b + 1:b2].strip()
        return (w[0], task, b2) if len(task) >= 4 else None
    if w is None:
        return None
    task = re.sub(r"^(?:共同|一起|一道)", "", clause[w[1]:].strip()).strip()
    return (w[0], task, b) if len(task) >= 4 else None


_CLAUSE_END = re.compile(r"[。;；,，\n]")


def _head_before(blanked: str, at: int) -> tuple[int, str, re.Match[str] | None]:
    """Where the sentence holding ``at`` starts, its words before ``at`` up to its first aspect word (the doer's place),
    and that aspect word's match (None when the sentence has none)."""
    s0 = max(blanked.rfind(c, 0, at) for c in _SENTENCE_END) + 1
    pre = blanked[s0:at]
    asp = _ASPECT.search(pre)
    return s0, (pre[:asp.start()] if asp else pre), asp


def aspect_subject_with(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each sentence ``X<aspect words>会同Z<task>`` in ``text`` where at least
    one aspect word stands between X and ``会同``, X is the writer's self-name (``我局会同…`` included) or the verb is
    ``协同``. Quote from X to the end of the task's clause; task = the clause after Z (its verb kept, U7)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "会同" not in text and "會同" not in text and "协同" not in text and "協同" not in text:
        return out
    from extract.rules.unit_clause_openers import blank_clause_openers

    blanked = blank_clause_openers(text)
    for m in _WITH.finditer(blanked):
        s0, head, asp = _head_before(blanked, m.start())
        lead = _doer(head)
        plain = blanked[m.start():m.end()] in ("会同", "會同")
        if lead is None or (asp is None and plain and not _SELF_NAME.match(head.strip())):
            continue
        if (row := _row_after(text, m.end(), s0, head, lead)) is not None:
            out.append(row)
    return out


_SUPERVISOR = re.compile(r"督查|督办|督辦|督导|督導|督察")


def _supervisor_oversight(lead: list[str], task: str) -> bool:
    """``市政府督查室已会同市发改委对落实情况进行督查``: a supervising office's oversight of the tasks, the sentence an issuing
    notice closes with (U7a: U7 does not reach into the issuing notice; the table's rows give the tasks)."""
    from extract.rules.unit_with_lists import _OVERSIGHT

    return _OVERSIGHT.match(task) is not None and any(_SUPERVISOR.search(u) for u in lead)


def _guarded(text: str, pos: int) -> tuple[list[str], str, int] | None:
    """``_with_then_task`` without the notice's own oversight by a collective helper (U7a) and a news deed."""
    from extract.rules.unit_clauses import _NEWS_DEED
    from extract.rules.unit_with_lists import _OVERSIGHT

    got = _with_then_task(text, pos)
    if got is None:
        return None
    helpers, task, _ = got
    if any(h.startswith(_COLLECTIVE) for h in helpers) and _OVERSIGHT.match(task):
        return None
    if _NEWS_DEED.match(task) or hands_over_proposal(task):
        return None
    return got


# ``X牵头,会同Y…`` / ``X作为牵头单位,会同Y…``: the lead's own clause, then the helpers and the task
# (lead47) or no verb before the helpers where their list closes with its kind and a comma (``X牵头,Y、Z等单位,对…开展…``)
_LEAD_CLAUSE = re.compile(r"(?:牵头|牽頭|作为牵头(?:单位|部门)|作為牽頭(?:單位|部門))\s*[,，]\s*(?:会同|會同|协同|協同|联合|聯合"
                          r"|(?=[^。;；,，:：\n]{2,60}?等(?:有关|相关)?(?:单位|部门|單位|部門)[,，]))")  # (lead44) 联合


def _own_clause(head: str) -> int | None:
    """(lead47) Where the last comma clause of ``head`` starts (the clause ``X`` of ``…,X牵头,联合Y…``), or None without
    a comma; that clause names the lead when it is a unit's name alone."""
    k = max(head.rfind(","), head.rfind("，"))
    return k + 1 if k >= 0 else None


def lead_clause_then_with(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """``某县教育局牵头,会同某县公安局、某县城管局,于年底前完成校园周边整治``, ``某县教育局作为牵头单位,会同某县公安局开展…``:
    a sentence that opens with its lead (U7 ``X牵头`` + helpers, U4c ``X会同Y``): lead X, the helpers responsible, task the
    clause after them; quote from X to the task's end. (``由X牵头,会同Y…`` is ``rules.unit_prose.led_then_task``'s.)
    Not: a collective or a clause as X, the notice's oversight (U7a), a news deed."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "牵头" not in text and "牽頭" not in text:
        return out
    from extract.rules.unit_clause_openers import blank_clause_openers

    blanked = blank_clause_openers(text)
    for m in _LEAD_CLAUSE.finditer(blanked):
        s0, head, _ = _head_before(blanked, m.start())
        if head.strip().startswith("由"):
            continue
        lead = _doer(head)
        if lead is None and (cut := _own_clause(head)) is not None:
            # (lead47) the lead in its own comma clause after a purpose or a time (``为…,1月7日至20日,甲局牵头,联合…``)
            s0, head = s0 + cut, head[cut:]
            lead = _doer(head)
        if lead is None:
            continue
        if (row := _row_after(text, m.end(), s0, head, lead)) is not None:
            out.append(row)
    return out


def _row_after(text: str, end: int, s0: int, head: str, lead: list[str]):
    """The row of the task after ``end`` led by ``lead`` (its quote from the head's first character), or None where
    no guarded task follows or the lead only oversees it."""
    hit = _guarded(text, end)
    if hit is None or _supervisor_oversight(lead, hit[1]):
        return None
    return s0 + (len(head) - len(head.lstrip())), hit[2], hit[1], lead, hit[0]
