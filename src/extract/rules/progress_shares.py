"""A completion rate a progress report gives: the share of a plan's count or of a project's whole progress done so
far (``完成年初30所目标任务的90%``, ``项目完成总体进度的95%``), status (N13a), also where the page prints a pinyin
note after some characters (``任務(wù)``)."""
from __future__ import annotations

import re

from extract.cues import _PINYIN_NOTE

# ``完成[年初30所]目标任务的``, ``完成总体进度的``, ``完成全年工程进度的``: done against the plan or the whole works
_DONE_SHARE_OF = re.compile(r"(?:完成|占|佔|达|達)[^，,。；;]{0,14}?(?:计划|計劃|任务|任務|目标|目標|总体进度|總體進度|工程进度|工程進度)的\s*$")
_PLEDGE = re.compile(r"(确保|確保|力争|力爭|将|將|要|计划|計劃|预计|預計)[^，,。；;]{0,14}$")


def completes_share_of_plan(before: str, unit: str) -> bool:
    """``全市已有30所投入使用,完成年初32所目标任务的93.75%``, ``某项目完成总体进度的95%``: how much of the year's
    planned count or of a project's works is done, a completion rate (status, N13a); the plan's own count may stand
    between (``年初32所``) and pinyin notes are read past. Not a pledge (``确保完成年度目标任务的100%``) and not a rate
    to reach (``完成率达到100%``)."""
    if unit != "%":
        return False
    tail = before[-40:]
    if "(" in tail or "（" in tail:
        tail = _PINYIN_NOTE.sub("", tail)
    return _DONE_SHARE_OF.search(tail) is not None and _PLEDGE.search(tail) is None


# (tgtA27) a rate of completion or execution right before the number: ``完成率``, ``覆盖完成率为``, ``执行率达``,
# ``完成年度任务`` (the share of the year's task)
_DONE_RATE = re.compile(r"(?:完成率|完成比例|完成进度|完成進度|达成率|達成率|执行率|執行率|"
                        r"完成(?:全年|年度|年初)?(?:目标|目標)?(?:任务|任務|计划|計劃)的?)\s*(?:为|為|是|达|達|达到|達到)?\s*$")


def rate_beyond_plan(before: str, unit: str, value: str) -> bool:
    """A completion or execution rate above 100% (``课后服务覆盖完成率104.5%``, ``执行率为112%``, ``完成年度任务108%``):
    what a report tells
    was done beyond the plan, never a level to reach (a plan sets ``完成率达到100%`` at most): status (N13a)."""
    if unit != "%":
        return False
    try:  # (``before[-16:]``: the longest rate word, ``完成全年目标任务的``, and a verb after it)
        over = float(value.replace(",", "")) > 100
    except ValueError:
        return False
    return over and _DONE_RATE.search(before[-16:]) is not None


# (tgtA30) ``占年度计划投资的``, ``占计划总投资30.29亿元的``, ``占规划量的``, ``占全省规划总投资的``, ``占计划``: a share of the
# plan's amount (its investment, its quantity), what part of it is done or what part one project is
_SHARE_OF_PLANNED = re.compile(r"(?:占|佔)[^，,。；;\d]{0,8}?(?:计划|計劃|规划|規劃)(?:总|總)?(?:投资|投資|资金|資金|任务|任務)?"
                               r"(?:量|数|數|额|額)?\s*(?:[\d.,]+\s*(?:亿|億|万|萬)?元)?\s*的?\s*$")
_PLEDGE_SHARE = re.compile(r"(确保|確保|力争|力爭|要|需|须|須|应|應)[^，,。；;]{0,12}$")


def shares_of_planned_amount(before: str, unit: str) -> bool:
    """``累计完成投资18亿元,占计划总投资30亿元的60%``, ``完成投资8.8亿元,占年度计划投资的74.7%``, ``占规划量的78%``: the share
    of a plan's amount that the works done make up (or one project's part of a plan's total), a progress figure, status
    (N13a), whatever verb the sentence opened with. The plan's amount may be written between (``计划总投资30亿元的``). Not
    a pledge (``确保占年度计划投资的100%``) and not a share of something else (``占总人口的17%``: no plan word)."""
    if unit != "%":
        return False
    tail = before[-40:]
    if "(" in tail or "（" in tail:
        tail = _PINYIN_NOTE.sub("", tail)
    return _SHARE_OF_PLANNED.search(tail) is not None and _PLEDGE_SHARE.search(tail) is None
