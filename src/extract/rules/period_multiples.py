"""A multiple of an earlier period's figure (N13b, twenty-second round).

A plan or a news report may say how its amount compares with the period before (``将是上一个五年的1.5倍``,
``相当于“十二五”的2倍``, ``是去年的1.3倍``): the multiple only says how the plan differs from before, and the planned
amount it restates is the target. A multiple that sets a standing level against a standard (``不低于当地低保标准的
1.3倍``, N2) names no earlier period and stays a target.
"""

from __future__ import annotations

import re

# the earlier period right before the multiple: ``上一个五年的``, ``“十二五”的``, ``“十二五”期间的``, ``去年同期的``
_EARLIER_PERIOD_OF = re.compile(r"(?:上一?个五年|上一?五年|[“\"]?十[一二三四五]五[”\"]?(?:时期|期间|時期|期間)?|去年|上年|上一年|前[一二三四五]年)"
                                r"(?:同期)?(?:水平)?的\s*$")


def multiple_of_earlier_period(before: str, unit: str) -> bool:
    """The number is a multiple (``倍``) of an earlier period's figure named right before it (``将会是“十二五”的1.6倍``):
    a comparison that gives nothing (N13b). Not a multiple of a standard (``低保标准的1.3倍``: no period)."""
    return unit == "倍" and _EARLIER_PERIOD_OF.search(before[-16:]) is not None
