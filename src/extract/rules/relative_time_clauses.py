"""(lead43) N9: a clause that opens with a relative time of its own (``去年更争取专项经费,斥资N元…``; not ``今年``, which a year written before often names) is dated by that word, not
by a year an earlier clause of its sentence wrote for another deed (``自2031年起协助书屋汰换灯具,去年更争取…``): the
quantities of the later clause take no year from it (a relative year alone gives null, N9c). Made-up examples only."""

from __future__ import annotations

import re

_RELATIVE_OPEN = re.compile(r"[,，;；]\s*(?:[\u4e00-\u9fff]{0,4}?)(?:去年|前年|明年|后年|後年|近年|近年来|近年來)")


def own_relative_time(sentence: str, year_end: int, at: int) -> bool:
    """Between the end of the last year written before the number (``year_end``) and the number (``at``), a clause opens
    with a relative time word: that clause's own time, not the earlier year, dates the number."""
    return year_end < at and _RELATIVE_OPEN.search(sentence, year_end, at) is not None
