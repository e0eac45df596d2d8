"""Unit-assignment cues for two prose frames of a plan's or a report's own voice (eval/README.md U4b, U4c, U7, U7d).

1. ``doerless_with_clause``: a ``会同Z…`` clause with no doer written before it, a sentence of the text's own voice
   (``…。会同某县住建局将球场纳入小区配套规划。``; ``下一步我们将会同某县城投公司,采取挂图作战等措施``): lead ``[]``,
   Z responsible (a collective ``有关部门`` included, U4b), task = the clause after Z (its verb kept). Also after a
   chain of the voice's own clauses (``根据…,出台《甲办法》,会同乙局制定…``).
2. ``unit_takes_on_project``: a unit that takes on (``承担``) a government's 实事 project and names it
   (``某市住建局承担市政府民生实事“改造老旧小区30个”项目``): lead = the unit, task = the project's words.
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell
from extract.rules import unit_with_lists as _uwl

# -- 1. ``会同Z`` with no doer
_WITH = re.compile(r"会同|會同|协同(?=相关|有关)|協同(?=相關|有關)")  # (unitA25) ``协同相关部门,…`` read as ``会同`` (U4a, U7)
# what may stand before a doerless ``会同``: a time opener, the voice's pronoun, a modal of the plan's future
# (unitC24) also a date or a span up to now (``5月10日,会同…``, ``2031年以来,会同…``): when, not who
_DATE_OPEN = r"(?:(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:上旬|中旬|下旬|初|底|上午|下午)?|20\d\d年(?:以来|初|底)?|今年以来|近年来|年初以来)"
_VOICE_PREFIX = re.compile(r"^(?:下一步|下阶段|下一阶段|今后|同时|此外|近期|今年|明年|" + _DATE_OPEN + r")?[,，]?\s*(?:我们|我們)?"
                           r"(?:将|要|还将|也将|还要|将继续|继续|积极|主动|及时|并|已经|已|先后|多次|再次|又|正在|正|还|也)*$")
# a unit's name ending (the helper Z before its task)
_UNIT_END = re.compile(r"(?:部门|部門|单位|單位|局|委|办|辦|厅|廳|公司|中心|集团|集團|政府|街道|院|所|站|队|隊|会|會|处|處|馆|館|台|臺|社)")  # (unitC24: 馆, 台, 社)
_UNIT_END_AT = re.compile(_UNIT_END.pattern + "$")
# a doing inside a run: the helper's name has ended before it (``某县住建局将球场…``, ``甲局推进乙政府…``)
_DOING_IN = re.compile(r"将|將|把|对|對|推|开展|開展|加强|加強|制定|研究|组织|組織|采取|採取|做好|完善|落实|落實|进行|進行|实施|實施|纳入|納入|编制|編制")
# no named party: ``各方``, ``多个单位``, ``社会各界``
_NO_PARTY = re.compile(r"^(?:各方|多个|多家|多方|社会|社會|我们|我們)")
_SENTENCE_END = "。;；!！?？\n"


def _helper_end(rest: str) -> int:
    """Where the helper's name ends in ``rest`` (the text after ``会同``): the longest run of 2 to 20 characters that
    ends like an organisation and reads as a unit cell, with no doing inside it and no name's joint after it; 0 when
    none."""
    from extract.rules.unit_clauses import with_units_then_task
    from extract.rules.units import _VERB_CUT

    best = 0
    for k in range(2, min(len(rest), 20) + 1):
        if rest[k - 1] in ",，、和及与":
            break
        if _DOING_IN.search(rest[:k]):
            break
        if _UNIT_END_AT.search(rest[:k]) and is_unit_cell(rest[:k]) and not _VERB_CUT.match(rest, k - 1):
            best = k  # (lead49) not ``有关部门承|办``, ``人事部门提出|所属``: a verb or a function word goes on there
    if best and rest[best:best + 1] in ("、", "和", "及", "与"):
        got = with_units_then_task("会同" + rest)  # a list of helpers
        return got[1] - 2 if got is not None else 0
    return best


# a clause of the voice's own chain before ``,会同``: a basis phrase (``根据…``, ``在甲厅指导下``) or a doing with no doer
_BASIS_OPEN = re.compile(r"^(?:根据|根據|按照|依据|依據|围绕|圍繞|为了|為了|在[^,，]{2,30}(?:指导|指導|支持|领导|領導)下$)")
_DOING_OPEN = re.compile(r"^(?:认真|認真|切实|切實|积极|積極|充分|深入|全面)?"  # (unitA25) an adverb of manner before the verb
                         r"(?:出台|出臺|印发|印發|制定|开展|開展|组织|組織|完善|建立|推进|推進|落实|落實|加强|加強|启动|啟動|编制|編制|修订|修訂|"
                         r"贯彻|貫徹|发挥|發揮|健全|强化|強化|深化|推动|推動)")
# (unitA25) an adverb of manner between the chain's comma and ``会同``/``协同`` (``…,主动协同相关部门``)
_MANNER_BEFORE_WITH = re.compile(r"(?:主动|主動|积极|積極|及时|及時|并|並|还|還)+$")


def _doerless_chain(pre: str) -> bool:
    """Whether ``pre`` (a sentence's text before ``会同``, ending in a comma) is a chain of clauses with no doer: each
    clause a basis phrase (``根据上级部署``, ``在某省厅指导下``) or a doing that opens with its verb (``出台《…》``,
    ``组织开展…``), and at least one doing (``根据某规划,出台《甲办法》,会同乙局制定…``). Not: a clause that opens with a
    name (``甲局出台…,会同…``: the doer is written)."""
    pre = _MANNER_BEFORE_WITH.sub("", pre.strip())
    if not pre.endswith((",", "，")):
        return False
    clauses = [c.strip() for c in re.split(r"[,，]", pre[:-1])]
    if not clauses or any(not c for c in clauses):
        return False
    doings = 0
    for c in clauses:
        if _DOING_OPEN.match(c):
            doings += 1
        elif not _BASIS_OPEN.match(c):
            return False
    return doings > 0


def doerless_with_clause(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """``…。会同某区教育部门推动学校场馆开放。``, ``下一步我们将会同某县城投公司,采取现场督导等措施``: (start, end, task,
    lead ``[]``, responsible). The ``会同`` opens a sentence (after ``。!?;``, not a line: a line's or a label's duty
    belongs to its owner, U8a) or follows only a time opener, the voice's pronoun (``我们``) and a modal. Z is one named
    party or a list (``相关部门`` included, U4b); the task is the rest of its clause, or the next clause where a comma
    follows Z. Not: a doer written before (``甲局会同…``: other cues'), a helper that is no named party (``各方``), a
    ``会同`` at a line's start, the oversight a notice announces (``…。会同有关部门对落实情况进行督查``, U7a)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "会同" not in text and "會同" not in text and "协同" not in text and "協同" not in text:
        return out
    from extract.rules.units import split_units

    for m in _WITH.finditer(text):
        s0 = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
        pre = text[s0:m.start()]
        if not _VOICE_PREFIX.match(pre.strip()) and not _doerless_chain(pre):
            continue
        if not pre.strip() and (s0 == 0 or text[s0 - 1] not in "。!！?？;；"):
            continue  # ``甲局:\n会同…`` or a line's opening: the owner's duty (U8a)
        rest = text[m.end():]
        k = _helper_end(rest)
        if not k:
            continue
        helper = rest[:k]
        if _NO_PARTY.match(helper):
            continue
        units = split_units(helper) if re.search(r"[、和及与]", helper) else [helper]
        if not units or not all(is_unit_cell(u) for u in units):
            continue
        a = m.end() + k
        if text[a:a + 1] in (",", "，"):
            a += 1
        task_m = re.match(r"\s*(?:共同|一起|一道)?([^。;；,，:：!！?？\n]{4,60})", text[a:])
        if task_m is None:
            continue
        task = task_m.group(1).strip()
        if _uwl._OVERSIGHT.match(task):
            continue  # ``…。会同有关部门对落实情况进行督查``: the oversight a notice announces (U7a)
        out.append((m.start(), a + task_m.end(), task, [], units))
    return out


# -- 2. a unit that takes on a 实事 project
_TAKES_ON = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?:(?:19|20)\d\d年)?(?P<unit>[^。;；,，:：\s“”\"]{3,20}?)(?:负责)?承担(?:了)?"
    r"(?P<giver>(?:[省市区县州][委]?(?:、|和)?|[省市区县州](?:人民)?政府(?:、|和)?){0,3})"
    r"(?P<of>的)?(?:民生实事|为民办实事|民生實事|為民辦實事|惠民实事|惠民實事)"
    r"(?:项目|項目)?\s*(?:[“\"「](?P<quoted>[^”\"」]{4,80})[”\"」](?:项目|項目)?|(?P<bare>[^。;；,，:：!！?？\n“”]{4,60}))")
# a report's title (``…项目1-4月进展情况``) restates the project with its progress: no task
_STATUS_OPEN = re.compile(r"^(?:全部|均|已|有|共|总|進展|进展|完成|顺利|順利|达到|達到|超额|超額|\d)")
_PROGRESS_WORDS = re.compile(r"进展|進展|情况|情況|完成率")


def unit_takes_on_project(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """``某市住建局承担市政府民生实事“改造老旧小区30个”项目``, ``2031年某市卫健局承担市委、市政府为民办实事新建社区
    卫生服务站12个``: (start, end, task, lead, ``[]``). The unit opens its sentence (a year before it allowed) and
    takes on (``承担``) a government's 实事; the task is the quoted project or the clause after 实事. Not: a subject that
    is no unit cell (``我们``, ``该项目``), a title or clause that reports the project's progress (``…项目进展情况``), the
    projects described rather than named (``甲局承担的民生实事全部完成``, ``…实事12项``)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "承担" not in text:
        return out
    for m in _TAKES_ON.finditer(text):
        unit = m.group("unit")
        if unit.startswith(("各", "相关", "有关", "我", "本", "该", "其")) or not is_unit_cell(unit):
            continue
        if m.group("bare") and (m.group("of") or _STATUS_OPEN.match(m.group("bare"))):
            continue  # ``甲局承担的民生实事全部完成``: the projects described, none named
        task = (m.group("quoted") or m.group("bare")).strip()
        if _PROGRESS_WORDS.search(task) or task.endswith(("项目", "項目")) and m.group("bare"):
            continue
        end = m.end()
        out.append((m.start("unit"), end, task, [unit], []))
    return out


# -- 3. (unitB27) a unit that takes on a named work or task (``某县公安局承担考点安全保卫工作``): ``X承担Y`` as ``X负责Y``
# (eval/README.md U7, twentieth round: Y a task or project); not a responsibility (``承担…责任``, U4d) nor money (U3a)
_TAKES_ON_WORK = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?:(?:19|20)\d\d年)?(?P<unit>[^。;；,，:：\s“”\"的]{3,20}?)(?:主要|具体|具體|负责|負責)?(?:承担|承擔|担当|擔當)"
    r"(?P<task>[^。;；,，:：!！?？\n“”了]{4,60}?(?:工作|任务|任務|职能|職能|职责|職責))(?=[。;；,，]|$)")  # (lead40) ``…三大职能``: the remit it takes on
_NOT_WORK = re.compile(r"责任|責任|费用|費用|经费|經費|资金|資金|成本|风险|風險")


def unit_takes_on_work(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, ``[]``) of each ``X承担Y工作/任务`` that opens its sentence (``某县公安局承担考点安全保卫工作``,
    ``某中心担当数据汇总工作``; (lead40) a remit, ``某组主要承担课程实施和教师培养两大职能``): lead X, task Y. Not: a subject that is no unit (``我们``, ``各校``), a responsibility or money
    taken on (``承担安全责任``, ``承担相关费用``), a deed reported done (``承担了…``)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "承担" not in text and "承擔" not in text and "担当" not in text and "擔當" not in text:
        return out
    for m in _TAKES_ON_WORK.finditer(text):
        unit, task = m.group("unit"), m.group("task").strip()
        if unit.startswith(("各", "相关", "有关", "我", "本", "该", "其")) or not is_unit_cell(unit) or _NOT_WORK.search(task):
            continue
        out.append((m.start("unit"), m.end(), task, [unit], []))
    return out


def voice_frame_hits(text: str, offset: int = 0) -> list:
    """The hits of cues 1 and 2 in a paragraph's ``text`` as ``AssignmentHit`` (quote offsets plus ``offset``)."""
    if "会同" not in text and "會同" not in text and "承担" not in text and "协同" not in text and "協同" not in text \
            and "担当" not in text and "承擔" not in text:
        return []
    from extract.rules.units import AssignmentHit

    out = [AssignmentHit(offset + a, offset + b, t, ld, rs, cue="doerless_with_clause")
           for a, b, t, ld, rs in doerless_with_clause(text)]
    out += [AssignmentHit(offset + a, offset + b, t, ld, rs, cue="unit_takes_on_project")
            for a, b, t, ld, rs in unit_takes_on_project(text)]
    out += [AssignmentHit(offset + a, offset + b, t, ld, rs, cue="unit_takes_on_work")  # (unitB27)
            for a, b, t, ld, rs in unit_takes_on_work(text) if not any(h.start - offset < b and a < h.end - offset for h in out)]
    return out
