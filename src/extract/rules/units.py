"""Unit assignments: task-table rows and ``(牵头单位:...;责任单位:...)`` in running text."""

from __future__ import annotations

import re
from dataclasses import dataclass

LEAD_LABEL = r"(?:牵头单位|牵头部门|牵头责任单位|主要责任单位|主责单位|牵头科室|牵头处室|主办单位|牵头)"
RESP_LABEL = r"(?:责任单位|责任部门|责任科室|责任处室|配合单位|配合部门|参与单位|协同单位|协同配合单位|协办单位|承办部门)"
_ASSIGN = re.compile(
    rf"[(（]\s*(?P<l1>{LEAD_LABEL}|{RESP_LABEL})\s*[:：]\s*(?P<a>[^()（）:：。\n]*(?:[(（][^()（）]*[)）][^()（）:：。\n]*)*?)"
    rf"(?:\s*[;；,，。]?\s*(?P<l2>{RESP_LABEL}|{LEAD_LABEL})\s*[:：]\s*(?P<b>[^()（）:：。\n]*(?:[(（][^()（）]*[)）][^()（）:：。\n]*)*?))?"
    # the closing bracket, or (lost in scraping) the end of the sentence or line
    rf"\s*(?:[)）]|(?=[。\n]|$))"
)
_SPLIT = re.compile(r"[、,，;；\s/]+")
_LEAD_LABEL = re.compile(LEAD_LABEL)
_RESP_LABEL = re.compile(RESP_LABEL)
_JOINT_TAIL = re.compile(r"等及|等和|等(?=(?:相关|有关|其他|其它|各)[\u4e00-\u9fff])")
_TRAILING_JOINT = re.compile(r"(?:等|及)+$")
_CLAUSE_SEP = re.compile(r"[，,。；;]")
_PART_SEP = re.compile(r"[,，;；]")


def split_units(cell: str) -> list[str]:
    """Split a unit list on 、,;, and spaces, never inside brackets; drop a trailing 等/及."""
    out: list[str] = []
    depth = 0
    buf = ""
    for ch in cell:
        if ch in "(（<〈《":
            depth += 1
        elif ch in ")）>〉》":
            depth = max(0, depth - 1)
        if depth == 0 and _SPLIT.match(ch):
            out.append(buf)
            buf = ""
        else:
            buf += ch
    out.append(buf)
    units = []
    for u in out:
        # ``区教委等及各镇街``, ``民政局等相关部门``: a joint before a collective tail, not a unit
        for part in _JOINT_TAIL.split(u):
            part = part.strip().rstrip("。.")
            part = _TRAILING_JOINT.sub("", part).strip()
            if part and part != "/":
                units.append(part)
    return units


def split_roles(cell: str, lead_column: bool = True) -> tuple[list[str], list[str]]:
    """(lead, responsible) of a unit cell: ``X会同Y`` makes X lead and Y responsible; the other units
    take the column's role."""
    lead: list[str] = []
    resp: list[str] = []
    for u in split_units(cell):
        if "会同" in u:
            a, b = u.split("会同", 1)
            lead += split_units(a)
            resp += split_units(b)
        else:
            (lead if lead_column else resp).append(u)
    return lead, resp


@dataclass
class AssignmentHit:
    start: int  # quote span in the paragraph text (plus offset)
    end: int
    task: str
    lead: list[str]
    responsible: list[str]


def find_inline_assignments(text: str, offset: int = 0, title: str | None = None,
                            title_start: int | None = None) -> list[AssignmentHit]:
    """``...任务...(牵头单位:A;责任单位:B、C)`` in a paragraph. The task is the paragraph's
    heading title when it has one, else the first clause of the sentence before the bracket."""
    hits: list[AssignmentHit] = []
    prev_end = 0
    for m in _ASSIGN.finditer(text):
        lists = [(m.group("l1"), m.group("a"))]
        if m.group("l2"):
            lists.append((m.group("l2"), m.group("b") or ""))
        lead: list[str] = []
        resp: list[str] = []
        for i, (label, body) in enumerate(lists):
            is_lead = _LEAD_LABEL.fullmatch(label) is not None
            # two lists both labelled 责任单位: the first one is the lead (a typo in the source)
            if not is_lead and i == 0 and len(lists) == 2 and _RESP_LABEL.fullmatch(lists[1][0]):
                is_lead = True
            (lead if is_lead else resp).extend(split_units(body))
        if title and prev_end == 0 and title_start is not None:
            task, qstart = title, title_start
        else:
            seg_start = max(prev_end, max(text.rfind(c, 0, m.start()) for c in "。;；") + 1)
            seg = text[seg_start:m.start()]
            first = _CLAUSE_SEP.split(seg.strip(), maxsplit=1)[0]
            task, qstart = first.strip(), seg_start + (len(seg) - len(seg.lstrip()))
        hits.append(AssignmentHit(offset + qstart, offset + m.end(), task, lead, resp))
        prev_end = m.end()
    return hits


