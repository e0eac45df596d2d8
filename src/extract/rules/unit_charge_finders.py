"""Unit assignments said by a charge clause in running text: ``甲局负责…``, ``由甲局牵头…``, ``甲局会同乙委…``,
``由甲局组织实施…``, and the helping units named after a charge (``assisting_units``); ``rules.units`` holds the
assignments' type, the unit-list splitter and the bracket, list and verb finders."""

from __future__ import annotations

import re

from extract.rules import unit_proposal_handovers as _uwa
from extract.rules import unit_name_notes as _unn  # (lead42) a short name's definition after a name
from extract.rules import unit_bracket_by_doings as _ubbd  # (unitB33) ``(由X+doing)``
from extract.rules import unit_by_name_guards as _ubng  # (unitB33)
from extract.rules import unit_by_helpers as _ubh  # (unitA27) ``由X等部门密切配合,Y``
from extract.rules import unit_by_assistants as _uba  # (unitB34) ``…,刻由X协助+doing``
from extract.rules import unit_directed_offices as _udo  # (unitB34) ``(某人)指示X+doing``
from extract.rules import unit_subject_helpers as _ush  # (unitB34) ``X将在…积极会同Y部门+doing``
from extract.rules import unit_decision_openers as _udb  # (unitB34) ``决议:由X…``, ``,本案由X…``
from extract.rules import unit_seated_offices as _usof  # (unitC34) ``X设在Y,承担Z``
from extract.rules import unit_labelled_by_doings as _ulbd  # (unitC34) ``增加舞台效果:由X+doing``
from extract.rules import unit_field_word_lists as _ufw  # (unitA27) ``民政、公安等部门负责…``
from extract.rules import unit_stated_charges as _usc  # (unitA27) ``明确甲局负责…``
from extract.rules import unit_basis_tasks as _ubt  # (unitC24)

from extract.cues import is_person_name as _is_person, is_unit_cell
from extract.roles import ASSIST_VERBS, CHARGE_VERBS, DUTY_MANNER, LABEL_HEADS, LEAD_VERBS, ROLE_VERBS, alternation
from extract.rules.unit_clauses import more_charge_clauses, whole_name_end
from extract.rules import unit_labels as _ugB15
from extract.rules import unit_goal_phrasings as _ug16
from extract.rules import unit_directives as _ug17
from extract.rules import unit_charge_adverbs as _uadv
from extract.rules import unit_bare_charges as _ubc
from extract.rules import unit_defined_duties as _udd
from extract.rules import unit_with_lists as _uwl
from extract.rules import unit_duty_items as _udi  # (r23 unitA23)
from extract.rules import unit_comma_by_doings as _ucb  # (r24 unitA24)
from extract.rules import unit_lists as _ul  # (lead52)
from extract.rules import unit_led_helpers as _ulh  # (r24 unitA24)
from extract.rules import unit_when_clauses as _uwc  # (unitB26)
from extract.rules import unit_carried_charges as _ucc  # (unitC26)
from extract.rules import unit_body_charges as _ubc31  # (unitA31) a body at its sentence's head, then its charge
from extract.rules.units import _CLAUSE_SEP, split_units, AssignmentHit, leading_units, _TASK_VERB_START, _SENTENCE_STOP, \
    _VERB_CUT as _units_verb_cut  # (lead46) ``办|理``, ``处|理``: a verb, no name ends there


# ``会同`` and Hong Kong's ``(会)联同`` (``教育局会联同社署,…``): X with Y (U4c, X lead)
_WITH = r"(?:会同|会?联同)"

# the close of a unit list after ``会同``: ``等``/``等有关``, a count (``等五部门``), ``单位``/``部门``
_LISTED_TAIL = r"等(?:有关|相关)?(?:[一二三四五六七八九十\d]{1,3}个?)?(?:职能)?(?:单位|部门)"  # (lead49) ``等职能部门``

# an adverb between a unit and its verb of charge (``甲局具体负责``, ``甲局全面牵头``)
_CHARGE_ADVERB = r"具体|全面|统一|主要"

# the plain doing after a verb of charge, no task of its own (``负责实施``, ``牵头组织落实``): the task is what was named before
_BARE_DOING = r"(?:组织(?:实施|落实|推进|安排)?|实施|落实|推进|跟进|安排)"  # (``负责跟进``: Hong Kong and Macau; unitA25 ``负责安排``, ``负责牵头组织``)

