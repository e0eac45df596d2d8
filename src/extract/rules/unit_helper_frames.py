"""Prose role frames whose subject is the helper: ``乙局协助甲局做好Z``, ``乙局将配合甲局开展Z`` (eval/README.md U7b,
twentieth round): the unit helped leads, the helper written as the subject is responsible, the task is Z with its verb.

Only named organisations on both sides (no person, no pronoun of the text's own voice), so a clause with no written helper
(``积极配合甲局做好…`` inside a unit's own duty block) gives nothing here (U8, U8a).
"""

from __future__ import annotations

import re

from extract.cues import _UNIT_SUFFIX, is_unit_cell
from extract.rules.units import AssignmentHit, split_units

# the helper's verb, Simplified (the rules read the normalised text): ``协助``, ``配合``, ``协同``; not ``配合下`` (status of
# help received) nor a label (``协助单位:``)
_HELP_VERB = re.compile(r"(?:协助|配合|协同)(?![下单部机]|[:：])")

# words between the helper and its verb: a modal, an adverb of manner (``要积极配合``, ``将协助``, ``应当主动配合``)
_BETWEEN = re.compile(r"(?:要|将|应当|应|须|需|必须|也|还|会|均|都|积极|主动|全力|密切|认真|大力|共同|负责)$")

# how a helper's clause goes on before a comma and its ``配合…`` (``有关部门要发挥职能作用,配合…``; ``各成员单位按照职责分工,
# 积极配合…``): the subject is the unit list that opens that clause, before a modal or a duty's manner
# (a directive's speaker before it, ``某县长要求有关部门要…``, is no party: the list after ``要求`` is the subject)
_SUBJECT_OPEN = re.compile(r"^(?:[^,，。;；:：]{1,12}?(?:要求|责成|强调))?(?P<units>[^,，。;；:：]{2,40}?)(?=(?:要|应当|应|将|须|需|必须)|(?:按照|按|根据|依据)(?:各自)?的?职责)")

# the verbs a helped task opens with (``做好…``, ``开展…``, ``物色…``, ``对…进行…``)
_DOING = re.compile(r"做好|抓好|办好|开展|推进|落实|完成|实施|办理|物色|处理|招募|行销|组织|制定|进行|加强|清理|建设|推动|"
                    r"做|对|查处|整治|督促|宣传|排查|巡查|筹备|举办|承办|筹集|核实|调查|编制|起草|研究|搭建|提供")

# a doer written before in the same sentence (``…由甲局牵头,乙局配合实施…``): the other readers' row, no doerless one
_LEAD_BEFORE = re.compile(r"牵头|负责|主责|统筹|主办")

_CLAUSE_END = re.compile(r"[。;；!！?？\n,，]")
_NO_PARTY = re.compile(r"^(?:我们|我們|我|你们|你們|大家|群众|家长|学生|老师|个人|社会)")
# a name of no one organisation in particular: a bare kind (``政府``, ``部门``), or a description (``指定的医院``, ``有资质的机构``)
_GENERIC = re.compile(r"^(?:政府|部门|单位|机构|学校|医院|企业|组织)$|的|^(?:指定|选定|委托|确定)")


def _units(text: str) -> list[str] | None:
    """The named organisations ``text`` lists (``甲局、乙委``), or None when it is no such list."""
    text = text.strip()
    if not text or _NO_PARTY.match(text) or not is_unit_cell(text):
        return None
    units = [u.strip() for u in split_units(text) if u.strip()]
    if not units or not all(_UNIT_SUFFIX.search(u) and not _GENERIC.search(u) for u in units):
        return None
    return units


def _helper(text: str, verb_at: int) -> tuple[int, list[str]] | None:
    """(start, units) of the helper written right before the verb at ``verb_at`` (``乙局将|协助``), or in the clause before
    a comma (``有关部门要发挥职能作用,|配合``); None when no named organisation is written there."""
    start = max(text.rfind(c, 0, verb_at) for c in "。;；!！?？\n,，:：") + 1
    head = text[start:verb_at]
    bare = core = head.strip()
    while (m := _BETWEEN.search(core)) is not None:
        core = core[:m.start()]  # (``要积极``: only modals and adverbs, no helper written in this clause)
    if core:
        lead_blank = len(head) - len(head.lstrip())
        while bare:  # one modal or adverb off at a time (``…委员会协助``: the name's own ``会`` is no modal)
            if (units := _units(bare)) is not None:
                return start + lead_blank, units
            if (m := _BETWEEN.search(bare)) is None:
                return None
            bare = bare[:m.start()]
        return None
    if start == 0 or text[start - 1] not in ",，":
        return None
    before = max(text.rfind(c, 0, start - 1) for c in "。;；!！?？\n,，:：") + 1
    clause = text[before:start - 1]
    m = _SUBJECT_OPEN.match(clause.lstrip())
    if m is None:
        return None
    units = _units(m.group("units"))
    return (before + len(clause) - len(clause.lstrip()) + m.start("units"), units) if units else None


def _helped(rest: str) -> tuple[list[str], int] | None:
    """(units, where the task starts) of the organisation helped at the start of ``rest`` (``甲局、乙委|做好…``): the shortest
    unit list a doing verb follows."""
    end = _CLAUSE_END.search(rest)
    stop = end.start() if end else len(rest)
    for m in _DOING.finditer(rest, 2, stop):
        units = _units(rest[:m.start()])
        if units:
            return units, m.start()
    return None


def helper_subject_frames(text: str, offset: int = 0) -> list[AssignmentHit]:
    """``乙局协助甲局做好防汛物资储备``, ``乙署将协助甲署物色合适处所``, ``有关部门要发挥职能作用,配合甲局做好选址工作``,
    ``各成员单位按照职责分工,积极配合领导小组开展相关工作``: lead the unit helped (甲局), responsible the helper written as
    the subject (乙局), task the helped doing to its clause's end (``做好防汛物资储备``), quote from the helper to the task's
    end. Not ``在甲局的配合下…`` (no helper subject), ``副组长协助组长…`` (people), ``积极配合甲局做好…`` with no subject."""
    hits: list[AssignmentHit] = []
    if "协助" not in text and "配合" not in text and "协同" not in text:
        return hits
    for v in _HELP_VERB.finditer(text):
        helper = _helper(text, v.start())
        if helper is None:
            continue
        got = _helped(text[v.end():])
        if got is None and _DOING.match(text, v.end()) is not None \
                and not _LEAD_BEFORE.search(text, max(text.rfind(c, 0, helper[0]) for c in "。;；!！?？\n") + 1, helper[0]):
            got = [], 0  # ``乙局协助做好Z``: no doer written, the helper alone answers for Z (U7b)
        if got is None:
            continue
        lead, task_at = got
        a = v.end() + task_at
        end = _CLAUSE_END.search(text, a)
        b = end.start() if end else len(text)
        while b > a and (text[b - 1].isspace() or text[b - 1] == "等"):
            b -= 1  # ``…做好突发事件处置等。``: the list's closing ``等`` is no part of the task
        task = text[a:b].strip()
        if len(task) < 4:
            continue
        hits.append(AssignmentHit(offset + helper[0], offset + b, task, lead, helper[1], cue="helper_subject_frame"))
    return hits
