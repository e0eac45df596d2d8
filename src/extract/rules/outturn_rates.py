"""A count written with the rate it yields is an outturn, not a target (eval/README.md N13).

``产后访视4210人,产后访视率91.5%``, ``住院分娩5320人,住院分娩率97.2%``, ``孕产妇死亡2例,孕产妇死亡率38.6/10万``: a report
of the year's work gives how many cases were reached and the rate they make, the same noun counted and then rated. A plan
states the rate it aims at alone (``住院分娩率达到98%以上``), or the plan and what was done with a completion rate
(``新增岗位540个完成838个,完成率155%``: a progress table, left to the other cues). A sentence that looks ahead
(``text.FUTURE_MARKERS``: ``到2031年``, ``将``, ``力争``, ``目标:``) is no outturn.
"""

from __future__ import annotations

import re

from extract.rules.text import FUTURE_MARKERS

# the counted noun, its count with a measure word for people or cases, then the same noun's rate (a short prefix allowed:
# ``孕产妇系统管理5503人,孕产妇系统管理率``, ``新法接生6351人,新法接生率``)
_COUNT_THEN_RATE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:数|人数|总数|總數)?\s*\d[\d.,]*\s*[万萬]?(?:人次|人|例|名|个|個|所|户|戶|次|件)"
                              r"[,，]\s*[\u4e00-\u9fff]{0,4}?\1率")


# the rate of a plan's progress (``完成率``, ``完工率``, ``开工率``, ``到位率``, ``执行率``): a progress report's yardstick of
# the plan, whose targets the sentence may name (``完成全年23万人目标任务的95%;…已完工66所,完工率达82.5%``)
_PROGRESS_NOUN = re.compile(r"完|开工|開工|竣工|建成|到位|执行|執行|落实|落實|进度|進度")
_PLAN_WORDS = re.compile(r"目标|目標|任务|任務|计划|計劃")


def counts_with_own_rate(sentence: str) -> bool:
    """``sentence`` reports a count and the rate of the same noun (see the module's docstring), and nothing in it looks
    ahead or names the plan's targets (``目标``, ``任务``). Not a rate of progress (``完成率``, ``完工率``: a progress
    report's yardstick of a plan)."""
    if "率" not in sentence:
        return False
    if not any(_PROGRESS_NOUN.search(m.group(1)) is None for m in _COUNT_THEN_RATE.finditer(sentence)):
        return False
    return FUTURE_MARKERS.search(sentence) is None and _PLAN_WORDS.search(sentence) is None