# ``由县教育局负责园舍建设``, ``县疾控中心负责抽样复核``, ``省财政厅、省教育厅会同各市州完成资金清算``
_CHARGE = re.compile(r"(?:(?:(?<=^)|(?<=[。;；,，:：\s]))" + _udi.ITEM_LEAD + _ugB15.ORDINAL_IS + r"(?:即?由)?" + rf"{_usc.STATED_BY}?"  # (unitA27)
                     + r"|(?<=由))(?P<units>[^。;；,，:：\s由]{2,60}?)"
                     # the group a unit leads, between the unit and the verb: ``甲局牵头的专班负责…`` (U7 ``X牵头负责Y``)
                     r"(?:牵头(?:组建|成立)?的(?:工作)?(?:专班|小组|工作组|专项组|专项工作组))?"
                     # the manner of the duty between the units and the verb: ``甲局、乙局根据职能职责,负责…``
                     rf"(?:{DUTY_MANNER}\s*[,，]?\s*)?"
                     # (lead49) the basis the unit acts on, closed by a comma before ``会同`` (``甲部门根据上级文件精神,会同…``)
                     r"(?:(?:(?:根据|依据|依照|按照)[^。;；,，:：]{2,60}?(?:精神|要求|规定|部署)|为了?(?:有效|进一步|更好地?)?[^。;；,，:：]{2,40}?)[,，]\s*(?=会同|联同))?"  # (lead49) or a purpose
                     # (lead48) a first doing of the unit's own before its charge: ``财务处对项目资金进行专项管理,负责…``
                     r"(?:对[^。;；,，:：]{2,40}?进行[^。;；,，:：]{2,16}[,，](?=负责))?"
                     # a modal between the unit and its verb (``甲局要会同乙局…``, ``甲局应负责…``; not ``将``: ``_SUBJECT_WITH``'s)
                     r"(?:今年|明年|年内|近期|下一步|下阶段)?"  # (unitC24) a time between the unit and its verb: ``甲局今年负责…``
                     r"(?:应当|要|应|须|将(?=负责|牵头负责)|则(?=负责)|也(?=负责)|(?:还|也)要?(?=负责))?"  # (unitA34) ``乙部还要负责…``: one more charge  # (r15 ugB15: ``甲处将负责推行…``, a plan's future charge; unitA31: ``甲会应当负责…``, ``乙部则负责…``)
                     r"(?:(?:积极|主动|及时)(?=会同|联同))?"  # (lead51) ``甲局积极会同乙局,…``: the manner of the joint work
                     r"(?:主要(?=负责))?"  # (r18 confU18) U7: ``X主要负责Y`` is ``X负责Y`` with an adverb
                     rf"(?:{_uadv.CHARGE_ADVERB})?"  # (r20 unitR20) ``X具体负责Y``, ``X全面负责Y``: as ``主要``
                     rf"(?P<verb>牵头负责(?![人制的])|负责(?!人|同志|制(?![定订作])|的|任|牵头)|"
                     # (lead51) ``会同人社、财政部门(,)…``: field words sharing the last one's ``部门`` (U4b, no ``等``)
                     rf"{_WITH}(?P<fieldlist>(?:(?!等)[\u4e00-\u9fff]){{2,6}}(?:、(?:(?!等)[\u4e00-\u9fff]){{2,6}}?)+部门)(?:[,，]\s*)?|"
                     rf"{_WITH}(?P<with>[^。;；,，:：\s《「“]{{2,40}}?)(?=完成|做好|开展|组织|制定|落实|推进|实施|抓紧|加快|编制|改善|提升|推动|增设|新建|扩建|举办|推行|印发|出台|召开|起草|修订|" + _uwl.WITH_THEN_OBJECT + r")|"  # (r23 unitA23) ``负责制定`` a charge, ``负责制`` a system (U7); (r33) the helpers end before a title's ``《``/``“`` and at ``印发``/``出台`` (``甲部会同乙部印发《关于开展…》``: not ``乙部印发《关于``)
                     # ``…等五部门,共同成立…``: the list's count and a comma before what they do together
                     rf"{_WITH}(?P<listed>[^。;；,，:：\s]{{2,160}}?){_LISTED_TAIL}"
                     # (any joint task after the comma: ``…等三部门,年底前完成…`` as ``…,共同完成…``)
                     r"(?:[,，]\s*)?|"
                     # ``会同乙局、丙局,对…开展…``: a list of names with no closing ``等…部门``, closed by the comma
                     rf"{_WITH}(?P<named>[^。;；,，:：\s]{{2,80}}?)[,，]\s*)"
                     r"(?P<task>[^。;；,，]{2,40})")

# ``教育部印发《…》,将会同甲部、乙部8部门,建立…``: ``会同`` after an adverb, its subject the unit that opens the sentence;
# the list closed by its count (``等``, ``N部门``) and a comma before the task; also right after the subject
# (``甲局将会同乙局、丙局,对…``), a list of names closed by the comma only (``_names_only``)
_SUBJECT_WITH = re.compile(r"(?:(?<=[,，])\s*|(?<=[^\s,，。;；:：]))(?:将|并|还|拟|也|同时)会同(?P<listed>[^。;；,，:：\s]{2,160}?)"
                           r"(?:(?:等(?:有关|相关)?(?:[一二三四五六七八九十\d]{1,3}个?)?|[一二三四五六七八九十\d]{1,3}个?)(?:单位|部门)"
                           r"|(?=[,，])"
                           # (lead51) helpers named by their relation, the task right after them (``甲局将会同相关部门对…开展…``)
                           r"|(?<=(?:相关|有关)部门)|(?<=(?:相关|有关)单位)|(?<=职能部门))"
                           r"[,，]?\s*(?P<task>[^。;；,，]{4,40})")


# ``规划编制工作由区教育局牵头``: the task first, then who leads it, at the clause's end
# (an adverb before the verb, ``由甲局具体负责``, ``由甲局统一牵头``; the plain doing after it, ``由甲局负责组织实施``)
# (unitB27) the manner said between the unit and its verb (``由甲局依法负责``, ``由乙镇按照规划(见附件)负责组织实施``)
_BY_MANNER = r"(?:依法|依规|(?:按照|依照|依据|根据|按)[^。;；,，:：\s由]{1,16}?(?:[(（][^()（）]{1,10}[)）])?)"
_LED_BY = re.compile(r"(?:(?<=^)|(?<=[。;；,，:：\s]))(?P<task>[^。;；,，:：\s由]{2,40}?)(?:主要|统一|具体|均)?由(?P<units>[^。;；,，:：\s由]{2,60}?)"
                     rf"{_BY_MANNER}?(?:进行|進行)?(?:{_CHARGE_ADVERB}|综合|綜合)?(?P<verb>{alternation(LEAD_VERBS + CHARGE_VERBS)}|(?<=统一)领导|(?<=全面)领导)"
                     rf"{_BARE_DOING}?(?=[。;；,，、]|$)")  # (lead51) ``…由甲局统一领导``, ``…由甲局进行综合统筹``

_ROLE_WORD = re.compile(rf"{alternation(LABEL_HEADS)}?(?:单位|部门|科室)")

# a party named by its part in the matter, not an organisation's name (U7: X must name an organisation): ``使用部门``,
# ``所在单位``, ``物业公司``, ``建设单位``, ``主管部门`` (any user, any employer, whichever firm manages the estate)
# (lead48) ``建设部门`` is the government's construction department (住建部门), ``建设单位`` a project's owner
_GENERIC_PARTY = re.compile(r"^(?:本|该|其|各)?(?:使用|所在|主管|行业主管|建设(?!部门$)|施工|监理|设计|申报|申请|项目|业主|产权|运营|管理|属地|"
                            r"辖区|上级|同级|实施|服务|物业(?:服务)?|用人|经营)(?:单位|部门|企业|公司|机构|方)$"
                            # whoever employs or houses the people named (``学员所在单位``, ``职工所在部门``)
                            r"|^[\u4e00-\u9fff]{1,6}所在(?:单位|部门)$")

