"""Unit-assignment cues of the fifteenth round (ug15): plain phrasings of the genre's unit clauses that read wrong.

1. ``DISTRIBUTIVE_PARTY``: of the parties a U7 clause names by their kind or relation to the task (``学生所在单位``,
   ``使用部门``, ``施工单位``) only the distributive ones (``各…``, ``所有…``, ``全体…``) name no one (eval/README.md U7d).
2. ``whole_name_end``: the name after ``由`` runs to the organisation's full ending (``由某区人社局牵头`` is ``某区人社局``,
   not ``某区人社``) and up to a ``通过``/``透过`` that opens its doing (``由社会福利署通过…``).
3. ``quoted_party_via``: ``由「甲服务队伍」(简称)通过探访…``: a party named in corner quotes, then how it does the task.
4. ``time_only_task``: a time phrase (``2031年``, ``今年``) is no task (a credit ``(县发改局)`` after a report).
5. ``object_of_build_verb``: the words glued after a building verb (``建成投用镇级长者服务中心``) are its object, not a unit.
6. ``only_bare_levels``: a row whose only unit is a lone level word (``责任单位:县`` cut by the excerpt) names no one.
7. ``task_then_led_with``: ``扩大失业保险覆盖面,由甲局会同乙局组织实施。`` (U4c: X lead, Y responsible, the task before).
8. ``subject_with_collective``: ``甲局、乙会高度重视,及时会同相关部门研究制定方案`` (U4c/U4b: ``X会同有关部门``);
   ``units_with_collective``: ``甲厅会同有关部门,制订…`` with no clause between.
"""

from __future__ import annotations

import re

from extract.cues import _UNIT_SUFFIX, is_unit_cell
from extract.rules import unit_directed_lists as _udl  # (lead44)
from extract.rules import unit_with_lists as _uwl  # (r21 unitA21)
from extract.rules import unit_with_aspects as _uwa  # (unitC24)
from extract.rules import unit_proposal_handovers as _uph  # (unitC24)
from extract.rules import unit_passive_charges as _upc  # (unitC24)
from extract.rules import unit_defined_duties as _udd  # (unitB26)

# -- 1. U7d: distributive collectives (and nothing else of the kind words) name no one
DISTRIBUTIVE_PARTY = re.compile(r"^(?:各|所有|全体)")
"""The parties a U7 clause cannot make a lead: the distributive ``各学院``, ``所有单位``, ``全体部门`` (made up). A party named
by its kind or relation (``学员所在单位``, ``使用部门``, ``相关物业公司``) is a unit where the text makes it one (U7d)."""


# -- 2. the whole name after ``由``
_STRONG_END = "局署委厅"  # (not 办, 处: ``办理``, ``处理`` open a doing)
_VIA = re.compile(r"通过|透过|通過|透過")


# (lead47) a department named right after its government (``…政府`` + ``环境保护局``): its field, then a department's ending
_GOV_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:局|署|委员会|委員會|处|處)(?=[\u4e00-\u9fff])")


def whole_name_end(clause: str, k: int) -> int:
    """The end of the organisation's name that opens ``clause`` where a shorter reading stopped at ``k``: one more
    character where it is a strong ending that makes the longer a name too (``某区人社`` + ``局`` in
    ``某区人社局牵头…``), and up to a ``通过``/``透过`` within the next ten characters where what comes before it reads as one
    name (``社会福利署通过地区办事处跟进`` -> ``社会福利署``). Made-up examples only."""
    if not k or re.search(r"[「」“”\"]", clause[:k]):
        return 0  # a name in quotes is ``quoted_party_via``'s
    inner = _VIA.search(clause, 2, k)
    if inner is not None and is_unit_cell(clause[:inner.start()]):
        return inner.start()  # ``劳工处透过就业中心…``: the name ends before the means (no sub-unit ``透过就业中心``)
    if clause[k:k + 1] and clause[k] in _STRONG_END and is_unit_cell(clause[:k + 1]):
        k += 1
    if clause[:k].endswith(("政府", "院", "部")) and (dept := _GOV_DEPARTMENT.match(clause, k)) is not None \
            and is_unit_cell(clause[:dept.end()]):
        k = dept.end()  # (lead47) ``本市政府环境保护局``, ``某院环境保护署``: a department named after its government, one name
    via = _VIA.search(clause, k, k + 12)
    if via is not None and via.start() > k and not re.search(r"[、,，的和与及]", clause[k:via.start()]) \
            and is_unit_cell(clause[:via.start()]) and _UNIT_SUFFIX.search(clause[:via.start()]):
        k = via.start()
    return k


# -- 3. a party in corner quotes, then the means of its doing
_QUOTED_VIA = re.compile(r"由\s*[「“\"](?P<name>[^」”\"\n]{2,20})[」”\"]\s*(?:[(（][^()（）\n]{1,12}[)）])?\s*"
                         r"(?P<task>(?:通过|透过|通過|透過)[^,，。;；\n]{4,80})")
_TEAM_END = re.compile(r"(?:队伍|隊伍|队|隊|中心|小组|小組|工作组|工作組|专班|專班|委员会|委員會|办公室|辦公室|局|署|处|處|委|厅|廳|办|辦)$")


