"""Goals: every sentence of a goal section (总体目标, 发展目标, 主要目标...), and elsewhere every
sentence that commits to a future deadline (到2025年, 2023年底前)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.cues import is_fragment
from extract.rules.text import deadline_year, is_past, sentences

_NOT_A_GOAL = re.compile(r"(?:指标|一览表|表|如下|见附件)$")
# every deadline ``deadline_year`` reads names a year 20xx: a sentence without one has none
_YEAR_20 = re.compile(r"20\d\d")


@dataclass
class GoalHit:
    start: int
    end: int
    year: int | None


def find_goals(text: str, offset: int, goal_section: bool, body_start: int = 0) -> list[GoalHit]:
    hits: list[GoalHit] = []
    body = text[body_start:]
    if not goal_section and _YEAR_20.search(body) is None:
        return hits  # outside a goal section only a sentence with a deadline year is a goal
    for sent in sentences(body, offset + body_start):
        s = sent.text.strip()
        has_year = _YEAR_20.search(s) is not None
        if (not goal_section and not has_year) or len(s) < 6 or is_fragment(s):
            continue
        year = deadline_year(s) if has_year else None
        if goal_section:
            if _NOT_A_GOAL.search(s) and len(s) <= 40:
                continue
        elif year is None or is_past(s):
            continue
        hits.append(GoalHit(sent.start, sent.end, year))
    return hits
