"""The evidence behind a unit row: which layout or wording made it, and whether its units and task have the shape
they should. ``evidence_of`` names the evidence of one emitted row (a small named cue per kind, recorded as the
list of cues that fired); ``unsupported_row`` is the acceptance policy built on those kinds: a row whose only
evidence is a kind that is mostly wrong (measured on the development texts and on a sample of unread pages) is
dropped.

Kinds (made-up examples):

- ``bracket_label``  ``开展体质监测。(牵头单位:区教育局;责任单位:区卫健委)``
- ``label_line``     ``责任单位:区教育局`` on a line of its own or after the task
- ``host_label``     ``主办单位:市文旅局`` / ``承办单位:市群艺馆`` (an event's organisers)
- ``bracket_roles``  ``(区教育局牵头,区财政局配合)``, ``(区教育局负责)``
- ``bare_bracket``   ``…提出具体举措。(县卫健局)``: a bracket holding names only, no role word
- ``prose_lead``     ``由区教育局牵头…``, ``区教育局牵头负责…``
- ``prose_charge``   ``由区教育局负责…``, ``区教育局负责…``
- ``prose_with``     ``区教育局会同区财政局…``
- ``prose_other``    ``由统筹办组织对…进行验收``: no role verb in the quote
- ``table_row``      cells of a task table (``新建幼儿园 | 区教育局``)
"""

from __future__ import annotations

import re

_OPEN = r"(（〔【\["
_CLOSE = r")）〕】\]"
_ROLE_WORD = r"(?:牵头|责任|負責|负责|配合|参与|參與|协同|協同|协办|協辦|承办|承辦|主办|主辦|主体|协作|参加|主责|主要责任|協作)"
# (lead49) or with its colon lost before the one name that closes the bracket (``(牵头责任单位某县教育局)``)
_LABEL = re.compile(rf"{_ROLE_WORD}[^\n:：()（）]{{0,4}}(?:单位|單位|部门|部門|科室|处室)\s*(?:[:：]|(?=[^()（）:：。\n;；,，、]{{2,30}}[)）]))")
_HOST_LABEL = re.compile(r"(?:主办|主辦|承办|承辦|协办|協辦)(?:单位|單位|部门|部門)\s*[:：]")
_BRACKET = re.compile(rf"[{_OPEN}]((?:[^{_OPEN}{_CLOSE}]|[(（][^()（）]{{1,20}}[)）]){{2,300}})[{_CLOSE}]?\s*$")
_ROLE_VERB = re.compile(r"牵头|牽頭|负责|負責|配合|参与|參與|协同|協同|协助|協助|落实|落實|会同|會同|协作|協作|督导|督導")
_LEAD_VERB = re.compile(r"牵头|牽頭")
_CHARGE_VERB = re.compile(r"负责|負責")
_WITH_VERB = re.compile(r"会同|會同|配合|协助|協助|协同|協同")
_CELL_BREAK = re.compile(r"\s\|\s|\n|\t| {2,}")

# an organisation's name ends in an organisation word; a collective (``各县(市、区)``, ``相关部门``) names members of one
_ORG_END = re.compile(
    r"(?:局|委|办|辦|厅|廳|院|中心|部|会|會|府|街道|镇|鎮|乡|鄉|公司|集团|學校|学校|所|站|处|處|科|室|队|隊|司|署|馆|館|"
    r"团|團|联|聯|社|组|組|股|行|台|协|協|校|园|園|庭|大队|支队|分局|单位|單位|部门|部門|机构|機構|主管机关|主管機關|办公室|管委会|管理区|"
    r"社区|社區|村|街|区|區|县|縣|市|省|协会|協會|工委|党委|黨委|政府|医院|醫院)(?:[)）])?$")
_COLLECTIVE = re.compile(r"^(?:各|相关|有关|相關|有關|其他|[省市州县区]级|[省市州县区]直|\d+个)")
# a task text that is no task: a heading word, a date, a phone number, an address, an amount alone
_NOT_TASK = re.compile(
    r"^(?:组织机构|組織機構|组织领导|組織領導|工作机构|领导小组|主办单位|承办单位|协办单位|活动时间|活动地点|联系方式|"
    r"附件\d*|[一二三四五六七八九十]+、?)$"
    r"|^\s*(?:20\d\d|19\d\d)\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?\s*$"
    r"|^[\d\-—\s()（）]{7,}$"
    r"|^[\d.,，]+\s*(?:万元|元|亿元|万)?$")


