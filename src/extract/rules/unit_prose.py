"""Unit assignments that prose states by lists (seventh round), each form a small named cue:

- ``counted_lead_list``: tasks counted and listed after the unit that leads them, as a news report of a
  division of work writes them (``有2项由甲局牵头,分别是种好蓝果;管好果园。``): one record per listed task;
- ``task_then_sharers``: a task, then the units that take it (``…修好水渠,由甲局、乙局等分工负责。``, also without
  ``由`` or in a sentence of their own);
- ``task_then_roles``: a task, then unbracketed role parts with a lead (``…,由甲局牵头,乙局配合。``,
  ``…,由甲局负责,乙局配合。``);
- ``sharers_then_tasks``: units that share a list of tasks, before it (``甲局、乙局等分工负责种好蓝果;管好果园。``):
  one record per task;
- ``unit_duty_blocks``: a run of units each followed by a colon and its duties, as a plan's division of duties
  writes them in one paragraph (``甲局:负责…;…。 乙局:1.…; 2.…``) or a unit a paragraph: one record per unit, or
  per numbered duty;
- ``unit_titled_items``: numbered items run together in one paragraph, each titled by a unit's bare name closed by
  ``。`` (``1.甲局。负责…;…。2.乙站。制定…``): one record per item, its first clause;
- ``labels_with_copula``: role labels stated with ``为`` after a task (``…。牵头单位为甲局,配合单位为乙局。``).

``分工负责`` / ``共同负责`` (shared, no one leads) give responsible units; ``牵头`` / ``负责`` give the lead, as
in U7. Every hit names its cue (``AssignmentHit.cue``)."""

from __future__ import annotations

import functools
import re

from extract.cues import is_person_name, is_unit_cell
from extract.roles import (DUTY_MANNER, ASSIST_VERBS, CHARGE_VERBS, LABEL_HEADS, LEAD_LABEL, LEAD_VERBS, RESP_LABEL, ROLE_VERBS,
                           alternation)
from extract.rules import unit_charged_heads as _uch  # (unitB26)
from extract.rules import unit_name_notes as _unn  # (unitA27) U3: a name's plate bracket kept
from extract.rules import unit_bare_titles as _ubt  # (unitA27) U8a: unnumbered items titled by a unit
from extract.rules.unit_clauses import DISTRIBUTIVE_PARTY, blank_help_doing, with_units_then_task
from extract.rules import unit_labels as _ugB15
from extract.rules import rulebook_units as _rbu  # (r18 confU18)
from extract.rules import unit_run_headings as _urh
from extract.rules import unit_genitive_labels as _ugl35  # (unitA35) ``X之主责单位为Y``
from extract.rules import unit_peer_heads as _uph  # (unitA35) a charter's sections named alike
from extract.rules import unit_post_lines as _upl  # (unitA34) a group's posts with their colons lost
from extract.rules.unit_function_bodies import function_body_name
from extract.rules.units import _VERB_THEN_DUN, AssignmentHit, bare_unit_heading, split_units, task_before, unit_list_heading, verb_roles
from extract.rules.unit_charge_finders import assisting_units
from extract.rules.scan import SegmentScan

# the roles of the verb that closes a unit list
_SHARED_VERB = r"(?:按照?职责分工负责|分工负责|共同负责|分别负责)"
_LEAD_VERB = alternation(LEAD_VERBS)
_ANSWER_VERB = alternation(CHARGE_VERBS + ASSIST_VERBS)
_UNITS = r"[^。;；,，:：\s由]{2,80}?"
# ``等`` and a collective tail before the verb: ``甲局、乙局等部门``
_UNITS_TAIL = r"(?:等(?:有关|相关)?(?:部门|单位)?)?"
_COUNT = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_LIST_OPEN = r"\s*(?:[,，:：]?\s*(?:分别是|分别为|具体是|具体为|包括|即)\s*[:：]?|[:：])\s*"


# compiled once (an inline ``re.search(pattern, …)`` looks the pattern up in ``re``'s cache on every call)
_SHARED_ONLY = re.compile(_SHARED_VERB)
_SHARED_END = re.compile(_SHARED_VERB + "$")


def role_of_verb(verb: str) -> str:
    """``lead`` for a verb that puts the units at the head of a task (``牵头``, ``牵头负责``, ``负责``),
    ``responsible`` for one that shares it or helps (``分工负责``, ``共同负责``, ``配合``, ``参与``)."""
    if _SHARED_ONLY.fullmatch(verb) or verb in ASSIST_VERBS:
        return "responsible"
    return "lead"


def _named_units(units: str) -> list[str] | None:
    """The units of a list that reads as organisations' names, else None (``各学校``, a clause)."""
    units = units.strip()
    if not units or units.startswith(("各", "相关", "有关", "主要")) or not is_unit_cell(units):
        return None
    if re.match(r"[对對](?![外內内])", units):
        return None  # (lead53) ``对县委、县政府负责``: those it answers to (not ``对外联络处``, a name)
    out = split_units(units)
    if not out or not all(is_unit_cell(u) for u in out):
        return None
    return out


def _roles(units: list[str], verb: str) -> tuple[list[str], list[str]]:
    return (units, []) if role_of_verb(verb) == "lead" else ([], units)


_ITEM_SEP = re.compile(r"[;；]")
_PART_SEP = re.compile(r"[,，]")


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the ``;``-separated items of ``text[start:end]``, each stripped of blanks and a closing
    mark."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in list(_ITEM_SEP.finditer(text, start, end)) + [None]:
        stop = m.start() if m is not None else end
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in "。"):
            b -= 1
        if b - a >= 2:
            out.append((a, b))
        pos = stop + 1
    return out


# ``有3项由甲局牵头,分别是…``, ``甲局牵头的有2项,包括…``
_COUNTED_LEAD = re.compile(
    rf"(?:有\s*{_COUNT}\s*项(?:工作|任务)?\s*由\s*(?P<u1>{_UNITS}){_UNITS_TAIL}(?P<v1>{_LEAD_VERB}|{_ANSWER_VERB})"
    rf"|(?:由)?(?P<u2>{_UNITS}){_UNITS_TAIL}(?P<v2>{_LEAD_VERB}|{_ANSWER_VERB})(?:的)?(?:工作|任务)?(?:共|共计)?有?\s*{_COUNT}\s*项(?:工作|任务)?)"
    rf"{_LIST_OPEN}")


# the count and the word before it (``有``, the verb), and the words that open the list: scans that skip to a
# character of their own
_COUNTED_QUICK = re.compile(rf"(?:有|{alternation(LEAD_VERBS + CHARGE_VERBS + ASSIST_VERBS)})的?(?:工作|任务)?(?:共|共计)?有?\s*{_COUNT}\s*项")
_LIST_OPEN_QUICK = re.compile(r"分别是|分别为|具体是|具体为|包括|即|:|：")
_COUNTED_VERBS = LEAD_VERBS + CHARGE_VERBS + ASSIST_VERBS


