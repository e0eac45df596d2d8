"""Unit labels read off lines: a label line or block of its own (``牵头单位:…;责任单位:…``), a form field that
names the item (``提案名称:…``), labels after their task on the same line and labels closing a paragraph;
``rules.units`` holds the assignments' type and the unit-list splitter."""

from __future__ import annotations

import re

from extract.cues import is_unit_cell, key_note
from extract.roles import principal_leads, LEAD_LABEL, PEOPLE_LABEL, RESP_LABEL
from extract.rules.scan import OpeningScan
from extract.rules import unit_labels as _ugB15
from extract.rules import unit_level_labels as _ulv  # (unitA27) ``市级配合单位:``; a ``督导单位:`` line among the labels
from extract.rules.units import _ASSIGN, _LEAD_LABEL, _RESP_LABEL, split_units, AssignmentHit, task_before, leading_units


# a label closed by a colon, or set in black brackets (``【牵头单位】``, ``〔责任单位〕``, ``[配合单位]``)
_LABEL_OPEN = r"(?:[【〔\[]\s*)?"

_LABEL_CLOSE = r"(?:\s*[】〕\]]\s*[:：]?|\s*[:：])"

_LABEL = re.compile(rf"{_LABEL_OPEN}{_ulv.LEVEL_HEAD}(?P<label>{LEAD_LABEL}|{RESP_LABEL}){_LABEL_CLOSE}")


def has_label_mark(text: str) -> bool:
    """Whether ``text`` holds what closes every unit label: a colon or a closing black bracket."""
    return ":" in text or "：" in text or "】" in text or "〕" in text or "]" in text


def parse_label_line(line: str, keyed: bool = False) -> tuple[list[str], list[str]] | None:
    """A line of its own such as ``牵头单位:区教委;责任单位:区财政局、各镇街`` -> (lead, responsible). Under a
    key (``keyed``, or the line's own note ``(第一责任单位为牵头部门)``) the first unit of a line with no lead
    label leads."""

    text = line.strip()
    if not _LABEL.match(text):  # the line must open with a label
        return None
    labels = list(_LABEL.finditer(text))
    lead: list[str] = []
    resp: list[str] = []
    any_lead = any(_LEAD_LABEL.fullmatch(m.group("label")) for m in labels)
    for i, m in enumerate(labels):
        body = text[m.end(): labels[i + 1].start() if i + 1 < len(labels) else len(text)]
        body = _ugB15.before_other_field(body)  # (r15 ugB15: ``责任单位:甲局 完成时限:…``)
        body, noted, _ = key_note(body.strip(" ;；,，。"))
        units = split_units(body.strip(" ;；,，。"))
        is_lead = _LEAD_LABEL.fullmatch(m.group("label")) is not None or principal_leads(m.group("label"), any_lead)
        if not is_lead and i == 0 and len(labels) == 2 and _RESP_LABEL.fullmatch(labels[1].group("label")):
            is_lead = True  # two lists labelled 责任单位: the first is the lead
        if not is_lead and not any_lead and i == 0 and (keyed or noted) and units:
            lead.append(units[0])  # the key: the first listed unit leads
            units = units[1:]
        (lead if is_lead else resp).extend(units)
    return lead, resp


def label_key_holds_on(line: str) -> bool:
    """A label line whose note states the key for what follows too (``…(第一责任单位为牵头部门,下同)``)."""

    return "下同" in line and key_note(line.strip())[2]


# the field of a form that names the item handled: a proposal's or a motion's title, its ``案由``, a matter's name
_FORM_TITLE = re.compile(r"^(?:(?:提案|建议|议案|意见|信访|来信|诉求|办件)(?:名称|标题|题目|事由)|案由|案名|事项名称|办理事项)"
                         r"\s*[:：]\s*(?P<title>\S.{1,80}?)\s*[。]?$")


def form_item_title(line: str) -> tuple[str, int] | None:
    """A form's field that names the item it handles (``提案名称:关于…的建议``, ``案由:关于…的提案``, ``建议标题:…``,
    ``事项名称:…``): (the title, its offset in ``line``). The unit labels of a reply form (``主要承办单位:…``) put
    that item on their units; the form's other fields (``交办时间:…``) are no task."""
    m = _FORM_TITLE.match(line)
    if m is None or is_unit_cell(m.group("title")):
        return None
    return m.group("title"), m.start("title")


