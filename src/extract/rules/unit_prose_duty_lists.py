"""A duty list written as prose (eval/README.md U8b (ii), twenty-third round): a sentence that names the units whose
duties it sets out (``办法明确了市文旅局和区城管局的职责。``) introduces the sentences after it that each open with one of
those units (``市文旅局的职责包括编制书屋规划等。``, ``区城管局将配合市文旅局做好选址。``): each is that unit's row, lead the
unit, task its first duty (a ``配合X``/``协助X`` in it stays the unit's own duty, X not added: U7b inside a unit's own
duty). The run of such sentences ends at the first sentence that opens with none of the units."""

from __future__ import annotations

import re

from extract.cues import is_unit_cell
from extract.rules import unit_duty_nouns as _uduty  # (unitA27) ``…三家的职责和权限。``

# the introducing sentence: a verb of setting out, the units, ``的职责``
_INTRO = re.compile(r"(?:明确|明確|规定|規定|厘清|釐清|界定|划分|劃分|细化|細化|明晰|理顺|理順)了?(?P<units>[^。;；:：!！?？\n]{2,80}?)"
                    # (unitA27) the count of the parties named (``甲局、乙局、丙局三家的``) and the duty nouns of
                    # the genre (``责任和工作范围``, ``职责和权限``)
                    + _uduty.PARTY_COUNT + r"(?:各自)?的"
                    r"(?:职责|職責|职责分工|職責分工|工作职责|工作職責|" + _uduty.DUTY_NOUNS + r")(?:分工)?\s*[。;；]")
_UNIT_ENDING = re.compile(r"(?:局|委|办|辦|厅|廳|部|部门|部門|署|处|處|科|站|所|院|中心|公司|政府|街道|镇|鎮|乡|鄉|队|隊|会|會|室|馆|館|社|台|臺|"
                          r"学校|學校)(?:[(（][^()（）]{1,8}[)）])?$")  # (unitA26) ``学校``, a bracket of parts (``镇政府(园区)``)
# (unitA26) a sentence that goes on with the duties of the unit before it (``同时,要…``): no new subject, the run goes on
_CONTINUES = re.compile(r"(?:同时|同時|此外|另外|并且|並且)[,，]?")
# (unitA26) the joint of two listed units that open one sentence together (``某镇政府及学校也将…``)
_JOINT = re.compile(r"(?:及|和|与|與|、)")
_LEVEL_PREFIX = "省市县縣区區镇鎮乡鄉"


def written_forms(units: list[str]) -> list[tuple[str, str]]:
    """(form, unit) of each way a listed unit may open its sentence, longest first: its name as listed, or without
    the level word that opens it (listed ``某县教育局``... ``县教育局`` may be written ``教育局``: the same body, the level
    told once in the list). U3a: the row's unit is copied as its sentence writes it."""
    forms = [(u, u) for u in units] + [(u[1:], u) for u in units if u[0] in _LEVEL_PREFIX and len(u) >= 4]
    return sorted(forms, key=lambda f: len(f[0]), reverse=True)


def _opening_units(text: str, p: int, forms: list[tuple[str, str]]) -> tuple[list[str], int] | None:
    """The listed units a sentence at ``p`` opens with, as written (one, or two joined by ``及``/``和``), and where
    they end; None where it opens with none."""
    first = next((f for f, _ in forms if text.startswith(f, p)), None)
    if first is None:
        return None
    end = p + len(first)
    if (j := _JOINT.match(text, end)) is not None:
        second = next((f for f, _ in forms if text.startswith(f, j.end()) and f != first), None)
        if second is not None:
            return [first, second], j.end() + len(second)
    return [first], end
# what the unit's sentence opens with after its name: its duties named, or a modal and the duty itself
_DUTY_NAMED = re.compile(r"的(?:职责|職責|主要职责|主要職責|任务|任務)(?:主要)?(?:包括|包含|是|为|為|有)\s*[:：]?")
_MODALS = re.compile(r"^(?:也|还|還|则|則|同时|同時)?(?:将|將|要|应|應|须|須|需|负责|負責|主要负责|主要負責|具体负责|具體負責)?")
# (unitA27) a ``?`` run into Latin letters is a scrape's debris of a character's romanisation (``医?yuan``), no question's end
_SENT_END = re.compile(r"[。;；!！\n]|[?？](?![a-zA-Z\u00c0-\u024f])")
_CLAUSE_END = re.compile(r"[。;；,，!！?？\n]")