def counted_lead_list(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Tasks counted and listed after the unit that leads (or shares) them: ``有2项由甲局牵头,分别是种好蓝果;
    管好果园。`` -> one record per ``;``-separated task to the sentence's end. The first record's quote opens
    with the count."""
    hits: list[AssignmentHit] = []
    if "项" not in text or not any(v in text for v in _COUNTED_VERBS) or _COUNTED_QUICK.search(text) is None \
            or _LIST_OPEN_QUICK.search(text) is None:
        return hits  # every match holds a count, a role verb and a list's opening (cheap tests before the scan)
    for m in _COUNTED_LEAD.finditer(text):
        units = _named_units(m.group("u1") or m.group("u2"))
        if units is None:
            continue
        lead, resp = _roles(units, m.group("v1") or m.group("v2"))
        stop = text.find("。", m.end())
        stop = len(text) if stop < 0 else stop
        for k, (a, b) in enumerate(_items(text, m.end(), stop)):
            hits.append(AssignmentHit(offset + (m.start() if k == 0 else a), offset + b, text[a:b],
                                      list(lead), list(resp), cue="counted_lead_list"))
    return hits


# a leading connective clause is no part of the task: ``例如,``, ``其中,``
_CONNECTIVE = re.compile(r"(?:例如|比如|譬如|其中|此外|另外|同时|再如|又如|如)\s*[,，:：]\s*")
_TASK_THEN = re.compile(
    rf"[,，。]\s*(?:均|将|则|具体|统一)?由?\s*(?P<units>{_UNITS}){_UNITS_TAIL}"  # (unitA25: ``…,具体由甲局负责。``)
    # an adverb of the charge (``由甲局具体负责``, ``由甲局统一牵头``)
    r"(?:具体|主要|统一|全面)?"
    # (``负责跟进``: Hong Kong and Macau's ``负责`` of a task to follow up)
    rf"(?P<verb>{_SHARED_VERB}|{_LEAD_VERB}|负责)(?:跟进)?(?=\s*(?:[。;；]|$))")


# every verb ``_TASK_THEN`` reads ends in 负责, 牵头 or 统筹 (or 负责跟进) and closes its sentence
_TASK_THEN_QUICK = re.compile(r"(?:负责|牵头|统筹|负责跟进)\s*(?:[。;；]|$)")


def _ends_with_role_part(task: str) -> bool:
    """A task whose last clause is a unit list closed by a role verb (``修好水渠,由甲局牵头``): the clause is no part of the
    task but the first of its role parts (U7)."""
    parts = _COMMA.split(task)
    if len(parts) < 2:
        return False
    last = _BY_OPEN.sub("", parts[-1].strip())
    roles = verb_roles(last) if last else None
    return roles is not None and all(is_unit_cell(u) for u in roles[0] + roles[1])


def task_then_sharers(text: str, offset: int = 0) -> list[AssignmentHit]:
    """A task, then the units that take it closing the sentence or a sentence of their own:
    ``修好水渠,由甲局、乙局等分工负责。`` (shared: responsible), ``…,由甲局牵头负责。`` (lead), ``修好水渠。甲局、乙局
    按职责分工负责。``. The task is the sentence before the comma (or the full stop), 4 to 160 characters, a leading
    connective (``例如,``) left out."""
    hits: list[AssignmentHit] = []
    if ("负责" not in text and "牵头" not in text and "统筹" not in text) or _TASK_THEN_QUICK.search(text) is None:
        return hits  # (cheap tests before the scan)
    floor = 0
    for m in _TASK_THEN.finditer(text):
        units = _named_units(m.group("units"))
        if units is None or (len(units) == 1 and DISTRIBUTIVE_PARTY.match(units[0])):
            continue  # (r15 ug15, U7d) ``…,由学员所在单位负责`` names a party; ``…,由各学院负责`` no one
        a = max(floor, max(text.rfind(c, 0, m.start()) for c in "。;；") + 1)
        a += len(text[a:m.start()]) - len(text[a:m.start()].lstrip())
        if (c := _CONNECTIVE.match(text, a, m.start())) is not None:
            a = c.end()
        task = text[a:m.start()].rstrip()
        if not 4 <= len(task) <= 160:
            continue
        if _ends_with_role_part(task):
            continue  # ``修好水渠,由甲局牵头,乙局等按职责分工负责``: role parts after the task (``task_then_roles``)
        lead, resp = _roles(units, m.group("verb"))
        hits.append(AssignmentHit(offset + a, offset + m.end(), task, lead, resp, cue="task_then_sharers"))
        floor = m.end()
    return hits


_SENTENCE = re.compile(r"[^。;；]+")
_HELP_VERB = re.compile(alternation(ASSIST_VERBS) + "$")


# ``、`` right after ``负责`` before a helpers' part that closes the text (``甲局负责、乙局、丙局配合``): a part's end
_CHARGE_THEN_DUN = re.compile(r"(?<=负责)、(?=[^,，;；。]{2,80}?" + alternation(ASSIST_VERBS) + r"\s*$)")


def _charge_then_help(tail: str) -> tuple[list[str], list[str]] | None:
    """``甲局负责,乙局、丙局配合``: role parts without ``牵头`` where the first takes the task (``负责``, not a shared
    ``分工负责``) and the others help: the first leads."""
    if "、" in tail:
        tail = _CHARGE_THEN_DUN.sub("，", tail)  # ``甲局负责、乙局、丙局配合``: the ``、`` after the verb parts the roles
    parts = [p.strip() for p in _PART_SEP.split(tail) if p.strip()]
    if len(parts) < 2 or not parts[0].endswith("负责") or _SHARED_END.search(parts[0]) \
            or not all(_HELP_VERB.search(p) for p in parts[1:]):
        return None
    first = verb_roles(parts[0])
    rest = verb_roles("，".join(parts[1:]))
    if first is None or rest is None:
        return None
    return first[0] + first[1], rest[0] + rest[1]


_ROLE_ENDS = ROLE_VERBS  # the endings of ``units.verb_roles``'s verbs
_LEAD_OR_HELP = re.compile(alternation(LEAD_VERBS + ASSIST_VERBS))
_COMMA = re.compile(r"[,，]")
_BY_OPEN = re.compile(r"^(?:均|将|则)?由")
_ROLE_CLOSE = re.compile(alternation(ROLE_VERBS) + r"[\s,，]*(?:[。;；]|$)")


def _may_close_roles(sentence: str) -> bool:
    """False where no run of role parts can close the sentence: it holds no lead (``牵头``) nor helping verb, or its
    last part ends with no role verb (a line break inside it may join a verb: read then)."""
    if _LEAD_OR_HELP.search(sentence) is None:
        return False
    if "\n" in sentence:
        return True
    last = sentence.rstrip()
    while last.endswith((",", "，")):
        last = last[:-1].rstrip()
    return last.endswith(_ROLE_ENDS)


# a collective of one kind of organisation (``相关保洁公司``, ``有关运营单位``): the parties of that kind that the matter touches
_KIND_COLLECTIVE = re.compile(r"^(?:相关|有关)[\u4e00-\u9fff]{1,10}(?:公司|企业|单位|部门|机构|学校|医院)$")


def _party_with_helpers(lead: str, helpers: list[str]) -> bool:
    """A collective of one kind (``相关保洁公司``) takes the lead of a task where the clause after it names the
    organisations that help it (``…,由相关保洁公司负责、乙处配合``): a division of work, the collective is a party of it (U3:
    collective tails are units). Alone (``由相关部门负责``) or led by ``各`` (``各学校负责``) it names no one (U7)."""
    return bool(helpers) and _KIND_COLLECTIVE.match(lead) is not None \
        and any(not h.startswith(("各", "相关", "有关")) for h in helpers)


# (perf16) ``any(v in text for v in LEAD_VERBS + ASSIST_VERBS)`` in one scan (an alternation of the words, escaped)
_LEAD_OR_ASSIST_VERB = re.compile("|".join(map(re.escape, LEAD_VERBS + ASSIST_VERBS)))


def task_then_roles(text: str, offset: int = 0) -> list[AssignmentHit]:
    """A task, a comma, then role parts to the sentence's end, one of them a lead: ``修好水渠,由甲局牵头,乙局、
    丙局配合。`` (the unbracketed ``(甲局牵头,乙局配合)``), ``…,由甲局负责,乙局配合。`` (``_charge_then_help``). The
    task is the sentence before the first comma whose rest reads as role parts, each a unit list closed by its
    verb (``units.verb_roles``)."""
    hits: list[AssignmentHit] = []
    if _LEAD_OR_ASSIST_VERB.search(text) is None:
        return hits  # every run of role parts holds a lead part or a helping one
    text = blank_help_doing(text)  # (r15 ug15) ``乙局配合办理``
    if "\n" not in text and _ROLE_CLOSE.search(text) is None:
        return hits  # no role verb closes a sentence (``_may_close_roles`` of every sentence at once)
    for sent in _SENTENCE.finditer(text):
        s0, s1 = sent.span()
        if not _may_close_roles(sent.group()):
            continue  # (a cheap test before the parts are read)
        for comma in _COMMA.finditer(text, s0, s1):
            cut = comma.start()
            tail = text[cut + 1:s1].strip()
            tail = _BY_OPEN.sub("", tail)
            roles = verb_roles(tail) if any(v in tail for v in LEAD_VERBS) else _charge_then_help(tail)
            parted = _PART_SEP.search(tail) or _VERB_THEN_DUN.search(tail) or _CHARGE_THEN_DUN.search(tail)
            if roles is None or not roles[0] or not parted \
                    or not all(is_unit_cell(u) and (not u.startswith(("各", "相关", "有关"))
                                                    or _party_with_helpers(u, roles[1])) for u in roles[0]) \
                    or not all(is_unit_cell(u) for u in roles[1]):
                continue
            a = s0 + len(text[s0:cut]) - len(text[s0:cut].lstrip())
            if (c := _CONNECTIVE.match(text, a, cut)) is not None:
                a = c.end()
            task = text[a:cut].strip()
            if 4 <= len(task) <= 160:
                end = s1 - (len(text[s0:s1]) - len(text[s0:s1].rstrip()))
                hits.append(AssignmentHit(offset + a, offset + end, task, roles[0], roles[1], cue="task_then_roles"))
            break
    return hits


_SHARERS_THEN = re.compile(
    rf"(?:(?<=^)|(?<=[。;；,，:：\s]))(?P<units>{_UNITS}){_UNITS_TAIL}(?P<verb>{_SHARED_VERB})(?!制)(?P<tasks>[^。]{{2,}}?)(?=。|$)")


_AFTER_LEAD = re.compile(r"(?:牵头|统筹)[,，]\s*$")
_SHARED_QUICK = re.compile(r"分工负责|共同负责|分别负责")  # every ``_SHARED_VERB`` holds one


def sharers_then_tasks(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Units that share the tasks listed after them: ``甲局、乙局等分工负责种好蓝果;管好果园。`` -> one record per
    ``;``-separated task (responsible units: shared, no one leads). The first quote opens with the units."""
    hits: list[AssignmentHit] = []
    if _SHARED_QUICK.search(text) is None:
        return hits  # every shared verb ends so (a cheap test before the scan)
    for m in _SHARERS_THEN.finditer(text):
        units = _named_units(m.group("units"))
        if units is None or _AFTER_LEAD.search(text, max(0, m.start() - 4), m.start()) is not None:
            continue  # (``甲局牵头,乙局、丙局按职责分工负责,…``: helpers of a lead, ``led_then_task``'s)
        for k, (a, b) in enumerate(_items(text, m.start("tasks"), m.end("tasks"))):
            hits.append(AssignmentHit(offset + (m.start() if k == 0 else a), offset + b, text[a:b], [], list(units),
                                      cue="sharers_then_tasks"))
    return hits


# a unit named at the head of its duties: ``(一)甲局:``, ``2.乙局(以下简称乙局):``, ``丙局负责:``, ``丁局职责:``
_DUTY_HEAD = re.compile(
    r"(?:(?<=^)|(?<=[。;；\s]))(?P<mark>[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}、|"
    r"\d{1,2}\s*[.、．](?!\d)|\d{1,2}[)）]|[①-⑳]|[•●◆■▪◇○·]|[-*](?=\s))?\s*"  # (unitB27) ``①``, ``1)`` as ``1.``  # (unitA25) a bullet (markdown's bold goes in normalise: scrape_tolerance.MARKDOWN_BOLD)
    r"(?P<open>[【\[])?(?P<unit>[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[、/／,，](?=[\u4e00-\u9fff])){1,31}?)(?P<note>[(（][^()（）:：]{1,24}[)）])?\s*(?:负责|的?(?:主要)?职责)?\s*"
    r"(?(open)[】\]]\s*[:：]?|(?:[:：]|——|--))")  # (unitA31) ``研究生院/研究生处:``: one office's two names (U3a, ``unit_slash_names``); (unitB27) ``【甲局】负责…``, ``甲局——负责…``: a bracket or a dash sets the unit off as a colon does
_DUTY_ITEM = re.compile(r"(?:(?<=^)|(?<=[。;；\s:：]))\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．]|[①-⑳]|[(（]\d{1,2}[)）]|\d{1,2}[)）])\s*(?=[\u4e00-\u9fff])")
_CLAUSE_END = re.compile(r"[，,。；;]")
# a name that ends like an agency (``乙署``), beside the endings of a bare unit heading; not ``部署``, ``签署``
# (unitA28) a law's agency in charge named by its field (``卫生主管机关:主管…``)
_AGENCY_END = re.compile(r"(?<![部签连])署$|主管机关$")


def duty_unit(name: str) -> list[str] | None:
    """The unit of a duty block's head: one organisation's bare name (``甲县花木局``, ``本部``,
    ``乙部果树发展署``), else None. (unitA37) Heads joined by commas (``组织部,学习部:负责…``) name several units that
    share the duty, as a ``、`` list does (U3: the comma splits units), where each part is a head of its own."""
    if "," in name or "，" in name:
        return comma_duty_units(name)
    if (units := bare_unit_heading(name)) is not None:
        return units
    if function_body_name(name, teams=True):  # (unitA25) ``宣传组:负责…``: a working group's label over its duties
        return [name]
    if _AGENCY_END.search(name) and is_unit_cell(name) and not name.startswith(("各", "相关", "有关")):
        return [name]
    return None


def comma_duty_units(name: str) -> list[str] | None:
    """(unitA37) ``组织部,学习部`` at a duty head's colon: the units of each comma part, where every part is a duty head's
    unit by itself (``duty_unit``), else None (``为做好工作,区教育局``: a clause before the unit is no head)."""
    out: list[str] = []
    for part in re.split(r"[,，]", name):
        units = duty_unit(part) if part else None
        if not units:
            return None
        out += units
    return out


def _first_clause(text: str, a: int, b: int) -> tuple[int, int]:
    m = _CLAUSE_END.search(text, a, b)
    end = m.start() if m else b
    while end > a and text[end - 1].isspace():
        end -= 1
    return a, end


_PHONE = re.compile(r"\s*[\d()（）#-]{5,}")
# a contact line's own labels after the unit's colon (``甲办:地址:…``, ``乙局:联系电话:…``): where to reach it, no duty
# (any compound of the kind: ``联络电话``, ``服务热线``, ``邮递区号``, ``办公地点``, ``办公时间``, ``E-mail``)
_CONTACT_LABEL = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}(?:地址|地点|电话|热线|手机|传真|邮编|邮政编码|邮递区号|邮箱|邮件|网址|网站)|"
                            r"联系人|联络人|联系方式|联络方式|(?:办公|服务|受理|接待|上班)时间|QQ|微信|E-?mail|email)\s*[:：]",
                            re.IGNORECASE)
