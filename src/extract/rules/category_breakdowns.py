"""(tgtA30) A sentence that opens by naming the category it divides a total by: ``按照办学层次划分,幼儿园15所、小学18所``,
``按建设性质分:新建30所、改扩建12所``. Like ``其中…`` it breaks down the totals of the sentence before and shares their
commitment or their past (N5: every number of the enumeration is its own record, a part of the total)."""

from __future__ import annotations

import re

# ``按照办学层次划分,``, ``按建设性质分:``, ``按类别分类,``, ``按区域来分,``: the criterion, then the division word and a break
_BY_CATEGORY = re.compile(r"^\s*(?:按照|按)[^，,。；;:：\d]{1,10}?(?:划分|分类|分類|来分|來分|分)\s*[,，:：]")


def opens_by_category(sentence: str) -> bool:
    """The sentence opens with ``按(照)…划分,``: it divides the totals before by a criterion. Not ``按照规划,…`` (no
    division word) and not a sentence that only mentions a division further on."""
    return _BY_CATEGORY.match(sentence) is not None


# (tgtA30, N9) ``在2031年新增…的基础上``: a year inside the base frame of a further step
_BASE_FRAME_YEAR = re.compile(r"在[^，,。；;]{0,20}?((?:19|20)\d\d)(?=\s*年[^，,。；;]{0,30}?的基础上)")


def masks_base_frame_years(before: str) -> str:
    """``before`` with the year of each ``在…20XX年…的基础上`` frame blanked (same length): ``2032年将在2031年扩招1.6万人的基础上
    再增加2万人`` -> the base year 2031 neither dates the step nor makes it past (N9: the year before the number that
    dates it is the step's own, 2032; N2: the base is where the plan starts)."""
    if "基础上" not in before:
        return before
    return _BASE_FRAME_YEAR.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + "□" * 4, before)
