"""Unit-assignment cues: ``会同`` with a list of short department names closed by ``等…部门`` (eval/README.md U3a, U4c, U7d).

1. ``with_listed_departments``: ``某县卫健局将会同财政、民政等部门尽快研究解决`` -> lead ``某县卫健局``, responsible
   ``财政``, ``民政``, task ``尽快研究解决``. The items of a ``…等部门`` list are units as the text writes them (U3a), short
   names (``公安``, ``市场监管``) included. Where the subject is a distributive collective (``各地教育部门要会同…``) or the
   clause has no subject (a plan's sentence opening with ``会同…``), the lead is ``[]`` and the helpers still give the row
   (U7d: a row where a helper is a unit).
2. ``WITH_THEN_OBJECT`` (unitC26): ``X会同Y对Z进行W``, the helpers closed by ``对`` and the object of the joint doing
   (``unit_charge_finders._CHARGE``'s ``会同`` clause): lead X, responsible Y, task ``对Z进行W``.
"""

from __future__ import annotations

import re

from extract.rules import unit_set_up_items as _usi  # (unitC24)

from extract.cues import is_unit_cell

# ``会同`` + the list + its closing class noun (``等部门``, ``等相关部门``, ``等有关单位``), an optional comma, the task
_WITH_LISTED = re.compile(r"(?:会同|會同)(?P<listed>[^。;；,，:：\s]{2,80}?)等(?:有关|相关|有關|相關)?(?:部门|单位|部門|單位)"
                          r"[,，]?\s*(?P<task>[^。;；,，:：!！?？\n]{4,60})")
# what may stand between the subject and ``会同``: a modal or adverb of the plan's future
_MODAL_END = re.compile(r"(?:将|要|应|须|需|并|还|拟|也|同时|积极|主动|及时)+$")
# a time opener before the subject: ``下一步``, ``下阶段``, ``今后``, ``同时``
_TIME_OPENER = re.compile(r"^(?:下一步|下阶段|下一阶段|今后|此外|同时|近期|目前|今年|明年)")
# a short department name of a ``…等部门`` list: Chinese characters only, no doing inside it
_SHORT_DEPT = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_DOING = re.compile(r"开展|推进|加强|组织|建立|完善|落实|做好|研究|制定|实施|进行|协调|配合|联合|共同|工作")
# a doing a news story reports (a document issued, a meeting held): no task put on the parties
_NEWS_DEED = re.compile(r"^(?:联合)?(?:印发|发布|出台|下发|公布|召开|举行|举办|发文|转发|制发)")
_DONE = re.compile(r"了|已经|已于|业已|圆满|顺利")
# the oversight a transmitting notice announces (``…将会同甲、乙等部门对落实情况进行督查``, U7a): no task of the plan
_OVERSIGHT = re.compile(r"^对[^。;；,，]{0,40}(?:督查|督导|督办|考核|考评|检查|通报)")


# (``X会同Y对Z进行W``) the object of the joint doing fronted by ``对`` after the helpers: ``甲中心会同乙所对样本进行复检``
# (lead 甲中心, responsible 乙所, task ``对样本进行复检``); the doing verb closes the clause
WITH_THEN_OBJECT = r"对(?=[^。;；,，]{2,40}?(?:进行|开展|实施|作出|做出))"


def listed_departments(listed: str) -> list[str] | None:
    """The items of a list closed by ``等部门`` (``公安、民政、文旅``, ``县财政局、某街道政府``): each a name of a unit or
    a short department name with no doing in it; None where one item is no such name (``加强协调、统筹推进``)."""
    from extract.rules.units import split_units

    items = [u.strip() for u in split_units(listed) if u.strip()]
    if not items:
        return None
    for u in items:
        if not (is_unit_cell(u) or (_SHORT_DEPT.match(u) and len(u) <= 6)) or _DOING.search(u):
            return None
    return items


def with_listed_departments(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """``某县卫健局将会同财政、某街道政府等部门尽快商议``, ``各地卫健部门要会同公安、市场监管等相关部门协同推进…``,
    ``会同国土、规划等部门将用地纳入规划``: (start, end, task, lead, responsible). The subject before ``会同`` (after a time
    opener and before a modal) leads where it names a unit; a distributive ``各…`` subject or none gives lead ``[]``
    (U7d). Not: a subject that is no unit (``我们``, ``本局``, ``该项目``), an item of the list that is no department
    name, a task the news reports done (``会同…等部门印发了…``), a clause with no subject that opens a line or follows a
    label (``甲局:会同乙、丙等部门…``: the label's duty, U8a)."""
    from extract.rules.unit_clauses import DISTRIBUTIVE_PARTY, _named_leads

    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "会同" not in text and "會同" not in text:
        return out
    for m in _WITH_LISTED.finditer(text):
        resp = listed_departments(m.group("listed"))
        if resp is None:
            continue
        task = m.group("task").strip()
        if _NEWS_DEED.match(task) or _DONE.search(task) or _OVERSIGHT.match(task):
            continue
        s0 = max(text.rfind(c, 0, m.start()) for c in "。;；,，:：\n!！?？") + 1
        pre = text[s0:m.start()]
        lead_start = s0 + len(pre) - len(pre.lstrip())
        pre = pre.strip()
        if (t := _TIME_OPENER.match(pre)) is not None:
            pre, lead_start = pre[t.end():], lead_start + t.end()
        pre = _MODAL_END.sub("", pre)
        if not pre:
            if s0 == 0 or text[s0 - 1] not in "。!！?？":
                continue  # ``甲局:会同…``, an item under a unit's heading: the owner's duty, read by the label cues (U8a)
            out.append((m.start(), m.end(), task, [], resp))
            continue
        if DISTRIBUTIVE_PARTY.match(pre) and is_unit_cell(pre):
            out.append((lead_start, m.end(), task, [], resp))
            continue
        lead = _named_leads(pre)
        if lead is None:
            continue
        out.append((lead_start, m.end(), task, lead, resp))
    return out


# -- 2. a unit set off by a comma before its verb of charge
from extract.rules.unit_group_makeups import MAKEUP as _MAKEUP, SET_UP_ADVERB as _SET_UP_ADVERB, PLACE_BLANK as _PLACE_BLANK  # (r22 unitB22) ``特成立…领导小组,由书记任组长,负责…``
_COMMA_CHARGE = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n,，]))\s*" + _SET_UP_ADVERB + r"(?P<open>由|成立|组建|设立)(?P<unit>[^。;；,，:：\s由]{4,40}?)[,，]\s*" + _MAKEUP +
                           r"(?:全面|主要|具体|统一)?负责(?![人制的]|同志)(?P<task>[^。;；,，!！?？\n]{4,60})")
