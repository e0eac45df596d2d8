"""Years that date a goal as the time its commitment starts (O3: a year stated as the time of the commitment).

``2031年起,全区公办幼儿园将全面免费``, ``政府宣布2031年1月起推出育儿补贴``, ``2031/32年度起增拨3亿元推行…``: a year (or a fiscal
year, its first year, N9a) from which a measure is to run, and in the same clause what is to be done from then. The past
is left to the page's date as for every dated cue (O3, O3d); a period that only runs from a year (``自2030年起出生的婴儿``:
who is covered) or a year reported as done (``2029年起已全面免费``) dates no commitment.
"""
from __future__ import annotations

import re

# a year, or a fiscal year ``2031/32``, then 年/年度/学年, an optional month, and 起 (from then on)
_YEAR_FROM = re.compile(r"(?<![\d/／~至到自从由])(?<!\d[-—])(20\d\d)\s*(?:[/／-]\s*\d{2}\s*)?(?:学年度|学年|年度|年)"
                        r"\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*起")
# what the clause commits to from then: a future modal, or a verb that puts a measure in place or funds it
_FROM_THEN = re.compile(r"^[^。;；,，]{0,24}?(?:将|会|推出|推行|实施|实行|增拨|拨款|拨出|提供|发放)")
_DONE = re.compile(r"已|了|以来|至今")
# an arrangement reported as standing since then (``…,有关安排沿用至今``): a state, no commitment
_STANDING = re.compile(r"至今|以来|迄今")


def year_from_commitment(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that starts a commitment from a year (``2031年起,…将全面免费``,
    ``宣布2031年1月起推出补贴``, ``2031/32年度起增拨3亿元``); (None, -1) where the year is led by ``自``/``从``/``由``
    (a period: ``自2030年起出生的婴儿``), where nothing is to be done from then (``2031年起的数据``), or where the clause
    reports it done (``2029年起已全面免费``) or standing since (``2028年起推行…,沿用至今``)."""
    if "起" not in sentence or _STANDING.search(sentence):
        return None, -1
    for m in _YEAR_FROM.finditer(sentence):
        rest = sentence[m.end():]
        w = _FROM_THEN.match(rest)
        if w is not None and _DONE.search(w.group()) is None:
            return int(m.group(1)), m.start(1)
    return None, -1
