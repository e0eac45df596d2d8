"""A sentence that first says what a unit is or where it sits, then what it mainly does (U7, U7d).

    某县发改部门是项目管理的综合部门,主要负责项目申报和计划下达,会同有关部门进行竣工验收。
        -> lead 某县发改部门, task 项目申报和计划下达;
           lead 某县发改部门, responsible 有关部门, task 进行竣工验收
    办公室设在县文化馆,主任由张三同志兼任,主要负责活动的日常协调。   -> lead 办公室, task 活动的日常协调

The topic of the sentence (``X是…部门``, ``X设在…``, ``X承担…``, ``X作为…``) is the subject of a later
``主要负责``/``具体负责`` clause of the same sentence (``defined_duty``): lead X, task = the clause after the verb, up to
the sentence's end or a comma that opens the unit's next duty (``,会同…``, ``,参与…``). The unit's later ``会同Y``
clauses of the same sentence (``,会同有关部门对…进行调度``, ``,组织或会同乙局进行验收``) put one more task on it with Y
as helper (U4c ``X会同Y``: ``carried_with``).

(unitA25) After ``X是…部门/单位/机构`` the charge may stand without its adverb (``某县防汛小组是全县防汛的指挥机构,负责…``): the
predicate already says X is a body, so the bare ``负责`` clause is its duty as ``主要负责`` is.

Not: a ``是`` that says no office (``学校是育人的主阵地,主要负责…``: the predicate must end in 部门/单位/机构), a
topic that points back (``该中心``, ``其``, ``这``) or is a collective or a role word (``各学校``, ``牵头单位``: U7d), people
(``主任由…兼任`` stays inside the run), and a ``负责`` with no adverb after ``设在``/``承担``/``作为`` (the older cue's).
"""

from __future__ import annotations

import re

# the topic, its defining verb and the run up to the adverbed charge: ``X是…部门,主要负责``, ``X设在…,…,具体负责``
_DEFINED = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？,，\n\s]))(?P<units>[^。;；,，:：\s由是]{2,30}?)"
                      r"(?:是(?P<what>[^。;；,，]{2,40}?(?:部门|单位|机构|中心|核心))(?:[,，][^。;；,，负由]{2,24}){0,3}"
                      r"|作为(?P<kind>[^。;；,，]{2,20}?(?:部门|单位|机构|中心|核心))|(?:设在|承担|作为)[^。;；]{2,80}?)"
                      r"[,，]\s*(?P<adv>主要|具体)?负责(?!人|同志|制(?![定订作])|的|任)(?P<task>[^。;；]{2,80})")
# a comma that opens the unit's next duty: the task ends before it
_NEXT_DUTY = re.compile(r"[,，]\s*(?:并|还|同时)?(?:组织或|或)?(?:会同|参与|组织|负责|指导|协调|牵头|配合|承担|联合)")
# a later clause of the same sentence: ``,会同Y`` + the task
_WITH_CLAUSE = re.compile(r"[,，]\s*(?P<open>(?:并|还|同时)?(?:组织或|或)?会同)(?P<with>[^。;；,，:：\s]{1,30}?(?:部门|单位|局|委|办))"
                          r"(?P<task>[^。;；,，]{2,40})")
# an office's name whose first word is a verb (``推进办``, ``发展改革委``, ``发展和改革局``, ``建设局``, ``发展改革部门``), an
# aside in brackets after it allowed (``推进办(农技站、农机站)``): a short run of words closed by an office's ending
_OFFICE_BY_VERB = re.compile(r"^[\u4e00-\u9fff]{2}和?[\u4e00-\u9fff]{0,4}?(?:部门|委员会|委|局|办|厅|办公室|处|科)(?:[(（][^()（）]{1,30}[)）])?$")


def office_named_by_verb(unit: str) -> bool:
    """``推进办``, ``发展改革委``, ``发展和改革局``, ``建设局(规划股)``: a unit's name that opens with a word a task also opens
    with (``推进``, ``发展``, ``建设``), read as a name because it is short and closes with an office's ending. Not a clause
    (``推进学校建设``, ``发展普惠托育服务``: no ending), one with ``的`` or ``各`` (``落实各项任务的部门``), or a long run."""
    return _OFFICE_BY_VERB.match(unit) is not None and "的" not in unit and "各" not in unit
