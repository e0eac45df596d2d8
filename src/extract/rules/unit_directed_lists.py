"""(lead44) A directive's list of who does what: ``市长…责成副市长某某督导书屋建设,文旅局核实清点闲置书屋,社会局加大推动托育量能,
财政局协助清查…,住建局协助…修缮工程``. After a verb that charges (``责成``, ``责令``), each clause of the same sentence that
opens with a unit's name and goes on with what it is to do is that unit's task (U7: a task put on a named unit): the unit
leads it, or answers for it where it only helps (``协助``/``配合``: U7, lead ``[]``). The directive's own clause (``责成甲局…``)
is left to the readers of ``责成X…``; a clause that opens with a person (``副市长某某``), a collective, a joint or anything but
an office's name is passed over. No I/O."""

from __future__ import annotations

import re

_DIRECTIVE = re.compile(r"(?<!负)责成|责令")  # not ``负责成人…`` (负责 + 成人)
# a named office's ending (not a place's: ``全镇``, ``省委`` open clauses of another kind)
_OFFICE_END = re.compile(r"(?:局|委员会|办公室|办|厅|处|科|中心|政府|公司|所|站|队|院|署)$")
# a clause that opens with a joint or a preposition names no doer (``与某局新建的书屋``, ``还有某局…``)
_NOT_DOER_OPEN = re.compile(r"^(?:与|和|及|还有|对|在|将|把|由|从|向|以|按|据|并)")
# a rest that is no doing (``的…``, ``是…``)
_NO_DOING = re.compile(r"^(?:的|之|是|为|等|和|与|及)")
_HELP = re.compile(r"^(?:协助|配合|协同)")
_CLAUSE = re.compile(r"[^,，;；。]+")


def directed_clauses(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, responsible) for each clause after a charging verb that opens with named units and a
    doing (``文旅局核实清点闲置书屋``, ``财政局协助清查…``), to the end of that sentence."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "责成" not in text and "责令" not in text:
        return out
    from extract.rules.units import leading_units
    from extract.cues import is_unit_cell

    for d in _DIRECTIVE.finditer(text):
        stop = min([k for k in (text.find(c, d.end()) for c in "。;；\n") if k >= 0] or [len(text)])
        for n, c in enumerate(_CLAUSE.finditer(text, d.end(), stop)):
            if n == 0:
                continue  # the clause of the directive itself (``责成甲局…``): the readers of ``责成X…`` have it
            clause = c.group()
            start = c.start() + len(clause) - len(clause.lstrip())
            clause = clause.strip()
            if _NOT_DOER_OPEN.match(clause):
                continue
            units = leading_units(clause)
            if not units or not all(is_unit_cell(u) and _OFFICE_END.search(u) for u in units) \
                    or any(u.startswith(("各", "相关", "有关")) for u in units):
                continue
            k = 0
            for u in units:
                k = clause.index(u, k) + len(u)
            rest = clause[k:]
            if rest[:1] in ("、", "和", "及", "与"):
                continue  # a list that goes on past the names read
            if rest[:1] in ("长", "員", "员") or any(len(u) < 3 for u in units):
                continue  # ``副市长某某``: a post and its holder, no unit (``副市`` is a cut post)
            helps = _HELP.match(rest)
            task = rest[helps.end():] if helps else rest
            if len(task) < 4 or _NO_DOING.match(task):
                continue
            out.append((start, c.end(), task, [] if helps else units, units if helps else []))
    return out