def _unit_line(line: str) -> list[str]:
    """(unitA25) The units of a line that names one organisation and nothing else (``某县人民政府``, ``中共某县委员会``), under
    a bare label whose units stand one a line; [] for a label line, a sentence or a list of several names."""
    t = line.strip().rstrip("。;；")
    if not t or parse_label_line(t) is not None or any(c in t for c in ":：,，、;；") or not is_unit_cell(t) \
            or re.match(r"(?:\d{1,2}\s*[、.．]|[一二三四五六七八九十]{1,3}、|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])", t):
        return []  # (a numbered line is a heading of its own, U8)
    units = split_units(t)
    return units if len(units) == 1 else []


def label_then_labelled_line(text: str, next_line: str, keyed: bool = False):
    """(vlabA28) A bare role label (``责任部门:``) whose line broke after its colon, the next line its units and then a
    label of its own (``甲局 配合部门:乙局、丙县``), or its units under a key (the page's, ``keyed``, or the line's own note
    ``甲局、乙局(排第一者牵头)``): the two lines are one labelled line (``责任部门:甲局 配合部门:…``), read as such.
    (joined line, its (lead, responsible), 2), or None where ``text`` is no bare label or the next line opens with a
    label or names no units before its label (a plain list of units is read by ``read_label_block`` itself)."""
    t, nxt = text.strip(), next_line.strip()
    m = _LABEL.match(t)
    if m is None or t[m.end():].strip(" ;；,，。") or not nxt or _LABEL.match(nxt) is not None:
        return None
    first = _LABEL.search(nxt)
    if first is None:
        body, noted, _ = key_note(nxt.strip(" ;；,，。"))
        if not (keyed or noted) or not is_unit_cell(body.strip(" ;；,，。")):
            return None
    elif not is_unit_cell(nxt[:first.start()].strip(" ;；,，。")):
        return None
    joined = t + nxt
    labels = parse_label_line(joined, keyed)
    return (joined, labels, 2) if labels is not None and (labels[0] or labels[1]) else None


def read_label_block(paragraphs: list[str], keyed: bool = False) -> tuple[list[str], list[str], int] | None:
    """Unit labels on lines of their own, from ``paragraphs[0]`` on: ``牵头单位:A`` (a ``责任单位:B`` line
    may follow), or a bare ``牵头单位:`` line whose units stand on the next line (``牵头单位:`` / ``A`` /
    ``协办单位:`` / ``B``). (lead, responsible, paragraphs used), or None when the first is no label line."""

    lead: list[str] = []
    resp: list[str] = []
    named: list[tuple[str, list[str]]] = []  # (label, its units) of each line that holds one label
    used = 0
    while used < len(paragraphs):
        text = paragraphs[used].strip()
        if used and _ulv.supervises_line(text) and used + 1 < len(paragraphs) \
                and parse_label_line(paragraphs[used + 1].strip()) is not None:
            used += 1  # (unitA27) ``督导单位:…`` between a task's label lines: no role, no units (U4a)
            continue
        labels = parse_label_line(text, keyed)
        if labels is None:
            break
        got_lead, got_resp = labels
        step = 1
        m = _LABEL.match(text)
        if (joined := label_then_labelled_line(text, paragraphs[used + 1] if used + 1 < len(paragraphs) else "", keyed)) is not None:
            text, (got_lead, got_resp), step = joined[0], joined[1], 2  # (vlabA28) ``责任部门:`` / ``甲局 配合部门:乙局``
            m = _LABEL.match(text)
        if not got_lead and not got_resp and m is not None and not text[m.end():].strip(" ;；,，。") \
                and used + 1 < len(paragraphs) and parse_label_line(paragraphs[used + 1]) is None \
                and is_unit_cell(paragraphs[used + 1]):
            units = split_units(paragraphs[used + 1].strip().rstrip("。;；"))  # the label's units, next line
            step = 2
            while used + step < len(paragraphs) and (more := _unit_line(paragraphs[used + step])):
                units, step = units + more, step + 1  # (unitA25) one a line: ``主办单位:`` / ``甲厅`` / ``乙县政府``
            is_lead = re.fullmatch(LEAD_LABEL, m.group("label")) is not None
            got_lead, got_resp = (units, []) if is_lead else ([], units)
        if lead and got_lead and m is not None and principal_leads(m.group("label"), False) \
                and len(_LABEL.findall(text)) == 1:
            got_lead, got_resp = [], got_lead + got_resp  # ``主体责任单位:`` below a ``牵头单位:`` line (U4d)
        if used and (got_lead and lead or not (got_lead or got_resp)):
            break  # a second lead: the next task's labels
        lead, resp = lead + got_lead, resp + got_resp
        if m is not None and len(_LABEL.findall(text)) == 1:
            named.append((m.group("label"), got_resp))
        used += step
    # U4c: a ``责任单位`` list beside a helpers' list (``配合单位:``/``协办单位:``) with no lead label leads, as in a
    # table's columns and in labels on one line (``find_spaced_labels``)
    duty = [units for label, units in named if label in _DUTY_LABELS]
    if not lead and len(duty) == 1 and duty[0] and any(label in _COOP_LABELS for label, _ in named):
        lead = duty[0]
        resp = [u for u in resp if u not in lead]
    return (lead, resp, used) if used else None