_TWO_CJK = re.compile(r"[\u4e00-\u9fff]{2}")


# the dates a report opens with (``3月5日、4月18日,``, ``2031年3月,``): when it was done, before what was done
# (lead47) or a time set by an event, before or during it (``考试前,``, ``活动期间,``, ``汛期结束后,``): when, then what
_LEADING_DATES = re.compile(r"\s*(?:(?:(?:20\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:[、和至-]|$)?)+"
                            r"|[\u4e00-\u9fff]{1,6}?(?:之?前|期间|之?后|当天|当日))\s*[,，]\s*")


# (lead47) a body's head named: ``由校长担任指挥长``, ``由某某兼任组长`` (people, a post of the body)
_STAFFED_BY_HEAD = re.compile(r"^由[^,，。;；]{1,12}?(?:担任|兼任|任)[^,，。;；]{0,6}?(?:长|主任|组长|主席)$")


def is_duty(body: str) -> bool:
    """Text after ``甲局:`` that states a duty: a first clause of four or more characters, not a phone number
    (``0123-4567``), a contact label (``地址:…``, ``联系电话:…``; U8: contact lines are no items) nor a person's
    name (``张三``)."""
    a, b = _first_clause(body, len(body) - len(body.lstrip()), len(body))
    if (dates := _LEADING_DATES.match(body, a)) is not None:  # ``1月12日、3月5日,甲局联合…开展…``: when, then what
        a, b = _first_clause(body, dates.end(), len(body))
    first = body[a:b]
    if _STAFFED_BY_HEAD.match(first):
        return False  # (lead47) ``某指挥部:由院长担任总指挥,…``: who heads the body, no duty of it (U4a)
    return len(first) >= 4 and _PHONE.match(body) is None and _CONTACT_LABEL.match(body) is None \
        and not is_person_name(first) \
        and _TWO_CJK.search(first) is not None and not _upl.post_roll(body)  # (unitA34) ``组长 X X 组员 X X``: people


