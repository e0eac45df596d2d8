"""O3 (and O1's note on cut sentences: a cut sentence is a goal only by what its visible words state): a sentence cut off
inside its date, nothing after the date but a month's number (``本活動於112年3``, ``本鄉於112年3月份及9``, ``该项目于2031年10``,
a slide or a table cell that broke its line inside the date). Its visible words state no act at all, so no commitment, and
the year is no goal's deadline: no goal, whatever the year. A cut sentence whose words state the act before the date
(``预计2031年6``: a forecast's verb; ``2031年底前完成``) is read by the general cues.
"""

from __future__ import annotations

import re

# a subject with a date preposition (``于``/``於``/``在``), the year, and only a month's number (and a joined second month) to
# the end of the sentence
# (a field's label before it, ``预算金额: 本活动于100年5``: a slide's cells run together)
_CUT_DATE = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}\s*[:：]\s*)?[\u4e00-\u9fff]{0,8}?(?:于|於|在)\s*(?:20\d\d|\d{2,3})\s*年(?:度)?\s*\d{1,2}(?:\s*月份?\s*(?:及|和|与|、|至|-)?\s*\d{0,2})?\s*$")


def cut_inside_date(sentence: str) -> bool:
    """(goalA35) A sentence cut off inside its date (``本活動於112年3``): no act visible, no goal (O3)."""
    s = sentence.strip()
    return bool(s) and s[-1].isdigit() and "年" in s and _CUT_DATE.match(s) is not None