_NOT_A_NAME = re.compile(r"^(?:据|由|经|对|向|从|在|按|将|把|继续|实施|实行|通过|根据|形成|坚持|明确)|[“”\"「」]"
                         # (unitA27) a time clause (``于每年三月底前各…``) or ``以`` (``主要以街道负责…``: by what means)
                         r"|^(?:[于於][^。;；,，]{1,16}?(?:前|后|後|时|時|期间|期間)|(?:主要|均|统一)?以(?=[\u4e00-\u9fff]{2}))"
                         # (lead47) a purpose clause (``为加强对…``, ``为了进一步…``): why, no name
                         r"|^为了?(?:加强|进一步|推进|推动|做好|确保|切实|深入|落实|全面|提高|促进|规范|贯彻|加快|保障)")


# the endings of an organisation's name (a list after ``会同`` closed by a comma only must be made of such names)
_ORG_END = re.compile(r"(?:局|委|办|厅|部|署|处|科|站|所|院|中心|公司|政府|公所|街道|乡镇|镇|乡|队|会|室|团|馆|社|(?<=.[残妇侨文])联|"  # (lead50) ``区残联``
                      r"(?<![平舞讲阳站后前柜灯擂看月烛])台)$")  # (unitA25) a station: ``某县电视台``, ``院广播台``


def _names_only(listed: str) -> bool:
    """A list that reads as organisations' names and nothing else (``乙局、丙县林业站``), each with an organisation's
    ending: what ``会同`` names before a comma when no ``等…部门`` closes the list."""
    units = split_units(listed)
    return bool(units) and all(is_unit_cell(u) and (_ORG_END.search(u) or (u.endswith(_KIND_ENDS) and not u.startswith(("各", "有关", "相关", "有關", "相關")))) and not _is_person(u) for u in units)


# (lead51) a department named by its field and kind (``教育主管部门``, ``公安机关``): a name for ``_names_only`` as well
_KIND_ENDS = ("部门", "部門", "机关", "機關")


# (lead47) a charge that only names a body by what it is in charge of (``县政府负责教育督导的机构应当…``): the noun phrase is the
# subject of the sentence, no task put on the unit before ``负责``
_RELATIVE_CHARGE = re.compile(r"^[^,，。;；:：为為对對向]{1,12}的(?:机构|機構|部门|部門|单位|單位|科室)"
                              r"(?=应当|應當|应|應|要|对|對|须|須|必须|必須|可以|会同|會同)")
# a post and the modal ``会`` after it, read as a body's ``会`` (``某司副司长会负责…``: the person will, U4a)
from extract.rules.unit_lists import POST_WILL as _POST_WILL  # noqa: E402  (the list tidy's own pattern)


