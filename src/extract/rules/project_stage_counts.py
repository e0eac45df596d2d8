"""The make-up of a list of projects by stage or by field, after ``其中`` (N12a).

A plan of works counts its projects and then splits that count by stage or field (``实施项目30个,其中续建项目12个、
新开工项目18个``; ``计划开工项目40项(其中上半年计划新开工25项)``; ``重点项目50个,其中工业项目12个;农业项目9个``): the
parts count the pieces of the list the total already counts, not what a commitment delivers beyond it.
"""

from __future__ import annotations

import re

# a stage or kind of project, ending the clause right before its count: ``续建项目``, ``新开工项目``, ``前期推进项目``,
# ``储备项目``, or the stage alone where the noun is the total's (``其中3月计划新开工``)
_STAGE_PART = re.compile(
    r"(?:续建|續建|新建|新开工|新開工|开工|開工|在建|实施|實施|前期推进|前期推進|前期|预备|預備|储备|儲備|谋划|謀劃|竣工|完工)"
    r"(?:类|類)?(?:项目|項目)?$"
    # or any kind of project named by its field: ``工业项目``, ``社会事业类项目`` (not ``规划项目``: what a sub-programme
    # plans, its own count)
    r"|[\u4e00-\u9fff]{2,8}(?<!规划)(?<!規劃)(?<!计划)(?<!計劃)(?<!安排)(?:项目|項目)$"
    # or a category of the list (``基建工程类``, ``“小而美”事项类``): the list's make-up by kind
    r"|[^，,；;。\d]{2,12}(?:类|類)(?:项目|項目|事项|事項)?$"
    # or a field of the list (``教育领域``, ``公共安全領域``): the list's make-up by field
    r"|[^，,；;。\d]{2,12}(?:领域|領域)$")
_COUNT_UNITS = ("个", "個", "项", "項")
# what opens a breakdown of a list: ``其中``, or the list of projects named as the set its parts are taken from
# (``今年确定的民生项目中,``, ``…重点工程中:``)
_BREAKDOWN_OPENER = re.compile(r"其中|(?:项目|項目|工程|实事|實事)中\s*[,，:：]")
# a pronunciation gloss a mirror site writes after a character (``領(lǐng)域``): no part of the words
_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)")


def counts_projects_by_stage(sentence_before: str, clause_head: str, unit: str) -> bool:
    """A count of the projects of one stage or field (``续建项目``, ``新开工项目``, ``前期推进项目``, ``工业项目``) in a
    breakdown that ``其中`` opened earlier in the sentence (``…项目30个,其中续建项目12个、新开工项目18个``: 12 and 18).
    Not a breakdown of what works build (``新建学校10所,其中小学4所``: its unit is no count of projects), nor a count
    with no ``其中`` before it (``新开工项目18个``: the plan's own count), nor a part that names no project
    (``其中改造道路3条``). (tgtB24) The breakdown may also open on the set of projects it splits (``今年确定的民生项目中,
    甲区项目4个、乙区项目6个``), and a part may be a field of the list (``其中,教育领域2个``). (tgtA25) Not a part of a
    breakdown that lists the works themselves before it (``breaks_down_works``)."""
    if unit not in _COUNT_UNITS or not _BREAKDOWN_OPENER.search(sentence_before):
        return False
    head = _GLOSS.sub("", re.sub(r"\s+", "", clause_head))
    if _STAGE_PART.search(head) is None:
        return False
    return not breaks_down_works(sentence_before, clause_head)


# -- (tgtA25) breakdowns of works ------------------------------------------------------------------------------------
# a measure word of works built (``新建卫生院2座``): a breakdown of what the works build, not of the projects by stage
_WORKS_PART = re.compile(r"\d\s*(?:所|座|栋|棟|幢|条|條|处|處|间|間|套|家|园|園|校|亩|畝|平方米|万平方米)")


def breaks_down_works(sentence_before: str, clause_head: str) -> bool:
    """The breakdown that ``其中`` opens lists the works themselves before this part (``其中新建乡镇卫生院2座,村卫生室9间,
    改造项目5个``): a part counting projects there is one more item of what the works deliver, not the make-up of a list
    of projects by stage."""
    k = sentence_before.rfind("其中")
    if k < 0:
        return False
    return _WORKS_PART.search(sentence_before[k:len(sentence_before) - len(clause_head)]) is not None


# (tgtA25) ``已落实的有122件``, ``基本落实或计划落实的有24件``, ``正常推进的有4项``: the cases of a list in one state, counted
# after ``…的有``: the make-up of the list by where each item stands (N12a, N13), no amount the plan sets
_CASES_IN_STATE = re.compile(r"[\u4e00-\u9fff]的\s*(?:有|共有)\s*$")
_CASE_UNITS = ("件", "项", "項", "个", "個", "条", "條")


def counts_cases_by_state(before: str, unit: str) -> bool:
    """A count of the items of a list that stand in one state, written ``…的有N件`` (``已落实的有122件``, ``计划落实的
    有24件``): the list's make-up by state, a report's breakdown, no target, whatever word of the plan names the state.
    Not ``有N件`` without the ``的`` of a class (``今年有8件实事``: the list's own count, read by the other cues)."""
    return unit in _CASE_UNITS and _CASES_IN_STATE.search(before[-8:]) is not None


# -- (tgtA31) the breakdown of a count that is a target ------------------------------------------------------------
def total_taken(before: str, unit: str, counts: list[tuple[int, str, bool]], prev_units: frozenset[str]) -> bool:
    """The count a ``其中`` breakdown of projects divides was taken as a target (eval/README.md N12a, twenty-fourth round:
    a breakdown of a count is read as the count it divides, so where the count is a target each part is one too).
    ``counts`` holds the numbers of the sentence read so far (end, measure word, taken); the total is the last one of
    the part's measure word before the ``其中`` (``计划实施项目30个,总投资9亿元,其中续建项目8个``: 30 taken, 8 taken
    too). Where ``其中`` opens the sentence the total is in the sentence before: ``prev_units`` are the measure words of
    the targets it gave (``拟实施项目12个,总投资1亿元。其中,续建项目2个``). A total rejected (the list set out,
    reported chosen, a status) or missing leaves the part rejected as the make-up of the list."""
    k = before.rfind("其中")
    if k < 0:
        return False
    totals = [ok for end, u, ok in counts if end <= k and u == unit]
    if totals:
        return totals[-1]
    return not re.search(r"[\d\u4e00-\u9fff]", before[:k]) and unit in prev_units


def past_clause_break(between: str) -> bool:
    """(tgtA31, N12a) A ``;`` stands between a list's count and a later number: the number opens a statement of its own
    (``确定民生项目9个,其中养老类2个;新建公园6个``: 6 is no part of the 9), so the list's make-up does not reach it."""
    return ";" in between or "；" in between