def is_org_name(unit: str) -> bool:
    """A unit that has the shape of an organisation's name: it ends in an organisation word (``区教育局``,
    ``某街道``, ``甲公司``, ``乙中心``) or is a collective (``各县(市、区)``, ``相关部门``, ``13个街道``). Not a
    clause that ran into the list (``乙局牵头督导``, ``丙部门持续``) nor a name cut short."""
    u = unit.strip()
    return bool(u) and (bool(_ORG_END.search(u)) or bool(_COLLECTIVE.match(u)))


def all_org_names(units: list[str]) -> bool:
    """Every unit of the row has an organisation's shape (``is_org_name``); an empty list is no evidence."""
    return bool(units) and all(is_org_name(u) for u in units)


def is_task_text(task: str) -> bool:
    """A task text that names work: not a section heading (``组织机构``), a date (``2031年5月``), a phone number,
    an amount alone (``120万元``) or an empty string."""
    t = task.strip()
    return len(t) >= 2 and not _NOT_TASK.search(t)


def has_bracket_label(quote: str) -> bool:
    """A role label inside a bracket: ``(牵头单位:甲局;责任单位:乙局)``, ``【责任单位:甲局】``."""
    return any((m.start() > 0 and quote[m.start() - 1] in "(（〔【[") or re.search(rf"[{_OPEN}][^{_CLOSE}]{{0,40}}$", quote[:m.start()])
               for m in _LABEL.finditer(quote))


def has_host_label(quote: str) -> bool:
    """An event's organiser labels: ``主办单位:市文旅局``, ``承办单位:甲馆``, ``协办单位:乙社区``."""
    return bool(_HOST_LABEL.search(quote))


def has_label_line(quote: str) -> bool:
    """A role label outside brackets: ``责任单位:区教育局`` on its own line or after the task."""
    return bool(_LABEL.search(quote)) and not has_bracket_label(quote)


def closing_bracket(quote: str) -> str | None:
    """The text of the bracket that closes the quote (``…。(甲局牵头,乙局配合)`` -> ``甲局牵头,乙局配合``), if any."""
    m = _BRACKET.search(quote)
    return m.group(1) if m else None


def has_bracket_roles(quote: str) -> bool:
    """A closing bracket that names units with role verbs: ``(甲局牵头,乙局参与)``, ``(甲局负责)``."""
    b = closing_bracket(quote)
    return b is not None and not _LABEL.search(b) and bool(_ROLE_VERB.search(b))


def has_bare_bracket(quote: str, units: list[str]) -> bool:
    """A closing bracket holding unit names only, no role word: ``…提出具体举措。(县卫健局)``. A credit line or a
    source note has this shape as often as a task's owner does."""
    b = closing_bracket(quote)
    return (b is not None and not _ROLE_VERB.search(b) and not _LABEL.search(b) and bool(units)
            and all(u in b for u in units))


def is_table_row(quote: str) -> bool:
    """A quote that runs across cells (``新建幼儿园 | 区教育局``, one cell a line, cells parted by wide spaces)
    and carries no role label or role verb of its own: its roles come from the table's header."""
    return bool(_CELL_BREAK.search(quote.strip())) and not _LABEL.search(quote)


_EVIDENCE_SEEN: dict = {}  # (perf19) the last rows' evidence: the filter and ``accept_units`` ask about one row twice


def evidence_of(quote: str, task: str, lead: list[str], resp: list[str]) -> tuple[str, list[str]]:
    """(kind, cues): the evidence kind that made a unit row and the names of every cue that fired on it."""
    key = (quote, task, tuple(lead), tuple(resp))
    seen = _EVIDENCE_SEEN.get(key)
    if seen is not None:
        return seen[0], list(seen[1])
    kind, cues = _evidence_of(quote, task, lead, resp)
    if len(_EVIDENCE_SEEN) >= 256:
        _EVIDENCE_SEEN.clear()
    _EVIDENCE_SEEN[key] = (kind, tuple(cues))
    return kind, cues


def _evidence_of(quote: str, task: str, lead: list[str], resp: list[str]) -> tuple[str, list[str]]:
    units = list(lead) + list(resp)
    cues: list[str] = []
    for name, fired in (("host_label", has_host_label(quote)), ("bracket_label", has_bracket_label(quote)),
                        ("label_line", has_label_line(quote)), ("bracket_roles", has_bracket_roles(quote)),
                        ("bare_bracket", has_bare_bracket(quote, units)), ("table_row", is_table_row(quote)),
                        ("prose_lead", bool(_LEAD_VERB.search(quote))), ("prose_charge", bool(_CHARGE_VERB.search(quote))),
                        ("prose_with", bool(_WITH_VERB.search(quote)))):
        if fired:
            cues.append(name)
    kind = cues[0] if cues else "prose_other"
    if all_org_names(units):
        cues.append("org_shape")
    if is_task_text(task):
        cues.append("task_shape")
    return kind, cues


