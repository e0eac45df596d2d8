"""Cues of one unit cell or list (seventh round): a lead marked inside the list (``甲局(牵头)、乙局``) and role
labels inside a table's unit cell (``牵头:甲局;配合:乙局``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.roles import ASSIST_VERBS, LEAD_VERBS, alternation

_LEAD_MARK = re.compile(rf"\s*[(（]{alternation(LEAD_VERBS)}(?:单位|部门)?[)）]$")


# the lead's verb written after units inside a list, no bracket: ``甲局牵头、乙局``, ``甲局和乙局分别牵头、丙局``
_LEAD_VERB_MARK = re.compile(rf"(?P<each>分别|共同)?{alternation(LEAD_VERBS)}$")
_EACH_JOINT = re.compile(r"[和与及]")


def unmarked_lead_verbs(lead: list[str], resp: list[str]) -> tuple[list[str], list[str]]:
    """Units of a list that name their role with a lead verb (``甲局牵头、乙局``: the role word decides, eval/README.md
    U4a): they lead, without the verb, and the other units of a list they stand in answer for the task. ``分别``
    says the names before it are several (``甲局和乙局分别牵头``: two leads, split on ``和``)."""
    if not any("牵头" in u or "主责" in u or "主办" in u for u in lead + resp):
        return lead, resp
    marked: list[str] = []
    rest_lead: list[str] = []
    rest_resp: list[str] = []
    for side, out in ((lead, rest_lead), (resp, rest_resp)):
        for u in side:
            m = _LEAD_VERB_MARK.search(u)
            name = u[:m.start()] if m is not None else ""
            if m is None or len(name) < 2:
                out.append(u)
                continue
            names = _EACH_JOINT.split(name) if m.group("each") == "分别" else [name]
            marked += [n for n in names if n]
    if not marked:
        return lead, resp
    return marked, rest_lead + rest_resp


def apply_lead_marks(lead: list[str], resp: list[str]) -> tuple[list[str], list[str]]:
    """A unit marked as the lead inside a list (``甲局(牵头)、乙局``) leads, without its mark; the unmarked units
    of a list it stands in answer for the task. Lists without a mark are returned as they are."""
    lead, resp = unmarked_lead_verbs(lead, resp)
    if not any((")" in u or "）" in u) and _LEAD_MARK.search(u) for u in lead + resp):
        return lead, resp  # (every mark holds a closing bracket: a cheap test before the scan)
    marked = [_LEAD_MARK.sub("", u) for u in lead + resp if _LEAD_MARK.search(u)]
    if any(_LEAD_MARK.search(u) for u in lead):  # the lead list names its lead: the others answer for the task
        return marked, [u for u in lead if not _LEAD_MARK.search(u)] + resp
    return lead + marked, [u for u in resp if not _LEAD_MARK.search(u)]


_CELL_LABEL = re.compile(rf"(?P<label>(?:{alternation(LEAD_VERBS)}|责任|{alternation(ASSIST_VERBS)})(?:单位|部门)?)\s*[:：]")
_CELL_LEAD = LEAD_VERBS


def labelled_cell_roles(cell: str, split: Callable[[str], list[str]]) -> tuple[list[str], list[str]] | None:
    """(lead, responsible) of a unit cell that labels its own lists (``牵头:甲局;配合:乙局、丙局``): ``牵头`` and
    ``主责`` lead, the other labels answer for the task; None for a cell that does not open with such a label.
    ``split`` splits a list into its units (``units.split_units``)."""
    text = cell.strip()
    if _CELL_LABEL.match(text) is None:
        return None  # (the first label opens the cell: no scan of the others' cells)
    labels = list(_CELL_LABEL.finditer(text))
    lead: list[str] = []
    resp: list[str] = []
    for i, m in enumerate(labels):
        body = text[m.end(): labels[i + 1].start() if i + 1 < len(labels) else len(text)].strip(" ;；,，。")
        (lead if m.group("label").startswith(_CELL_LEAD) else resp).extend(split(body))
    return lead, resp



# what follows a list's last unit up to the end of the page: a separator and one more name, nothing else
_CUT_NAME = re.compile(r"^[、,，;；\s]*([\u4e00-\u9fff]{3,10})\s*$")
_LEVELS = "省市区县州"


def unit_cut_at_end(rest: str, last_unit: str) -> tuple[str, int] | None:
    """(name, where it ends in ``rest``) of a unit the page's end cut short after a list's last unit: ``rest``, all the
    text after that unit, is a separator and a name that opens with the last unit's level (``…县水务局、县林`` and the
    page ends), a unit whose name lost its tail (``局``, ``中心``); None otherwise. (The caller checks that the name
    stands nowhere else in the text: a column's word repeated on every row is no name cut short.)"""
    m = _CUT_NAME.match(rest) if len(rest) <= 20 else None
    if m is None or not last_unit or last_unit[0] not in _LEVELS or m.group(1)[0] != last_unit[0]:
        return None
    return m.group(1), m.end(1)



_SENTENCE_MARKS = "。;；"


def content_task(cell: str) -> str | None:
    """The task of a row whose only task cell is a content cell of several sentences (no title column): its first
    sentence (U2: the task, not the measures that follow it; ``;`` ends a measure here), a bracket's or a quotation's
    marks kept (``建设甲校(含乙;丙)``); None for a cell of one sentence (the whole cell is the task) or a first sentence
    too short to name one."""
    depth = 0
    text = cell.strip()
    for i, ch in enumerate(text):
        if ch in "(（“「":
            depth += 1
        elif ch in ")）”」":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _SENTENCE_MARKS:
            first = text[:i].strip()
            return first if len(first) >= 4 and text[i + 1:].strip(" 。;；\n") else None
    return None


_CELL_SEP = re.compile(r"[、,，;；/|\s]")


def blank_parted_units(cell: str, start: int, blanks: Callable[[int], bool], is_unit: Callable[[str], bool]) -> str:
    """(thirteenth round) A table's unit cell whose names the source parted by blanks only (``市文旅局 城发集团``, a
    blank the normaliser dropped between two Chinese characters, eval/README.md U3: units split on spaces): the cell
    with a blank put back at each such place (after a name's closing bracket too, ``各镇(街道) 交投公司``), when every piece it gives names a unit (``is_unit``); else the cell as
    it stands (a name the source broke with a blank, ``市文化 广电局``, stays one). ``start``: the cell's offset in
    the text ``blanks`` indexes."""
    if len(cell) < 6 or _CELL_SEP.search(cell):
        return cell
    cuts = [i for i in range(2, len(cell) - 1) if blanks(start + i)
            and ("\u4e00" <= cell[i - 1] <= "\u9fff" or cell[i - 1] in ")）") and "\u4e00" <= cell[i] <= "\u9fff"]
    if not cuts:
        return cell
    pieces = [cell[a:b] for a, b in zip([0] + cuts, cuts + [len(cell)])]
    if len(pieces) < 2 or not all(len(p) >= 3 and is_unit(p) for p in pieces):
        return cell
    return " ".join(pieces)
