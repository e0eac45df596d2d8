"""The extent of a zone a measure covers: a distance from a road, a school or a river (N12: where, not how much).

A rule or a campaign plan draws the zone it acts in as a band or a ring of so many metres or kilometres:
``禁烧区为国道两侧各2公里的地带``, ``学校周边200米以内``, ``河道沿线500米范围``. The distance says where the measure
applies, not a quantity it delivers: no target. Not a length of works (``新建沿河步道2公里``, ``道路两侧绿化带
宽10米``: a verb of works or a measure word before the number)."""
from __future__ import annotations

import re

# the side, ring or line of a place right before the distance: ``两侧各``, ``周边``, ``周围``, ``沿线``, ``方圆``
# (lead49) also a border the band runs along (``边境0—3公里范围内``)
_ZONE_WORD = re.compile(r"(?:两侧|兩側|两旁|兩旁|周边|周邊|周围|周圍|四周|沿线|沿線|方圆|方圓|外围|外圍|边境|邊境|边界|邊界|国境线|國境線)\s*各?\s*$")
_DISTANCE_UNITS = ("公里", "千米", "米", "里", "km", "m")
# a zone word after it (``…的地带``, ``以内``, ``范围内``), a ``的`` that names the zone, or the end of the clause
_ZONE_AFTER = re.compile(r"^\s*(?:以内|以內|之内|之內|内|內|范围|範圍|区域|區域|的|[,，;；。]|$)")
# (lead42) a place a zone is drawn round, right before the distance, with an inner or outer bound after it:
# ``取缔校门口150米以内的…``, ``在学校20米外划定禁区``
_PLACE_BEFORE = re.compile(r"(?:校门口|校門口|学校|學校|校园|校園|幼儿园|幼兒園|门口|門口|大门|大門)\s*$")
_BOUND_AFTER = re.compile(r"^\s*(?:以内|以內|之内|之內|范围内|範圍內|以外|之外|外(?![资資援商])|内(?![容部涵])|內(?![容部涵]))")


def bounds_zone(before: str, unit: str, after: str) -> bool:
    """The number is the distance that draws a zone (``国道两侧各1公里的地带``, ``学校周边200米以内``): the side or ring
    of a place right before it, a distance unit, and a zone word or the clause's end after it; (lead42) or a place right
    before it and an inner or outer bound after it (``校门口150米以内``, ``学校20米外``)."""
    if unit not in _DISTANCE_UNITS:
        return False
    return _ZONE_WORD.search(before) is not None and _ZONE_AFTER.match(after) is not None \
        or _PLACE_BEFORE.search(before) is not None and _BOUND_AFTER.match(after) is not None
