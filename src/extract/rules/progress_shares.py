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
