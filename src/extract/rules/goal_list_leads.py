"""O3f, O3a: a dated sentence that sets out the year's list of 实事 or 民生工程, its items on the lines below.

``据了解,某街道2031年十大实事项目包括:``, ``2031年某区8件民生实事分别是:``, ``2031年全县民生工程项目有:``: the year,
the year's list of 实事 (民生工程, 惠民工程, 民心工程) as the subject, and a verb that sets its items out (``包括``,
``分别是``, ``分别为``, ``有``) closing the sentence before a colon: the list's commitments stated with the list's year, a
goal (O3f, as where the items follow in the same sentence; O3a: a dated lead-in is a goal by its own date), not a list's
bare introduction. A sentence that reports the list chosen, voted or published keeps its own false-goal cues (O3b), and a
notice formula (``现将2031年实事项目安排如下:``) does not end so (O3g).
"""

from __future__ import annotations

import re

from extract.cues import _PINYIN_NOTE

# the year (no span's end), the list as the subject (a count of items may stand before it), a verb setting the items out,
# then only the colon to the sentence's end
_YEAR_LIST_LEAD = re.compile(r"(?<![\d—\-~至到、])(20\d\d)\s*年(?:度)?[^,，。；;:：!！?？]{0,24}?"
                             r"(?:实事|實事|民生工程|惠民工程|民心工程)(?:项目|項目)?(?:清单|清單)?\s*"
                             r"(?:包括|分别是|分別是|分别为|分別為|有)\s*[:：]?\s*$")
# ``…实事项目完成情况包括:``, ``…实事的进展有:``: a report on the list, no list set out (O3f, second adjudication)
_REPORTED = re.compile(r"完成|进展|進展|进度|進度|落实情况|落實情況|成效|成果")


def year_list_lead(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence that sets out the year's list of 实事 with its items below it
    (``某街道2031年十大实事项目包括:``, ``2031年某区8件民生实事分别是:``); (None, -1) when none, or when the list's
    progress or completion is what the sentence introduces (``2031年实事项目完成情况包括:``)."""
    if "年" not in sentence or sentence.rstrip()[-1:] not in ":：括是為为有":
        return None, -1  # (a cheap test before the scan)
    s = _PINYIN_NOTE.sub("", sentence)
    m = _YEAR_LIST_LEAD.search(s)
    if m is None or _REPORTED.search(m.group()) is not None:
        return None, -1
    at = sentence.find(m.group(1))  # (the year's place in the sentence as given, pinyin notes kept)
    return int(m.group(1)), at
