"""Items of a unit list that name no organisation (U3, U4b: a unit row lists units). Made-up examples only.

- ``non_org_item``: a flattened task table's value cell read into its unit column: a bare figure (``312``, ``98.5%``)
  or a whole-area word (``全县``, ``全市统筹`` read as ``全市``), which says where a figure holds or who pools it, not
  which office does the task. ``县甲局``, ``各乡镇``, ``13个街道`` are units and stay.
- ``without_non_orgs``: a unit list without those items.
"""

from __future__ import annotations

import re

# a figure alone: digits with a decimal point, thousands commas or a percent sign
_FIGURE = re.compile(r"^[\d.,，%％]+$")
# the whole of an area (``全县``, ``全市范围``, ``全区统筹``): a scope, no office
_WHOLE_AREA = re.compile(r"^(?:全|本)[省市区县镇乡村](?:范围|范围内|域|统筹|各地)?$")


def non_org_item(unit: str) -> bool:
    """Whether ``unit`` names no organisation: a bare figure (``312``, ``98.5%``) or a whole-area word (``全县``,
    ``全市统筹``). Not ``县甲局``, ``各乡镇``, ``13个街道``, ``市``."""
    u = unit.strip()
    return bool(u) and (_FIGURE.match(u) is not None or _WHOLE_AREA.match(u) is not None)


def without_non_orgs(units: list[str]) -> list[str]:
    """``units`` without the items that name no organisation (``non_org_item``): ``["全县", "县甲局"]`` -> ``["县甲局"]``."""
    return [u for u in units if not non_org_item(u)]
