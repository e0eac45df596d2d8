"""Headings that name an overview of what exists now (a status section), not the plan.

A plan, a work programme or a request often opens with a section that describes the body, the place or the service as it
stands (``一、社区管理概况``, ``(一)基本概况``, ``學校概況``, ``全镇简况``): its figures are the present state (N13), so a
number there needs a commitment cue of its own, as under ``基本情况`` or ``现状`` (``cues.heading_reviews_past``). The
overview of a project still to be built (``项目概况``, ``工程概况``, ``建设概况``) describes the works ahead: its sizes are
the works' measures (N17a), and such a heading is no status section.

Each cue is a small function with made-up examples; ``cues.heading_reviews_past`` calls it."""

from __future__ import annotations

import re

# ``概况``, ``概況``, ``简况``, ``簡況``, ``现况``, ``現況``: an overview of the present
# (goalA30) ``总体情况``, ``總體情況``, ``整体情况``: a report's account of where things stand as a whole (``一、总体情况`` of
# an annual report, a progress notice, a report on proposals handled), as ``基本情况`` is
_OVERVIEW = re.compile(r"(?:概况|概況|简况|簡況|现况|現況|总体情况|總體情況|整体情况|整體情況)")
# an item mark before a heading's words (``一、``, ``(二)``, ``3.``)
_ITEM_MARK = re.compile(r"^(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．])\s*")
# the overview of works ahead (a project, a building, a scheme to be built): no status
_WORKS_OVERVIEW = re.compile(r"(?:项目|項目|工程|建设|建設|计划|計劃|规划|規劃|方案|任务|任務|活动|活動)\s*(?:基本)?(?:概况|概況|简况|簡況|总体情况|總體情況)")


def names_overview(title: str) -> bool:
    """A heading that names an overview of what exists now (``二、某街道养老服务概况``, ``(一)学校概況``, ``全县简况``):
    the section states the present, as ``基本情况`` does. Not the overview of works or a scheme still ahead
    (``项目概况``, ``工程概况``, ``活动概况``), nor the bare word (``一、概况``: a plan's own overview may open with its
    commitments), nor a heading that only mentions the word inside a longer sentence (a heading of more than 24
    characters, or one that ends a clause, is a sentence, not a section's name)."""
    t = _ITEM_MARK.sub("", title.strip())
    if len(t) < 3 or len(t) > 24 or t[-1] in "。;；,，":
        return False
    return _OVERVIEW.search(t) is not None and _WORKS_OVERVIEW.search(t) is None


# (tgtA33) the situation a plan answers, named as a section: its challenges (``二、面临的挑战``, ``挑战与机遇``, ``三大挑战``),
# a trend told as pressing (``老龄化形势日趋严峻``), or the base the plan builds on (``既有积淀``, ``发展基石``)
_SITUATION = re.compile(r"(?:挑战|挑戰)(?:[与和及與](?:机遇|機遇))?$|(?:机遇|機遇)[与和及與](?:挑战|挑戰)|面[临對对臨]的?(?:挑战|挑戰)|"
                        r"(?:形势|形勢)(?:日趋|日趨|日益|更加|十分|愈加)?(?:严峻|嚴峻)|积淀|積澱|基石")


def names_situation(title: str) -> bool:
    """A heading that names the situation the plan answers (``二、面临的挑战``, ``(一)挑战与机遇``, ``一、人口形势日趋严峻``)
    or the base it builds on (``(一)既有积淀``, ``一、发展基石``): a status section, as ``现状`` and ``基本情况`` are (N13), so
    its figures (shares, counts, forecasts of a trend) need a commitment cue of their own. Not a heading that sets a task
    against a challenge (``积极应对挑战,新建…``: a clause, not a name; ``应对老龄化挑战`` does not end in the name), nor a
    sentence (a heading of more than 24 characters, or one that ends a clause)."""
    t = _ITEM_MARK.sub("", title.strip())
    if len(t) < 2 or len(t) > 24 or t[-1] in "。;；,，":
        return False
    m = _SITUATION.search(t)
    return m is not None and not re.search(r"(?:应对|應對|迎接|直面|破解|化解)[^，,]{0,8}$", t[:m.start()])


def situation_path(path: list[str]) -> bool:
    """A section under a heading that names the situation the plan answers or the base it builds on (``names_situation``):
    its numbers are read as a report's are, each needing a future cue of its own (N13); its goal sentences are read as before."""
    return any(names_situation(t) for t in path)
