"""A heading that names goals beside other parts of a plan (O1, twenty-first round): ``一、总体要求和目标``,
``一、总体思想和目标``, ``二、目标和原则``, ``一、指导思想、原则和工作目标``, ``一、2031年全县工作的总体要求和预期目标``.

Where the body under it has no sub-headings, everything below the heading is a goal section (``一、总体要求和目标`` over
one paragraph ``坚持…,全方位保障市民健康``: a goal). Where sub-headings divide it, inline titles included, only the part
under the sub-heading that names goals is one: the part under a sub-heading that repeats the name of another part
(``(一)指导思想。``, ``(二)原则``, ``(一)总体要求:坚持…``) gives goals only by its own date (O3).

(goalA34) Where the outline shows that sub-headings divide the body (``divided``), so does the part under a sub-heading that
names no goals, whatever it names (``六、2031年工作目标及主要思路`` over ``(一)围绕“甲”,落实“乙”``), and the lead text above the
first sub-heading: only a sub-heading that names goals makes a goal section (O1, twenty-first round). The other part may be
a clause of its own beside the goals' (``一、提高认识,明确某事业发展的目标任务``, ``一、明确目标任务,促进某事业发展``:
``clause_parts``), as a notice's list of requirements names them.
"""

from __future__ import annotations

import re

from extract.cues import heading_names_goals
from extract.rules.goal_lead_headings import is_lead_in_title  # (goalA35) ``书屋小组的主要任务包括:`` divides nothing

_MARK = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[.、．])\s*")
_JOIN = re.compile(r"和|与|及|、")
_CLAUSE = re.compile(r"[,，;；。]")  # (``推进甲、乙两县改革,完成年度目标任务``: a task stated, no name of parts)


def _bare(title: str) -> str:
    return _MARK.sub("", title).strip().rstrip("。.:：")


def other_parts(title: str) -> list[str]:
    """The names of the parts a heading names beside its goals (``总体要求和目标`` -> ``['总体要求']``, ``指导思想、原则和工作
    目标`` -> ``['指导思想', '原则']``); [] for a heading that names goals alone or no goals (``二、发展目标``, ``三、主要任务``)."""
    t = _bare(title)
    if "目标" not in t or len(t) > 30 or "关于" in t or "情况" in t or _JOIN.search(t) is None or _CLAUSE.search(t):
        return []
    parts = [p.strip() for p in _JOIN.split(t)]
    if not any(p.endswith(("目标", "目标任务")) for p in parts):
        return []  # (``…目标中…、…等问题``: goals named inside another phrase)
    return [p for p in parts if "目标" not in p and 2 <= len(p)]


# (goalA34) a clause that names the goals: an optional verb acting on them, a modifier, the goals' name at its end
_GOAL_CLAUSE = re.compile(r"^[^,，;；。]{0,24}?目标(?:任务)?$")


def clause_parts(title: str) -> list[str]:
    """(goalA34) The other clauses of a heading of clauses of which one, its last words the goals' name, names the goals
    (``提高认识,明确某事业发展的目标任务`` -> ``['提高认识']``, ``明确目标任务,促进某事业发展`` -> ``['促进某事业发展']``);
    [] for any other heading (one clause; goals named in two clauses; a clause naming goals inside it, ``…目标中…``)."""
    t = _bare(title)
    if "目标" not in t or len(t) > 40 or "，" not in t and "," not in t:
        return []
    clauses = [c.strip() for c in re.split(r"[,，]", t)]
    goal = [c for c in clauses if "目标" in c]
    if len(clauses) < 2 or len(goal) != 1 or _GOAL_CLAUSE.match(goal[0]) is None or re.search(r"[;；。]", t):
        return []
    return [c for c in clauses if "目标" not in c and 2 <= len(c)]


def _is_part(name: str, parts: list[str]) -> bool:
    """Whether a sub-heading's bare name is one of ``parts`` (``基本原则`` for ``原则``, ``总体要求`` for ``落实…总体要求``)."""
    return len(name) >= 2 and "目标" not in name and any(p.endswith(name) or name.endswith(p) for p in parts)


# (goalA34) a sub-heading closed by the span of years it runs: ``(一)某育人工程(2031-2035)``, ``1.课程重构(2031—2032年)``
_STAGE_SPAN = re.compile(r"[(（]\s*20\d\d\s*(?:年\s*)?[-—–~至到]\s*(?:20)?\d\d\s*年?\s*[)）]\s*[。.:：]?\s*$")


def names_stage(title: str) -> bool:
    """(goalA34) A sub-heading closed by the span of years it runs (``(一)某育人工程(2031-2035)``): a work item, project
    or field with its timetable. (goalB37) O1 as the thirty-first round's dev doubts read it: such a sub-heading names no
    goals, also under a heading of goals by stage (``分阶段目标及推进步骤``); a divided body none of whose sub-headings names
    goals has no goal section (``goal_section_of`` no longer reads it as the stage's goals)."""
    return "20" in title and _STAGE_SPAN.search(title) is not None


def goal_section_of(path: list[str], in_goal: bool, divided=None) -> bool:
    """Whether a paragraph under the headings ``path`` is in a goal section, where a heading of it names goals beside
    other parts: undivided below it (no deeper heading), a goal section; under a deeper heading that repeats another
    part's name, none (unless a heading below names goals); else ``in_goal``, the outline's own reading.
    (goalA34) ``divided(prefix)`` tells whether the outline has sub-headings under the heading ``prefix[-1]``: where it
    has, the lead text above them and the part under a sub-heading that names no goals are none."""
    for i, title in enumerate(path):
        parts = other_parts(title)
        clausal = not parts and in_goal and heading_names_goals(title) and bool(clause_parts(title))
        if not parts and not clausal:
            continue
        deeper = path[i + 1:]
        split = divided is not None and divided(path[:i + 1])
        if not deeper:
            return not split
        if any(heading_names_goals(d) for d in deeper):  # (goalB37) O1, 31st round: a stage's span names no goals
            continue
        if split or any(_is_part(_bare(d), parts) for d in deeper):
            return False
    return in_goal


# ``(一)总体要求:坚持…``, ``指导思想:以…为指导``: a paragraph led by the name of a part and its colon
_PART_LABEL = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*、)?\s*"
                         r"(?P<name>[\u4e00-\u9fff]{2,6})\s*[:：]")


def opens_other_part(paragraph: str, path: list[str]) -> bool:
    """A paragraph under a heading that names goals beside other parts, led by another part's name as its inline title
    (``(一)总体要求:坚持…`` under ``一、…总体要求和预期目标``): that part's text, no goal section (O1)."""
    if ":" not in paragraph[:16] and "：" not in paragraph[:16]:
        return False  # (a cheap test before the scan)
    m = _PART_LABEL.match(paragraph)
    if m is None:
        return False
    parts = [p for title in path for p in other_parts(title)]
    return bool(parts) and _is_part(m.group("name"), parts)


def divided_by(sections) -> "callable":
    """(goalA34) ``divided(prefix)`` for ``goal_section_of``: whether some section of the outline ``sections`` (each with its
    ``path``) lies below the heading path ``prefix``. (goalA35) A section whose heading is a lead-in sentence read as a label
    line (``书屋小组的主要任务包括:``, ``goal_lead_headings``) divides nothing: it is a sentence of the body above it."""
    parents = {tuple(sec.path[:j]) for sec in sections for j in range(1, len(sec.path))
               if not is_lead_in_title(sec.path[j])}  # (goalA35) a lead-in sentence read as a label line: no sub-heading
    return lambda prefix: tuple(prefix) in parents