def quoted_party_via(text: str) -> list[tuple[int, int, str, str]]:
    """``由「甲区长者支援队伍」(支援队)通过上门探访识别独居长者``: a party the text names in quotes (a team, a centre), an
    optional short name in brackets, then ``通过``/``透过`` and what it does: (start, end, task, unit) with the task from
    ``通过`` to the clause's end (U7's ``由X`` + doing, U7d). Not: a quoted scheme or slogan (``由「乐龄计划」通过…``:
    no organisation's ending)."""
    out = []
    for m in _QUOTED_VIA.finditer(text):
        name = m.group("name").strip()
        if _TEAM_END.search(name) is None or name.startswith(("各", "所有")):
            continue
        out.append((m.start(), m.end(), m.group("task").strip(), name))
    return out


# -- 4. a time phrase is no task
_TIME_ONLY = re.compile(r"^(?:(?:19|20)\d\d年(?:度|底|末|初|内|以来)?(?:\d{1,2}月(?:\d{1,2}日)?)?|今年|去年|明年|本年度?|近年来?|"
                        r"目前|当前|截至目前|近期|同时|其中|此外)$")


def time_only_task(task: str) -> bool:
    """A "task" that is only a time or a connective (``2031年``, ``今年``, ``其中``): the first clause of a report
    sentence (``2031年,全县共建成…。(县卫健局)``), no task put on the bracket's unit (U2)."""
    return _TIME_ONLY.match(task.strip()) is not None


# -- 5. the object of a building verb
_BUILD_VERB_END = re.compile(r"(?:建成|建设|新建|扩建|改建|启用|投用|运营|改造|提升|打造|完善|开放|开工|竣工|设立|成立|组建)$")


def object_of_build_verb(head: str) -> bool:
    """The task part before a glued unit list ends with a verb that takes a facility as object (``建成投用`` +
    ``镇级长者服务中心``, ``新建`` + ``县残疾人康复中心``): the glued words are that object, no unit (U2)."""
    return _BUILD_VERB_END.search(head) is not None


# -- 6. a lone level word
_LEVEL_ONLY = re.compile(r"^[省市区县镇乡村州旗盟]$")


def bare_level(unit: str) -> bool:
    """A unit that is one level word alone (``县``, ``镇``): a name the page cut before any of it (``责任单位:县`` at the
    text's end), no unit's name (U3a keeps a cut name only where a part of the name is visible: ``县规划``)."""
    return _LEVEL_ONLY.match(unit.strip()) is not None


def only_bare_levels(units: list[str]) -> bool:
    """A row whose every unit is a lone level word (``责任单位:县``): it names no one. A level word beside other units
    stays (``8个街道、镇``: the towns, U3)."""
    return bool(units) and all(bare_level(u) for u in units)


# -- 7. task, then ``由X会同Y`` + a bare doing
_LED_WITH = re.compile(
    r"(?P<task>[^。;；,，!！?？\n]{4,60})[,，]\s*(?:并|均|将|则)?由(?P<units>[^。;；,，:：由\s]{2,40}?)(?:牵头[,，]\s*)?会同"
    r"(?P<with>[^。;；,，:：\s]{2,60}?)(?:等(?:有关|相关)?(?:部门|单位))?"
    # (unitC24) ``…,由X牵头,会同Y开展。``: the lead's own clause before ``会同``, and 开展 as a bare doing
    r"(?:共同|具体)?(?:组织实施|负责实施|组织落实|负责落实|推进落实|组织开展|抓好落实|实施|落实|推进|办理|完成|负责|开展)\s*(?=[。;；\n]|$)")