# a topic that points back to something named before: no name of its own
_POINTING = re.compile(r"^(?:该|本|其|这|此|它)")


def _topic_units(units: str) -> list[str] | None:
    """The topic as a list of units, or None where it names none (a collective, a role word, a pointer, a clause)."""
    from extract.cues import is_unit_cell
    from extract.rules.units import _TASK_VERB_START, split_units
    from extract.rules.unit_charge_finders import _GENERIC_PARTY, _NOT_A_NAME, _ROLE_WORD
    if not is_unit_cell(units) or units.startswith(("各", "相关", "有关", "所有")) or _ROLE_WORD.fullmatch(units) \
            or _POINTING.match(units):
        return None
    lead = split_units(units)
    if not lead or any(_NOT_A_NAME.search(u) or (_TASK_VERB_START.match(u) and not office_named_by_verb(u))
                       or not is_unit_cell(u) or _GENERIC_PARTY.match(u) for u in lead):
        return None
    return lead


_SENTENCE_STOP = re.compile(r"[。;；\n]")
_CLAUSE_STOP = re.compile(r"[,，。;；]")


# (unitB26) ``X的职责包括Y``: the unit's duties named by a copula (``包括``, ``是``, ``为``, ``主要有``) after ``X的(主要)职责``;
# not a copula with a colon (``X的主要职责是:1.…``): a list of items follows, which ``unit_duty_items.owner_duty_items`` reads
_DUTY_COPULA = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？,，\n\s]))(?P<units>[^。;；,，:：\s由的]{2,30}?)的(?:主要|工作|具体)?"
                          r"(?:职责|職責)(?:主要)?(?:包括|包含|有|是|为|為)\s*(?P<duty>(?![:：])[^。;；!！?？\n]{4,160})")
_CLOSING_ETC = re.compile(r"等(?:工作|事项|職責|职责)?$")


# (unitA40) the same copula after a duty noun with no ``的`` or another noun of a body's remit (``职能``, ``业务项目``,
# ``业务范围``), also closed by a colon where the duties run on in the same line (``后勤组主要职能是:管理…``): not a list
_DUTY_NOUN_COPULA = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n\s]))(?P<units>[^。;；,，:：\s由的其该該本]{3,20}?)的?(?:主要|工作|具体|具體)?"
                               r"(?:职能|職能|业务项目|業務項目|业务范围|業務範圍|职责|職責)(?:主要)?(?:包括|包含|是|为|為)\s*[:：]?"
                               r"(?P<duty>(?![\s\d(（一二三四五六七八九十①-⑳:：])[^。;；!！?？\n]{4,160})")