def find_charge_clauses(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Clauses that put a task on named units: ``(由)X负责Y`` (X leads Y) and ``X会同Z完成Y`` (X leads,
    Z answers for it). X must read as a list of units (``各学校负责`` and ``家长负责`` do not). Then the sentences that
    open with ``由`` and an organisation doing the task (``find_by_unit_doing``)."""

    hits: list[AssignmentHit] = []
    charge = "负责" in text or "会同" in text or "联同" in text  # every match of ``_CHARGE`` holds one (its scan costs ~10% of
    led = "由" in text and ("牵头" in text or "负责" in text or "主责" in text or "主办" in text or "统筹" in text)  # the rules stage); every match of ``_LED_BY`` these
    seated = "设在" in text or "設在" in text  # (unitC34) ``X设在Y,承担Z``
    if not (charge or led or seated or "由" in text):
        return _directed_offices(text, offset, _ug17.with_directed(text, offset, more_charge_clauses(text, offset, hits)))  # (r15 ug15; r17 ug17)
    for m in (_CHARGE.finditer(text) if charge else ()):
        units = m.group("units")
        if re.match(r"[对對](?![外內内])", units):
            continue  # (lead53) ``对县委、县政府负责``: accountable to them, no task put on them
        if "(" in units or "（" in units or "、" in units:
            units = _ul.after_inline_ordinal(units)  # (lead52) ``…机构三、分工及职责(一)领导小组…负责``: run-in headings before the name
        if "简称" in units or "簡稱" in units or "下称" in units or "下稱" in units:
            units = _unn.without_alias_note(units)  # (lead42) ``由某办公室(以下简称“某办”)负责…``: a drafting note (U3)
        if (fields := _ufw.field_word_list(units)) is not None and not names_a_clause(units) and not _NOT_A_NAME.search(units):
            lead = fields  # (unitA27) ``县民政、公安、国土等部门负责…``: departments named by their fields (U4b)
        elif not (is_unit_cell(units) or _udd.office_named_by_verb(units)) or units.startswith(("各", "相关", "有关")) or _ROLE_WORD.fullmatch(units):
            continue  # a collective (``各学校负责…``) names everyone; ``牵头单位负责`` names a role
        else:
            lead = split_units(units)
        if fields is None and any(_NOT_A_NAME.search(u) or (_TASK_VERB_START.match(u) and not _udd.office_named_by_verb(u))  # (r20 unitW31)
               or not (is_unit_cell(u) or _udd.office_named_by_verb(u)) or _GENERIC_PARTY.match(u)
               for u in lead):
            continue  # ``据…督查室``, ``继续实施…``, ``实行“政府``: a clause, not a list of names; ``使用部门``: no name
        if m.group("with") and not is_unit_cell(m.group("with")):
            continue
        if m.group("named") and not _names_only(m.group("named")):
            continue  # ``会同`` then a comma: only a list of organisations' names says who helps
        # ``会同编制、财政、公安等单位``: the tail says the listed items are units
        if m.group("fieldlist") and any(_ufw._NOT_FIELD.search(u) or len(u) > 8 for u in split_units(m.group("fieldlist"))):
            continue  # (lead51) ``会同学校、家长部门``: people's words, no departments
        resp = split_units(m.group("with") or m.group("listed") or m.group("named") or m.group("fieldlist") or "")
        task = m.group("task").strip()
        if task.startswith("、"):
            continue  # ``由甲局负责、乙局协助``: the next role part, no task (``_LED_BY``'s)
        if task.startswith((":", "：")):
            continue  # (unitA25) ``甲局负责:1.…2.…``: the head of a duty block, its items the rows (``unit_duty_blocks``)
        if _ucb._PAY_ONLY.match(task) and _ucb._MONEY_TOPIC.search(text[max(0, m.start() - 30):m.start()].rstrip("由")):
            continue  # (unitA25) ``改造资金由甲镇负责筹集``: who pays, no task (U3a)
        if _uwa.hands_over_proposal(task) or _ubt.basis_only_task(task):
            continue  # (unitC24) ``甲局会同乙局抓紧办理你们提出的《…建议》``: the hand-over, no row of its own (U7)
        if re.fullmatch(_BARE_DOING, task):
            continue  # ``该项工作由甲局负责实施``: no task after the verb; the task named before it is ``_LED_BY``'s
        if _SYSTEM_OF_DUTIES.search(task):
            continue  # ``形成甲部门统筹,乙部门负责发证的管理体制``: a system described, no task put on a unit (U7)
        if m.group("listed") and len(re.sub(r"^(?:共同|联合)", "", task)) < 4:
            continue  # ``…等六个部门一并组成``: a headline's restatement, no task named
        if _RELATIVE_CHARGE.match(task) or any(_POST_WILL.search(u) for u in lead):
            continue  # (lead47) ``X负责督导的机构对…``: a body named by its charge; ``某司副司长会负责``: a person, a modal
        end = m.end()
        # ``…,县编办、县财政局等单位要按照职责分工密切配合``: the next clause names who assists
        if (more := _ASSIST_AFTER.match(text, end)) is not None \
                and (helpers := assisting_units(more.group("units"), more.group("tail"))):
            resp += helpers
            end = more.end()
        # ``该园由甲局负责…``: the quote runs from ``由`` (U7), which the match leaves before it after a subject
        start = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == "由" else m.start()
        start += _udi.item_lead_length(text, start)  # (r23 unitA23) ``(二)甲局负责…``: the mark opens no quote
        start += _usc.stating_verb_length(text, start)  # (unitA27) ``明确甲局负责…``: the verb opens no quote (U7)
        hits.append(AssignmentHit(offset + start, offset + end, task, lead, resp, cue="charge_clause"))
    if led:
        _add_units_before_tasks(_LED_BY, text, offset, hits, min_task=4, cue="led_by")
        for h in hits:
            # ``修好水渠由甲局牵头,乙局、丙局等部门协作``: the assisting clause after a task led by a unit (U7)
            # (U7: the assisting clause is the task's whether the sentence ends there or goes on with what is done,
            # ``…由甲局牵头,乙、丙等部门配合,对果园进行检查``)
            if h.cue == "led_by" and (more := _ASSIST_AFTER.match(text, h.end - offset)) is not None \
                    and (units := assisting_units(more.group("units"), more.group("tail"))) \
                    and (text[(k := _ugB15.help_doing_end(text, more.end())):k + 1] in ("", "。", ";", "；", "\n", ",", "，")):
                h.responsible = h.responsible + units  # (r15 ugB15: ``…,乙局配合实施``: the bare doing closes the clause)
                h.end = offset + k
        # ``…由甲局牵头、乙局配合``: a ``、`` after the verb only before the helpers' clause (else a list of doings)
        hits[:] = [h for h in hits if not (h.cue == "led_by" and text[h.end - offset:h.end - offset + 1] == "、")]
        # (lead51) ``成立由X牵头,…共同组成的…``, ``建立健全由X牵头,…的工作专班``: the body being set up, led by X, no task
        hits[:] = [h for h in hits if not (h.cue == "led_by" and _SET_UP_END.search(h.task))]
    if "会同" in text:
        _add_subject_with(text, offset, hits)
    if charge and _ucc.CARRIED_QUICK.search(text):  # (unitC26: any comma then ``负责``, not only after ``承担``)
        _add_units_before_tasks(_CARRIED_CHARGE, text, offset, hits, min_task=0, cue="carried_charge")
        hits[:] = [h for h in hits if h.cue != "carried_charge" or not _ucc.charged_body_before(  # ``…成立专班,负责…``
            text[h.start - offset:text.rfind("负责", h.start - offset, h.end - offset) + 2])]
    if seated:  # (unitC34) ``联席会议办公室设在某局,承担…日常工作``
        _add_units_before_tasks(_usof.SEATED_CARRIES, text, offset, hits, min_task=2, cue="seated_carries")
    if "由" in text:
        hits += [h for h in find_by_unit_doing(text, offset) if not any(o.start < h.end and h.start < o.end for o in hits)]
        hits += _ucb.comma_by_doings(text, offset, hits)  # (r24 unitA24) ``…,由X+doing`` inside a sentence
        hits += _ubbd.bracket_by_doings(text, offset, hits)  # (unitB33) ``(由X+doing)`` closing an item
        hits += [AssignmentHit(offset + a, offset + b, t, [], r, cue="by_helpers") for a, b, t, r in  # (unitA27) U4c
                 _ubh.by_helpers_then_task(text, assisting_units) if not any(h.start < offset + b and offset + a < h.end for h in hits)]
        hits.sort(key=lambda h: h.start)
    hits += more_charge_clauses(text, offset, hits)  # (r15 ug15)
    hits += [AssignmentHit(offset + a, offset + b, t, u, [], cue="project_in_charge_of") for a, b, t, u in  # (r16 ug16)
             _ug16.project_in_charge_of(text) if not any(h.start < offset + b and offset + a < h.end for h in hits)]
    hits = _ug17.with_directed(text, offset, hits)  # (r17 ug17)
    hits = hits + _ubc.bare_charges(text, offset, hits)  # (r20 unitR20) ``…。由甲局负责,…``: the task named before
    hits = hits + _udd.defined_duties(text, offset, hits)  # (r20 unitW31) ``X是…部门,主要负责Y``
    hits = hits + [AssignmentHit(offset + a, offset + b, t, u, [], cue="body_charge") for a, b, t, u in _ubc31.body_charges(text)
                   if not any(h.start < offset + b and offset + a < h.end for h in hits)]  # (unitA31) ``X,由…组成,负责Y``
    hits = _ulh.with_following_helpers(text, offset, hits)  # (r24 unitA24) ``…由X牵头,会同Y、Z…``
    if "由" in text:
        hits = hits + [AssignmentHit(offset + a, offset + b, t, [], r, cue="by_assistant") for a, b, t, r in  # (unitB34) U4c
                       _uba.by_assistant_doings(text) if not any(h.start < offset + b and offset + a < h.end for h in hits)]
    hits = _directed_offices(text, offset, hits)
    return hits + _udd.after_opening_mark(text, offset, hits, find_charge_clauses)  # (r20 unitW31) ``3、甲办…负责``


def _directed_offices(text: str, offset: int, hits: list[AssignmentHit]) -> list[AssignmentHit]:
    """``hits`` and, where no hit holds them, the offices a head directs to a doing (``unit_directed_offices``, U7)
    and a sentence's subject with the offices it acts with (``unit_subject_helpers``, U4c)."""
    if "指示" in text or "要求" in text or "督促" in text or "责成" in text:
        hits = hits + [AssignmentHit(offset + a, offset + b, t, u, [], cue="directed_offices") for a, b, t, u in
                       _udo.directed_offices(text) if not any(h.start < offset + b and offset + a < h.end for h in hits)]
    if "会同" in text or "协同" in text:
        hits = hits + [AssignmentHit(offset + a, offset + b, t, u, r, cue="subject_helpers") for a, b, t, u, r in
                       _ush.subject_helpers(text) if not any(h.start < offset + b and offset + a < h.end for h in hits)]
    return hits


# the opening of a sentence put on a named organisation with a verb other than a role's: ``由甲局采购…``, ``由乙馆创作…``
_BY_OPEN = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?:均|则|并|再)?由(?!于|此)"
                      r"|(?<=[,，])\s*(?:将|应|须|要)由(?!于|此)"  # (lead52) ``…,将由教育部门建立…``: a charge to come after a comma
                      rf"|(?:(?<=^)|(?<=[。;；!！?？\n,，]))\s*(?P<directive>{_ug17.DIRECTIVE_BEFORE_BY}|{_udb.DECISION_BEFORE_BY})由(?!于|此)"
                      r"|(?<=[:：])(?P<labelled>\s*)由(?!于|此)"  # (unitB26); (unitB34) ``决议:由X…``
                      r"|(?:(?<=^)|(?<=[。;；!！?？\n,，]))\s*第[一二三四五六七八九十\d]{1,2}(?:阶段|階段|步)由(?!于|此)")  # (lead50) ``第一阶段由X…``

