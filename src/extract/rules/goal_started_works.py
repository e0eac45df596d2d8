"""A dated start of works told as a fact (O3: a sentence about the past is no goal).

``某卫生院改扩建项目于2031年12月动工,总投资846万元,计划新增…``, ``教育园区于2030年10月以来陆续开工建设``: the project started in
that month; the year dates a step taken, whatever the sentence plans after it. Not a start still to come (``将于2032年3月
开工``, ``计划于2032年3月动工``, ``预计于…开工``), and not a later year of the same sentence (``已于2031年7月开工建设,2033年投入
使用``: the completion year dates the goal).
"""

from __future__ import annotations

import re

# ``于2031年12月动工``, ``于2031年10月以来陆续开工建设``, ``于2031年3月18日正式开工``: a start dated to the month
_STARTED = re.compile(r"于\s*(?P<year>20\d\d)\s*年\s*\d{1,2}\s*月(?:份|底|初|中旬|上旬|下旬|\s*\d{1,2}\s*日)?\s*(?:以来)?\s*"
                      r"(?:陆续|正式|全面|顺利)?\s*(?:动工|开工|开建|奠基)")
# a start still to come: a will or plan word in the clause before ``于``
_TO_COME = re.compile(r"将|拟|计划|预计|预定|定|要|力争|争取|确保|可望|有望")


def started_works_date(sentence: str, at: int) -> bool:
    """Whether the year at ``at`` dates a start of works told as a fact (``项目于2031年12月动工``): no goal on its account."""
    if at < 0 or "于" not in sentence:
        return False
    for m in _STARTED.finditer(sentence):
        if m.start("year") != at:
            continue
        clause = max(sentence.rfind(c, 0, m.start()) for c in ",，;；。") + 1
        return _TO_COME.search(sentence, clause, m.start()) is None
    return False
