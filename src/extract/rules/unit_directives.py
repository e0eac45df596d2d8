"""Cues of the seventeenth round (ug17): unit rows of a directive that names who works with whom.

1. ``directed_with_units``: a directive (``要求``, ``责成``, ``建请``, ``请``) that names an organisation, the
   organisations it works with (``会同``, ``联同``, ``邀集``) and the task: ``要求丙乡政府会同县交通部门,研究拓宽方案`` ->
   lead ``丙乡政府``, responsible ``县交通部门`` (U4c ``X会同Y``); the directive word is no part of the lead's name.
   Also the directive whose organisation first does a thing of its own and then, in the next clause, works with
   others on a second task: ``责成乙街道做好告知工作,并会同区消防大队开展隐患排查`` -> lead ``乙街道``, responsible
   ``区消防大队``, task ``开展隐患排查``.
2. ``without_directive``: a directive read into the lead's name by any role clause (``会议要求甲局牵头,乙局配合,…``)
   is cut off (``甲局``).
3. ``chosen_by_vote`` (goals): the year's list of 实事 chosen by a vote told with ``表决`` is no goal (O3b).
"""

from __future__ import annotations

import re

from extract.rules import unit_proposal_handovers as _uwa

# the directive before the organisation it names (a reply to a proposal, a council's resolution, a notice)
# (unitB26) a meeting's directive right before ``由X`` (``会议要求由甲局抓紧…``, ``,会议明确由乙办牵头…``): the minutes put
# the task on X as a sentence opening with ``由X`` does (``unit_charge_finders.find_by_unit_doing``)
DIRECTIVE_BEFORE_BY = r"(?:会议|会上)?(?:要求|明确|决定|议定)"
_DIRECTIVE = r"(?:要求|责成|責成|建请|建請|(?<![申提邀])(?:请|請)(?![示求假愿願柬托教问問]))"
# a modal or an adverb of haste between the organisation and the verb of working with
_MODAL = r"(?:要|应|應|须|須|尽快|儘速|尽速|儘快|迅速|立即|及时|及時|积极|積極)?"
# the verbs of working with others: ``邀集`` (to call together) reads as ``会同`` does
_WITH_VERB = r"(?:会同|會同|联同|聯同|邀集)"
_DIRECTED_WITH = re.compile(r"(?:(?:要求|责成|責成)\s*[,，:：]|" + _DIRECTIVE + r")\s*(?P<lead>[^。;；!！?？\n,，:：、\s]{2,24}?)" + _MODAL + r"(?P<verb>" + _WITH_VERB + r")")
# ``责成X做好…,并会同Y…``: the organisation's own doing, then ``并会同`` in the next clause
_DIRECTED_THEN_WITH = re.compile(r"(?:责成|責成|要求)\s*(?P<rest>[^。;；!！?？\n,，:：]{4,60})[,，]\s*(?P<and>并|並)\s*" + _MODAL
                                 + r"(?P<verb>" + _WITH_VERB + r")")
# a list of helpers closed by ``等…单位/部门`` (the tail says the items are parties, U3a, U4b)
_HELPERS_TAIL = re.compile(r"(?P<units>[^。;；!！?？\n,，:：]{2,60}?)等\s*(?:有关|相关|有關|相關|其他)?\s*"
                           r"(?:[一二三四五六七八九十\d]{1,3}个?)?(?:单位|部门|單位|部門|局处|局處|机关|機關)")
# a report of what was done: no task put on anyone (U7)
_DONE = re.compile(r"了|已经|已經|已于|已於|业已|業已|已对|已對|昨天|昨日|日前|近日")
_COLLECTIVE = ("各", "相关", "有关", "相關", "有關", "所有", "其他", "其", "该", "該", "本", "我")
# the ending of an organisation's name before a comma (``部门`` too when a name stands before it: ``县规划部门``)
_ORG_NAME_END = re.compile(r"(?:局|委|办|辦|厅|廳|部|署|处|處|科|站|所|院|中心|公司|政府|公所|街道|镇|鎮|乡|鄉|队|隊|会|會|室|团|團|馆|館|社|"
                           r"(?<!关)部门|(?<!關)部門)$")