# (lead51) a verb of setting up closing the words before ``由X牵头``: what is set up is led by X (an attribute, no task)
_SET_UP_END = re.compile(r"(?:成立|建立|健全|建立健全|组建|組建|形成|构建|構建|设立|設立)$")

# the short name of a level's finance office, the one who pays (``由县财政安排``, ``由市财政列支``)
_FINANCE = re.compile(r"^(?:[省市州区县]级?|本级)财政$")

# the parts after a first name that go on with the same organisation (``甲局办公室``, ``甲局、乙局``)
_SUB_UNIT = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:办公室|中心|大队|支队|分局|分公司|委员会|工作组|领导小组|专班)"
                       r"|公所|人民政府|政府|办事处|街道办)")  # (a committee's own organ, ``县委宣传部``: unit_with_lists.past_owner_organ)

# a sentence that reports what was done (``由甲局组织了…``, ``已由…``): status, no task put on a unit
_DONE = re.compile(r"了|已经|已于|业已|完毕")

# the verbs that open the clause of another cue (``负责``, ``牵头``, ``会同``) or say no doing of the unit's
# (unitB27) ``由X统筹Y``: 统筹 with its object right after it is the doing itself (the lead's own verb, U7), not a role
# word before a clause of helpers (``由X统筹,Y配合,…``: ``led_then_task``'s)
_OVERSEES = re.compile(r"^(?:统筹|統籌)(?:协调|協調|推进|推進|安排)?[\u4e00-\u9fff“「]")
_OTHER_VERB = re.compile(rf"^(?:{alternation(ROLE_VERBS)}|会同|联同|联合|的|之|和|与|及|、|等)"
                         # an attribute, no doing (``由甲馆主办的汇演…``, ``由乙局编制的规划…``)
                         r"|^[\u4e00-\u9fff]{1,2}的"
                         # a person of the unit (``由甲局局长主持…``, ``由乙馆副馆长…``): people, no unit (U4a)
                         r"|^副?[\u4e00-\u9fff]?(?:长|主任|书记|领导|负责人|同志|人员|干部|主席)")  # (lead47) 主席

# an item's inline title right before the sentence (``(二)送果下乡工程。由…``): the task's own title (U2)
_ITEM_TITLE = re.compile(r"^\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}、)"
                         r"\s*(?P<title>[^。;；,，:：!！?？\d]{2,30})。\s*$")


# (lead53) a school named as the doer (``由中心校逐校核实``, ``由县一中承办``), a short name with no clause in it (not
# ``校长任组长的学校``, ``向学校``); the bare ``学校`` is a generic party
_SCHOOL_END = re.compile(r"^(?![向对對在给給为為从從把被])[^的任和与與及、,，]{0,8}(?:中心校|中心学校|[一二三四五六七八九十\d]中|中学|小学|学校)$")


