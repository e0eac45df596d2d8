"""(tgtB36, N12, N17d) The count of a year's planned projects written just before their planned investment.

A note on a year's key projects counts each group of them and gives its planned money in the next clause
(``列入省、市重点项目36宗,年度投资计划236.2亿元,…``, ``县重点项目55个,总投资67.9亿元``): the projects and
their planned investment are one plan (also with the project word after the count: ``共计100个项目,总投资为…``), so the count is a target as the amount is (eval/README.md N12, N17d: the
parts of a planned count and amount), whatever the same sentence goes on to report done (``完成投资88.6亿元``
stays status). Only a count that closes a project word (``…项目N宗``) and only where the very next clause opens
with the planned investment: a count followed by money spent (``项目12个,完成投资3亿元``) or by nothing is left to
the other cues, and so is a count the sentence then splits by the stage its works stand at (``其中基础施工5个``:
works under way, N13).

Made-up examples only."""
from __future__ import annotations

import re

from extract.rules.progress_stage_counts import counts_works_by_stage

# the count closes a project word: ``重点项目36宗``, ``续建项目12个``, a category's label ``实施类项目:共35个``
_PROJECT_HEAD = re.compile(r"(?:项目|工程)\s*[:：]?\s*(?:有|共|共计|合计)?\s*$")
_COUNTERS = ("宗", "个", "項", "项", "個")
# the next clause opens with the planned investment: ``,年度投资计划N``, ``,总投资N``, ``,计划投资N``
_PLANNED_MONEY = re.compile(r"^\s*[,，]\s*(?:其中)?\s*(?:年度投资计划|年度计划投资|计划总投资|计划投资|总投资|投资计划|年度投资)"
                            r"(?:额|為|为|约|達|达)?\s*\d")


# or the project word follows the count: ``共计80个项目,总投资为215亿元``
_PROJECT_AFTER = re.compile(r"^\s*(?:重点|建设|新建|续建)?(?:项目|工程)")


# the sentence's rest: ``其中`` and the clause up to its count (``其中基础施工5个``)
_BREAKDOWN = re.compile(r"其中\s*(?P<head>[^，,；;。\d]{1,12}?)\s*\d")


def split_by_stage(after: str) -> bool:
    """The rest of the sentence splits the count by the stage its works stand at now (``…,其中基础施工5个,主体在建9个``):
    the count is then of works under way, status (N13, ``progress_stage_counts``), not the plan's."""
    end = after.find("。")
    m = _BREAKDOWN.search(after if end < 0 else after[:end])
    return m is not None and counts_works_by_stage("其中", m.group("head"))


def counts_projects_before_plan(before: str, unit: str, after: str) -> bool:
    """Whether a count in ``unit`` right after ``before`` counts projects whose planned investment opens ``after``
    (``县重点项目`` / ``55宗`` / ``,年度投资计划67.9亿元``)."""
    if unit not in _COUNTERS or "投资" not in after[:16] or split_by_stage(after):
        return False
    if (m := _PROJECT_AFTER.match(after)) is not None:
        return _PLANNED_MONEY.match(after[m.end():]) is not None
    return _PROJECT_HEAD.search(before) is not None and _PLANNED_MONEY.match(after) is not None