def task_then_led_with(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """``扩大失业保险覆盖面,由某县人社局会同某县税务局组织实施。``: the task first, then ``由X会同Y`` (also ``由X牵头,会同Y``)
    and a bare doing
    closing the sentence: X leads, Y answers for it (U4c), task = the clause before the comma. (start, end, task, lead,
    responsible). Not: a collective X (``由各街道会同…``), Y no organisation's name."""
    from extract.rules.units import split_units  # (no import cycle at load)

    out = []
    if "会同" not in text:
        return out
    for m in _LED_WITH.finditer(text):
        units, helpers = m.group("units"), m.group("with")
        if units.startswith(("各", "相关", "有关", "所有")) or not is_unit_cell(units) or not is_unit_cell(helpers):
            continue
        lead, resp = split_units(units), split_units(helpers)
        if not lead or not resp or not all(_UNIT_SUFFIX.search(u) for u in lead):
            continue
        a = m.start("task")
        task = m.group("task")
        lead_blank = len(task) - len(task.lstrip())
        out.append((a + lead_blank, m.end(), task.strip(), lead, resp))
    return out


# -- 8. subject, a clause of attitude, then ``会同有关部门`` + task
_WITH_COLLECTIVE = re.compile(r"(?:及时|积极|主动|迅速|立即|并|将)会同(?P<coll>(?:相关|有关)(?:部门|单位))(?P<task>[^,，。;；:：\s]{2,40})")
_SUBJECT_OPEN = re.compile(r"[^。;；!！?？\n]*?[,，]?(?P<subj>[^。;；,，!！?？\n]{2,60}?)(?:高度重视|认真研究|接到[^,，]{0,20}后|收到[^,，]{0,20}后)[,，]\s*$")


def subject_with_collective(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """``甲区民政局、甲区残联高度重视,及时会同相关部门研究制定方案``: units that open a sentence, a clause of their attitude
    (``高度重视``), then ``及时会同相关部门`` and the task: the units lead, the collective answers for it (U4c ``X会同Y``, U4b
    ``X会同有关部门``: responsible ``有关部门``). Quote from the units to the task's end. Not: a subject that is no list of
    organisations' names (``家长高度重视,…``)."""
    from extract.rules.units import leading_units

    out = []
    if "会同" not in text:
        return out
    for m in _WITH_COLLECTIVE.finditer(text):
        s0 = max(text.rfind(c, 0, m.start()) for c in "。;；!！?？\n") + 1
        head = text[s0:m.start()]
        sm = _SUBJECT_OPEN.fullmatch(head)
        if sm is None:
            continue
        subj = sm.group("subj")
        lead = leading_units(subj)
        if not lead or "".join(lead) != re.sub(r"[、和及与]", "", subj) or any(u.startswith(("各", "相关", "有关")) for u in lead):
            continue  # the subject is the units and nothing else
        a = s0 + sm.start("subj")
        out.append((a, m.end(), m.group("task"), lead, [m.group("coll")]))
    return out


def units_with_collective(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(lead46) ``甲厅会同有关部门,结合本省实际,制订…`` / ``甲局会同有关部门制订…``: units that open a sentence, then at once
    ``会同有关部门`` (lead47: or ``联合``/``协同``, a time opener before the units blanked) and the task, a comma between or none (U4c ``X会同Y``; U4b: responsible ``有关部门``); a manner clause
    (``结合…``, ``根据…``) before the task is skipped. Not: a collective or anything but names as the subject, the oversight
    an issuing notice announces (``督查室将会同有关部门对…进行督查``, U7a)."""
    from extract.rules.units import leading_units

    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "会同" not in text and "联合" not in text and "协同" not in text:
        return out
    from extract.rules.unit_clause_openers import blank_clause_openers

    blanked = blank_clause_openers(text)  # (lead47) ``下一步,X将联合有关部门…``: the opener says when, X is the subject
    for m in _SUBJECT_WITH_COLLECTIVE.finditer(blanked):
        subj = m.group("subj").strip()
        lead = leading_units(subj)
        if not lead or "".join(lead) != re.sub(r"[、和及与]", "", subj) or any(u.startswith(("各", "相关", "有关")) for u in lead) \
                or _OVERSIGHT.match(m.group("task")):
            continue  # (``督查室将会同有关部门对…进行督查``: the notice's own oversight, U7a)
        if "会同" not in m.group() and "了" in m.group("task"):
            continue  # (lead47) ``X联合相关部门先后印发了…``: a joint deed told as news, no charge
        task, end = m.group("task"), m.end()
        if _MANNER_OPEN.match(task) and (nx := _NEXT_CLAUSE.match(text, end)) is not None:
            task, end = nx.group("task"), nx.end()  # ``…,结合我省实际,制订…``: the manner clause, then the task
        start = m.start("subj") + len(m.group("subj")) - len(m.group("subj").lstrip())
        out.append((start, end, task, lead, [m.group("coll")]))
    return out


def listed_joint_doers(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(lead47) ``甲局、乙局、丙局等部门联合开展…``: named units that open a sentence, a ``等部门`` tail, then ``联合``/``共同``
    and the task: all of them lead it together (U3, U7: the units named do it jointly; the tail adds no unit). A time
    opener before the units is blanked. Not: a collective or anything but names before the tail, a deed told with ``了``."""
    from extract.rules.unit_clause_openers import blank_clause_openers
    from extract.rules.units import leading_units

    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "联合" not in text and "共同" not in text:
        return out
    blanked = blank_clause_openers(text)
    for m in _LISTED_JOINT.finditer(blanked):
        subj = m.group("subj").strip()
        lead = leading_units(subj)
        if len(lead) < 2 or "".join(lead) != re.sub(r"[、和及与]", "", subj) or any(u.startswith(("各", "相关", "有关")) for u in lead):
            continue
        task = m.group("task")
        if "了" in task or len(task) < 4:
            continue
        start = m.start("subj") + len(m.group("subj")) - len(m.group("subj").lstrip())
        out.append((start, m.end(), task, lead, []))
    return out


_LISTED_JOINT = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?P<subj>[^。;；,，:：!！?？\n由]{4,60}?)等(?:[一二三四五六七八九十\d]{1,2}个)?(?:有关|相关)?(?:部门|单位)"
    r"(?:要|将|还|也)?(?:联合|共同)(?P<task>(?:开展|组织|召开|实施|进行|部署|推进|制定|制订|印发|出台|对)[^,，。;；:：!！?？\n]{2,40})")


from extract.rules.unit_with_lists import _OVERSIGHT  # noqa: E402

_MANNER_OPEN = re.compile(r"(?:结合|根据|按照|依据|围绕|针对|对照|立足)")
_NEXT_CLAUSE = re.compile(r"[,，]\s*(?:也|还|并|又|先后|共同)?(?P<task>[^,，。;；:：!！?？\n]{2,40})")


# (lead46) units that open a sentence (an item mark before them), then, with no clause between, ``会同有关部门`` and the task,
# a comma between or none (U4c ``X会同Y``, U4b ``X会同有关部门``: responsible ``有关部门``)
_SUBJECT_WITH_COLLECTIVE = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))?\s*"
    r"(?P<subj>[^。;；,，:：!！?？\n会由]{2,40}?)(?:要|将|应|还|也|已|及时|积极|主动)?(?:会同|联合|协同)(?P<coll>(?:相关|有关)(?:部门|单位))"  # (lead47) 联合, 协同
    r"[,，]?\s*(?P<task>[^,，。;；:：!！?？\n]{2,40})")


from extract.rules import unit_page_bodies as _upb  # (unitA40)  # noqa: E402