# the end of every duty head: a unit's last character (or the bracket or 负责/职责 after it) before the colon
_DUTY_HEAD_QUICK = re.compile(r"[局委办室部处科课所心团会队站厅股署责联协门组司关馆院)）]\s*(?:[:：]|——|--|[】\]])")  # (unitB27 ``】``, ``——``)  # (unitA27 司: ``某公司:``)  # (联协: r15 ugB15 ``某区妇联:``; 门组: unitA25 ``后勤部门:``, ``执行小组:``)


@functools.lru_cache(maxsize=1024)  # a paragraph is read by ``opens_with_duty_head`` and by ``unit_duty_blocks``
def _duty_heads(text: str) -> list[tuple[re.Match[str], list[str]]]:
    out: list[tuple[re.Match[str], list[str]]] = []
    if _DUTY_HEAD_QUICK.search(text) is None:
        return out  # (a cheap test before the scan)
    for m in _DUTY_HEAD.finditer(text):
        units = duty_unit(m.group("unit")) or _uch.charged_body_head(m.group("unit"), m.group())  # (unitB26) ``国旗班负责:``
        units = _unn.with_plate_note(units, m.group("note"))  # (unitA27) ``某站(挂某馆牌子):``: the plate kept (U3)
        if units is not None:
            out.append((m, units))
    out = _uph.glued_ordinal_heads(text, out) if "第" in text else out  # (lead47) ``…事项第二科:掌…``
    out = _uph.division_title_heads(text, out, _DUTY_HEAD, duty_unit) if "工" in text or "职责" in text else out  # (lead47)
    return _uph.glued_number_heads(text, out, duty_unit) if "1" in text else out  # (lead47) ``…职责1甲组:…2乙组:``


def opens_with_duty_head(text: str) -> bool:
    """A paragraph that opens with a unit, a colon and a duty (``甲局:负责…``): one line of a division of
    duties written a unit a line."""
    if ":" not in text and "：" not in text and "】" not in text and "]" not in text and "——" not in text and "--" not in text:
        return False  # ((unitB27) a bracket or a dash sets a unit off too)
    heads = _duty_heads(text)
    if not heads or heads[0][0].start() != len(text) - len(text.lstrip()):
        return False
    end = heads[1][0].start() if len(heads) > 1 else len(text)
    return is_duty(text[heads[0][0].end():end])


