"""How far the year's plan is done, and how far ahead of or behind schedule, are a progress report's status (eval/README.md
N13, N13c).

``1-4月,完成投资96.4亿元,完成年度计划投资的31.7%,低于序时进度1.6个百分点``, ``目前已开工206项,完成年度计划开工的80.8%``:
a progress report measures what was done against the year's plan: the share of the plan done, the gap to the schedule
(``序时进度``, the share the calendar says should be done by now) and how far the outturn passed the plan (``动工量达1.58万伙,
超出目标12%``) are figures reached, not commitments. The plan's own
amounts (``年度投资计划304亿元``) are read by the other cues (N13c: the year's target as the note's yardstick). Not a share
a plan sets for work still ahead (``年内完成工程量的50%``, ``完成“十二五”任务目标数的20%``: no year's plan done).
"""

from __future__ import annotations

import re

_PINYIN_NOTE = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]+[)）]")
# ``完成年度计划投资的``, ``完成全年任务的``, ``完成年度计划开工的``: the share of the year's plan done, right before the number
_SHARE_OF_YEAR_PLAN = re.compile(r"完成(?:了)?(?:年度|全年|本年度?|当年|當年)(?:投资|投資)?(?:计划|計劃|任务|任務)"
                                 r"(?:投资|投資|开工|開工|竣工|建设|建設)?(?:总额|總額|额|額)?的\s*$")
# ``低于序时进度``, ``高于序时进度``, ``超序时进度``: the gap to the schedule
_AGAINST_SCHEDULE = re.compile(r"(?:高于|低于|高於|低於|快于|慢于|快於|慢於|超过|超過|超出|落后|落後|超)\s*(?:时序|時序|序时|序時)(?:进度|進度)\s*$"
                               # ``超出目标12%``: how far the outturn passed the plan
                               r"|(?:超出|超過|超过|超额|超額)(?:年度|全年)?(?:目标|目標|计划|計劃|任务|任務)\s*$")


def _plain(before: str) -> str:
    tail = before[-40:]
    return _PINYIN_NOTE.sub("", tail) if "(" in tail or "（" in tail else tail


def share_of_year_plan_done(before: str, unit: str) -> bool:
    """``before`` (the sentence up to the number) ends with ``完成年度计划…的`` and the number is a share (``%``)."""
    if unit != "%" or "的" not in before[-3:]:
        return False
    return _SHARE_OF_YEAR_PLAN.search(_plain(before)) is not None


def gap_to_schedule(before: str) -> bool:
    """``before`` ends with ``高于/低于序时进度`` or ``超出目标``: the number is the gap to the schedule or the plan."""
    if "序" not in before[-30:] and "超" not in before[-12:]:
        return False
    return _AGAINST_SCHEDULE.search(_plain(before)) is not None