def _chained_only(text: str, offset: int, hits: list) -> list:
    """(unitA40) ``more_charge_clauses`` for a paragraph none of whose other cues can hold: only the subjectless charges
    after a body's definition (``unit_page_bodies.chained_charges``)."""
    found = _upb.chained_charges(text)
    if not found:
        return []
    from extract.rules.units import AssignmentHit
    taken = [(h.start - offset, h.end - offset) for h in hits]
    return [AssignmentHit(offset + a, offset + b, t, ld, rs, cue="chained_charge") for a, b, t, ld, rs in found
            if not any(x < b and a < y for x, y in taken)]


def more_charge_clauses(text: str, offset: int, hits: list) -> list:
    """The hits of cues 3, 7 and 8 in ``text`` that overlap no hit found already (``unit_charge_finders.find_charge_clauses``)."""
    if "会同" not in text and "由" not in text and "联同" not in text and "负责牵头" not in text and "协同" not in text \
            and not ("牵头" in text and "联合" in text) and "责成" not in text and "责令" not in text \
            and "联合有关" not in text and "联合相关" not in text and "部门联合" not in text and "单位联合" not in text \
            and "部门共同" not in text and "单位共同" not in text \
            and _COPULA_QUICK.search(text) is None and not _uwl.sets_up_office(text) and "承担" not in text \
            and "职责" not in text and "職責" not in text and "职能" not in text and "職能" not in text \
            and "业务" not in text and "業務" not in text:  # (unitA40) ``X主要职能是:Y``, ``X的业务项目包括:Y``
        return _chained_only(text, offset, hits)  # (lead44: ``X牵头,联合Y…`` is cue 8's, ``lead_clause_then_with``)
    from extract.rules.units import AssignmentHit  # (perf17: after the early return)
    taken = [(h.start - offset, h.end - offset) for h in hits]
    out: list = []
    found = [(a, b, t, [u], [], "quoted_party_via") for a, b, t, u in quoted_party_via(text)] if "由" in text else []
    found += [(a, b, t, ld, rs, "task_then_led_with") for a, b, t, ld, rs in task_then_led_with(text)]
    found += [(a, b, t, ld, rs, "subject_with_collective") for a, b, t, ld, rs in subject_with_collective(text)]
    found += [(a, b, t, ld, rs, "subject_with_units") for a, b, t, ld, rs in subject_with_units(text)]
    found += [(a, b, t, ld, rs, "charged_lead") for a, b, t, ld, rs in charged_lead(text)]
    found += [(a, b, t, ld, rs, "aspect_subject_with") for a, b, t, ld, rs in _uwa.aspect_subject_with(text)]  # (unitC24)
    found += [(a, b, t, ld, rs, "lead_clause_then_with") for a, b, t, ld, rs in _uwa.lead_clause_then_with(text)]  # (unitC24)
    found += [(a, b, t, ld, rs, "passive_take_on") for a, b, t, ld, rs in _upc.passive_take_on(text)]  # (unitC24)
    found += [(a, b, t, ld, rs, "passive_handling") for a, b, t, ld, rs in _upc.passive_handling(text)]  # (unitB26)
    found += [(a, b, t, ld, rs, "duty_copula") for a, b, t, ld, rs in _udd.duty_copulas(text)]  # (unitB26) ``X的职责包括Y``
    found += [(a, b, t, ld, rs, "duty_noun_copula") for a, b, t, ld, rs in _udd.duty_noun_copulas(text)]  # (unitA40) ``X主要职能是:Y``
    found += [(a, b, t, ld, rs, "chained_charge") for a, b, t, ld, rs in _upb.chained_charges(text)]  # (unitA40) ``X是…机构。在Z领导下,负责Y``
    found += [(a, b, t, ld, rs, "task_then_copula_roles") for a, b, t, ld, rs in task_then_copula_roles(text)]
    found += [(a, b, t, ld, rs, "with_listed_departments") for a, b, t, ld, rs in _uwl.with_listed_departments(text)]
    found += [(a, b, t, ld, rs, "comma_charged_office") for a, b, t, ld, rs in _uwl.comma_charged_office(text)]
    found += [(a, b, t, ld, rs, "directed_list") for a, b, t, ld, rs in _udl.directed_clauses(text)]  # (lead44) 责成X…,Y…
    found += [(a, b, t, ld, rs, "units_with_collective") for a, b, t, ld, rs in units_with_collective(text)]  # (lead46)
    found += [(a, b, t, ld, rs, "listed_joint_doers") for a, b, t, ld, rs in listed_joint_doers(text)]  # (lead47)
    for a, b, task, lead, resp, cue in found:
        if any(x < b and a < y for x, y in taken):
            continue
        taken.append((a, b))
        out.append(AssignmentHit(offset + a, offset + b, task, lead, resp, cue=cue))
    return out


