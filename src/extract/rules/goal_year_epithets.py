"""A year characterised by what it means for a plan (``2031年是实施某规划的关键之年``, ``2031年是某计划的收官之年、某规划的
开局之年``, ``2031年是关键性一年``): the sentence says what kind of year it is, not what is to be done in it. It commits to
nothing on that account (O3: the year is no time of a commitment), however the year stands to the page's date; a clause
after it that commits by its own words (``…关键之年,全县将新建学校3所``) is read by the other cues only where its own year
or deadline is written.
"""

from __future__ import annotations

import re

# the year, 是/为, a few words, then the kind of year: 之年, 一年, 开局年, 收官年, 攻坚年
_EPITHET = re.compile(r"(20\d\d)\s*年(?:度)?\s*(?:是|为|為)[^。,，;；:：]{0,30}?(?:之年|一年|开局年|開局年|收官年|攻坚年|攻堅年)")


def year_epithet(sentence: str, at: int) -> bool:
    """The year at ``at`` is characterised (``2031年是实施某规划的关键之年``): a kind of year named, no commitment (O3)."""
    if at < 0 or "年" not in sentence[at + 4:at + 40]:
        return False
    return any(m.start(1) == at for m in _EPITHET.finditer(sentence, max(0, at - 1)))


def opens_with_year_epithet(sentence: str) -> bool:
    """(lead46) A sentence that opens by characterising its year (``2031年是实施某规划的重要一年,…``), dated or not by the
    date cues: inside a goal section too it states what kind of year it is, no goal (O3)."""
    return _EPITHET.match(sentence.lstrip()) is not None