def _is_org(name: str) -> bool:
    from extract.cues import is_unit_cell

    return len(name) >= 2 and not name.startswith(_COLLECTIVE) and is_unit_cell(name) \
        and _ORG_NAME_END.search(name) is not None and re.search(r"[的了对對把将將]", name) is None


def _listed_item(item: str) -> bool:
    """An item of a list closed by ``等…单位``: the tail makes it a party, a short name included (``工务``, U3a)."""
    return re.fullmatch(r"[\u4e00-\u9fff]{2,16}", item) is not None and not item.startswith(_COLLECTIVE) \
        and re.search(r"[的了对對把将將]", item) is None


# a name that runs on into the doing of the task: the name ends at its organisation's ending before a verb
_DOING_AFTER_NAME = re.compile(r"[^、]{1,20}?(?:局|委|办|辦|厅|廳|署|处|處|站|所|院|中心|公司|政府|街道|大队|大隊|支队|支隊|部门|部門)"
                               r"(?=加强|加強|开展|開展|做好|推进|推進|制定|研究|落实|落實|组织|組織|完成|实施|實施|对|對|就|加快|"
                               r"充分|积极|積極|共同|联合|聯合|编制|編制|建立|健全|完善|督促|提升|抓好|做实)")


def _clause_end(text: str, at: int) -> int:
    m = re.compile(r"[。;；!！?？\n]").search(text, at)
    return m.start() if m else len(text)


def _helpers_and_task(text: str, at: int) -> tuple[list[str], int, int] | None:
    """After the verb of working with (at ``at``): (the helpers, where the task starts, where it ends), or None. The
    helpers are a list closed by ``等…单位``, a list of organisations' names closed by a comma, or names run on into
    the task with no comma (``会同乙局制定方案``)."""
    from extract.cues import is_unit_cell
    from extract.rules.unit_clauses import with_units_then_task
    from extract.rules.units import split_units

    end = _clause_end(text, at)
    rest = text[at:end]
    tail = _HELPERS_TAIL.match(rest)
    if tail is not None:
        units = split_units(tail.group("units"))
        if not units or not all(_listed_item(u) for u in units):
            return None
        start = at + tail.end()
    elif (comma := re.match(r"[^,，]{2,40}[,，]", rest)) is not None and all(_is_org(u) for u in split_units(comma.group()[:-1])):
        units = split_units(comma.group()[:-1])
        start = at + comma.end()
    else:
        w = with_units_then_task("会同" + rest)
        if w is None or any(u.startswith(_COLLECTIVE) for u in w[0]):
            return None
        units, start = w[0], at + w[1] - 2
        if (cut := _DOING_AFTER_NAME.match(units[-1])) is not None:
            start -= len(units[-1]) - cut.end()  # ``乙大队加强对校门口…``: the last name ran on into the doing
            units = units[:-1] + [cut.group()]
    while start < end and text[start] in " \t,，":
        start += 1
    stop = re.compile(r"[,，]").search(text, start, end)
    task_end = stop.start() if stop else end
    if task_end - start < 6 and stop is not None:  # ``成立专案,尽速办理…``: a short first doing goes on in the next clause
        nxt = re.compile(r"[,，]").search(text, task_end + 1, end)
        task_end = nxt.start() if nxt else end
    if task_end - start < 4:
        return None
    return units, start, task_end