def unit_duty_blocks(text: str, offset: int = 0, min_heads: int = 2, per_item: bool = True) -> list[AssignmentHit]:
    """Two or more units in a row, each followed by a colon and its duties (``甲局:负责…;…。 乙局:1.…; 2.…``):
    the unit leads each duty. Numbered duties give one record each (the item's first clause); otherwise the
    block gives one, its first clause. A single ``甲局:…`` (a quote in a news report, a contact line) is no
    such run, unless the paragraphs around it make one (``min_heads=1``: the caller has seen the run).
    ``per_item=False`` (a progress report written unit by unit, ``甲局:1.已…;2.…``): what one unit reports is one
    row, its first item (the numbered points are its deeds on the one task, not tasks of their own)."""
    hits: list[AssignmentHit] = []
    if ":" not in text and "：" not in text and "】" not in text and "]" not in text and "——" not in text and "--" not in text:
        return hits
    heads = _duty_heads(text)
    if len(heads) < min_heads:
        return hits
    heads = _uph.peer_heads(text, heads, _DUTY_HEAD, is_duty)  # (unitA35) ``三、建设课:`` among ``二、财政课:`` heads
    for i, (m, units) in enumerate(heads):
        end = heads[i + 1][0].start() if i + 1 < len(heads) else len(text)
        end = _uph.sibling_end(text, m.end(), end, m, _DUTY_ITEM)  # (unitA35) a mark of the head's own style ends its block
        body_start = m.end()
        if not is_duty(text[body_start:end]):
            continue  # a phone number, a name or nothing: a contact line
        from extract.rules.unit_duty_list_shapes import defines_body  # (unitA38)
        if defines_body(text[body_start:end]):
            continue  # (unitA38) ``乙中心:针对某方向设立的科研机构,…``: what the body is, no duty of it
        from extract.rules.team_staffing import staffed_by_named_units  # (lead39)
        if (staffed := staffed_by_named_units(m.group("unit"), text[body_start:end])) is not None:
            # (lead39) ``宣传组:由校团委负责,负责宣传报道``: the bodies named after the group's label do its work (U3a, U7)
            a, b = _first_clause(text, body_start + staffed[1], end)
            if b - a >= 2:
                hits.append(AssignmentHit(offset + m.start(), offset + b, text[a:b], staffed[0], [], cue="unit_duty_blocks"))
            continue
        items = list(_DUTY_ITEM.finditer(text, body_start, end))
        if items and not per_item:
            items = items[:1]
        if items:
            for k, it in enumerate(items):
                stop = items[k + 1].start() if k + 1 < len(items) else end
                a, b = _first_clause(text, it.end(), stop)
                if b - a >= 2:  # (r18 confU18) U8a: the quote runs to the end of the item's first sentence
                    hits.append(AssignmentHit(offset + (m.start() if k == 0 else a), offset + _rbu.item_sentence_end(text, b, stop), text[a:b],
                                              list(units), [], cue="unit_duty_blocks"))
            continue
        lead_blank = len(text[body_start:end]) - len(text[body_start:end].lstrip())
        a, b = _first_clause(text, body_start + lead_blank, end)
        if (dates := _LEADING_DATES.match(text, body_start, end)) is not None:
            a, b = _first_clause(text, dates.end(), end)  # (the quote still opens at the unit)
        hits.append(AssignmentHit(offset + m.start(), offset + b, text[a:b], list(units), [], cue="unit_duty_blocks"))
    return hits


# an item marker and a title closed by a full stop (``2.乙站。``, ``(三)丙中心。``, ``四、丁局、戊委。``); the first item
# may stand right after the section's own title, run into it (``(二)职责分工1.甲局。…``: text flattened a page a line)
_TITLED_ITEM = re.compile(r"(?:(?<=^)|(?<=[。;；\s:：\u4e00-\u9fff]))(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|"
                          r"[一二三四五六七八九十]{1,3}、)\s*(?P<title>[^。;；,，:：\s\d()（）]{2,40}?)。")
_TITLE_END_QUICK = re.compile(r"[局委办室部处科所心团会队站厅股署]。")
# ``负责`` opening a duty: the task is what the unit is charged with (U7)
_DUTY_CHARGE = re.compile(r"^(?:主要|具体)?负责(?![人制的任])(?=\S{4})")