def _by_unit_name(clause: str) -> int:
    """The length of the organisations' names that open ``clause`` (``市文化馆创作…`` -> 4, ``甲局、乙局安排…`` -> 5),
    0 if none: each the shortest opening that reads as a unit's name, with a sub-unit after it kept (``甲局办公室``),
    the next name after ``、`` (not ``和``: ``文化和旅游局`` is one name)."""
    at = 0
    while True:
        k = next((k for k in range(at + 2, min(at + 20, len(clause) - 2) + 1)
                  if clause[k] not in "门长员们队隊" and not (clause[at:k].endswith("中心") and clause.startswith(("校", "学校", "小学", "中学"), k))
                  and not (clause[k] == "生" and clause[at:k].endswith(("小学", "中学", "学校")))  # (lead53) ``小学生``: pupils, no school's name  # (``教育部门``, ``局长``, ``委员``; lead42 ``縣府團隊``: the word goes on; lead53 ``中心校``, a township's central school)
                  and not _units_verb_cut.match(clause, k - 1)  # (lead46) ``由該處辦理…``: 办 opens the verb 办理 (no name ends there)
                  and ((_FINANCE.match(clause[at:k]) and clause[k] not in "局厅所")
                       or ((_ORG_END.search(clause[at:k]) or clause[at:k].endswith("部门") or (k - at >= 3 and _SCHOOL_END.search(clause[at:k])))  # (lead52) ``由教育部门建立…`` (U7d); (lead53) a school by name
                           and is_unit_cell(clause[at:k])))), 0)
        if not k:
            return 0
        if (sub := _SUB_UNIT.match(clause, k)) is not None:
            k = sub.end()
        k = _uwl.past_owner_organ(clause, at, k)  # (r25 unitB25) ``县委`` + ``宣传部``
        if clause.startswith(("或者", "或"), k):  # (unitA31) U3: ``由甲局或者乙局…``, two parties each named in full
            nxt = k + (2 if clause.startswith("或者", k) else 1)
            if not _by_unit_name(clause[nxt:]):
                return k
            # the second party's name read to its longest opening (``县政府指定部门``: the body the government names)
            return max(j for j in range(nxt + 2, min(nxt + 20, len(clause) - 2) + 1)
                       if (clause[j] not in "门长员们" and (_ORG_END.search(clause[nxt:j]) or clause[nxt:j].endswith("部门"))
                           and is_unit_cell(clause[nxt:j]))
                       or j == nxt + _by_unit_name(clause[nxt:]))
        if clause[k:k + 1] == "及" and _by_unit_name(clause[k + 1:]):
            at = k + 1  # (lead46) U3: ``由甲局及乙处…``, two whole names joined by 及 (not ``及时``: no name after it)
            continue
        if clause[k:k + 1] != "、":
            return k
        at = k + 1


# what a budget does with money: ``安排专项资金``, ``列支``, ``拨付经费``, ``统筹解决``, ``承担费用``, ``支出``
_PAYS = re.compile(r"^(?:[^,，。;；]{0,4}?)(?:安排|统筹|拨付|拨出|列支|支出|支付|承担|负担|补助|保障|解决|给予|筹措|筹集)"
                   r"[^,，。;；]{0,12}?(?:资金|经费|费用|款|列支|支出|预算)")


def pays_from(doing: str) -> bool:
    """The clause after ``由X`` says where money comes from (``由县财政安排专项资金列支``, ``由市级财政统筹解决经费``,
    ``由學校支付費用`` after t2s): a funding channel, not a task put on a unit (eval/README.md U7b and its second-pass
    note: a stated source of funds gives no row)."""
    return _PAYS.match(doing) is not None


# (lead47) what a thing is made of (``由原某中心园区及周边地块组成``): a make-up, no doing of the name's body
_MADE_OF = re.compile(r"(?:组成|組成|构成|構成|合并而成|合併而成|组建而成|組建而成)$")  # (lead51) ``由甲院、乙院合并组建而成``: a history


# (lead53) an office's post and its holder's name after the body (``由某局研究厅厅长张某、…分别介绍…``): people (U4a)
_POST_AND_NAME = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:厅长|廳長|局长|局長|处长|處長|科长|科長|司长|司長|署长|署長|院长|院長|校长|校長|主任)"
                            r"[\u4e00-\u9fff]{2,3}(?:[、,，]|先生|女士|同志)")


# (lead53) who holds a post of the body (``由县政府分管民政的副县长任组长,``): a person's appointment, no doing of the name's
# body (U4a), whatever words name the person
_APPOINTS = re.compile(r"(?:任|兼任|担任|擔任)副?(?:组长|組長|主任|指挥长|指揮長|总指挥|總指揮|召集人|主席|队长|隊長|会长|會長)$")


# (lead51) the name's own bracket then a role verb (``由社区(村)牵头,…``): the name goes on in the bracket, no doing
_BRACKETED_ROLE = re.compile(r"^[(（][^()（）]{1,12}[)）]\s*(?:牵头|牽頭|负责|負責|主责|主責|统筹|統籌)")