# -- 9. a unit cell before the progress column of a flattened table
_UNIT_THEN_PROGRESS_HEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:责任单位|牵头单位|责任部门|牵头部门|責任單位|牽頭單位|責任部門)[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*[^\n]{0,10}(?:落实|进展|完成|落實|進展)(?:情况|结果|情況|結果)[^\n]{0,6}[ \t]*(?:\n|$)")


def unit_cell_before_progress(text_before: str) -> bool:
    """A flattened table (one cell a line) whose header puts the unit column right before a progress column
    (``重点任务 / 年度目标 / 责任单位 / 三季度落实情况``): a bare unit line below it is the row's unit cell, and the
    numbered paragraphs after it are the progress cell (results, status), not tasks that the unit owns as a heading's
    items (U8 is for headings; the row's own task is read by the table cues)."""
    return _UNIT_THEN_PROGRESS_HEAD.search(text_before) is not None


# -- 10. an adverb of the duty left at a unit's end
_DUTY_ADVERB_END = re.compile(r"(?:具体|切实|全力|认真|负责|抓好|分别|"
                              # (lead42) ``各有关部门全力支持并主动配合…``: the support said before the helping verb
                              r"(?:大力|全力|积极|主动|密切)?(?:支持|配合)(?:并|和|与)?(?:积极|主动|密切)?)$")  # (r21 unitA21: ``乙局分别负责``)


def without_duty_adverb(unit: str) -> str:
    """A unit with the adverb of its verb cut off (``各街道具体`` from ``各街道具体落实``, ``乙局认真`` from ``乙局认真落实``):
    the adverb belongs to the role part, the name before it is the unit. Kept where the rest reads as no unit."""
    m = _DUTY_ADVERB_END.search(unit)
    if m is None or m.start() < 2:
        return unit
    rest = unit[:m.start()]
    return rest if is_unit_cell(rest) else unit


def without_duty_adverbs(units: list[str]) -> list[str]:
    out: list[str] = []
    for u in units:
        u = without_duty_adverb(u)
        if u not in out:
            out.append(u)
    return out


# -- 11. ``由X牵头,会同Y`` + the task with no comma between
_WITH_OPEN = re.compile(r"^(?:会同|联合|联同)")


# (unitB27) people as the helpers of a ``会同`` clause (``会同专家``, ``会同相关专家学者``, ``联合志愿者``): no unit
_PEOPLE_HELPERS = re.compile(r"(?:相关|有关|外聘|特邀)?(?:专家学者|专家|学者|律师|志愿者|社工|医务人员|技术人员)(?:团队|组)?(?:一起|共同)?")


_OFFICE_END = re.compile(r"[^。;；,，、:：\s]{0,30}?办公室")


def _whole_office(rest: str, first: str) -> str | None:
    """(lead52) The name of an office that goes on past the first unit's name read (``市委`` + ``…工作机制办公室``), where
    the words up to ``办公室`` read as one name; else None."""
    from extract.cues import is_unit_cell

    m = _OFFICE_END.match(rest, len(first))
    if m is None or len(first) >= m.end():
        return None
    return rest[:m.end()] if is_unit_cell(rest[:m.end()]) else None


def with_units_then_task(clause: str) -> tuple[list[str], int] | None:
    """The clause after ``由X牵头,`` that names the units X works with and runs on into the task with no comma
    (``会同某区民政局推进医养结合``, ``联合乙局开展招聘活动``): (the units, where the task starts), or None (a collective
    ``会同有关部门`` is a unit too, U4b). U4c: X lead, the units responsible."""
    from extract.rules.units import leading_units

    m = _WITH_OPEN.match(clause)
    if m is None:
        return None
    rest = clause[m.end():]
    if (people := _PEOPLE_HELPERS.match(rest)) is not None and len(rest) - people.end() >= 4:
        return [], m.end() + people.end()  # (unitB27) ``会同专家对…进行…``: people help, no unit (U4a, U4c): the lead alone
    coll = re.match(r"(?:相关|有关)(?:部门|单位)", rest)
    units = [coll.group()] if coll else leading_units(rest)
    if not units:
        return None
    if len(units) == 1 and (office := _whole_office(rest, units[0])):
        units = [office]  # (lead52) ``会同市委某专项工作机制办公室向…``: the office's whole name, not its party's (``市委``)
    # the units are the text up to the task: names and their joints only
    k = m.end()
    for n, u in enumerate(units):
        if not clause.startswith(u, k):
            return None
        k += len(u)
        if n + 1 < len(units):
            if clause[k:k + 1] not in ("、", "和", "及", "与"):
                return None
            k += 1
    if clause[k:k + 1] in ("、", "和", "及", "与"):
        return None  # (lead44) the list goes on with an item not read as a unit (``…丙总局、丁团委等五部门``)
    k += len(re.match(r"(?:等(?:[一二两三四五六七八九十\d]{1,3}个?)?(?:有关|相关)?(?:部门|单位))?", clause[k:]).group())
    if len(re.sub(r"^(?:共同|一起|一道)", "", clause[k:].strip())) < 4 or not all(_UNIT_SUFFIX.search(u) for u in units if not coll):
        return None
    return units, k


# -- 12. (goals) a short opening phrase of a goal paragraph is its inline title
_OPENING_PHRASE = re.compile(r"^\s*[^\d\s,，;；:：。！？!?()（）“”《》「」%％]{4,16}[。！!]\s*(?=\S)")


def opening_phrase_title_end(paragraph: str) -> int:
    """Where the goals start in a goal section's paragraph that opens with a short phrase closed by ``。`` (no comma,
    no number, no bracket; ``、`` allowed) and goes on with more sentences: ``教育结构更加合理。经费投入…``,
    ``着力扩充普惠、优质学位。新增学位…`` (eval/README.md O2, fourteenth round: the phrase is the paragraph's
    inline title, no goal). 0 when none: a phrase that is its paragraph's only text is a goal (O1)."""
    m = _OPENING_PHRASE.match(paragraph)
    return m.end() if m and paragraph[m.end():].strip() else 0


# -- 13. (goals) the number of the document a news story reports the issue of
_ISSUED_NUMBER = re.compile(
    r"(?:以|经)?[\u4e00-\u9fff]{1,10}[〔\[【(（]\s*((?:19|20)\d\d)\s*[〕\]】)）]\s*\d{1,4}\s*号(?:文件?)?[)）]?\s*"
    r"(?:[,，]?\s*(?:正式)?(?:印发|发布|出台|下发|公布))"
    r"|(?:正式)?(?:印发|发布|出台|下发|公布)[^。\n]{0,40}?[(（][\u4e00-\u9fff]{1,10}[〔\[【(（]\s*((?:19|20)\d\d)\s*[〕\]】)）]\s*\d{1,4}\s*号[)）]")


_ISSUE_VERBS = ("印发", "发布", "出台", "下发", "公布")  # (perf25) every match of ``_ISSUED_NUMBER`` holds one


def issued_number_year(text: str) -> int | None:
    """The year of the document number a page's lead reports the issue of (``3月2日,某市政府以某政发【2031】12号文件
    正式印发《…规划》``, ``市政府印发《…计划》(某政发〔2031〕5号)``): the date of the document the page carries (O3d),
    read from its first 1500 characters; None when none. A number cited without a verb of issue (``根据…〔2031〕5号
    要求``) dates nothing."""
    head = text[:1500]
    m = _ISSUED_NUMBER.search(head) if "号" in head and any(v in head for v in _ISSUE_VERBS) else None  # (perf17: every
    # match holds 号; a scan of ~90 ns a character; perf25: and one of the verbs of issue)
    if m is None:
        return None
    return int(m.group(1) or m.group(2))


def quoted_party_via_across_lines(text: str, found: list) -> list[tuple[int, int, str, str]]:
    """``quoted_party_via`` where the page broke the line inside the clause (``…包括由「某区支援队伍」`` / ``(支援队)通过
    探访…``): the paragraphs are read one by one, so the clause is read here over the whole text, where no unit row
    stands on it already (G1: the quote keeps the line break)."""
    if "由" not in text or ("通过" not in text and "透过" not in text):
        return []
    rows = [(r.norm_span.start, r.norm_span.end) for r in found if getattr(r, "type", None) == "unit_assignment"]
    return [(a, b, t, u) for a, b, t, u in quoted_party_via(text)
            if "\n" in text[a:b] and not any(x < b and a < y for x, y in rows)]


# -- 14. a project list glued into one run (doc-sharing pages of an investment project list)
_PROJECT_ROW_START = re.compile(
    r"(?<![\d.])(?P<no>\d{1,3})\s*(?P<name>[\u4e00-\u9fff][^\d。;；,，:：\n]{3,60}?项目)\s*"
    r"(?:新建|改扩建|扩建|改建|续建|迁建|改造|维修改造|新改扩建)\s*20\d\d\s*[-—–~至]\s*20\d\d")
_ROW_UNIT_END = re.compile(r"\d\s*(?P<unit>[\u4e00-\u9fff][\u4e00-\u9fff \t]{1,24}?(?:人民政府|政府|局|委员会|委|管委会|办事处|中心|公司))"
                           r"\s*(?:备注)?\s*$")
_LIST_UNIT_HEAD = re.compile(r"(?:实施|责任|项目|业主|建设)\s*单位")


def glued_project_rows(text: str) -> list[tuple[int, int, str, str]]:
    """The rows of a project list whose cells the page glued into one run (``序号项目名称建设性质建设期限…实施单位备注``
    then ``1甲县第一敬老院改造项目改扩建2031-2032甲县拟改扩建…。260210甲县 民政局2…``): each row opens with its
    serial number, the project's name closed by ``项目``, the kind of works and the years; it closes with the amounts
    and the unit that carries it out, glued to the next row's number (U1, U6: the lone unit column is the lead).
    (start, end, task, unit) with the quote from the name to the unit (U5) and the unit's blanks dropped. The run's
    header must name a unit column (``实施单位``); rows must count up from one by one; a row the page cut before its
    unit gives nothing."""
    if "项目" not in text or _LIST_UNIT_HEAD.search(text) is None or "项目名称" not in text:
        return []
    starts = [m for m in _PROJECT_ROW_START.finditer(text)]
    run: list[re.Match[str]] = []
    for m in starts:
        if (not run and m.group("no") == "1") or (run and int(m.group("no")) == int(run[-1].group("no")) + 1):
            run.append(m)
    if len(run) < 2:
        return []
    out = []
    for k, m in enumerate(run):
        stop = run[k + 1].start() if k + 1 < len(run) else len(text)
        seg = text[m.end():stop]
        head = seg.find("序号")
        if head >= 0:
            seg = seg[:head]  # (a page's header printed again before the next row)
        u = _ROW_UNIT_END.search(seg)
        if u is None:
            continue
        unit = re.sub(r"\s+", "", u.group("unit"))
        if not is_unit_cell(unit):
            continue
        out.append((m.start("name"), m.end() + u.end("unit"), m.group("name"), unit))
    return out


# -- 15. ``X会同Y`` + a task opened by any verb; ``X负责牵头Y``
_SUBJECT_THEN_WITH = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?P<units>[^。;；,，:：\s由]{2,40}?)(?:要|应|须|将|会|還|还|并)?"
                                r"(?=(?:会同|联同)[^。;；,，]{6,})")
