"""A unit given its role by apposition (unitB27; eval/README.md U4a role words, U7): ``某区住建局作为建设责任单位,…``,
``某县文旅局作为牵头单位,统筹…``, ``某局作为牵头部门将会同…``. News and minutes name a body's role this way where a plan
would print a label (``牵头单位:``, ``责任单位:``): the role noun decides the role as the label would (``牵头``/``主责``/
``主管`` lead; ``责任``, ``建设责任``, ``实施``, ``配合``, ``协办`` responsible), the task is the clause that goes on after the
role noun (its modal words left out), or, where the role noun closes its clause, the next clause.

1. ``role_apposition_rows``: the row of each such apposition at a clause's start; the quote runs from the unit to the end
   of the task's clause. Not: a collective or a party named by its kind (``各乡镇作为责任主体``: no named unit, U7d), a
   clause that goes on with ``会同``/``负责`` (the with-reader and the charge readers read those sentences: this one would
   read them twice), a role noun that is no unit's role (``作为牵头人``: a person, U4a), an apposition that qualifies a
   noun (``由某局作为牵头单位的项目``). (unitA37) Where the apposition names the task it is the role of (``某局、某委作为
   书屋建设工作的牵头单位,…``), the task is that named work and the quote ends at the role noun.
2. ``without_role_apposition``: a unit name that another reader cut with the apposition in it (``某局作为牵头部门``) is the
   unit's name alone.

Made-up examples only.
"""

from __future__ import annotations

import re

# the role nouns of an apposition and the role each gives
_LEAD_ROLES = ("牵头", "牵頭", "主责", "主責", "主管")
_ROLE = r"牵头|牵頭|主责|主責|主管|建设责任|建設責任|责任|責任|实施|實施|配合|协办|協辦|协作|協作"
_APPOSITION = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n,，:：]))[ \t\u3000]*(?P<unit>[^。;；!！?？\n,，:：、“”\"()（）作]{2,30}?)"
    r"作为(?:(?P<of>[^。;；!！?？\n,，:：、“”\"()（）的]{2,30}?(?:工作|任务|任務|项目|項目|工程|行动|行動|活动|活動))的)?"
    rf"(?P<role>{_ROLE})(?:单位|單位|部门|部門)(?P<rest>[^。;；!！?？\n]{{0,120}})")
# (unitA37) ``X作为Y的牵头单位``: the apposition names the task it is the role of (``…作为整治工作的牵头单位``, as ``Y的牵头单位为X``,
# eval/README.md U4a, thirty-second round): task Y, the quote from X to the role noun
# the modal and aspect words between the role noun and the task (``将``, ``已``, ``今年年初就开始``)
_MODAL = re.compile(r"^(?:将会|将|將|会|會|已经|已|正在|正|要|应|須|须|也|还|積極|积极|主动|認真|认真)+")
_TAIL = re.compile(rf"作为(?:{_ROLE})(?:单位|單位|部门|部門)$")
# a clause that another reader reads whole: a helper (``会同``), a charge (``负责``) or a lead's verb (``牵头``)
_OTHER_FRAME = re.compile(r"会同|會同|负责|負責|牵头|牽頭|协同|協同")
_CLAUSE_END = re.compile(r"[,，]")


def without_role_apposition(name: str) -> str:
    """``某局作为牵头部门`` -> ``某局``: the apposition says the role, the name before it is the unit."""
    m = _TAIL.search(name)
    return name[:m.start()] if m is not None and m.start() >= 2 else name


# (speedA27) the characters after which an apposition's match can open (``_APPOSITION``'s lookbehind; none of them can
# stand inside a match's unit or the blanks before it)
_OPENERS = frozenset("。;；!！?？\n,，:：")


def apposition_matches(text: str):
    """``_APPOSITION.finditer(text)``, the same matches, tried only where one can open: a match's ``作为`` is the first
    ``作`` after its start (its unit holds none), and its start is right after the last opener before that ``作为`` (the
    text between holds no opener), or the text's start. A scan of the whole text tries the pattern at every character
    (a lazy unit of up to 30 each); this tries it once for each ``作为``."""
    end = 0  # where the last match ended (matches do not overlap)
    tried = -1  # the last start tried
    q = text.find("作为")
    while q >= 0:
        p = q
        while p > 0 and text[p - 1] not in _OPENERS:
            p -= 1
        if p >= end and p != tried:
            tried = p
            m = _APPOSITION.match(text, p)
            if m is not None:
                end = m.end()
                yield m
        q = text.find("作为", max(q + 1, end))
    return


def role_apposition_rows(text: str, named_units) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) of each apposition of the module's note; ``named_units`` reads a unit list
    (None where it names no unit)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "作为" not in text:
        return out
    for m in apposition_matches(text):  # (speedA27) ``_APPOSITION.finditer(text)``, tried where a match can open
        units = named_units(m.group("unit").strip())
        rest = m.group("rest")
        if units is None or _OTHER_FRAME.search(rest.split("。")[0][:40]) is not None or rest[:1] == "的" \
                or m.group("unit").lstrip().startswith("由"):
            continue  # (``由某局作为牵头单位的项目``: the apposition qualifies a noun, no clause of the unit's)
        lead = m.group("role") in _LEAD_ROLES
        start = m.start("unit") + len(m.group("unit")) - len(m.group("unit").lstrip())
        if m.group("of") is not None:  # (unitA37) the task named in the apposition itself
            out.append((start, m.start("rest"), m.group("of").strip(), units if lead else [], [] if lead else units))
            continue
        a = m.start("rest")
        if rest[:1] in (",", "，"):
            a += 1  # (the role noun closes its clause: the task is the next clause)
        cut = _CLAUSE_END.search(text, a, m.end())
        b = cut.start() if cut else m.end()
        task = text[a:b].strip()
        if (mod := _MODAL.match(task)) is not None:
            task = task[mod.end():]
        if len(task) < 4:
            continue
        lead = m.group("role") in _LEAD_ROLES
        start = m.start("unit") + len(m.group("unit")) - len(m.group("unit").lstrip())
        out.append((start, b, task, units if lead else [], [] if lead else units))
    return out
