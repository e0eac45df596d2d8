"""Unit-assignment and goal cues of the sixteenth round (ug16): phrasings of the genre that read wrong, each a small
named cue written from made-up pages.

1. ``project_in_charge_of``: ``由甲局负责的乙项目投资80万元``: a project named after the unit in charge of it, in a report
   of a 实事 list (U7 ``(由)X负责Y`` as an attribute: X leads the project Y).
"""

from __future__ import annotations

import re

# ``由甲局负责的新建幼儿园项目``, ``由甲镇、乙镇负责的农田改造工程``: the project after the unit in charge of it (U7, X lead);
# the unit list holds no ``的`` and no clause mark, the project closes with its class noun (项目, 工程)
_PROJECT_IN_CHARGE = re.compile(r"(?:(?<=^)|(?<=[。;；,，:：\s]))由(?P<units>[^。;；,，:：\s由的]{2,60}?)(?:牵头)?负责的"
                                r"(?P<task>[^。;；,，:：\s的]{2,40}(?:项目|工程))")


def project_in_charge_of(text: str) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, lead units) of each project named after the units in charge of it: ``由甲局负责的乙项目`` ->
    task ``乙项目``, lead ``甲局`` (``由甲镇、乙镇负责的丙工程`` -> both towns). The quote runs from ``由`` to the project's
    class noun. Not: a collective (``由各镇负责的…``, ``由相关部门负责的…``), a person (``由张三负责的项目``: no unit's name),
    a thing that is no project (``由甲局负责的工作范围``)."""
    from extract.cues import is_person_name, is_unit_cell
    from extract.rules.units import split_units

    out: list[tuple[int, int, str, list[str]]] = []
    if "负责的" not in text:
        return out
    for m in _PROJECT_IN_CHARGE.finditer(text):
        units = m.group("units")
        if units.startswith(("各", "相关", "有关", "所有")) or not is_unit_cell(units):
            continue
        lead = split_units(units)
        if not lead or any(not is_unit_cell(u) or is_person_name(u) for u in lead):
            continue
        out.append((m.start(), m.end(), m.group("task"), lead))
    return out