def directed_with_units(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each directive that names an organisation, the organisations it works
    with and the task (see the module's note). Not: a collective or a pronoun after the directive (``要求各镇会同…``,
    ``请其会同…``), a person, helpers that are no list of names (``会同有关部门``: left to the other cues), a report of
    what was done (``已责成…会同…开展了…``)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "会同" not in text and "會同" not in text and "联同" not in text and "聯同" not in text and "邀集" not in text:
        return out
    from extract.rules.unit_clauses import whole_name_end  # (speedA26) imported past the word test: run per paragraph
    from extract.rules.units import split_units
    from extract.rules.unit_charge_finders import _by_unit_name

    for m in _DIRECTED_WITH.finditer(text):
        lead = split_units(m.group("lead"))
        if not lead or not all(_is_org(u) for u in lead):
            continue
        got = _helpers_and_task(text, m.end())
        if got is None or _DONE.search(text, m.start(), got[2]):
            continue
        units, a, b = got
        if _uwa.hands_over_proposal(text[a:b]):
            continue  # (unitC24) ``责成甲局会同乙局办理该件建议``: the hand-over, no row of its own (U7)
        out.append((m.start("lead"), b, text[a:b].strip(), lead, units))
    for m in _DIRECTED_THEN_WITH.finditer(text):
        rest = m.group("rest")
        k = whole_name_end(rest, _by_unit_name(rest))
        if not k or not _is_org(rest[:k]) or len(rest) - k < 4 or any(x <= m.end() and m.start() < y for x, y, *_ in out):
            continue
        got = _helpers_and_task(text, m.end())
        if got is None or _DONE.search(text, m.start(), got[2]):
            continue
        units, a, b = got
        out.append((m.start("and"), b, text[a:b].strip(), split_units(rest[:k]), units))
    return out


def with_directed(text: str, offset: int, hits: list) -> list:
    """``hits`` with the rows of ``directed_with_units`` put in place of any hit they overlap (such a hit read the
    directive word into the lead's name, ``要求甲局``)."""
    found = directed_with_units(text)
    if not found:
        return hits
    from extract.rules.units import AssignmentHit  # (speedA26) imported only for a paragraph with a directive
    spans = [(offset + a, offset + b) for a, b, *_ in found]
    kept = [h for h in hits if not any(x < h.end and h.start < y for x, y in spans)]
    kept += [AssignmentHit(offset + a, offset + b, t, ld, rs, cue="directed_with_units") for a, b, t, ld, rs in found]
    kept.sort(key=lambda h: h.start)
    return kept


# 2. a directive word read into the lead's name by a role clause (``会议要求甲局牵头,乙局配合,…``, ``请甲局牵头…``): the
# speaker and the directive before the name are no part of it
_DIRECTIVE_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?(?:要求|责成|責成|建请|建請|明确了?|明確了?)|(?:同时|同時|并|並|还|還|会议|會議|另)?(?:请|請)(?![示求假愿願柬托教问問]))"
                             r"\s*(?:由\s*)?")


# (unitA27) ``会议明确了甲局…``: what a meeting or a plan makes clear names who acts after it (U7), as a directive does
def without_directive(unit: str) -> str:
    """A unit with the directive before its name cut off (``会议要求甲局`` -> ``甲局``, ``请乙局`` -> ``乙局``, ``同时要求丙乡政府``
    -> ``丙乡政府``): who is told to act is the unit (U4c, U7); kept where the rest reads as no organisation's name
    (``要求``, ``请示办``)."""
    m = _DIRECTIVE_HEAD.match(unit)
    if m is None or m.end() >= len(unit):
        return unit
    rest = unit[m.end():]
    return rest if len(rest) >= 3 and _is_org(rest) and "、" not in unit[:m.end()] else unit


def without_directives(units: list[str]) -> list[str]:
    """``without_directive`` over a unit list, each unit once."""
    out: list[str] = []
    for u in units:
        u = without_directive(u)
        if u not in out:
            out.append(u)
    return out


# 3. (goals) ``…于2031年2月1日投票表决确定2031年区政府十件实事``: the list chosen by the congress's vote, told
# with ``表决`` (``投票表决确定``, ``表决通过了…实事``, ``表決產生``) as with ``票决`` (O3b: a report of the list being chosen)
_VOTED_LIST = re.compile(r"表[决決]\s*[,，]?\s*(?:确定|確定|产生|產生|选出|選出|选定|選定|通过|通過)[^。;；!！?？]{0,40}?"
                         r"(?:实事|實事|民生工程|民心工程|惠民工程)")


def chosen_by_vote(sentence: str) -> bool:
    """A sentence that reports the year's list of 实事 chosen by a vote told with ``表决`` (``…投票表决确定2031年区政府十件
    实事``): no goal (O3b), as ``goals.reports_list_chosen`` reads ``票决确定``. Not a vote that adopts
    anything else (``表决通过了政府工作报告``), nor a vote with no verb of choosing after it (``…会议投票表决,继续实施…``)."""
    return ("表决" in sentence or "表決" in sentence) and _VOTED_LIST.search(sentence) is not None