_BRACKET = re.compile(r"[(（](?P<body>[^()（）]{2,300})[)）]")
_KEY_TAIL = re.compile(r"[。;；,，]?\s*(?:列在|排在|排名|排序|第一位|首位).*$")
_ITEM_MARK = re.compile(r"(?<![\d.A-Za-z])(?:\d{1,2}[.、]|[(（][一二三四五六七八九十\d]{1,3}[)）])(?=[\u4e00-\u9fff“])")


def task_before(text: str, pos: int, floor: int = 0) -> tuple[str, int]:
    """(task, start) of the task a bracket at ``pos`` closes: the numbered item it ends, else its
    sentence; the task is that text's first clause."""
    marks = [m.end() for m in _ITEM_MARK.finditer(text, floor, pos)]
    if marks:
        start = marks[-1]
    else:
        body = text[floor:pos].rstrip("。;； ")
        start = floor + max(body.rfind(c) for c in "。;；") + 1
    seg = text[start:pos]
    first = _CLAUSE_SEP.split(seg.strip(), maxsplit=1)[0].strip()
    return first, start + (len(seg) - len(seg.lstrip()))


def find_listed_assignments(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Unlabelled unit lists in brackets after each task, in a document that states its key
    (``排在首位的是牵头单位``): the first unit leads, the others are responsible."""
    from extract.structure import is_unit_cell

    hits: list[AssignmentHit] = []
    prev_end = 0
    for m in _BRACKET.finditer(text):
        before = text[:m.start()].rstrip()
        if before and before[-1] not in "。;；!！?？":
            continue  # the list closes a sentence; ``县(市、区)`` inside one is a name
        body = _KEY_TAIL.sub("", m.group("body"))
        if ":" in body or "：" in body or not is_unit_cell(body):
            continue
        units = split_units(body)
        task, qstart = task_before(text, m.start(), prev_end)
        if not task or len(units) < 1:
            continue
        hits.append(AssignmentHit(offset + qstart, offset + m.end(), task, units[:1], units[1:]))
        prev_end = m.end()
    return hits


_ROLE_VERB = re.compile(r"^(?P<units>.+?)(?P<verb>牵头|负责|配合|参与|协助|协同|共同负责|按职责分工负责)$")


def verb_roles(body: str) -> tuple[list[str], list[str]] | None:
    """``(区教委牵头,区财政局、区人社局配合)``, ``(市人社局、市医保局负责)``: units named by the verb
    that closes each part; 牵头 leads, the others answer for the task. None unless every part has one."""
    lead: list[str] = []
    resp: list[str] = []
    for part in _PART_SEP.split(body):
        part = part.strip()
        if not part:
            continue
        m = _ROLE_VERB.match(part)
        if m is None:
            return None
        units = split_units(m.group("units"))
        if not units or not all(len(u) <= 16 for u in units):
            return None
        (lead if m.group("verb") == "牵头" else resp).extend(units)
    return (lead, resp) if lead or resp else None


def find_verb_assignments(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Bracketed unit lists closed by a role verb at the end of a task: ``…完成改造。(区教委牵头,区财政局配合)``."""
    from extract.structure import is_unit_cell

    hits: list[AssignmentHit] = []
    prev_end = 0
    for m in _BRACKET.finditer(text):
        roles = verb_roles(m.group("body"))
        if roles is None or not is_unit_cell("、".join(roles[0] + roles[1])):
            continue
        task, qstart = task_before(text, m.start(), prev_end)
        if task:
            hits.append(AssignmentHit(offset + qstart, offset + m.end(), task, roles[0], roles[1]))
            prev_end = m.end()
    return hits


_LABEL = re.compile(rf"(?P<label>{LEAD_LABEL}|{RESP_LABEL})\s*[:：]")


def parse_label_line(line: str) -> tuple[list[str], list[str]] | None:
    """A line of its own such as ``牵头单位:区教委;责任单位:区财政局、各镇街`` -> (lead, responsible)."""
    text = line.strip()
    if not _LABEL.match(text):  # the line must open with a label
        return None
    labels = list(_LABEL.finditer(text))
    lead: list[str] = []
    resp: list[str] = []
    for i, m in enumerate(labels):
        body = text[m.end(): labels[i + 1].start() if i + 1 < len(labels) else len(text)]
        units = split_units(body.strip(" ;；,，。"))
        is_lead = _LEAD_LABEL.fullmatch(m.group("label")) is not None
        if not is_lead and i == 0 and len(labels) == 2 and _RESP_LABEL.fullmatch(labels[1].group("label")):
            is_lead = True  # two lists labelled 责任单位: the first is the lead
        (lead if is_lead else resp).extend(units)
    return lead, resp
