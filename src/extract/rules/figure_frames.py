"""Frames around a figure that decide what it is: the scaled per-part of a rate unit, a plan document counting its
own parts, and a report's month-end cut-off that makes the figures after it results.

- ``SCALED_RATE_DENOMINATORS``: a rate's per-part with a magnitude (``5公里/百平方公里``, ``6批次/千人``): the unit
  as written keeps it (N8), not only its measure.
- ``counts_own_outline``: ``纲要共设12篇``, ``方案提出5个重点领域``: the document's own make-up, not an amount it
  sets (the plan counting its own parts is a name).
- ``opens_with_month_cutoff``: ``截至9月底,甲市完成培训8万人``: a report's figures as of a month's end are results (N13).
"""

from __future__ import annotations

import re

# a measure word some pages write that the common list lacks (N8: the unit as written): ``种植树木1000棵`` (trees)
MEASURES = "棵|"

# a per-part with a magnitude written before it, for ``_RATE_DEN`` of targets: ``/百平方公里``, ``/万平方公里``,
# ``/千人``, ``/万人`` (Traditional ``萬`` too), and a bare ``/平方公里``
SCALED_RATE_DENOMINATORS = r"(?:十万|10万|百万|[百千万萬])(?:平方公里|人次|人口|人)|平方公里|"

# a document's own name as the subject (not ``计划`` nor ``规划`` as verbs of works: ``计划新建5所``)
_OWN_OUTLINE = re.compile(r"(?:纲要|綱要|方案|意见|意見|文件|规划|規劃)(?:共设|共設|共有|共分|分为|分為|提出了?|包括|包含|涵盖|涵蓋)"
                          r"(?:了)?\s*$")
_OUTLINE_UNITS = ("篇", "章", "节", "部分", "个", "項", "项", "条", "方面", "类", "大类")


# (tgtA25) the stages a plan or programme is carried out in (``《计划》将分4个阶段实施``, ``分3个阶段为…提供服务``)
_SPLIT_INTO = re.compile(r"分(?:为|為|成)?\s*$")
_STAGES_AFTER = re.compile(r"^\s*(?:阶段|階段|步骤|步驟|环节|環節)")


def counts_own_outline(before: str, unit: str, after: str = "") -> bool:
    """``纲要共设12篇``, ``该方案提出5个发展领域的目标``, ``意见包括3部分``: the document named right before the
    number counts its own parts with a verb of make-up (``共设``, ``提出``, ``包括``, ``分为``). Not a plan's amount
    with a verb of works (``规划新建5所``, ``方案提出到2031年新建5所``: the number does not follow the verb) nor
    ``计划`` (``计划提出``: a verb of intent). (tgtA25) Also the stages a plan is carried out in (``将分4个阶段实施``):
    how the plan is staged, no amount it sets (N12a); works built in phases (``分两期建设``) are not stages of a plan."""
    if unit in ("个", "個") and after and _SPLIT_INTO.search(before[-4:]) is not None and _STAGES_AFTER.match(after):
        return True
    return unit in _OUTLINE_UNITS and _OWN_OUTLINE.search(before[-12:]) is not None


# ``截至9月底,``, ``截止到三月末,``: a cut-off at a month's end, with no year, that opens a clause (the figures after it
# are counted up to then); ``…月底前`` is a deadline and never matches (``前`` stands before the comma), nor does a
# month with its year (``截止到2031年6月底,``: a plan's deadline as some write it)
_MONTH_CUTOFF = re.compile(r"(?:^|[\s，,。;；：:)）])(?:截至|截止到?|截止至)\s*"
                           r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:底|末|份|中旬|下旬|\d{1,2}日)?\s*[，,]")
_AHEAD = re.compile(r"力争|确保|计划|将|要|预计|目标|任务|任務|争取|拟|擬|將|計劃|確保|爭取|预期|預期")


def opens_with_month_cutoff(sentence_before: str) -> bool:
    """``截至9月底,甲市完成培训8万人``, ``截止到三月末,全县生产总值实现9000万元``: the sentence holds a clause that
    only gives a month-end cut-off (``截至…月底,``), and nothing after it looks ahead (``力争``, ``计划``, ``将``...)
    or names the task the figures are measured against (``任务``). Not a deadline (``截至6月底前完成10所``: ``前``),
    nor a cut-off followed by a plan (``截至9月底,计划完成…``) or by the year's task (``截至6月底,全年8万人搬迁任务,…``)."""
    if "截" not in sentence_before:
        return False
    m = None
    for m in _MONTH_CUTOFF.finditer(sentence_before):
        pass
    if m is None:
        return False
    return _AHEAD.search(sentence_before[m.end():]) is None


# an item of a ``、`` list that a count closes: a name (no clause mark), a number, a measure word of one to three
# characters (``机构床位300个``, ``*区 277 张``, ``甲园450万元``)
_COUNTED_ITEM = re.compile(r"^[^，,。；;：:、\d]{1,16}?\s*\d+(?:\.\d+)?\s*[^\d\s、，,。；;：:]{1,3}$")


_BREAKDOWN_OPENING = re.compile(r"^\s*[(（]?其中\s*[:：]?\s*")


def later_list_item(clause_before: str) -> str:
    """The last item of a ``、`` list whose earlier items each close with their count (``其中甲类床位300个、乙类床位
    100个、丙类床位`` -> ``丙类床位``): the third and later items of a breakdown are items like the second, whose clause
    holds only their name. The clause itself where it is no such list (``新建甲园、乙园``, ``甲局、乙局牵头``: no count
    closes an earlier item)."""
    if "、" not in clause_before:
        return clause_before
    *items, last = clause_before.split("、")
    items[0] = _BREAKDOWN_OPENING.sub("", items[0])
    if not all(_COUNTED_ITEM.match(x.strip()) for x in items):
        return clause_before
    return last


# a heading that states what has come about: a subject, then an adverb of change over time and the change
# (``甲业结构不断优化``, ``育人格局逐渐成型``, ``乙产业日益壮大``), each clause of it so
_ACHIEVED_CLAUSE = re.compile(r"^[\u4e00-\u9fff“”\"]{2,14}?(?:不断|逐渐|逐步|日益|日趋|稳步)(?:优化|壮大|成型|形成|完善|加强|提升|提高|增强|"
                              r"扩大|改善|健全|规范|深化|凸显|彰显|夯实|巩固)$")
_HEADING_MARK = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．](?!\d))\s*")


def heading_states_achievement(title: str) -> bool:
    """``(二)甲业结构不断优化,乙业不断壮大``, ``三、育人格局逐渐成型``: a heading whose every clause names a subject
    and how it has changed (``不断``, ``逐渐``, ``日益`` + a verb of change): the section reviews what was achieved.
    Not a task heading, which opens with its verb (``(二)不断优化甲业结构``, ``加强…``), nor a heading of goals
    (``主要目标``), nor a clause with a date ahead (``到2031年甲业不断壮大``: a digit)."""
    body = _HEADING_MARK.sub("", title.strip()).rstrip("。.;；")
    if not body or any(ch.isdigit() for ch in body):
        return False
    clauses = [c for c in re.split(r"[，,；;]", body) if c]
    return bool(clauses) and all(_ACHIEVED_CLAUSE.match(c) for c in clauses)