_CHARGED_LEAD = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?:由)?(?P<units>[^。;；,，:：\s由]{2,40}?)负责牵头(?P<task>[^。;；,，]{4,80})")
_REPORTED = re.compile(r"了|已经|已于|业已|圆满|顺利|近日|(?<!\d)日前|昨天|昨日|今天|今日|上午|下午|\d{1,2}月\d{1,2}日(?!前|以前|之前)")  # (unitB27) a deadline is no report
# a doing that a news story reports of two offices (the issue of a document, a meeting): no task put on them
_NEWS_DEED = re.compile(r"^(?:联合)?(?:印发|发布|出台|下发|公布|召开|举行|举办|发文|转发|制发)")


def _named_leads(units: str) -> list[str] | None:
    from extract.rules.units import split_units

    if units.startswith(("各", "相关", "有关", "所有", "本", "我", "该", "其")) or not is_unit_cell(units):
        return None
    out = split_units(units)
    return out if out and all(_UNIT_SUFFIX.search(u) and is_unit_cell(u) for u in out) else None


def subject_with_units(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """A sentence that opens with named units, ``会同``/``联同`` and the units they work with, and runs on into the task
    whatever its verb (``某市卫健委会同某市医保局加强医疗救助衔接``, ``教育局會聯同職業訓練局加強職業專才教育``): U4c, X lead,
    Y responsible, task = the clause after Y; a deed reported done keeps its row (U7, nineteenth round). Not: a subject that is no named
    unit (``本局``, ``各区``)."""
    out = []
    if "会同" not in text and "联同" not in text:
        return out
    from extract.rules.unit_clause_openers import blank_clause_openers
    for m in _SUBJECT_THEN_WITH.finditer(blank_clause_openers(text)):  # (r22 unitB22) ``下一步,甲局将会同乙局…``
        lead = _named_leads(m.group("units"))
        if lead is None:
            continue
        a = m.end()
        stop = re.compile(r"[。;；,，\n]").search(text, a)
        b = stop.start() if stop else len(text)
        clause = text[a:b].replace("联同", "会同", 1)
        w = with_units_then_task(clause)
        if w is not None and any(u.startswith(("各", "相关", "有关")) for u in w[0]):
            continue  # ``督查室将会同有关部门对…督查`` (U7a): a collective helper only after a clause of attitude (cue 8)
        if w is None or _NEWS_DEED.match(clause[w[1]:].strip()) or _uph.hands_over_proposal(clause[w[1]:]):
            continue  # (unitC24) the hand-over of a proposal: no row of its own (U7)
        out.append((m.start("units"), b, clause[w[1]:].strip(), lead, w[0]))
    return out


def charged_lead(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """``区民政局负责牵头组织实施养老服务质量提升行动``: ``负责牵头`` as ``牵头负责`` (U7 ``X牵头负责Y``): X leads, task Y."""
    out = []
    if "负责牵头" not in text:
        return out
    for m in _CHARGED_LEAD.finditer(text):
        lead = _named_leads(m.group("units"))
        if lead is None or _REPORTED.search(m.group("task")):
            continue
        out.append((m.start("units") - (1 if text[m.start("units") - 1:m.start("units")] == "由" else 0), m.end(),
                    m.group("task").strip(), lead, []))
    return out


# -- 16. a helping verb with a bare doing after it
_HELP_DOING = re.compile(r"(?<=配合|协助|协同|参与)(?:办理|实施|落实|推进|执行|完成|做好相关工作)(?=\s*(?:[。;；]|$))")


def blank_help_doing(text: str) -> str:
    """``…,由甲局负责,乙局配合办理。`` read as ``…,乙局配合。``: the bare doing after a helping verb (``办理``, ``实施``,
    ``落实``) blanked, same length, so the role parts close the sentence (U7)."""
    if "配合" not in text and "协助" not in text and "协同" not in text and "参与" not in text:
        return text
    return _HELP_DOING.sub(lambda m: " " * len(m.group()), text)


# -- 17. (goals) a bulleted document name the page cut (a related-documents list)
_CUT_DOC_NAME = re.compile(r"^\s*[-•·]\s*[^,，;；:：。!！?？]{0,30}关于[^,，;；:：。!！?？]{1,40}$")


def cut_document_name(sentence: str) -> bool:
    """A bulleted line of a related-documents list that names a document and was cut before its kind (``- 某省某厅关于
    调整部分收``): furniture (G2a), no goal, as the whole names of the list are (``- 某市关于…的意见(2029年)``). The
    bullet is needed: an unbulleted ``关于…`` clause may open a sentence."""
    return _CUT_DOC_NAME.match(sentence) is not None


# -- 18. (goals) an ordinal ``一是…目标。`` inline title that names goals
_NAMES_GOALS_END = re.compile(r"(?:目标|目標)(?:任务|任務|要求)?$")
_ORDINAL_TITLE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十])\s*(?P<title>[^。,，;；:：!！?？\d]{2,30})[。:：]\s*(?=\S)")


