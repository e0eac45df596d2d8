"""``X牵头`` with the task's own verb or object after it, in the forms the plain ``甲局牵头开展…`` reader
(``unit_labels.lead_then_doing``) leaves (eval/README.md U7, twentieth round): an adverb before ``牵头`` (``正牵头``,
``联合牵头``, ``共同牵头``), a task that opens with a preposition or a quoted item (``牵头对…进行督查``, ``牵头向…汇报``,
``联合牵头“…”``), and the copula frame that puts the lead after its task (``“甲园驿站”项目,是由甲局、乙局牵头实施的``).
A deed reported done (``unit_clauses._REPORTED``: ``了``, ``已经``, ``已于``, ``业已``, a date, ``近日``…) gives no row
(``牵头对…进行了督查``, ``牵头编制了…``), as ``lead_then_doing`` reads it; a bare ``已`` among the adverbs (``已牵头开展…``)
is no report and the row stays.
"""

from __future__ import annotations

import re

from extract.rules.scan import SegmentScan
from extract.rules.units import AssignmentHit

# the adverbs that may stand between a lead and its ``牵头`` (a time: ``正``, ``正在``; a manner: ``联合``, ``共同``, ``统一``)
_ADVERBS = r"(?:正在|正|将会|将|要|应|须|已|联合|共同|统一|具体|继续|主动|今年|明年|年内|近期|先后|多次|再次|也|还)*"  # (unitC24: times)

# ``X牵头`` + the task, at a clause's start (after ``。;!?``, a line break or a comma; an ordinal ``二是`` or a lead-in word
# ``其中``, ``建议`` before it is no part of X): X has no punctuation, ``由`` nor ``的``
_LED = re.compile(
    r"(?:(?<=^)|(?<=[。;；!！?？\n,，]))\s*(?:[一二三四五六七八九十]{1,2}是|其中|建议|建議|同时|此外|另外|目前|并|还)?"
    r"\s*(?P<by>(?:是|均|则)?由)?(?P<units>[^。;；,，:：、由的\s“”]{2,30}?(?:、[^。;；,，:：、由的\s“”]{2,30}?){0,8}?)"
    rf"{_ADVERBS}牵头(?P<task>[^。;；,，\n]{{2,80}})")
# (perf25) ``_LED`` run only over the clauses (between ``。;；,，``, which no match holds) that hold ``牵头``, which every
# match holds (``scan.SegmentScan``): the scan of a whole paragraph tried the pattern at every clause's start
_LED_SCAN = SegmentScan(_LED, "。;；,，", ("牵头",))

# what may open the task right after ``牵头``: a preposition of its object (``对``, ``向``, ``就``, ``在``), a quoted item, or a
# verb; not a noun of the role (``牵头单位``, ``牵头部门``, ``牵头的专班``, ``牵头人``), nor ``负责`` (``X牵头负责Y``: U7's own reader)
_TASK_OPEN = re.compile(r"^(?:对|向|就|在|为|“|[\u4e00-\u9fff])")
_NOT_TASK = re.compile(r"^(?:单位|部门|科室|处室|领导|人|的|地|负责|抓总|作用|工作的|下|者|方|责任)")

# an attribute, no task: ``甲局牵头申请的项目`` names the projects (U7, twentieth round)
_ATTRIBUTE = re.compile(r"^[\u4e00-\u9fff]{1,4}的")

# the copula frame's task: ``实施的``, ``开展的``, ``推进的`` closing the clause
_COPULA_END = re.compile(r"^(?:实施|开展|推进|承办|组织|建设|落实)的?$")


def _lead_units(units: str) -> list[str] | None:
    from extract.rules.unit_prose import _named_units
    return _named_units(units)


def led_doings(text: str, offset: int = 0) -> list[AssignmentHit]:
    """``某县自然资源局正牵头开展新一轮规划编制``, ``甲委、乙会联合牵头“丰富群众文化生活”``, ``督查室牵头对50件实事进行
    专项督查``, ``教育主管部门牵头向市政府汇报``: lead X (each party of a list), task = what follows ``牵头`` to the clause's end
    (a quoted item as written), quote from X (or ``由``) to there. Not read: a deed reported done (``_REPORTED`` in X or the
    task: ``督查室牵头对50件实事进行了专项督查``, ``甲局牵头编制了…``); a bare ``已`` before ``牵头`` is no report. ``“甲园驿站”项目,是由甲局、乙局牵头实施的``: the task is
    the clause before (its quoted item and the noun after it), the quote runs from there. Not: ``牵头单位``/``牵头部门`` (role
    words), ``甲局牵头的专班…`` (a name), ``副县长牵头…`` and ``各街道牵头…`` (no organisation named)."""
    hits: list[AssignmentHit] = []
    if "牵头" not in text:
        return hits
    from extract.rules.unit_clause_openers import blank_clause_openers
    from extract.rules.unit_clauses import _REPORTED
    from extract.rules import unit_labels as _ul
    blanked = blank_clause_openers(text)
    for m in _LED_SCAN.finditer(blanked):  # (``目前,甲局…``: a time opener is no part of X)
        task = m.group("task").strip()
        if _NOT_TASK.match(task) or not _TASK_OPEN.match(task) or (_ATTRIBUTE.match(task) and not _COPULA_END.match(task)):
            continue
        if m.group("by") is None and blanked[:m.start("units")].rstrip()[-1:] in (",", "，"):
            continue  # ``根据要求,甲局牵头…``: no sentence of its own (only the copula frame ``…,是由甲局牵头…`` is read after a comma)
        if _REPORTED.search(m.group("units")) or (_REPORTED.search(task) and not _ul.DONE_KEPT.match(task)):
            continue  # a deed in a news frame (``近日``, a date, ``已…``), as ``lead_then_doing`` reads it; (lead51) ``甲局牵头编制了…`` keeps its row (U7)
        lead = _lead_units(m.group("units"))
        if not lead:
            continue
        start = m.start("by") if m.group("by") else m.start("units")
        end = m.end("task")
        if _COPULA_END.match(task):
            # ``…项目,是由甲局牵头实施的``: the task is the clause before the comma
            if m.group("by") is None or start == 0 or text[start - 1] not in ",，":
                continue
            before = max(text.rfind(c, 0, start - 1) for c in "。;；!！?？\n,，") + 1
            clause = text[before:start - 1].strip()
            if (q := clause.find("“")) >= 0:
                clause = clause[q:]
            if len(clause) < 4:
                continue
            task, start = clause, text.find(clause, before)
            end = m.end("task") - (1 if text[m.end("task") - 1] == "的" else 0)
        elif len(task) < 4:
            continue
        hits.append(AssignmentHit(offset + start, offset + end, task, lead, [], cue="led_doing"))
    return hits