_TRAILING = re.compile(
    rf"[,，;；]\s*(?P<l1>{LEAD_LABEL}|{RESP_LABEL})\s*[:：]\s*(?P<a>[^:：。;；\n()（）]+)"
    rf"(?:[;；,，]\s*(?P<l2>{RESP_LABEL}|{LEAD_LABEL})\s*[:：]\s*(?P<b>[^:：。;；\n()（）]+))?"
    rf"(?=[。;；\n]|$|[,，]\s*{_ugB15.OTHER_FIELD})")  # (r15 ugB15: ``…,责任单位:甲局,完成时限:…``)


def find_trailing_labels(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Labels that close a task without brackets: ``1、学位供给扩容,牵头单位:市教育局。``. The task is the
    numbered item (or sentence) before the label; the units must read as units."""

    hits: list[AssignmentHit] = []
    if ":" not in text and "：" not in text:
        return hits  # every label is followed by a colon (as in ``find_spaced_labels``)
    prev_end = 0
    bracketed = [(m.start(), m.end()) for m in _ASSIGN.finditer(text)]
    for m in _TRAILING.finditer(text):
        if any(a <= m.start() < b for a, b in bracketed):
            continue  # the second list of a bracket whose closing bracket was lost
        lists = [(m.group("l1"), m.group("a"))] + ([(m.group("l2"), m.group("b"))] if m.group("l2") else [])
        if not all(is_unit_cell(body) for _, body in lists):
            continue
        lead: list[str] = []
        resp: list[str] = []
        any_lead = any(_LEAD_LABEL.fullmatch(label) for label, _ in lists)
        for label, body in lists:
            (lead if _LEAD_LABEL.fullmatch(label) or principal_leads(label, any_lead) else resp).extend(split_units(body))
        task, qstart = task_before(text, m.start(), prev_end)
        if task:
            hits.append(AssignmentHit(offset + qstart, offset + m.end(), task, lead, resp, cue="trailing_labels"))
            prev_end = m.end()
    return hits


_PEOPLE_LABEL = PEOPLE_LABEL

_END_LABEL = r"(?:实际完成情况|完成情况|进展情况|工作进展|落实情况|推进情况|备注|完成时限|时间节点|进度安排)"

_SPACED = re.compile(rf"{_LABEL_OPEN}{_ulv.LEVEL_HEAD}(?P<label>{_END_LABEL}|{_PEOPLE_LABEL}|{LEAD_LABEL}|{RESP_LABEL}){_LABEL_CLOSE}")

_SPACED_SCAN = OpeningScan(_SPACED)  # (fourteenth round) tried only at the ~33 characters a label or its bracket opens with

# the last characters of every label and its close: one scan before ``_SPACED``'s, whose optional opening bracket
# leaves the engine no first character to look for
_SPACED_QUICK = re.compile(r"(?:单位|部门|科室|处室|股室|机关|主体|牵头|主办|协办|配合|协助|参与|领导|人|情况|进展|备注|时限|节点|安排)\s*[:：】〕\]]")

# the labels of the list that answers for a task, which leads beside a helpers' list with no lead label (U4c):
# ``责任单位``, and its Hong Kong / Macau and Taiwan words (``负责部门``, ``权责单位``)
_DUTY_LABELS = ("责任单位", "责任部门", "负责部门", "负责单位", "权责单位", "权责机关", "权责部门")

_COOP_LABELS = ("配合单位", "配合部门", "协助单位", "协助部门", "协助机关", "协办单位", "协办机关", "协办部门", "协同单位",
                "协同配合单位", "参与单位", "参加单位",
                "协作单位")


def _helpers_label_next(labels: list[re.Match[str]], j: int) -> bool:
    """Whether the label after ``labels[j - 1]`` names the units that answer for the task (``配合单位``, ``责任单位``) and
    the list before it is a lead's (or a ``责任单位`` before a helpers' list): a second list of the same task, not the
    next task's lead."""
    if not 0 < j < len(labels):
        return False
    before, after = labels[j - 1].group("label"), labels[j].group("label")
    if re.fullmatch(LEAD_LABEL, before) is not None:
        return re.fullmatch(RESP_LABEL, after) is not None
    return before in _DUTY_LABELS and after in _COOP_LABELS  # ``责任单位:甲局。配合单位:乙局。`` (U4c)