def unit_titled_items(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Two or more numbered items in one paragraph, each titled by organisations' bare names closed by ``。``
    and followed by their duties (a division of duties whose lines were run together: ``(二)职责分工1.甲局。制定…;
    督促…。2.乙站。负责…。``): each item is a unit assignment with the titled units as lead (U8, U8a: the unit that
    opens the item owns it); task = the first clause of its duties (``负责`` left out, U7), the quote runs from the
    title to the end of that clause. A title that is no bare unit name (``1.加强领导。``, ``2.果园。``) ends nothing:
    a run needs two unit titles, each with a duty after it (``is_duty``)."""
    hits: list[AssignmentHit] = []
    if _TITLE_END_QUICK.search(text) is None:
        return hits  # (every unit title ends in one of these characters before its full stop)
    heads = [(m, named) for m in _TITLED_ITEM.finditer(text)
             if (named := unit_list_heading(m.group("title")) or duty_unit(m.group("title")))]
    if len(heads) < 2:  # (unitA27) items that lost their numbers: ``…如下: 甲局。负责…。 乙局。负责…``
        heads = _ubt.unmarked_unit_titles(text, lambda t: unit_list_heading(t) or duty_unit(t))
    if len(heads) < 2:
        return hits
    for i, (m, named) in enumerate(heads):
        end = heads[i + 1][0].start() if i + 1 < len(heads) else len(text)
        body = text[m.end():end]
        if not is_duty(body):
            continue
        lead_blank = len(body) - len(body.lstrip())
        a, b = _first_clause(text, m.end() + lead_blank, end)
        task = text[a:b]
        if (charge := _DUTY_CHARGE.match(task)) is not None:
            task = task[charge.end():]
        if len(task) >= 4:
            hits.append(AssignmentHit(offset + m.start("title"), offset + b, task, list(named), [],
                                      cue="unit_titled_items"))
    return hits


_COPULA_LABEL = re.compile(rf"(?P<label>{LEAD_LABEL}|{RESP_LABEL})(?:为|是)\s*(?P<units>[^。;；,，:：\s]{{2,80}})")


_COMMA_ONLY = re.compile(r"\s*[,，]\s*")
_LEAD_LABEL = re.compile(LEAD_LABEL)
_COPULA_QUICK = re.compile(r"(?:单位|部门|科室|处室|股室|机关|主体|牵头)(?:为|是)")
_ROLE_NAME = re.compile(rf"(?:{LEAD_LABEL}|{RESP_LABEL}|(?:{alternation(LABEL_HEADS)}|主要)?(?:单位|部门))")


def _comma_runs(text: str, matches: list[re.Match]) -> list[list[re.Match]]:
    """The matches grouped into runs of one sentence: consecutive matches separated by commas only."""
    runs: list[list[re.Match]] = []
    for m in matches:
        if runs and _COMMA_ONLY.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _label_units(units: str) -> list[str] | None:
    """The units a label states (collectives such as ``各乡镇`` included), else None: a role word
    (``牵头单位``) or a text that is no unit list."""
    units = units.strip()
    if _ROLE_NAME.fullmatch(units) or not is_unit_cell(units):
        return None
    return split_units(units) or None


def _by_role(lists: list[tuple[str, list[str]]]) -> tuple[list[str], list[str]]:
    """The units of a run of ``(label, units)`` parts: the lead labels' units, then every other label's."""
    lead = [u for label, units in lists if _LEAD_LABEL.fullmatch(label) for u in units]
    resp = [u for label, units in lists if not _LEAD_LABEL.fullmatch(label) for u in units]
    return lead, resp


def labels_with_copula(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Role labels stated with ``为`` after a task: ``扩建冷库两座,牵头单位为甲局,配合单位为乙局、丙局。`` -> the task
    (the item or sentence before the first label) with its lead and responsible units. A label that names a
    role (``排在首位的为牵头单位``, a key) is no list of units."""
    hits: list[AssignmentHit] = []
    if _COPULA_QUICK.search(text) is None:
        return hits  # every label ends so (a cheap test before the scan)
    prev_end = 0
    owned = []  # (unitA35) ``甲计划之主责单位为秘书室、乙计划之…``: each genitive part its own row
    for a, b, task, label, named in _ugl35.genitive_labels(text):
        if (units := _label_units(named)) is not None:
            lead, resp = _by_role([(label, units)])
            hits.append(AssignmentHit(offset + a, offset + b, task, lead, resp, cue="labels_with_copula"))
            owned.append((a, b))
    for run in _comma_runs(text, [m for m in _COPULA_LABEL.finditer(text) if not any(a <= m.start() < b for a, b in owned)]):
        lists = [(m.group("label"), _label_units(m.group("units"))) for m in run]
        if any(units is None for _, units in lists):
            continue
        lead, resp = _by_role(lists)
        task, qstart = task_before(text, run[0].start(), prev_end)
        task = task.rstrip(",， ")
        if len(task) >= 2:
            hits.append(AssignmentHit(offset + qstart, offset + run[-1].end(), task, lead, resp, cue="labels_with_copula"))
            prev_end = run[-1].end()
    return hits


# ``扩建冷库两座,甲局为牵头单位,乙局、丙局为配合单位。``: the units first, then ``为`` and their role's label
_COPULA_AFTER = re.compile(rf"(?<=[,，])\s*(?P<units>[^。;；,，:：]{{2,60}}?)(?:作为|为|是)(?P<label>{LEAD_LABEL}|{RESP_LABEL})"
                           r"(?=\s*(?:[,，。;；]|$))")
# (perf16) a match holds its copula right before its label (``…为牵头单位``): a text without the two side by side is not
# scanned (the lookbehind that opens ``_COPULA_AFTER`` leaves sre no first character to skip to: it tries every place)
_COPULA_AFTER_QUICK = re.compile(rf"(?:为|是)(?:{LEAD_LABEL}|{RESP_LABEL})")


def units_then_copula_label(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Role labels stated after the units with ``为`` (the order of ``labels_with_copula`` turned round): ``扩建冷库
    两座,甲局为牵头单位,乙局、丙局为配合单位。`` -> the task before the first part, its lead and responsible units. The
    units must be organisations' names: ``排在首位的为牵头单位`` (a key) and ``丙县作为牵头单位`` name no one."""
    hits: list[AssignmentHit] = []
    if ("为" not in text and "是" not in text) or _COPULA_AFTER_QUICK.search(text) is None:
        return hits
    prev_end = 0
    for run in _comma_runs(text, list(_COPULA_AFTER.finditer(text))):
        lists = [(m.group("label"), _named_units(m.group("units"))) for m in run]
        if any(units is None for _, units in lists):
            continue
        lead, resp = _by_role(lists)
        comma = text.rfind(",", 0, run[0].start() + 1), text.rfind("，", 0, run[0].start() + 1)
        task, qstart = task_before(text, max(comma), prev_end)
        task = task.rstrip(",， ")
        if len(task) >= 4:
            hits.append(AssignmentHit(offset + qstart, offset + run[-1].end(), task, lead, resp,
                                      cue="units_then_copula_label"))
            prev_end = run[-1].end()
    return hits


# what the first five cues need: a role verb (the first four) or a label's copula (``_COPULA_QUICK``). One flat
# alternation of words: sre then takes their first characters as a set and skips to the places where one stands (the
# verbs in a group of their own, ``(?:…)|…``, left it none to skip by: the pattern was tried at every character)
_VERB_CUE = re.compile(alternation(ROLE_VERBS)[3:-1] + r"|单位为|单位是|部门为|部门是|科室为|科室是|处室为|处室是|股室为|"
                       r"股室是|机关为|机关是|主体为|主体是|为责任|是责任|为承办|为权责")


_HELPERS_CLAUSE = re.compile(rf"(?P<units>[^。;；,，]{{2,60}}?)(?P<tail>等(?:有关|相关)?(?:部门|单位))?(?:要|应|须)?"
                             rf"(?:(?:积极|密切|共同|全力|主动)?(?:协同|协助)?{alternation(ASSIST_VERBS)}"
                             # after a lead, the units that carry the task out answer for it (U7 ``A牵头;B配合;C落实``):
                             # ``乙局、丙局等部门按职责分工负责``, ``…具体实施``, ``…抓好落实``
                             rf"|(?:{DUTY_MANNER})?(?:分工|具体|共同|分别)?负责|具体实施|(?:负责|抓好|组织)?落实)")
_ROLE_TAIL = re.compile(alternation(ROLE_VERBS) + r"\s*$")
# ``由甲局牵头,乙局、丙局配合,修好水渠``: the sentence opens with who leads (and who helps), the task follows
# (also after a comma and without ``由``, ``…,由甲委组织,乙局牵头,丙局、丁局配合,负责…``, when the helpers' clause follows)
from extract.rules import unit_lead_lists as _lead_list  # ``由甲局、乙局牵头,…``: a list after 由
# (unitB27) a modal or future word before ``由``, after the place the sentence is about (``该市将由甲局牵头,…``)
_BY_ASPECT = r"(?:(?:该|本|全)[市县区镇乡省州校])?(?:将继续|还将|也将|将|拟|要)?"
# (lead39) an item's mark before the lead (``1.由甲局牵头,乙局配合,…``, ``(二)由…``, ``三、由…``): the item's own sentence
_ITEM_MARK = r"(?P<mark>(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、)\s*)?"
_LED_THEN_TASK = re.compile(r"(?:(?<=^)|(?<=[。;；\n,，])|" + _lead_list.AFTER_COLON + r")\s*" + _ITEM_MARK + _ugB15.ORDINAL_IS + r"(?P<by>" + _BY_ASPECT + r"(?:由|以(?=[^。;；,，]{2,40}?牵头[,，])))?(?P<units>" + _lead_list.BY_LIST + r"|[^。;；,，由、]{2,40}?)(?:牵头负责|负责牵头|牵头|统筹|主办|(?P<charge>(?<=..)负责))"
                            r"(?P<sep>[,，、])\s*(?P<task>[^。;；,，]{4,80})")
# (perf25) ``_LED_THEN_TASK`` run only over the sentences (between ``。;；``, which no match holds) that hold one of its
# role verbs, which every match holds (``scan.SegmentScan``)
_LED_THEN_TASK_SCAN = SegmentScan(_LED_THEN_TASK, "。;；", ("牵头", "统筹", "主办", "负责"))
# ``由甲局牵头,会同乙局、丙局,修好水渠``: the units the lead works with, in a clause of their own before the task
_WITH_CLAUSE = re.compile(r"(?:会同|联同|协调)(?P<units>[^。;；,，]{2,60}?)(?:等(?:有关|相关)?(?:部门|单位))?")
# (lead53) the partners of a led task joined to it by ``联合`` (``由甲局牵头,乙局、丙局等部门联合对…``): they help the lead
_JOINT_HELPERS = re.compile(r"(?P<units>[^。;；,，]{2,60}?)(?P<tail>等(?:有关|相关)?(?:职能)?(?:部门|单位))?(?P<rest>(?:联合|聯合)(?:对|對|开展|開展|进行|進行|组织|組織)[^。;；,，]{2,80})$")
# the verb of charge that opens the task after the role clauses (``…配合,负责对果园开展巡查``): the task is what follows
_CHARGE_OPEN = re.compile(r"^(?:具体|共同)?负责(?![人制的任])(?=\S{4})")


# (lead51) a matter clause opening the sentence before ``由X负责``: ``关于…(的)问题,``, ``对于…,``, ``针对…,`` (what the decision
# is about, not the task, which follows the helpers' clause)
_MATTER_TOPIC = re.compile(r"(?:^|[。;；!！?？\n])\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?\s*(?:关于|對於|对于|针对|針對)[^。;；!！?？\n,，]{2,40}[,，]\s*$")


def led_then_task(text: str, offset: int = 0) -> list[AssignmentHit]:
    """A sentence that opens with the unit that leads and, in a clause after it, the units that help, then the task
    (U7 ``X牵头负责Y``, U4c): ``由甲局牵头,乙局、丙局等部门配合,对果园开展巡查。`` -> task ``对果园开展巡查``, lead 甲局,
    responsible 乙局, 丙局; the quote runs from ``由`` to the task's first clause. A collective or a clause in the
    lead's place names no one (``由各乡镇牵头``). The lead may also open a clause after a comma, with or without
    ``由`` (``即日起,由甲委组织,乙局牵头,丙局、丁局配合,负责对果园开展巡查``: 乙局 leads, 丙局 and 丁局 help), or a
    sentence without ``由``, when a clause of helpers follows it (the two role clauses say it is a division of work,
    not a bare mention of who leads); a task opened by ``负责`` is what follows the verb (U7)."""
    hits: list[AssignmentHit] = []
    if "牵头" not in text and "统筹" not in text and "主办" not in text and "负责" not in text:
        return hits  # (every match holds one)
    from extract.rules.unit_clause_openers import blank_clause_openers  # (unitB27) ``下一步,由甲局牵头,…``: the opener says when
    written = text
    text = blank_clause_openers(text)
    for m in _LED_THEN_TASK_SCAN.finditer(text):
        lead = _named_units(_lead_list.without_role_tail(m.group("units")))
        if lead is None:
            continue
        if m.group("charge") is not None and (m.group("by") is None or m.group("sep") != "," and m.group("sep") != "，"
                                              or (not m.group("mark") and written[:m.start("by")].rstrip(" \t\u3000")[-1:] not in ("", "。", ";", "；", ":", "：", "\n"))):
            # (lead39) ``由甲局负责,…`` opening its sentence or item only: a bare ``甲局负责,``, ``负责、``, or one after a time or a
            # topic clause (``今年以来,由甲局负责,…``, ``场馆的维护,由甲局负责,…``: the topic is the task, ``task_then_roles``'s)
            if not (m.group("by") is not None and _MATTER_TOPIC.search(written[:m.start("by")])):
                continue  # (lead51) but a matter clause (``关于某校用地问题,由甲局负责,乙镇配合,做好…``) names no task
        resp: list[str] = []
        task, t0, t1 = m.group("task"), m.start("task"), m.end("task")
        helpers = _HELPERS_CLAUSE.fullmatch(task)
        if helpers is None and m.group("by") is not None and (w := with_units_then_task(task)) is not None:  # (r15 ug15)
            hits.append(AssignmentHit(offset + m.start("by"), offset + t1, task[w[1]:].strip(), lead, w[0], cue="led_with_then_task"))
            continue
        if helpers is None and m.group("by") is not None and (joint := _JOINT_HELPERS.match(task)) is not None \
                and (named := assisting_units(joint.group("units"), joint.group("tail")) or _named_units(joint.group("units"))):
            a = m.end("mark") if m.group("mark") else m.start() + len(m.group()) - len(m.group().lstrip())
            hits.append(AssignmentHit(offset + a, offset + t1, task[joint.start("rest"):].strip(), lead, named, cue="led_then_task"))
            continue  # (lead53) ``由甲局牵头,卫健、公安等部门联合对…进行检查``: the partners after the lead help (U4c)
        if helpers is None and m.group("by") is not None and (with_ := _WITH_CLAUSE.fullmatch(task)) is not None \
                and (named := _named_units(with_.group("units"))) is not None:
            helpers, resp = with_, named  # ``由甲局牵头,会同乙局、丙局,…`` (U4c: X会同Y, Y responsible)
        elif helpers is None and (m.group("by") is None or text[m.start() - 1:m.start()] in (",", "，")
                                  or m.group("sep") == "、" or _WITH_CLAUSE.match(task)):
            continue  # a lead without ``由`` or after a comma: only with the helpers' clause after it
        elif helpers is not None:
            resp = assisting_units(helpers.group("units"), helpers.group("tail"))
            if not resp:
                continue
        if helpers is not None:
            nxt = re.compile(r"[,，]\s*(?P<task>[^。;；,，]{4,80})").match(text, t1)
            if nxt is None:
                continue
            task, t0, t1 = nxt.group("task"), nxt.start("task"), nxt.end("task")
        if _ROLE_TAIL.search(task):
            continue  # another role clause, no task
        if (charge := _CHARGE_OPEN.match(task)) is not None:
            task = task[charge.end():]
        a = m.start() + len(m.group()) - len(m.group().lstrip())
        if m.group("mark"):
            a = m.end("mark")  # (lead39) the item's mark opens no quote (U5)
        hits.append(AssignmentHit(offset + a, offset + t1, task.strip(), lead, resp, cue="led_then_task"))
    return hits


def heading_task_then_units(title: str, offset: int = 0) -> list[AssignmentHit]:
    """A numbered line the outline reads as a heading that states a task and, after a comma, the units that take it
    (``(四)开展果园巡查,由甲局负责。``, ``3.修好水渠,甲局牵头,乙局配合``): read as the same sentence in running text
    (``task_then_sharers``, ``task_then_roles``)."""
    out: list[AssignmentHit] = []
    for cue in (task_then_sharers, task_then_roles):
        out += [h for h in cue(title, offset) if not any(o.start < h.end and h.start < o.end for o in out)]
    out.sort(key=lambda h: h.start)
    return out


# (thirteenth round, U7b) an organisation that plans a task and asks named organisations' help with it:
# ``甲局拟于6月开展…检查,需要乙局、丙局的配合`` / ``…,请乙局、丙局协助`` (a 请示, 报告 or 函, or a report of one)
_HELP_REQUEST = re.compile(
    r"(?:(?<=^)|(?<=[。;；,，:：\s]))(?P<doer>[^。;；,，:：\s《》“”]{2,24}?)(?:拟定|拟于|拟|计划于|计划|准备|将于)"
    r"(?P<task>[^。;；,，]{4,80}?)[,，]\s*(?:特?需要|需|特?请|恳请|敬请)(?P<helpers>[^。;；《》]{2,120}?)"
    r"(?:给予|予以)?(?:的)?(?:大力|积极)?(?P<verb>支持配合|配合|协助|协同)")
# (speedA24) scanned only in the stretches between two of ``。;；`` that hold its verb: no part of the pattern takes one of
# those (the helpers may take a comma, a colon or a line break) and every match ends with ``配合``/``协助``/``协同``
_HELP_REQUEST_SCAN = SegmentScan(_HELP_REQUEST, "。;；", ("配合", "协助", "协同"))
_WHEN_FIRST = re.compile(r"^(?:于|在)?(?:\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日)?(?:上午|下午|晚上)?(?:\d{1,2}\s*[:：]\D{0,2}\d{2})?\s*")
_HELPERS_SEP = re.compile(r"[、,，和及与]")


def help_requests(text: str, offset: int = 0) -> list[AssignmentHit]:
    """U7b: a request for named organisations' ``配合``/``协助``/``协同`` (``支持配合`` counts) with a task the requesting
    organisation plans (``拟``, ``计划``, ``准备``): the doer leads, the helpers answer for the task, task = the planned task
    without its date, quote from the doer to the role word. None when the doer or a helper is no organisation's name
    (``请你们…``, ``请各有关单位…协同配合``: a notice's own addressees, U7a) or help is only ``支持`` (no role word)."""
    if "配合" not in text and "协助" not in text and "协同" not in text:
        return []
    hits: list[AssignmentHit] = []
    for m in _HELP_REQUEST_SCAN.finditer(text):
        doer = m.group("doer")
        helpers = [u.strip() for u in _HELPERS_SEP.split(m.group("helpers")) if u.strip()]
        if not is_unit_cell(doer) or not helpers or any(
                u.startswith(("各", "有关", "相关", "你", "贵")) or not is_unit_cell(u) for u in helpers):
            continue
        task = _WHEN_FIRST.sub("", m.group("task")).strip()
        if len(task) < 4:
            continue
        hits.append(AssignmentHit(offset + m.start("doer"), offset + m.end(), task, [doer], helpers, cue="help_request"))
    return hits


def find_prose_lists(text: str, offset: int = 0, in_duty_run: bool = False) -> list[AssignmentHit]:
    """The hits of this module's cues in a paragraph, in text order; a later cue's hit that overlaps an
    earlier one's is left out (the cues in the order of the module's docstring). ``in_duty_run``: the
    paragraph is one of a run of paragraphs that each open with a unit and its duties."""
    out: list[AssignmentHit] = []
    verb_cues = (counted_lead_list, task_then_sharers, task_then_roles, sharers_then_tasks, labels_with_copula,
                 led_then_task, units_then_copula_label)
    for cue in verb_cues if _VERB_CUE.search(text) is not None else ():  # (one scan for what they need first)
        if hits := cue(text, offset):
            out += [h for h in hits if not any(o.start < h.end and h.start < o.end for o in out)]
    if (":" in text or "：" in text or "】" in text or "]" in text or "——" in text or "--" in text) \
            and (hits := unit_duty_blocks(text, offset, 1 if in_duty_run else 2)):  # ((unitB27) ``】``, ``——``: as a colon)
        out += [h for h in hits if not any(o.start < h.end and h.start < o.end for o in out)]
    if hits := unit_titled_items(text, offset):
        out += [h for h in hits if not any(o.start < h.end and h.start < o.end for o in out)]
    if hits := _urh.unit_run_heading_rows(text, offset, duty_unit):  # (unitB24) ``(一)甲部 (1)…(二)乙科 (1)…``
        out += [h for h in hits if not any(o.start < h.end and h.start < o.end for o in out)]
    if hits := _urh.glued_duty_title_rows(text, offset, duty_unit):  # (lead48) ``(二)某部职责1.…。2.…``, page unbroken
        out += [h for h in hits if not any(o.start < h.end and h.start < o.end for o in out)]
    if hits := help_requests(text, offset):
        out += [h for h in hits if not any(o.start < h.end and h.start < o.end for o in out)]
    if hits := _ugB15.lead_then_doing(text, offset):  # (r15 ugB15: ``甲局牵头开展…``)
        out += [h for h in hits if not any(o.start < h.end and h.start < o.end for o in out)]
    from extract.rules.unit_joint_leads import joint_lead_rows  # (lead48) ``X联合Y开展…``: X leads, Y answer for it
    if hits := joint_lead_rows(text, offset):
        out += [h for h in hits if not any(o.start < h.end and h.start < o.end for o in out)]
    out.sort(key=lambda h: h.start)
    return out
