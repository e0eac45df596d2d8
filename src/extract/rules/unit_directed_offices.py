"""``(某人)指示X、Y+doing``: a head of government directs named offices to do something (U7: the offices told to
do the task lead it; a news report's ``县长指示甲局、乙局在完工后恢复球场``). (lead48) Also the issuing body's own demand
on its offices (``学校要求某处安排人手…``, ``学校督促施工单位加快…``, ``本局责成甲科…``). Made-up examples only.

- ``directed_offices``: (start, end, task, lead) of each ``指示`` followed at once by a list of offices and then
  the doing. The quote runs from the first office to the clause's end, the task is the doing. Not: an instruction
  as a noun (``重要指示精神``, ``指示批示``), a sign (``疏散指示标志``), an office's own thing (``指示甲局的工程``: ``的`` after the name), a
  doing too short to say a task.
"""

from __future__ import annotations

import re

from extract.rules.units import leading_units

# (lead47) not a sign (``疏散指示标志``, ``指示牌``, ``指示灯``): a thing, no instruction
# (lead47) nor the superiors' instruction as a condition (``上级指示或某局发布…后``): a noun, then a joint
_DIRECTS = re.compile(r"(?<![重要批的级級])指示(?![精批的和与标牌灯或、,，])"
                      # (lead48) the issuing body's own demand on its office: ``学校要求总务处…``, ``学校督促施工单位…``
                      r"|(?<=学校|我校|本校|我局|本局|我院|本院|全校)(?:要求|督促|责成)(?![的和与、,，])")
_CLAUSE_END = re.compile(r"[,，。;；!！?？\n]")


def directed_offices(text: str) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, lead) of each ``指示X、Y+doing`` in ``text``: ``并指示甲处进一步完善相关设备`` ->
    task ``进一步完善相关设备``, lead ``[甲处]``. Not ``学习重要指示精神``, ``指示甲局的改建工程``."""
    out: list[tuple[int, int, str, list[str]]] = []
    if "指示" not in text and "要求" not in text and "督促" not in text and "责成" not in text:
        return out
    for m in _DIRECTS.finditer(text):
        stop = _CLAUSE_END.search(text, m.end())
        clause = text[m.end():stop.start() if stop else len(text)]
        units = leading_units(clause)
        if not units or units[0].startswith(("各", "相关", "有关", "本")):  # a collective (``指示各校…``): everyone, no lead
            continue
        k = clause.find(units[-1]) + len(units[-1])
        doing = clause[k:]
        if len(doing) < 4 or doing.startswith(("的", "之", "和", "与", "及", "等", "、")) \
                or "".join(units) not in re.sub(r"[、,，\s]", "", clause[:k]):
            continue
        out.append((m.end(), m.end() + len(clause), doing.strip(), units))
    return out