def _intro_units(names: str) -> list[str] | None:
    from extract.rules.units import split_units

    units = split_units(re.sub(r"(?<=[^、])(?:和|与|與|及|以及)(?=[^、])", "、", names))
    if not units or not all(is_unit_cell(u) and _UNIT_ENDING.search(u) for u in units):
        return None
    return units


def prose_duty_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, [unit], []) of each sentence after an introducing sentence that opens with one of its units
    (see the module's note). Not: a sentence that opens with no listed unit (the run ends), an introduction whose names
    are no units (``明确了学校和家长的职责``: people and a collective), a duty shorter than 4 characters."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "职责" not in text and "職責" not in text and not _uduty.may_name_duties(text):
        return out
    for m in _INTRO.finditer(text):
        units = _intro_units(m.group("units"))
        if units is None:
            continue
        p = m.end()
        forms = written_forms(units)
        found = 0
        for _ in range(len(units) + 6):
            q = p
            while p < len(text) and text[p] in " \t\u3000\n":
                p += 1
            crossed = "\n" in text[q:p]
            opening = _opening_units(text, p, forms)
            stop = _SENT_END.search(text, p)
            s_end = stop.start() if stop else len(text)
            if opening is None:
                if found and not crossed and _CONTINUES.match(text, p) is not None and stop is not None:
                    p = s_end + 1  # (unitA26) the unit's duties go on in this sentence: the run goes on
                    continue
                break
            if crossed and not found:
                break
            unit_list, rest_at = opening
            named = _DUTY_NAMED.match(text, rest_at)
            if named is not None:
                t0 = named.end()
            else:
                mod = _MODALS.match(text[rest_at:s_end])
                t0 = rest_at + (mod.end() if mod else 0)
            c = _CLAUSE_END.search(text, t0)
            t1 = min(c.start() if c else len(text), s_end)
            task = re.sub(r"等$", "", text[t0:t1].strip()).strip()
            if len(task) >= 4:
                out.append((p, t1, task, unit_list, []))
                found += 1
            p = s_end + 1
            if stop is None:
                break
    return out


# a members' label line, then its duty line (U4a twenty-first round): ``成员单位:甲局、乙台\n职责:…``
_MEMBERS_THEN_DUTY = re.compile(r"(?:^|\n)[^\n]{0,8}?(?:成员单位|成員單位|参与单位|參與單位|配合单位|配合單位)\s*[:：][^\n]*\n"
                                r"\s*(?:职责|職責)\s*[:：](?P<duty>[^\n]+)")
_MEMBER_LABELS = ("成员单位", "成員單位", "参与单位", "參與單位", "配合单位", "配合單位")  # (``_MEMBERS_THEN_DUTY``'s label words)
_LEAD_MODAL = re.compile(r"^(?:也|还|還|则|則)?(?:要|应|應|须|須|需|将|將|负责|負責)?")


def member_line_doers(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """U4a (twenty-first round): in the duty line under a members' label (``成员单位:…\\n职责:各单位要…。某台、某报要做好
    宣传报道。``) a sentence that opens with named units as its doer gives a row of its own: (start, end, task, those
    units, []), task the predicate after its modal, quote from the units to the end of the task's clause. The line's first
    sentence is the label's own row (other readers'). Not: a sentence that opens with a collective (``各单位要…``)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "职责" not in text and "職責" not in text:
        return out
    if not any(w in text for w in _MEMBER_LABELS):
        return out  # (speedA24) every match holds one of the label words: no scan of every line start without one
    from extract.rules.unit_duty_items import item_subject

    for m in _MEMBERS_THEN_DUTY.finditer(text):
        d0, d1 = m.start("duty"), m.end("duty")
        p = d0
        first = True
        while p < d1:
            stop = _SENT_END.search(text, p, d1)
            s_end = stop.start() if stop else d1
            body = text[p:s_end]
            lead = len(body) - len(body.lstrip())
            if not first and (subj := item_subject(body.lstrip(), is_unit_cell)) is not None:
                k, units = subj
                t0 = p + lead + k
                mod = _LEAD_MODAL.match(text[t0:s_end])
                t0 += mod.end() if mod else 0
                c = _CLAUSE_END.search(text, t0, s_end)
                t1 = c.start() if c else s_end
                task = text[t0:t1].strip()
                if len(task) >= 4:
                    out.append((p + lead, t1, task, units, []))
            first = False
            p = s_end + 1
    return out