# the end of an organisation's name (a named office, group or body)
_OFFICE_END = re.compile(r"(?:领导小组|工作小组|工作组|专班|办公室|委员会|指挥部|中心|局|委|厅|办|处|所|院|站|队)$")


def comma_charged_office(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """``由某区健康行动办公室,全面负责全区行动的组织实施``, ``成立某市控辍专项行动领导小组, 负责控辍工作的协调``: a named
    office (opened by ``由`` or by its setting-up, ``成立``/``组建``/``设立``) set off by a comma from ``负责`` and the task (U7
    ``(由)X负责Y``; U7d: an office set up for the task is a definite party). Lead = the office, task = the clause after
    ``负责``; the quote starts at ``由`` (or at the office after a verb of setting up). Not: a collective or kind alone
    (``由各街道,负责…``, ``成立领导小组,负责…``), ``负责人``/``负责制``."""
    from extract.rules.unit_clauses import _named_leads

    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "负责" not in text:
        return out
    for m in _COMMA_CHARGE.finditer(text):
        unit = m.group("unit")
        if not _OFFICE_END.search(unit) or _OFFICE_END.fullmatch(unit) or re.fullmatch(r"(?:工作)?领导小组|工作专班", unit):
            continue
        lead = _named_leads(unit) or (_set_up_office(unit) if m.group("open") != "由" else None)
        if lead is None or len(lead) != 1:
            continue
        if _usi.list_lead_in(m.group("task")):
            continue  # (unitC24) ``…,负责以下事项:``: the lead-in of a list, whose items are the rows
        start = m.start("open") if m.group("open") == "由" else m.start("unit")
        out.append((start, m.end(), m.group("task").strip(), lead, []))
    return out


# a body set up for a task, named in full (its long name holds the task's words): ``某市控辍专项行动领导小组``
_SET_UP_BODY = re.compile(r"^" + _PLACE_BLANK + r"[\u4e00-\u9fff]{4,30}(?:领导小组|工作小组|指挥部|委员会|办公室|专班)$")


def _set_up_office(unit: str) -> list[str] | None:
    """The body a ``成立``/``组建``/``设立`` clause sets up, as its lead (``某市控辍专项行动领导小组``: a name too long for a
    unit cell but one body's); None where it is a list or no such body (``甲局和乙局``)."""
    if _SET_UP_BODY.match(unit) and not re.search(r"[、和与及的]", unit) and not unit.startswith(("各", "相关", "有关")):
        return [unit]
    return None


# -- 3. a name that a shorter reading cut inside its last word
_WORD_REST = re.compile(r"^(?:公室|公厅|事处|员会|导小组)")


# a department of the party committee or government named right after it (``某县委`` + ``宣传部``, ``某市委`` + ``农办``,
# ``某区政府`` + ``办``): the organs of a committee are a closed set of words, none a verb's start that stops the name
_ORGAN_REST = re.compile(r"^(?:(?:宣传|组织|统战)(?:部|办)|政法委|武装部|社会工作部|网信办|编办|农办|政研室|督查室|巡察办|台办|外办|"
                         r"办(?![理好事法结妥])|信访局)")
_ORGAN_OWNER = re.compile(r"(?:[县市区州省镇乡]委|党委|党工委|(?:^|[县市区州省镇乡])政府)$")


def past_owner_organ(clause: str, at: int, k: int) -> int:
    """Where a name that a shorter reading ended at ``k`` on a committee or government (``某县委``, ``某区政府``) goes on
    with one of its organs (``宣传部``, ``统战部``, ``办``): past the organ's word (``某县委宣传部具体负责`` -> ``某县委宣传部``,
    not ``某县委`` doing ``宣传``); else ``k``. ``at`` is where the name starts in ``clause`` (a later name of a list)."""
    if k and _ORGAN_OWNER.search(clause[at:k]) and (m := _ORGAN_REST.match(clause[k:])) is not None \
            and clause[k + m.end():k + m.end() + 1] != "署" and is_unit_cell(clause[at:k + m.end()]):
        return k + m.end()
    return k


def past_cut_word(clause: str, k: int) -> int:
    """Where the organisation's name that opens ``clause`` ends when a reading stopped at ``k`` inside its last word
    (``某区行动办`` + ``公室``, ``某街道办`` + ``事处``, ``某市委`` + ``员会``): past the word's rest; else ``k``."""
    if k and (m := _WORD_REST.match(clause[k:])) is not None and is_unit_cell(clause[:k + m.end()]):
        return k + m.end()
    return k


def sets_up_office(text: str) -> bool:
    """Whether ``text`` may hold ``comma_charged_office``'s setting-up form (``成立…,负责``): a quick test."""
    return "负责" in text and ("成立" in text or "组建" in text or "设立" in text)