def lone_bracket_opening(text: str, at: int, label_at: int) -> bool:
    """Whether the labels at ``label_at`` open a bracket (``at`` its opening) that starts the paragraph ``text``:
    ``(牵头领导:张三;牵头单位:甲局)`` on a line of its own under its task, the task left for the caller to take from
    the line above (as a bracket of unit labels alone, ``units.find_inline_assignments``)."""
    return at < label_at and not text[:at].strip()


def find_spaced_labels(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Labels that follow their task on the same line: ``2.新辟公交线路10条。 牵头领导:张三 责任单位:市交通委
    项目责任人:李四 配合单位:某市财政局、某市规划局 实际完成情况:…`` (the normaliser has dropped the spaces).
    People labels name no unit; a report label (``实际完成情况``) or a full stop ends the block; the last
    list ends where its units do. A ``责任单位`` beside a ``配合单位`` with no ``牵头`` label leads (U4c),
    alone it answers for the task (U4a)."""
    hits: list[AssignmentHit] = []
    if not has_label_mark(text) or _SPACED_QUICK.search(text) is None:
        return hits  # every label ends in a colon or a bracket (a cheap test before the scans: -11 % of the rules stage)
    bracketed = [(b.start(), b.end()) for b in _ASSIGN.finditer(text)]
    labels = [m for m in _SPACED_SCAN.finditer(text) if not any(a <= m.start() < b for a, b in bracketed)]
    prev_end = 0
    i = 0
    while i < len(labels):
        m = labels[i]
        before = text[:m.start()].rstrip()
        if re.fullmatch(_END_LABEL, m.group("label")) or not before or before[-1] in ",，;；:：" \
                or before.endswith(("\n",)) or m.start() < prev_end:
            i += 1
            continue
        block: list[tuple[str, str]] = []
        j, end = i, m.end()
        while j < len(labels) and not re.fullmatch(_END_LABEL, labels[j].group("label")):
            stop = labels[j + 1].start() if j + 1 < len(labels) else len(text)
            body = text[labels[j].end():stop]
            cut = re.search(r"[。;；\n]", body)
            block.append((labels[j].group("label"), body[:cut.start()] if cut else body))
            end = labels[j].end() + (cut.start() if cut else len(body))
            j += 1
            if cut and not ((cut.group() in ";；" or cut.group() == "。" and _helpers_label_next(labels, j))
                            and not body[cut.end():].strip()):
                break  # a full stop ends the block; ``;`` right before the next label does not, nor ``。`` right
                # before a helpers' label (``牵头单位:甲局。配合单位:乙局。``: one task's lists, a sentence each)
        lead: list[str] = []
        resp: list[str] = []
        named = [(lab, body) for lab, body in block if not re.fullmatch(_PEOPLE_LABEL, lab)]
        has_lead = any(re.fullmatch(LEAD_LABEL, lab) for lab, _ in named)
        has_coop = any(lab in _COOP_LABELS for lab, _ in named)
        pos = m.start()
        for lab, body in named:
            listed, noted, _ = key_note(body.strip())  # ``甲局、乙局(排在首位的为牵头单位)``
            units = leading_units(listed)
            at = text.find(lab, pos)
            if units:
                pos = end = text.find(units[-1], at) + len(units[-1])  # the quote ends with the last unit
            leads = re.fullmatch(LEAD_LABEL, lab) is not None or (
                not has_lead and has_coop and lab in _DUTY_LABELS) or principal_leads(lab, has_lead)
            if noted and not has_lead and not leads and units:
                lead.append(units[0])  # the note's key: the first listed unit leads
                units = units[1:]
            (lead if leads else resp).extend(units)
        at = m.start()
        while at > prev_end and text[at - 1] in "(（ ":
            at -= 1  # ``…。(牵头领导:张三;牵头单位:甲局)``: the task stands before the bracket the labels open
        task, qstart = task_before(text, at, prev_end)
        if (task or lone_bracket_opening(text, at, m.start())) and (lead or resp):
            if at < m.start() and (close := re.match(r"[^()（）\n]*?[)）]", text[end:])) is not None:
                end += close.end()  # (U5: to the closing bracket)
            hits.append(AssignmentHit(offset + qstart, offset + end, task, lead, resp, cue="spaced_labels"))
            prev_end = end
        i = max(j, i + 1)
    return hits