def ordinal_goal_title_end(paragraph: str) -> int:
    """Where the goals start in a paragraph opened by an ordinal inline title that names goals (``一是紧盯托位供给核心
    目标。实现每个街道至少建成1所…``, ``二是明确工作目标:…``): the title is a heading that names goals (O1, O2), so the
    sentences of its paragraph are goals; 0 when none (``一是加强师资培训。…``: a title naming no goal)."""
    m = _ORDINAL_TITLE.match(paragraph)
    if m is None or _NAMES_GOALS_END.search(m.group("title")) is None:
        return 0
    return m.end()


# -- 19. a place under a location column of a task table
_PLACE_HEAD = re.compile(r"(?:建设|实施|项目|所在|建設|實施|項目)?(?:地点|地址|位置|地點|位址)$")


def under_place_column(cols: list[str], k: int) -> bool:
    """Whether cell ``k`` of a row stands under a column that names where the works are (``建设地点``, ``实施地点``):
    a town or a street there (``某镇``, ``某街道``) is a place, not the unit that carries the task out (U1, U6), also
    in a last row the page cut before its unit column."""
    return 0 <= k < len(cols) and _PLACE_HEAD.search(re.sub(r"\s+", "", cols[k])) is not None


# -- 20. task, then ``X为牵头单位,Y为责任单位``
def _copula_part():
    from extract.roles import LEAD_LABEL, RESP_LABEL

    return re.compile(rf"(?P<units>[^。;；,，:：\s]{{2,60}}?)(?:为|是|作为)(?P<label>{LEAD_LABEL}|{RESP_LABEL})")