def duty_noun_copulas(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(unitA40) ``duty_copulas`` for ``X(主要)职能是:Y``, ``X的业务项目包括:Y``, ``X主要职责是Y`` (a body's remit stated by
    a duty noun, its duties run on after the copula in the same line): lead X, task the first duty (a list's first item
    up to ``、``, a closing ``等`` dropped), quote from X to the end of the sentence. Not: the kinds of its remit named
    (``X的主要职能是教育职能和服务职能``: the duty itself ends in ``职能``/``职责``), a person or a post
    (``组长主要职责是:``), a collective or a pointer (``_topic_units``), a list on the lines below (``…职责是:\n1.…``)."""
    from extract.rules.unit_page_bodies import _PERSONAL
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if not any(w in text for w in ("职能", "職能", "业务", "業務", "职责", "職責")):
        return out
    for m in _DUTY_NOUN_COPULA.finditer(text):
        name = m.group("units")
        lead = _topic_units(name)
        if lead is None or _PERSONAL.search(name) or any(len(u) < 3 for u in lead):
            continue
        duty = m.group("duty").rstrip()
        if duty.endswith(("职能", "職能", "职责", "職責")):
            continue  # (``X的主要职能是教育职能和服务职能``: the kinds of its remit named, no task)
        first = _CLOSING_ETC.sub("", re.split(r"[,，、]", duty, maxsplit=1)[0]).strip()
        if len(first) >= 4:
            out.append((m.start(), m.start("duty") + len(duty), first, lead, []))
    return out


def duty_copulas(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(unitB26) (start, end, task, lead, []) of each sentence of ``text`` that names a unit's duties with a copula after
    ``X的职责`` (``某县交通局的职责包括规划校车线路、…等``, ``甲中心的主要职责是…``): lead X, task = the duties' first clause (a
    closing ``等`` dropped), the quote from X to the sentence's end (U7: ``X负责Y`` said of the unit's duties). Not: a topic
    that points back (``其职责``, ``该局的职责``), a collective or no unit's name (``各部门的职责``, ``学校的职责``:
    ``_topic_units``), a kind of body in general (``学校的职责是…``: a name of two characters)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "职责" not in text and "職責" not in text:
        return out
    for m in _DUTY_COPULA.finditer(text):
        lead = _topic_units(m.group("units"))
        if lead is None or any(len(u) < 3 for u in lead):
            continue  # (``学校的职责是育人``: a kind of body in general, no body named)
        duty = m.group("duty").rstrip()
        first = _CLOSING_ETC.sub("", _CLAUSE_STOP.split(duty, maxsplit=1)[0]).strip()
        if len(first) >= 4:
            out.append((m.start(), m.start("duty") + len(duty), first, lead, []))
    return out


# (unitA34) ``X是负责Y的…部门``: the charge inside the definition (``某部是负责教育和语言工作的政府工作部门``)
_CHARGED_KIND = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？,，\n\s]))(?P<units>[^。;；,，:：\s由是]{2,30}?)是"
                           r"(?:在[^。;；,，的是]{1,24}?(?:领导|領導)下)?(?:主要)?(?:负责|負責)"  # (unitA40) ``X是在Z领导下负责Y的…部门``
                           r"(?P<task>[^。;；,，的]{2,40})的[^。;；,，]{0,12}?(?:部门|机构|单位)")


def charged_kinds(text: str) -> list[tuple[int, int, str, list[str]]]:
    """(unitA34) (start, end, task, lead) of each ``X是负责Y的…部门/机构/单位`` of ``text``: a definition whose kind
    holds the unit's charge (U7: ``X负责Y`` said by the definition); quote from X to the end of Y. Not: a topic that
    points back or names no body (``该局``, ``学校``: ``_topic_units``), a definition whose sentence leads into X's own
    list (``…的核心部门,其主要职责包括:``: the items are its rows, U8b)."""
    out = []
    if "是负责" not in text and "是主要负责" not in text and not ("是在" in text and "领导下" in text):
        return out
    for m in _CHARGED_KIND.finditer(text):
        stop = _SENTENCE_STOP.search(text, m.end())
        if text[m.end():stop.start() if stop else len(text)].rstrip().endswith((":", "：")):
            continue  # (``X是负责Y的核心部门,其主要职责包括:``: the lead-in of X's own list, whose items are its rows)
        lead = _topic_units(m.group("units"))
        if lead is not None and len(m.group("task").strip()) >= 4:
            out.append((m.start(), m.end("task"), m.group("task").strip(), lead))
    return out


def defined_duties(text: str, offset: int, taken) -> list:
    """The rows of the sentences of ``text`` (a paragraph at ``offset``) that define a unit, then say what it mainly
    does, with its later ``会同`` clauses; none whose quote overlaps a hit of ``taken``."""
    if "负责" not in text or not ("主要负责" in text or "具体负责" in text or "是" in text or "作为" in text):
        return []
    from extract.cues import is_unit_cell
    from extract.rules.units import AssignmentHit, split_units
    spans = [(h.start - offset, h.end - offset) for h in taken]
    out = []
    for a, b, task, lead in charged_kinds(text):  # (unitA34) ``X是负责Y的…部门``
        if not any(x < b and a < y for x, y in spans):
            out.append(AssignmentHit(offset + a, offset + b, task, lead, [], cue="defined_duty"))
    for m in _DEFINED.finditer(text):
        lead = _topic_units(m.group("units"))
        if lead is None or (m.group("adv") is None and m.group("what") is None and m.group("kind") is None):  # (unitA25) bare 负责 after ``是…机构`` only
            continue
        run = m.group("task")
        stop = _NEXT_DUTY.search(run)
        task = run[:stop.start()] if stop else run
        if len(task.strip()) < 4:
            continue
        end = m.start("task") + len(task)
        if any(a < end and m.start() < b for a, b in spans):
            continue
        out.append(AssignmentHit(offset + m.start(), offset + end, task.strip(), lead, [], cue="defined_duty"))
        stop_at = _SENTENCE_STOP.search(text, end)  # (not a copy of the rest of the paragraph per definition)
        sentence_end = stop_at.start() if stop_at else len(text)
        at = end
        while at < sentence_end:
            w = _WITH_CLAUSE.match(text, at)
            if w is not None and w.end() <= sentence_end and is_unit_cell(w.group("with")):
                out.append(AssignmentHit(offset + w.start("open"), offset + w.end(), w.group("task").strip(), list(lead),
                                         split_units(w.group("with")), cue="defined_duty_with"))
            # a duty with no helper between (``,参与项目检查``) is the topic's own and gives no row of its own
            nxt = _NEXT_DUTY.search(text, at + 1, sentence_end)
            if nxt is None:
                break
            at = nxt.start()
    return out


# a list marker that opens a paragraph: ``2、``, ``3.``, ``(4)``
_OPENING_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[、.．](?!\d)|[(（]\d{1,2}[)）])\s*")


def after_opening_mark(text: str, offset: int, taken, find) -> list:
    """The charge clauses of a numbered paragraph (``3、推进办(甲站、乙站)负责农业技术的宣传;``) read without its marker,
    where the marker glued to the unit's name kept the clause from reading (``3、推进办…`` is no list of units), by
    ``find`` (the charge-clause finder); none where the paragraph already gave a row in its opening clause."""
    m = _OPENING_MARK.match(text)
    if m is None or "负责" not in text:
        return []
    first = _CLAUSE_STOP.search(text, m.end())
    first_end = first.start() if first else len(text)
    if any(h.start - offset < first_end for h in taken):
        return []
    return [h for h in find(text[m.end():], offset + m.end()) if h.start - offset < first_end]


# a task cell that is a bureau's name and nothing else: ``某县人社局``, ``市教育局``
_BUREAU_TASK = re.compile(r"^[省市州县区][\u4e00-\u9fff]{1,8}(?:局|委|办|厅)$")


# a figure a sentence states: a year, a percentage, an amount with its measure (a note's words, never a unit's name)
_FIGURE_NOTE = re.compile(r"(?:19|20)\d\d\s*年|\d\s*%|\d\s*(?:万|亿)?(?:元|个|项|人|吨|公里|平方米|亩)")


def row_read_out_of_line(task: str, units: list[str]) -> bool:
    """A table row whose cells fell into the wrong columns (a table flattened into lines, read by its header's column
    count while its rows have sub-rows): its task cell holds a unit's name (task ``某县人社局``) or every worded unit
    its role columns gave opens with a task's verb and reads as no unit (``扶持农村青年返乡创业``, a serial ``10*``
    beside it), or every worded unit is a sentence stating a figure (``某规划预期2031年普及率达到90%``: a note column read
    where a merged unit cell was lost). Such a row gives no unit row. Not: a task that names a body in a longer phrase (``某县人社局窗口改造``),
    a list with one real unit, a verb-named office (``发展改革局``)."""
    from extract.cues import is_unit_cell
    from extract.rules.units import _TASK_VERB_START
    if units and _BUREAU_TASK.match(task):
        return True
    worded = [u for u in units if re.search(r"[\u4e00-\u9fff]", u)]  # a serial or a mark (``10*``) names nothing
    if worded and all(_FIGURE_NOTE.search(u) and not is_unit_cell(u) for u in worded):
        return True  # (r25 unitB25) a note column's sentence in the unit column (``…2031年普及率达到90%``): a merged cell lost
    return bool(worded) and all(_TASK_VERB_START.match(u) and not is_unit_cell(u) and not office_named_by_verb(u)
                                for u in worded)
