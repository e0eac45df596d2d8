"""(tgtA30, N9, N2) A year inside the base frame of a further step (``在2031年扩招1.2万人的基础上再增加3万人``): the base is
where the plan starts, its year dates no target and makes none past."""

from __future__ import annotations

import re

# (tgtA30, N9) ``在2031年新增…的基础上``: a year inside the base frame of a further step
_BASE_FRAME_YEAR = re.compile(r"在[^，,。；;]{0,20}?((?:19|20)\d\d)(?=\s*年[^，,。；;]{0,30}?的基础上)")


def masks_base_frame_years(before: str) -> str:
    """``before`` with the year of each ``在…20XX年…的基础上`` frame blanked (same length): ``2032年将在2031年扩招1.6万人的基础上
    再增加2万人`` -> the base year 2031 neither dates the step nor makes it past (N9: the year before the number that
    dates it is the step's own, 2032; N2: the base is where the plan starts)."""
    if "基础上" not in before:
        return before
    return _BASE_FRAME_YEAR.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + "□" * 4, before)