# -- repairs and acceptance -------------------------------------------------------------------------------------

# a unit the list's reader let run into the words after it: ``丙局等部门持续`` (U4b: ``X等部门`` gives X), ``乙局牵头督导``
# (``牵头`` and the verb it opens: X is a lead, U4)
_RUN_ON_CLASS_TAIL = re.compile(r"^(?P<name>.{2,30}?)等(?:有关|相关)?(?:部门|单位|部門|單位)[\u4e00-\u9fff]{1,6}$")
_RUN_ON_LEAD_VERB = re.compile(r"^(?P<name>.{2,30}?)(?:牵头|牽頭)(?:督导|督導|抓总|抓總|协调|協調|组织|組織|推进|推進|实施|實施)$")


def unit_run_on(unit: str) -> tuple[str, bool] | None:
    """(name, leads) of a unit that ran into the words after it, or None: ``丙局等部门持续`` -> (``丙局``, False),
    ``乙局牵头督导`` -> (``乙局``, True). Before ``牵头…`` the name left must have an organisation's shape
    (``is_org_name``); before ``等部门…`` the class noun vouches for it. A unit that itself ends like an organisation
    (``甲局``, ``某等部门工作站``) is no run-on."""
    m = _RUN_ON_CLASS_TAIL.match(unit.strip())
    if m is not None and not is_org_name(unit.strip()):
        return m.group("name"), False  # (the class noun says the name before it is a unit's, U4b: ``团中央等部门持续``)
    m = _RUN_ON_LEAD_VERB.match(unit.strip())
    if m is not None and is_org_name(m.group("name")):
        return m.group("name"), True
    return None


def repaired_units(lead: list[str], resp: list[str]) -> tuple[list[str], list[str]] | None:
    """The row's lists with every run-on unit cut to its name (``unit_run_on``), or None when none ran on. A unit
    closed by ``牵头…`` in a list without a lead makes it and the units listed before it the leads (``(甲局、乙局牵头督导,
    丙局参与)`` read as one list -> lead 甲局, 乙局; responsible 丙局)."""
    fixed = [(u, unit_run_on(u)) for u in lead + resp]
    if all(f is None for _, f in fixed):
        return None
    new_lead = [f[0] if f else u for u, f in fixed[:len(lead)]]
    new_resp = [f[0] if f else u for u, f in fixed[len(lead):]]
    marks = [i for i, (_, f) in enumerate(fixed[len(lead):]) if f and f[1]]
    if not lead and marks:
        k = marks[-1] + 1
        new_lead, new_resp = new_resp[:k], new_resp[k:]
    return new_lead, new_resp


# a role bracket written with tortoise-shell brackets after a task: ``…开展文物普查。〔甲局牵头,各县政府配合〕``; a note
# after its roles (``。以下各项均需…,不再列出``) is left out. (A document's number, ``〔2031〕8号``, has no role verb and is
# never read as roles: ``units.verb_roles`` wants every part closed by one.)
_TORTOISE_ROLES = re.compile(r"〔(?P<body>(?:[^〔〕()（）。\d]|[(（][^()（）]{1,20}[)）]){2,300}?)(?:。[^〔〕]{0,80})?〕")


def tortoise_role_brackets(text: str) -> list[re.Match[str]]:
    """The ``〔…〕`` brackets of ``text`` that may hold role parts (``〔甲局牵头,乙局参与〕``), body before any note
    sentence; not a document's number (``〔2031〕``: digits) nor a bracket without a role verb."""
    if "〔" not in text:
        return []
    return [m for m in _TORTOISE_ROLES.finditer(text) if _ROLE_VERB.search(m.group("body"))]


def with_tortoise_brackets(brackets: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """``brackets`` with the role brackets of ``tortoise_role_brackets`` among them, in text order."""
    more = tortoise_role_brackets(text)
    return sorted(brackets + more, key=lambda m: m.start()) if more else brackets


def accept_units(records: list, text: str) -> list:
    """Every unit row with its evidence recorded (``cues``: ``evidence:<kind>`` and the cues that fired) and its
    run-on units repaired (``repaired_units``); other records pass unchanged."""
    for r in records:
        if getattr(r, "type", None) != "unit_assignment":
            continue
        fixed = repaired_units(r.lead_units, r.responsible_units)
        quote = r.quote or (text[r.norm_span.start:r.norm_span.end] if r.norm_span is not None else "")
        kind, cues = evidence_of(quote, r.task, r.lead_units, r.responsible_units)
        if fixed is not None:
            r.lead_units, r.responsible_units = fixed
            cues.append("repair:run_on_unit")
        r.cues = [f"evidence:{kind}"] + [c for c in cues if c != kind]
    return records