def find_by_unit_doing(text: str, offset: int = 0) -> list[AssignmentHit]:
    """A sentence that opens with ``由`` and a named organisation, then what it does (``由甲馆创作一批节目``,
    ``由县财政安排专项资金``): the organisation leads that task (U7 ``(由)X负责Y`` with the verb of the doing itself).
    task = the clause after the name, or the item's inline title right before the sentence
    (``(二)送果下乡工程。由甲公司采购…`` -> ``送果下乡工程``); the quote runs from the title or ``由`` to the end of the
    clause. Not: a collective (``由各校自行…``), a role verb left to the other cues (``由甲局负责…``), a report of what was
    done (``由甲局组织了…``), ``由于``, a budget the money comes from (``由县财政安排专项资金列支``: ``pays_from``, U7b)."""
    hits: list[AssignmentHit] = []
    if "由" not in text:
        return hits
    for m in _BY_OPEN.finditer(text):
        stop = _CLAUSE_SEP.search(text, m.end())
        clause = text[m.end():stop.start() if stop else len(text)]
        k = _uwl.past_cut_word(clause, whole_name_end(clause, _by_unit_name(clause)))  # (r21 unitA21)
        if not k:
            continue
        name, doing = clause[:k], clause[k:]
        if len(doing) < 2 or "等" in name or re.search(r"兼任|担任|擔任|理事长|理事長", name) or (_OTHER_VERB.match(doing) and not _OVERSEES.match(doing)) or name.startswith(("各", "相关", "有关")) \
                or _ROLE_WORD.fullmatch(name) or _is_person(name) or _GENERIC_PARTY.match(name) or pays_from(doing) \
                or _ucb.names_person_by_title(name) or _ucb.opens_with_person(doing) \
                or _uwc.when_clause(doing) or _ubng.name_runs_into_doing(name, doing) \
                or _MADE_OF.search(doing) or _APPOINTS.search(doing) or _POST_AND_NAME.match(doing) or _BRACKETED_ROLE.match(doing):  # (r24 unitA24) ``由某主委…``: a person (U4a); (unitB26) ``由…时``: a condition
            continue  # (unitB33) ``由某县政府成立…办``, ``由某县老龄委各成员单位…``: no unit of its own leads; (lead47) ``由…组成``
        sent_end = _SENTENCE_STOP.search(text, m.end())
        if _DONE.search(text, m.end(), sent_end.start() if sent_end else len(text)):
            continue
        start, task = m.end() - 1, doing
        if m.group("labelled") is not None:
            label = _ulbd.task_label_before(text, m.start())  # (unitC34) ``增加舞台效果:由X…``
            if label is None:
                continue
            start, task = label
        elif m.group("directive"):
            pass  # (unitB26) ``会议要求由X…``: the quote opens at ``由``
        elif (title := _ITEM_TITLE.match(text[:m.start()] + "")) is not None and not is_unit_cell(title.group("title")):
            start, task = title.start("title"), title.group("title")
        else:
            start = m.start() + len(m.group()) - len(m.group().lstrip())
        units = split_units(name)
        shared = re.match(r"共同|分别|分工", doing) is not None  # ``由甲局、乙局共同…``: sharers, no one leads (U7)
        end = m.end() + len(clause)
        if task is doing and (nxt := _next_by_decision(doing)) is not None:  # (lead53) ``由甲校选派4人、乙校选派7人…``
            cut, name2, doing2 = nxt
            task, end = doing[:cut], m.end() + k + cut
            a2 = end + 1
            hits.append(AssignmentHit(offset + a2, offset + a2 + len(name2) + len(doing2), doing2.strip(),
                                      split_units(name2), [], cue="by_unit_doing"))
        hits.append(AssignmentHit(offset + start, offset + end, task.strip(),
                                  [] if shared else units, units if shared else [], cue="by_unit_doing"))
    return hits


def _next_by_decision(doing: str) -> tuple[int, str, str] | None:
    """(lead53) A second decision joined by ``、`` inside the doing of ``由X+doing``, with its own named doer and verb
    (``由甲校选派4人、乙校选派7人到…``: each school its own row, as two ``由`` sentences would give): (the cut in ``doing``,
    the second name, its doing), or None: the second doing opens with the first one's verb (a parallel decision). Not a list
    inside the task (``由甲局采购桌椅、板凳``: no doer's name after ``、``)."""
    for at in (i for i, c in enumerate(doing) if c == "、"):
        rest = doing[at + 1:]
        k = _uwl.past_cut_word(rest, whole_name_end(rest, _by_unit_name(rest)))
        if not k or at < 2:
            continue
        name2, doing2 = rest[:k], rest[k:]
        if len(doing2) < 2 or (_OTHER_VERB.match(doing2) and not _OVERSEES.match(doing2)) or doing2[:2] != doing[:2]:
            continue
        return at, name2, doing2
    return None


# a ``负责`` clause that only qualifies the system it describes: ``…负责发证的管理体制`` (eval/README.md U7: not
# ``形成文化行政部门负责…的格局``, also where the units stand after a comma of that sentence)
_SYSTEM_OF_DUTIES = re.compile(r"的[^的,，。;；]{0,16}(?:体制|机制|格局|模式)$")

_OPENER = re.compile(r"[^。;；,，:：\s]{1,8}[,，]\s*")


def _add_subject_with(text: str, offset: int, hits: list[AssignmentHit]) -> None:
    """``甲局印发《…》,将会同乙局、丙局2部门,修好水渠``: the unit that opens the sentence leads (U4c ``X会同Y``: X lead,
    Y responsible), the listed units answer for the task; the quote runs from the sentence's start."""
    taken = [(h.start - offset, h.end - offset) for h in hits]
    for m in _SUBJECT_WITH.finditer(text):
        s0 = max(text.rfind(c, 0, m.start()) for c in "。;；\n") + 1
        s0 += len(text[s0:m.start()]) - len(text[s0:m.start()].lstrip())
        if any(a < m.end() and s0 < b for a, b in taken):
            continue
        # a short opener before the subject (``近日,``, ``5月8日,``): the subject opens the next part
        if (opener := _OPENER.match(text, s0, m.start())) is not None \
                and not leading_units(text[s0:opener.end()].rstrip(" ,，")):
            s0 = opener.end()
        c0 = max(text.rfind(",", s0, m.start()), text.rfind("，", s0, m.start())) + 1
        if c0 > s0 and (own := text[c0:m.start()].strip()) and is_unit_cell(own) and _ORG_END.search(own) \
                and len(split_units(own)) == 1 and not own.startswith(("各", "相关", "有关")):
            s0 = c0 + len(text[c0:m.start()]) - len(text[c0:m.start()].lstrip())  # (lead51) ``…,市教育局将会同…``: the clause's subject
        lead = leading_units(text[s0:m.start()])
        resp = split_units(m.group("listed"))
        if text[m.end("listed"):m.end("listed") + 1] in (",", "，") and not _names_only(m.group("listed")):
            continue  # no ``等…部门`` closes the list: only organisations' names say who helps
        if len(lead) != 1 or not resp or not all(is_unit_cell(u) for u in resp):
            continue
        if lead[0].startswith(("各", "相关", "有关", "相關", "有關")):
            continue  # (lead51) ``各乡镇将会同有关部门…``: a collective names no one (U7)
        hits.append(AssignmentHit(offset + s0, offset + m.end(), m.group("task").strip(), lead, resp,
                                  cue="subject_with"))
    hits.sort(key=lambda h: h.start)


