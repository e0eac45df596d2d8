"""A building's storeys above and below ground (``地上5层、地下1层``): the size of the works a page tells (N17a).

A page that tells of a new building gives its height as ``地上N层、地下M层`` (``新大楼为地上6层、地下1层``, ``打造地下1层、
地上7层的综合大楼``, ``為地上4層、地下1層建築體``): the storeys it is designed with, one of the project's measures like
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
