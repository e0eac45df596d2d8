"""Goals: every sentence of a goal section (总体目标, 发展目标, 主要目标...), and elsewhere every
sentence that commits to a future deadline (到2025年, 2023年底前)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.cues import is_fragment
from extract.rules.text import deadline_at, is_past, sentences

_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.、．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*")
_NOT_A_GOAL = re.compile(r"(?:指标|一览表|表|如下|见附件)$")
# a sentence that says what the goals are: ``总体目标是:``, ``主要预期目标是:``, ``总的目标是:``
_STATES_GOALS = re.compile(r"目标(?:是|为)\s*[:：]")
# a unit label standing as its own sentence (``(牵头单位:发改委、统计局)``): who, not what is to be reached
_UNIT_LABEL = re.compile(r"^[(（〔\[]?\s*(?:牵头|责任|配合|协办|协助|协同|参与|主办|承办)[^:：,，。]{0,6}[:：]")
# every deadline ``deadline_year`` reads names a year 20xx: a sentence without one has none
_YEAR_20 = re.compile(r"20\d\d")


@dataclass
class GoalHit:
    start: int
    end: int
    year: int | None


def _future_clause(sentence: str, at: int) -> bool:
    """The deadline stands in a clause of its own with no past marker: ``…已建成N所;2022年计划新建…``."""
    if at < 0:
        return False
    a = max(sentence.rfind(c, 0, at) for c in ";；") + 1
    b = min((i for i in (sentence.find(c, at) for c in ";；") if i >= 0), default=len(sentence))
    return a > 0 and not is_past(sentence[a:b])


def find_goals(text: str, offset: int, goal_section: bool, body_start: int = 0) -> list[GoalHit]:
    hits: list[GoalHit] = []
    body = text[body_start:]
    if not goal_section and _YEAR_20.search(body) is None:
        return hits  # outside a goal section only a sentence with a deadline year is a goal
    for sent in sentences(body, offset + body_start):
        s = sent.text.strip()
        has_year = _YEAR_20.search(s) is not None
        if (not goal_section and not has_year) or len(s) < 6 or is_fragment(s) or _UNIT_LABEL.match(s) \
                or s.count("|") >= 3:  # a row of a table the readers did not take: cells, not a sentence
            continue
        year, at = deadline_at(s) if has_year else (None, -1)
        if not goal_section and _STATES_GOALS.search(s) and not is_past(s[:_STATES_GOALS.search(s).start()]):
            # ``今年的主要预期目标是:…``, ``…工作的总体目标是:2025年,…``: the sentence states the goals
            if year is None and (y := _YEAR_20.search(s)) is not None and s[y.end():y.end() + 1] == "年":
                year = int(y.group())
            hits.append(GoalHit(sent.start + (m.end() if (m := _LIST_MARK.match(sent.text)) else 0), sent.end, year))
            continue
        if goal_section:
            if _NOT_A_GOAL.search(s) and len(s) <= 40:
                continue
        elif year is None or (is_past(s) and not _future_clause(s, at)):
            continue
        start = sent.start
        if (mark := _LIST_MARK.match(sent.text)) is not None:
            start += mark.end()  # a goal quote leaves its list marker out (O5)
        hits.append(GoalHit(start, sent.end, year))
    return hits