# (lead44) a topic of three characters, a thing's name (``托管班由辖区街道办事处负责``): no figure, no word of the clause's
# frame (``有3项``, ``该市将``, ``其中``)
_SHORT_TOPIC = re.compile(r"^[\u4e00-\u9fff]{3}$")
_FRAME_CHAR = re.compile(r"[有该本其将要已并也还又这那此是为的就都均则即统]")


def _short_topic(task: str, min_task: int) -> bool:
    """(lead44) A task one character short of ``min_task`` (4) that is a thing's name of three Chinese characters
    (``托管班``, ``食堂卫生`` is four): the topic the unit is charged with, as a longer one is. Only where the minimum is 4."""
    return min_task == 4 and _SHORT_TOPIC.match(task) is not None and _FRAME_CHAR.search(task) is None


def _add_units_before_tasks(pattern: re.Pattern[str], text: str, offset: int, hits: list[AssignmentHit],
                            min_task: int, cue: str) -> None:
    """Add the matches of ``pattern`` (groups ``units`` and ``task``: units that lead a task) that overlap no hit
    already found and whose units are real names, in text order; each names ``cue``."""

    taken = [(h.start - offset, h.end - offset) for h in hits]
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        # (lead47) a match refused for its units is tried again from the next clause's start inside it: the leftmost
        # start (a purpose clause, ``为加强对…,成立…,办公室设在…,负责…``) must not hide the subject of a later clause
        pos = m.end()
        units = m.group("units")
        if (len(m.group("task").strip()) < min_task and not _short_topic(m.group("task").strip(), min_task)) \
                or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if not is_unit_cell(units) or units.startswith(("各", "相关", "有关")) or _ROLE_WORD.fullmatch(units):
            pos = m.start() + 1
            continue
        lead = split_units(units)
        if any(_NOT_A_NAME.search(u) or (_TASK_VERB_START.match(u) and not _udd.office_named_by_verb(u))  # (r20 unitW31)
               or not is_unit_cell(u) or _GENERIC_PARTY.match(u)
               for u in lead):
            pos = m.start() + 1
            continue
        # (unitC26) the quote opens at the units or the task, whichever comes first (not at a demonstrative ``该县``)
        hits.append(AssignmentHit(offset + min(m.start("units"), m.start("task")), offset + m.end(), m.group("task").strip(),
                                  lead, [], cue=cue))
    hits.sort(key=lambda h: h.start)


# ``甲局承担全县果园监管责任,并负责发放许可``, ``甲局作为…的牵头单位,承担…,负责…``: the unit that takes on a duty is
# the subject of the ``负责`` clause that follows it in the same sentence; (unitA25) ``负责制定…`` is a charge (as in ``_CHARGE``),
# and the task is the charge's own clause (unitC26: up to the next comma; ``,办公室主任由…兼任`` after it: people, U7d)
# (unitC26) also after a modal or a verb of the subject's own doing, ``甲局要…,负责…``, ``该县乙部门派出…,并负责…``
_CARRIED_CHARGE = re.compile(r"(?:(?<=^)|(?<=[。;；,，:：\s]))(?:" + _ucc.DEMONSTRATIVE + r")?(?P<units>[^。;；,，:：\s由]{2,30}?)"
                             r"(?:承担|作为|设在|" + _ucc.SUBJECT_DOING + r")" + _ucc.BEFORE_CHARGE +
                             r"[,，](?:并|同时|还)?负责(?!人|同志|制(?![定订作])|的|任)(?P<task>[^。;；,，]{2,60}?)(?=[。;；,，]|$)")


# (a title's bracket never falls inside a list of units: ``按照甲委、乙委《支持…》精神`` cites a document whose title
# opens with an assisting verb, it names no helper)
_ASSIST_AFTER = re.compile(r"[,，、]\s*(?P<units>[^。;；,，《》]{2,120}?)(?P<tail>等(?:有关|相关)?(?:部门|单位))?(?:要|应|须)?"
                           rf"(?:按照|按)?(?:职责分工|各自职责|职责)?(?:积极|密切|共同|全力|通力|主动)?(?:协同|协助)?{alternation(ASSIST_VERBS)}")  # (lead53) 通力


# a book-title mark inside a list: the words name a document (``甲委《支持果农…》``), not who helps
_TITLE_MARK = re.compile(r"[《》〈〉]")

# the prepositions a clause of what is done opens with (not ``经``/``由``: ``经信局`` is a unit's name)
_CLAUSE_OPEN = re.compile(r"(?:按照|根据|依据|依照|遵照|对照|针对|围绕|通过|对于|为了|在|对|向|从|将|把|按)")


def names_a_clause(units: str) -> bool:
    """Words in the place of a unit list that read as a clause: an item that opens with a preposition or a verb
    (``按照甲部``, ``对乙局``), or a book title's mark (``乙委《支持…``): the text after a comma goes on with
    what is done (``…,按照甲部、乙委《关于支持…的意见》精神,…``), it names no helpers."""
    if _TITLE_MARK.search(units):
        return True
    return any(_CLAUSE_OPEN.match(u) for u in split_units(units))


_SHORT_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")

_SHARED_UNIT_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:部门|单位)$")


def assisting_units(units: str, tail: str | None = None) -> list[str]:
    """The units of an assisting clause (``乙局、丙局配合``), or [] when the words name no organisations. A list of
    short department names shares the word that closes it (``公安、交通、市场监管部门``, ``教育、卫生、城管等部门``): the
    closing ``部门``/``单位`` says each listed word names a department, so the bare names are units as written.
    A clause is no list of helpers (``…,按照甲部、乙委《支持…》精神,…``: a document's name, a preposition)."""
    if names_a_clause(units):
        return []
    if is_unit_cell(units):
        return split_units(units)
    names = split_units(units)
    if len(names) < 2 or not all(_SHORT_NAME.match(n) or _SHARED_UNIT_WORD.match(n) for n in names):
        return []
    if tail or _SHARED_UNIT_WORD.match(names[-1]):
        return names
    return []
