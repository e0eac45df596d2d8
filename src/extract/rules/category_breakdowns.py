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

