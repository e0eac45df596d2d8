"""Target cue for a count of dwelling units (``单位`` as flats), not of bodies (N3, N12a).

``涉及8个牵头单位``, ``共有12个单位参与`` count organisations: the make-up of a task list, no target. In housing
texts ``单位`` is a flat: ``公营房屋建屋量约为9.6万个单位``, ``可提供约1.3万个房屋单位``, ``预计未来五年有约8 000个单位``;
that count is what the housing commitment delivers. A count in ``万`` of ``单位``, or one whose clause speaks of housing
(``屋``, ``房``, ``住宅``), counts flats. No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

_UNITS_AFTER = re.compile(r"^\s*(?:个|個)?\s*(?:单位|單位)")
_HOUSING = re.compile(r"屋|房|住宅|楼宇|樓宇|宿位")


def counts_dwelling_units(before: str, unit: str, after: str) -> bool:
    """The count before ``单位`` counts flats: its measure is in ``万`` (``9.6万个单位``: no list of bodies runs to tens of
    thousands), or the words before it in its sentence speak of housing (``公营房屋建屋量约为…个单位``, ``预计可提供约
    1.1万个房屋单位``). Not ``涉及8个牵头单位``, ``12个单位参与``."""
    if _UNITS_AFTER.match(after) is None:
        return False
    return unit.startswith(("万", "萬")) or _HOUSING.search(before[-40:]) is not None
