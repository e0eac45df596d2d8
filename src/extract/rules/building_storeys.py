"""A building's storeys above and below ground (``地上5层、地下1层``): the size of the works a page tells (N17a).

A page that tells of a new building gives its height as ``地上N层、地下M层`` (``新大楼为地上6层、地下1层``, ``打造地下1层、
地上7层的综合大楼``, ``為地上6層、地下2層建築體``): the storeys it is designed with, one of the project's measures like
its floor area, however plainly the sentence states it (``为``, no modal). A floor named by its level is no count
(``地下1楼为停车场``: ``楼`` names the floor, not how many there are).
"""

from __future__ import annotations

import re

# ``地上``/``地下`` right before the number (spaces allowed): the storeys counted above or below ground
_ABOVE_BELOW = re.compile(r"地\s*[上下]\s*$")


def storeys_above_below(before: str, unit: str) -> bool:
    """The number counts a building's storeys above or below ground: ``层``/``層`` after it and ``地上``/``地下`` right
    before it (``为地上5层``, ``地下 1 層``). Not a floor's level (``地下1楼``: unit ``楼``), not storeys without the
    ground word (``楼高5层``: ``storeys_of_project`` reads those), not ``地上`` further back (``地上部分共5层``)."""
    return unit in ("层", "層") and _ABOVE_BELOW.search(before) is not None


# a building's storeys counted anywhere in the sentence (``地上4层``, ``地下 1 層``)
_STOREYS_IN_SENTENCE = re.compile(r"地\s*[上下]\s*\d{1,2}\s*[层層]")
# a clause that names the building's area or height right before the number (``基地面积约``, ``总楼地板面积达``,
# ``总面积多达``, ``高度``), or the bracketed conversion of an area just given (``3,073平方公尺(约``)
_BUILDING_MEASURE = re.compile(r"(?:(?:基地|楼地板|樓地板|总楼地板|總樓地板|总|總|建筑|建築)面[积積]|高度)"
                               r"(?:约|約|为|為|达|達|多达|多達)?\s*$"
                               r"|(?:平方公尺|平方米|坪)\s*[(（]\s*(?:约|約)?\s*$")
_AREA_OR_LENGTH = ("平方公尺", "平方米", "坪", "公尺", "米", "公顷", "亩")


def measures_building_with_storeys(sentence: str, clause_head: str, unit: str) -> bool:
    """The number gives the area or the height of a building whose storeys the same sentence counts (``新馆为地上4层、
    地下1层,基地面积约3,000平方公尺(约900坪)``, ``规划为地上4层,高度19公尺``): one more of the works' measures (N17a).
    Not an area in a sentence that counts no storeys (``该校基地面积3,000平方公尺``: a school's present site), not a
    measure that is no area or length (``总面积为3所``)."""
    return unit in _AREA_OR_LENGTH and _STOREYS_IN_SENTENCE.search(sentence) is not None \
        and _BUILDING_MEASURE.search(clause_head) is not None


# (N8) the metre as Taiwan pages write it (``高度19公尺``, ``步道長800公尺``); ``平方公尺`` is read before it
METRE_TW = r"公尺|"
