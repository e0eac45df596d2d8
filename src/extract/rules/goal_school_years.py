"""A school year written with both its years (``2031/32学年``, ``2031至32学年``, ``2031-2032学年``) as the time of a goal.

1. ``school_year_will``: a sentence that will do something (``将``, ``会``, ``计划``, ``拟``) and names the school year it is
   for (``某基金将拨出约9亿元,把2031/32学年的每名学生津贴增加1,000元``, ``某局会在2031至32学年为甲校增设5班``): the school
   year is the time of the commitment, a goal with its first year (O3, O3c; N9a).
2. ``school_year_under_way``: a school year that runs into the page's year (``在2030至31学年,学生津贴由2,500元增至3,500元``
   on a page of 2031) is under way, not over: its first year before the page's is no sign of the past (O3d).
"""

from __future__ import annotations

import re

# ``2031/32学年``, ``2031／2032學年`` (normalised), ``2031至32学年``, ``2031-2032学年``: the first year, then the second
_SCHOOL_YEAR = re.compile(r"(?P<first>20\d\d)\s*(?:/|／|至|-|—|–)\s*(?P<second>(?:20)?\d\d)\s*学年")
_WILL = re.compile(r"将|会|计划|拟")


def school_year_will(sentence: str) -> tuple[int | None, int]:
    """(the first year, where it stands) of a school year named after a will marker in the same sentence (``…将拨出约9亿元,
    把2031/32学年的每名学生津贴增加1,000元``); (None, -1) when none."""
    if "学年" not in sentence:
        return None, -1  # (a cheap test before the scan)
    for m in _SCHOOL_YEAR.finditer(sentence):
        if _WILL.search(sentence, 0, m.start()) is not None:
            return int(m.group("first")), m.start("first")
    return None, -1


def school_year_under_way(sentence: str, year: int | None, page_year: int | None) -> bool:
    """Whether the sentence's year ``year`` opens a school year it names (``2030至31学年``) that runs into ``page_year``:
    the school year is under way at the page's date, not over."""
    if year is None or page_year is None or "学年" not in sentence:
        return False
    for m in _SCHOOL_YEAR.finditer(sentence):
        first, second = int(m.group("first")), m.group("second")
        end = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if first == year and end == first + 1 and end >= page_year:
            return True
    return False
