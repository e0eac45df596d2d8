"""The year's plan of investment projects (O3: a year stated as the time of the commitment; O3e: the year's planned money).

1. ``year_project_investment``: ``2031年确定全县重点项目21项,项目总投资96.4亿元,计划年内完成投资31.2亿元``, ``2031年安排
   区本级政府投资项目87个,总投资…,2031年计划投资140.8亿元``: the year's list of projects set out with the investment
   planned for the year, a goal with that year (a plan's own words, not a report of a vote, O3b).
2. ``planned_after_cutoff``: ``…总投资231.8亿元,截至2030年底累计完成投资23.8亿元,2031年计划投资12.9亿元``: a cut-off
   (``截至…``) dates the status reached, not a deadline; the year the later clause plans for dates the goal.
"""

from __future__ import annotations

import re

_YEAR_PROJECTS = re.compile(r"(?P<year>20\d\d)\s*年(?:度)?\s*[,，]?\s*(?:共)?(?:安排|确定|实施|谋划|推进|列入)[^。,，]{0,20}?项目\s*"
                            r"\d+\s*(?:个|项)")
_PLANNED_INVESTMENT = re.compile(r"计划(?:年内)?(?:完成)?投资")
# ``2031年计划投资…``, ``2031年度拟完成…``: a later clause's planned year
_PLANNED_YEAR = re.compile(r"(?:^|[,，;；])\s*(?P<year>20\d\d)\s*年(?:度)?\s*(?:计划|拟|将|预计)")
_CUTOFF_BEFORE = re.compile(r"(?:截至|截止)\s*$")


def year_project_investment(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of the year's list of projects set out with its planned investment; (None, -1)."""
    if "项目" not in sentence or "投资" not in sentence or _PLANNED_INVESTMENT.search(sentence) is None:
        return None, -1
    m = _YEAR_PROJECTS.search(sentence)
    return (int(m.group("year")), m.start("year")) if m else (None, -1)


def planned_after_cutoff(sentence: str, year: int | None, at: int) -> tuple[int | None, int]:
    """The deadline (``year`` at ``at``) moved to the later clause's planned year where ``at`` is a cut-off's year
    (``截至2030年底…,2031年计划投资…``); (``year``, ``at``) unchanged otherwise."""
    if year is None or at < 2 or _CUTOFF_BEFORE.search(sentence, 0, at) is None:
        return year, at
    m = _PLANNED_YEAR.search(sentence, at)
    return (int(m.group("year")), m.start("year")) if m and int(m.group("year")) > year else (year, at)