_COPULA_PART: re.Pattern[str] | None = None
_COPULA_QUICK = re.compile(r"(?:为|是|作为)(?:牵头|责任|配合|协办|主办|参与|协助)")


def task_then_copula_roles(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """``开展老年人免费体检,县卫健委为牵头单位,各乡镇卫生院为责任单位。``: a task, then role parts that name the units
    first and their label after ``为`` (the label's words decide the role, U4/U4a, as in ``牵头单位为甲局``): a task put on
    units (U1). Every part after the task must be such a part; task = the clause before the first (U2)."""
    global _COPULA_PART
    out = []
    if _COPULA_QUICK.search(text) is None:
        return out
    if _COPULA_PART is None:
        _COPULA_PART = _copula_part()
    from extract.roles import LEAD_LABEL
    from extract.rules.units import split_units

    for sent in re.finditer(r"[^。;；!！?？\n]+", text):
        parts = [(p.start(), p.group()) for p in re.finditer(r"[^,，]+", sent.group())]
        for k in range(1, len(parts)):
            roles = [_COPULA_PART.fullmatch(p.strip()) for _, p in parts[k:]]
            if not all(roles):
                continue
            lead: list[str] = []
            resp: list[str] = []
            for m in roles:
                units = split_units(m.group("units"))
                if not units or not all(is_unit_cell(u) for u in units):
                    break
                (lead if re.fullmatch(LEAD_LABEL, m.group("label")) else resp).extend(units)
            else:
                task = ",".join(p for _, p in parts[:k]).strip()
                if all(u.startswith(("各", "相关", "有关")) for u in lead + resp):
                    break  # a collective alone (``各乡镇为责任单位``) names no one
                if 4 <= len(task) <= 160:
                    a = sent.start() + parts[0][0] + (len(parts[0][1]) - len(parts[0][1].lstrip()))
                    out.append((a, sent.start() + len(sent.group().rstrip()), text[a:sent.start() + parts[k][0] - 1].strip(),
                                lead, resp))
            break
    return out


# -- 21. the cut sub-row after a task table's last row
def cut_sub_row_end(texts: list[str], end: int, ncols: int, is_serial) -> int:
    """The end of a task table's last row taken with the sub-row after it that the page cut (``改善人居条件 | 区住建局 |
    …`` then ``区城管局 | 完成`` at the text's end): cells after the row that open with a unit (a merged task cell's next
    unit), fewer than a row's cells, none a row's serial number, run to the text's end: they are that task's next
    sub-row (U1: one row per unit of a merged task cell), read with the row."""
    rest = texts[end:]
    if not rest or len(rest) >= ncols or len(rest[0]) > 16 or re.search(r"[:：由,，。]", rest[0]) \
            or not is_unit_cell(rest[0]) or _UNIT_SUFFIX.search(rest[0]) is None or any(is_serial(t) for t in rest):
        return end
    return end + len(rest)


# -- 22. an office's duties, then the office's name closing the page
_DUTY_OPEN = re.compile(r"^(?:负责|统筹|指导|拟订|拟定|承担|组织|管理|协调|督促|研究|制定|会同)")
_OFFICE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:[(（][\u4e00-\u9fff、]{2,20}(?:科|股|室|处|中心|办公室|办)[)）])?$")


def duties_then_office(text: str) -> tuple[int, int, str, str] | None:
    """A page whose text is one paragraph of an office's duties (two or more sentences opening with a duty verb:
    ``统筹管理全区养老服务…。负责拟订…。负责指导…。``) closed by a line that names the office (``区民政局(养老科)``) and
    nothing after: the office leads the duties (U8 read the other way round, U2: task = the first sentence). (start, end,
    task, unit), the quote from the duties to the office's name; None otherwise (a unit line before the duties is a U8
    heading; a notice's signature after a letter has no duty sentences)."""
    body = text.strip()
    parts = [p for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
    if len(parts) != 2:
        return None
    duties, office = parts[0].strip(), parts[1].strip()
    if not _OFFICE_LINE.match(office) or not is_unit_cell(re.sub(r"[(（].*", "", office)) \
            or _UNIT_SUFFIX.search(re.sub(r"[(（].*", "", office)) is None:
        return None
    sents = [s.strip() for s in re.split(r"[。；;]", duties) if s.strip()]
    if len(sents) < 2 or sum(1 for s in sents if _DUTY_OPEN.match(s)) < max(2, len(sents) // 2):
        return None
    a = text.index(duties)
    b = text.index(office, a + len(duties)) + len(office)
    return a, b, sents[0], office
