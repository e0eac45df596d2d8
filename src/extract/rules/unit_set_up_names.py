"""(lead46) A body's name read with the verb that sets it up (eval/README.md U3: a unit is the name as written).

A sentence that sets a body up and charges it at once puts the setting-up verb right before the name::

    领导小组下设办公室负责日常工作。   -> lead 办公室, not 下设办公室
    并成立招生组负责招生考试。       -> lead 招生组 (lead47)
    另原出版组更名为综合组,负责…     -> lead 综合组 (lead47: the body's new name)
    成立某校安全工作小组,负责…        -> lead 某校安全工作小组

``without_set_up_verb`` takes ``下设``/``成立``/``设立``/``组建`` (and their Traditional forms) off the front of a unit, where
what is left is a unit's name by itself (``units.is_unit_cell``); a name that only starts with those characters and is
no unit without them keeps them. Made-up examples only.
"""

from __future__ import annotations

import re

# (lead47) a joining or sequence word before the verb (``并成立某组``, ``另设立某组``), and a body renamed (``原甲组更名为乙组``:
# the new name is the body's)
_SET_UP = re.compile(r"^(?:[并並另再]|同时|同時)?(?:下设|下設|成立|设立|設立|组建|組建|新设|新設)(?:了)?"
                     r"|^(?:[另并並])?(?:原)?[^,，。;；:：]{2,16}?(?:更名为|更名為|改名为|改名為|改为|改為)")


def without_set_up_verb(unit: str) -> str:
    """``下设办公室`` -> ``办公室``; any other unit unchanged."""
    m = _SET_UP.match(unit)
    if m is None:
        return unit
    from extract.cues import is_unit_cell
    rest = unit[m.end():]
    return rest if len(rest) >= 2 and is_unit_cell(rest) else unit


def without_set_up_verbs(units: list[str]) -> list[str]:
    """Each unit of a list without its setting-up verb (``without_set_up_verb``)."""
    return [without_set_up_verb(u) for u in units] if any(_SET_UP.match(u) for u in units) else units
