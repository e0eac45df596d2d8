"""Unit assignments: task-table rows and ``(牵头单位:...;责任单位:...)`` in running text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# module-level, not per call: a function's own import costs ~1.7 us a call, and these run per paragraph
from extract.cues import _UNIT_SUFFIX, is_person_name as _is_person, is_unit_cell, key_note, strip_duty_tail
from extract.roles import (principal_leads, ASSIST_VERBS, CHARGE_VERBS, DUTY_MANNER, HELP_VERBS, LABEL_HEADS, LEAD_LABEL, LEAD_VERBS,
                           PEOPLE_LABEL, RESP_LABEL, ROLE_ADVERBS, ROLE_VERBS, alternation, verb_role)
from extract.rules.scan import OpeningScan
from extract.rules.unit_cells import _LEAD_MARK, apply_lead_marks, labelled_cell_roles
from extract.rules.unit_lists import JOINT
from extract.rules.unit_clauses import more_charge_clauses, time_only_task, whole_name_end
from extract.rules import unit_labels as _ugB15
from extract.rules import unit_goal_phrasings as _ug16
from extract.rules import unit_directives as _ug17
from extract.rules import unit_evidence as _uev
from extract.rules import rule_clarifications as _rcl  # (confB19) U4b
from extract.rules import unit_charge_adverbs as _uadv  # (r20 unitR20)
from extract.rules import unit_bare_charges as _ubc  # (r20 unitR20)
from extract.rules import unit_defined_duties as _udd  # (r20 unitW31)
from extract.rules import unit_with_lists as _uwl  # (r21 unitA21)

# the labels of the lead's and the responsible units' lists: ``extract.roles`` (every reader's vocabulary); the list in
# round, square or black brackets (``[牵头单位:…]``, ``【…】``; not ``〔``, which opens a document's number ``〔2031〕``)
# a character of a unit list inside a label bracket: a line break only where a wrapped line goes on to close the bracket
# (``(责任单位:基建`` / ``装备科,各项目学校)`` in text cut into lines of a page's width)
_LIST_CH = r"(?:[^()（）\]】〕:：。\n]|\n(?=[^()（）\]】〕。\n]{1,60}[)）\]】]))"
_ASSIGN = re.compile(
    rf"[(（\[【]\s*(?P<l1>{LEAD_LABEL}|{RESP_LABEL})\s*[:：]\s*(?P<a>{_LIST_CH}*(?:[(（][^()（）]*[)）]{_LIST_CH}*)*?)"
    rf"(?:\s*[;；,，。]?\s*(?P<l2>{RESP_LABEL}|{LEAD_LABEL})\s*[:：]\s*(?P<b>{_LIST_CH}*(?:[(（][^()（）]*[)）]{_LIST_CH}*)*?))?"
    # an empty or filled people label before the bracket closes (``、负责人:)``): no unit
    rf"(?:[、,，;；\s]*(?:负责人|联系人|(?:第一|主要|直接)?责任人)[:：][^()（）。\n]{{0,12}})?"
    # a schedule label before the bracket closes (``;完成时限:2031年底)``): when, not who
    rf"(?:(?:[、,，;；\s]*(?:完成时限|完成时间|时间节点)|[、,，;；\s]+(?:时限|时间))[:：][^()（）:：。\n]{{0,20}})?"
    # the closing bracket, or (lost in scraping) the end of the sentence or line
    rf"\s*(?:[)）\]】〕]|(?=[。\n]|$))"
)
_WRAPPED = re.compile(r"(?<=[\u4e00-\u9fff])[^\S\n]*\n\s*(?=[\u4e00-\u9fff])")
_SPLIT = re.compile(r"[、,，;；\s/|]+")
_SPLIT_CHARS = "、,，;；/|"  # with ``str.isspace`` (the same characters as ``\s``): one character of ``_SPLIT``
_LEAD_LABEL = re.compile(LEAD_LABEL)
_RESP_LABEL = re.compile(RESP_LABEL)
_COLLECTIVE_HEAD = r"(?:相关|有关|其他|其它|各|[省市州县区]级|[省市州县区]直)"
_JOINT_TAIL = JOINT  # ``…等及…``, ``…等部门和…``, ``…以及各…`` (U4b; ``rules.unit_lists``: one pattern of joints)
_DEADLINE_PART = re.compile(r"^(?:20\d\d\s*年)?\s*\d{1,2}\s*月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|以前)?(?:完成|办结)?$"
                            r"|^(?:20\d\d\s*年)(?:底|末)?(?:前|以前)?(?:完成|办结)?$|^(?:长期|持续)推进$")
_TRAILING_JOINT = re.compile(r"(?:等|及)+(?:(?:有关|相关)?(?:单位|部门))?$")  # ``县交警大队等单位``: the unit, not its tail
_CLAUSE_SEP = re.compile(r"[，,。；;]")
_PART_SEP = re.compile(r"[,，;；]")


_LEVEL_ONLY = re.compile(r"^各?[省市区县镇乡]$")


def _join_level_lists(items: list[str]) -> list[str]:
    """``各县、市、区政府``: levels listed before the one unit word they share stay one unit."""
    out: list[str] = []
    run: list[str] = []
    for it in items:
        s = it.strip()
        if _LEVEL_ONLY.match(s):
            run.append(s)
            continue
        if run and s[:1] in "省市区县镇乡" and len(s) <= 8:
            out.append("、".join(run + [s]))
        else:
            out.extend(run + [it])
        run = []
    return out + run


_GLUED_NAME = re.compile(r"(?<=[局委办部院厅])(?=[省市区县][\u4e00-\u9fff]{1,12}[局委办部院厅会]$)|"
                         r"(?<=[局委办部院厅])(?=[省市区县][\u4e00-\u9fff]{1,12}[局委办部院厅会](?:[省市区县]))|"
                         # a bureau's section (``…股``) glued to the next unit: ``甲宣传股乙馆`` (not ``股份``, ``股室``)
                         r"(?<=股)(?![份室东长权票])(?=[\u4e00-\u9fff]{2,12}(?:馆|局|委|办|中心|股|站|队|所|院)$)")


def _split_glued_names(part: str) -> list[str]:
    """Two organisations' names run together without a separator (``县委宣传部县文旅局``): split where
    a name ending like an organisation is followed by one that opens with a level (区, 县, 市, 省), or where a
    bureau's section (``…股``) is followed by another unit's name (``文体股图书馆``)."""

    pieces = [p for p in _GLUED_NAME.split(part) if p]
    if len(pieces) > 1 and all(len(p) >= 3 and is_unit_cell(p) for p in pieces):
        return pieces
    return [part]


# the last joint of a serial list (``甲局、乙处及丙中心``): ``及``/``和``/``与`` after a whole office's name and before another
# name; not inside a name (``人力资源和社会保障局``: the first part no office) nor before ``其`` (``甲局及其下属队``: one body)
_SERIAL_JOINT = re.compile(r"^(?P<a>[^()（）]{1,20}?(?:局|委|办|院|厅|府|室|队|站|所|部|处|科|中心|公司))(?:以及|及|和|与)"
                           r"(?!其)(?P<b>[^()（）]{2,24})$")


def _serial_last(item: str) -> list[str]:
    """The last item of a list separated by ``、`` (``乙处及丙中心`` of ``甲局、乙处及丙中心``): two units where a joint
    closes the list between two organisations' names (U3: the list's items), else the item as it is."""
    m = _SERIAL_JOINT.match(item.strip())
    if m is None or not is_unit_cell(m.group("a")) or not is_unit_cell(m.group("b")):
        return [item]
    return [m.group("a"), m.group("b")]


_LONE_MARK = re.compile(rf"[(（]{alternation(LEAD_VERBS + HELP_VERBS)}(?:单位|部门)?[)）]")
_BROKEN_NAME_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def split_units(cell: str) -> list[str]:
    """Split a unit list on 、,;, and spaces, never inside brackets; drop a trailing 等/及. In a list
    separated by ``、`` a space between two characters is where a line broke inside a name
    (``教育部、国家 卫生健康委``), not a separator."""
    if "、" in cell and (" " in cell or "\n" in cell):
        cell = _BROKEN_NAME_SPACE.sub("", cell)
    out: list[str] = []
    depth = 0
    buf = ""
    for ch in cell:
        if ch in "(（<〈《":
            depth += 1
        elif ch in ")）>〉》":
            depth = max(0, depth - 1)
        if depth == 0 and (ch in _SPLIT_CHARS or ch.isspace()):  # ``_SPLIT.match(ch)``, ~4x cheaper a character
            out.append(buf)
            buf = ""
        else:
            buf += ch
    out.append(buf)
    if len(out) > 1 and any(_LONE_MARK.fullmatch(o.strip()) for o in out[1:]):
        # ``甲局`` / ``(牵头)`` on lines of their own: the mark is the unit's before it (``甲局(牵头)``)
        joined: list[str] = []
        for o in out:
            if joined and joined[-1].strip() and _LONE_MARK.fullmatch(o.strip()):
                joined[-1] = joined[-1].rstrip() + o.strip()
            else:
                joined.append(o)
        out = joined
    # (r18 unitv18) no ``_join_level_lists`` here: U3b splits an unbracketed ``各县、市、区政府`` on its ``、`` as any list
    if len(out) > 1 and ("及" in out[-1] or "和" in out[-1] or "与" in out[-1]):
        out[-1:] = _serial_last(out[-1])
    units = []
    for u in out:
        # ``区教委等及各镇街``, ``民政局等相关部门``: a joint before a collective tail, not a unit
        for part in _JOINT_TAIL.split(u):
            part = part.strip().rstrip("。.")
            part = _TRAILING_JOINT.sub("", part).strip()
            if part and part != "/" and not _DEADLINE_PART.match(part):  # ``…,6月底完成)``: a deadline
                units += _split_glued_names(part)
    return units


def split_roles(cell: str, lead_column: bool = True) -> tuple[list[str], list[str]]:
    """(lead, responsible) of a unit cell: ``X会同Y`` makes X lead and Y responsible; the other units
    take the column's role."""
    if (labelled := labelled_cell_roles(cell, split_units)) is not None:
        return labelled  # ``牵头:甲局;配合:乙局`` in one cell
    if (parts := cell_role_parts(cell)) is not None:
        return parts  # ``甲局牵头,乙局、丙局参加`` in one cell
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
    cue: str = ""  # the cue (finder) that found it: ``inline_labels``, ``charge_clause``, ``counted_lead_list``…


# an item's marker at a task's start: ``2.``, ``(二)``, ``二、``
_TASK_MARK = re.compile(r"(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、)\s*")


# a list's marker at the start of a quote: a task's number (``_TASK_MARK``), a bullet (``- ``, ``• ``) or a circled number
_QUOTE_MARK = re.compile(r"(?:\d{1,3}\s*[.、．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|"
                         # a two- or three-level serial set off by a blank (``1.2 修好水渠``; ``1.5亿元`` is no marker)
                         r"\d{1,2}(?:\.\d{1,2}){1,2}(?=\s)|"
                         r"[-–•·●▪]\s|[①-⑳])\s*")


def without_item_marker(quote: str, task: str) -> int:
    """How many characters of a list's marker open both the quote and the task of a unit row (``(一)联席会议由甲局牵头``,
    ``- 新增果园…(乙局)``): the marker is the list's, no part of the task (U2) nor of the quote that runs from the
    task (U5); 0 when there is none or nothing would be left of the task."""
    m = _QUOTE_MARK.match(quote)
    if m is None or not task.startswith(quote[:m.end()]) or not task[m.end():].strip():
        return 0
    return m.end()


_PEOPLE_HEAD = re.compile(r"[;；,，、\s]+(?:第一|主要|直接)$")  # the head of a people label the greedy list took
_LIST_TAIL = re.compile(r"[;；,，。]\s*(?P<head>[^;；,，。、\s]{1,4})$")
_ANY_LABEL = re.compile(rf"{LEAD_LABEL}|{RESP_LABEL}")


def _label_split_early(l1: str, body: str, l2: str) -> tuple[tuple[str, str], str]:
    """((l1, body), l2) with the second label whole: the greedy first list ends at the last label word that
    closes it (``牵头单位:甲局;配合责任单位:乙局`` reads ``甲局;配合`` + ``责任单位``); a first list whose last item and the
    label after it make a longer label (``配合责任单位``, ``主体责任单位``, ``第一责任单位``) gives that item back to the label."""
    if (tail := _LIST_TAIL.search(body)) is not None and _ANY_LABEL.fullmatch(tail.group("head") + l2):
        return (l1, body[:tail.start()]), tail.group("head") + l2
    return (l1, body), l2


# a line break (with the blanks around it) between two characters of a text cut into lines of a page's width
_LINE_CUT = re.compile(r"(?<=[\u4e00-\u9fff])[^\S\n]*\n\s*(?=[\u4e00-\u9fff])")
_LABEL_AT = re.compile(rf"(?:{LEAD_LABEL}|{RESP_LABEL})\s*[:：]")


def mend_cut_labels(text: str) -> str:
    """``text`` with each role label that a line break cuts (``,配`` / ``合单位:乙局``) made whole, the break moved before
    the label (``,`` / ``配合单位:乙局``): the text keeps its length, so every span read in it is a span of ``text``."""
    if "\n" not in text or (":" not in text and "：" not in text):
        return text
    out = text
    for m in _LINE_CUT.finditer(text):
        a, b = m.span()
        head = len(text[max(0, a - 7):a])
        joined = text[a - head:a] + text[b:b + 12]
        for k in range(head):
            lab = _LABEL_AT.match(joined, k)
            if lab is not None and k < head < lab.end():
                start = a - head + k
                out = out[:start] + text[a:b] + text[start:a] + out[b:]
                break
    return out


def find_inline_assignments(text: str, offset: int = 0, title: str | None = None,
                            title_start: int | None = None, keyed: bool = False) -> list[AssignmentHit]:
    """``...任务...(牵头单位:A;责任单位:B、C)`` in a paragraph. The task is the paragraph's
    heading title when it has one, else the first clause of the sentence before the bracket. Under a key
    (``keyed``, or the list's own note ``(第一责任单位为牵头部门)``) the first unit of a bracket with no lead
    label leads."""

    hits: list[AssignmentHit] = []
    if ":" not in text and "：" not in text:
        return hits  # every label is followed by a colon (as in ``find_spaced_labels``)
    text = mend_cut_labels(text)
    text = _rcl.mend_label_debris(text)  # (confB19) U4b: a page marker inside a label
    prev_end = 0
    for m in _ASSIGN.finditer(text):
        lists = [(m.group("l1"), m.group("a"))]
        if m.group("l2"):
            lists[0], l2 = _label_split_early(m.group("l1"), m.group("a"), m.group("l2"))
            lists.append((l2, m.group("b") or ""))
        lead: list[str] = []
        resp: list[str] = []
        any_lead = any(_LEAD_LABEL.fullmatch(label) for label, _ in lists)
        for i, (label, body) in enumerate(lists):
            is_lead = _LEAD_LABEL.fullmatch(label) is not None or principal_leads(label, any_lead)
            # two lists both labelled 责任单位: the first one is the lead (a typo in the source)
            if not is_lead and i == 0 and len(lists) == 2 and _RESP_LABEL.fullmatch(lists[1][0]):
                is_lead = True
            if "\n" in body:  # a list wrapped with its line (``基建`` / ``装备科``): one name across the break
                body = _WRAPPED.sub("", body)
            body, noted, _ = key_note(_PEOPLE_HEAD.sub("", body))  # ``…;主要责任人:王五)``: a person's label
            units = split_units(body)
            if not is_lead and not any_lead and i == 0 and (keyed or noted) and units:
                lead.append(units[0])  # the key: the first listed unit leads
                units = units[1:]
            (lead if is_lead else resp).extend(units)
        if title and prev_end == 0 and title_start is not None:
            task, qstart = title, title_start
        else:
            seg_start = max(prev_end, max(text.rfind(c, 0, m.start()) for c in "。;；") + 1)
            seg = text[seg_start:m.start()]
            if prev_end and seg[:1] in (",", "，"):
                seg_start, seg = seg_start + 1, seg[1:]  # ``…(牵头单位:甲局),修好水渠(…)``: the next task after the comma
            first = _CLAUSE_SEP.split(seg.strip(), maxsplit=1)[0]
            task, qstart = first.strip(), seg_start + (len(seg) - len(seg.lstrip()))
            if (mark := _TASK_MARK.match(task)) is not None and len(task) > mark.end():
                task, qstart = task[mark.end():], qstart + mark.end()  # ``2.扩建冷库(牵头单位:…)``: no marker
            if not task:  # the bracket stands after the sentence's end: the task is the item it closes
                task, qstart = task_before(text, m.start(), prev_end)
        hits.append(AssignmentHit(offset + qstart, offset + m.end(), task, lead, resp, cue="inline_labels"))
        prev_end = m.end()
    return hits


# a sub-item's marker (``(1)``, ``①``) and a numbered title of a line of its own (``1.完善果园台账``, ``(二)修缮水渠:``)
_SUB_ITEM = re.compile(r"^\s*(?:[(（]\d{1,2}[)）]|[①-⑳])")
_LINE_TITLE = re.compile(r"^\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*"
                         r"(?P<title>[^。;；,，:：!！?？\n]{2,30}?)[:：]?\s*$")
_LINE_LABEL = re.compile(r"^\s*(?P<title>[^。;；,，:：\n]{2,20})[:：]\S")


def task_above(text: str, pos: int, floor: int = 0) -> tuple[str, int] | None:
    """(task, start) of the task that a unit bracket standing on a line of its own at ``pos`` closes: the numbered title
    above a run of sub-items (``1.完善果园台账`` / ``(1)…`` / ``(2)…`` / ``(责任单位:…)``: the title's words), else the
    line right above it, by its title (``果园宣传:海报、横幅`` -> ``果园宣传``) or its first clause; None when no line
    above (after ``floor``) holds text."""
    lines: list[tuple[int, str]] = []
    end = pos
    while len(lines) < 12:
        if end <= floor:
            break
        a = max(floor, text.rfind("\n", floor, end - 1) + 1)
        if text[a:end].strip():
            lines.append((a, text[a:end].rstrip("\n")))
        end = a
    if not lines:
        return None
    k = 0
    while k < len(lines) and _SUB_ITEM.match(lines[k][1]):
        k += 1
    if 0 < k < len(lines) and (m := _LINE_TITLE.match(lines[k][1])) is not None:
        return m.group("title").strip(), lines[k][0] + m.start("title")
    a, line = lines[0]
    if (m := _LINE_LABEL.match(line)) is not None:
        return m.group("title").strip(), a + m.start("title")
    lead = len(line) - len(line.lstrip())
    first = _CLAUSE_SEP.split(line.strip(), maxsplit=1)[0].strip()
    return (first, a + lead) if len(first) >= 2 else None


# a bracketed list, a unit's own bracket inside it kept (``(甲局牵头,各县(市、区)政府落实)``: U3)
_BRACKET = re.compile(r"[(（](?P<body>(?:[^()（）]|[(（][^()（）]{1,20}[)）]){2,300})[)）]")
_KEY_TAIL = re.compile(r"[。;；,，]?\s*(?:列在|列第|列首|排在|排名|排序|第一位|首位).*$")  # (r15 ugB15: ``列第一位的…``)
# an item's mark: ``1.``, ``(二)``, and ``一是`` / ``二是`` opening a sentence (``一是种好蓝果。…;二是…``)
_ITEM_MARK = re.compile(r"(?<![\d.A-Za-z])(?:\d{1,2}[.、]|[(（][一二三四五六七八九十\d]{1,3}[)）])(?=[\u4e00-\u9fff“])"
                        r"|(?:(?<=^)|(?<=[。;；\s]))[一二三四五六七八九十]{1,3}是(?=[\u4e00-\u9fff“])")


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
    first = _CLAUSE_SEP.split(seg.strip(), maxsplit=1)[0].strip().rstrip("—–－ ")  # (r15 ugB15: ``…20个——牵头单位:…``)
    return first, start + (len(seg) - len(seg.lstrip()))


# a bracket opened after a sentence whose closing bracket was lost where the text ends: ``…。(甲局、乙局、``
_LOST_CLOSE = re.compile(r"(?<=[。;；!！?？])\s*[(（](?P<body>[^()（）\n]{2,300}?)[、,，;；\s]*$")


_WEI_LABEL = re.compile(rf"(?P<label>{LEAD_LABEL}|{RESP_LABEL})为(?P<units>[^;；,，]{{2,}}?(?:[、和及与][^;；,，]{{2,}}?)*)(?=[;；,，]|$)")


def labels_said_with_wei(body: str) -> tuple[list[str], list[str]] | None:
    """(lead, responsible) of a bracket whose labels are closed by 为 (``(牵头单位为甲局,配合单位为乙局、丙局)``), or None
    unless every part is such a label and its units (U4: the label decides the role)."""
    if "为" not in body:
        return None
    lead: list[str] = []
    resp: list[str] = []
    parts = [p.strip() for p in re.split(r"[;；,，](?=\s*(?:" + LEAD_LABEL + "|" + RESP_LABEL + ")为)", body) if p.strip()]
    for part in parts:
        m = _WEI_LABEL.fullmatch(part)
        if m is None or not is_unit_cell(m.group("units")):
            return None
        (lead if re.fullmatch(LEAD_LABEL, m.group("label")) else resp).extend(split_units(m.group("units")))
    return (lead, resp) if lead or resp else None


def find_listed_assignments(text: str, offset: int = 0, keyed: bool = True) -> list[AssignmentHit]:
    """Unlabelled unit lists in brackets after each task: in a document that states its key
    (``排在首位的是牵头单位``) the first unit leads and the others are responsible; without a key every
    unit answers for the task and none is named lead."""

    hits: list[AssignmentHit] = []
    prev_end = 0
    brackets = list(_BRACKET.finditer(text))
    opened = max(text.rfind("("), text.rfind("（"))
    if opened > max(text.rfind(")"), text.rfind("）")) and (lost := _LOST_CLOSE.search(text, max(0, opened - 8))) is not None:
        brackets.append(lost)  # (U4b) the excerpt ends inside the list: it ends with the text
    for m in brackets:
        before = text[:m.start()].rstrip()
        if before and before[-1] not in "。;；!！?？":
            continue  # the list closes a sentence; ``县(市、区)`` inside one is a name
        body = _ugB15.without_time_part(_KEY_TAIL.sub("", m.group("body")))  # (r15 ugB15: ``(甲局、乙局,2031年底前)``)
        said = labels_said_with_wei(body)
        if said is None and (":" in body or "：" in body or not is_unit_cell(body)):
            continue
        units = split_units(body) if said is None else said[0] + said[1]
        task, qstart = task_before(text, m.start(), prev_end)
        if not task or len(units) < 1 or time_only_task(task):
            continue
        lead, resp = said if said is not None else (units[:1], units[1:]) if keyed else ([], units)
        hits.append(AssignmentHit(offset + qstart, offset + m.end(), task, lead, resp, cue="listed_brackets"))
        prev_end = m.end()
    return hits


# the preposition of charge and the task's pronoun before a part's units: ``由甲局牵头``, ``此项工作由甲局负责``
_PART_BY = re.compile(r"^(?:(?:此项|该项|这项|本项|以上|上述)?(?:工作|任务)?(?:均|即|则|将|主要|统一)?由)(?=[^由]{2})")
_ROLE_VERB = re.compile(rf"^(?P<units>.+?){ROLE_ADVERBS}(?P<verb>{alternation(ROLE_VERBS + ('按职责分工负责',))})$")


# ``、`` right after a verb of lead or charge, before the next role part (``由甲局牵头、乙局配合``): a part's end, as a comma
_VERB_THEN_DUN = re.compile(r"(?<=牵头|负责|主责|主办|统筹)、(?=[^、,，;；。]{2,60}?" + alternation(ROLE_VERBS) + r"(?:[,，;；。]|$))")


def verb_roles(body: str) -> tuple[list[str], list[str]] | None:
    """``(区教委牵头,区财政局、区人社局配合)``, ``(市人社局、市医保局负责)``: units named by the verb
    that closes each part; 牵头 leads, the others answer for the task. None unless every part has one."""

    lead: list[str] = []
    resp: list[str] = []
    parts: list[tuple[str, list[str]]] = []  # (verb, units) of each part
    if "、" in body:
        body = _VERB_THEN_DUN.sub("，", body)  # ``甲局牵头、乙局配合``: the ``、`` after a role verb parts the roles
    for part in _PART_SEP.split(body):
        part = part.strip()
        if not part:
            continue
        if "\n" in part:
            part = _BROKEN_NAME_SPACE.sub("", part)  # a line broke inside the bracket (``按\n职责分工负责``)
        if _DEADLINE_PART.match(part):
            continue  # ``(甲局负责,2031年底前完成)``: when, not who (as in ``split_units``)
        m = _ROLE_VERB.match(part)
        if m is None or ":" in part or "：" in part:
            return None  # (a labelled list, ``(责任单位:甲局牵头,乙局配合)``, is read by its label: ``find_inline_assignments``)
        units = split_units(strip_duty_tail(_PART_BY.sub("", m.group("units"))))
        if not units or not all(len(u) <= 16 or (len(u) <= 24 and u.endswith("成员单位")) for u in units):
            return None
        role = verb_role(m.group("verb"))
        (lead if role == "lead" else resp).extend(units)
        parts.append((m.group("verb"), units))
    # U7/U4c: ``甲局负责,乙局、丙局配合`` (no lead verb): the unit that takes the task (``负责``) beside the ones that
    # assist it leads, as ``X负责Y`` does and a ``责任单位`` list beside a ``配合单位`` one
    charged = [units for verb, units in parts if verb in CHARGE_VERBS]
    if not lead and len(charged) == 1 and any(verb in ASSIST_VERBS for verb, _ in parts) \
            and all(_UNIT_SUFFIX.search(u) and not u.startswith(("各", "相关", "有关")) for u in charged[0]) \
            and all(_UNIT_SUFFIX.search(u) for u in resp):
        # (not a collective nor a word that names no office: ``学校负责,家长配合``, ``各乡负责``)
        lead = charged[0]
        resp = [u for u in resp if u not in lead]
    return (lead, resp) if lead or resp else None


def cell_role_parts(cell: str) -> tuple[list[str], list[str]] | None:
    """(lead, responsible) of a unit cell written as role parts (``甲局牵头,乙局、丙局参加``; U7's unbracketed role
    parts, in a table's cell): the part closed by ``牵头`` leads, the others answer for the task. None unless the
    cell has two parts or more, each closed by its verb, one of them a lead."""
    text = cell.strip().rstrip("。;；")
    if "牵头" not in text or _PART_SEP.search(text) is None:
        return None  # (cheap tests before the parse)
    roles = verb_roles(text)
    if roles is None or not roles[0] or not roles[1] or not is_unit_cell("、".join(roles[0] + roles[1])):
        return None
    return roles


def find_verb_assignments(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Bracketed unit lists closed by a role verb at the end of a task: ``…完成改造。(区教委牵头,区财政局配合)``."""

    hits: list[AssignmentHit] = []
    prev_end = 0
    for m in _uev.with_tortoise_brackets(list(_BRACKET.finditer(text)), text):  # (r18 unitv18) and ``〔甲局牵头〕``
        roles = verb_roles(m.group("body"))
        if roles is None or not is_unit_cell("、".join(roles[0] + roles[1])):
            continue
        task, qstart = task_before(text, m.start(), prev_end)
        if task:
            hits.append(AssignmentHit(offset + qstart, offset + m.end(), task, roles[0], roles[1], cue="verb_brackets"))
            prev_end = m.end()
    return hits


# a run of role parts closing a task without brackets: ``…。A、B牵头;C、D配合;各县(市)政府落实``
# each part is atomic (``(?>…)``): a part ends at its first role verb and is never re-split, so a line thick with
# verbs costs linear time (backtracking into the parts took 67 s on 10 kB of ``甲局牵头乙配合…``); a run of more
# than five verb-ended parts is then not read
_ROLE_RUN = re.compile(
    rf"(?P<run>(?>[^。;；,，\n\d]{{2,200}}?{alternation(LEAD_VERBS + HELP_VERBS + CHARGE_VERBS)}[;；,，]?\s*){{1,5}})"
    r"(?=\d|[。\n]|$)")
_RUN_VERBS = ("牵头", "主责", "主办", "配合", "参与", "参加", "协", "会办", "支持", "负责", "落实")  # every verb of ``_ROLE_RUN`` holds one
_RUN_VERB = re.compile("|".join(map(re.escape, _RUN_VERBS)))  # (perf16) ``any(v in text for v in _RUN_VERBS)``, one scan
_GLUED_ROW_NO = re.compile(r"(?<![\d.])\d{1,3}(?=[\u4e00-\u9fff“])")
_FULL_STOP = re.compile(r"。")  # compiled once (``re.finditer`` inline looks it up on every paragraph)


def find_role_runs(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Tasks closed by unbracketed role parts after their last sentence, as task lists glued into one
    line print them: ``21树立新风。发挥媒体作用。A、B牵头;C配合;各州(市)政府落实22…``. The task is the
    first sentence of the row (its glued row number skipped); a run without a lead part, or one that
    is not a unit list (``…工作落实``), is not read."""

    hits: list[AssignmentHit] = []
    if _RUN_VERB.search(text) is None:
        return hits  # a run ends with one of them: no ``_ROLE_RUN`` try after each full stop
    floor = 0
    for end_m in _FULL_STOP.finditer(text):
        m = _ROLE_RUN.match(text, end_m.end())
        if m is None:
            continue
        run = m.group("run").strip()
        roles = verb_roles(run.rstrip(";；,，"))
        if roles is None or not roles[0] or not is_unit_cell("、".join(roles[0] + roles[1])):
            continue  # a lead is needed: ``…负责`` alone closes many sentences that name no list
        start = _row_start(text, floor, end_m.start())
        task = text[start:end_m.start()].split("。", 1)[0].strip()  # the row's first sentence
        if not task:
            continue
        qend = m.start("run") + len(m.group("run").rstrip(";；,， "))
        hits.append(AssignmentHit(offset + start, offset + qend, task, roles[0], roles[1], cue="role_runs"))
        floor = qend
    return hits


# ``会同`` and Hong Kong's ``(会)联同`` (``教育局会联同社署,…``): X with Y (U4c, X lead)
_WITH = r"(?:会同|会?联同)"
# the close of a unit list after ``会同``: ``等``/``等有关``, a count (``等五部门``), ``单位``/``部门``
_LISTED_TAIL = r"等(?:有关|相关)?(?:[一二三四五六七八九十\d]{1,3}个?)?(?:单位|部门)"

# an adverb between a unit and its verb of charge (``甲局具体负责``, ``甲局全面牵头``)
_CHARGE_ADVERB = r"具体|全面|统一|主要"
# the plain doing after a verb of charge, no task of its own (``负责实施``, ``牵头组织落实``): the task is what was named before
_BARE_DOING = r"(?:组织)?(?:实施|落实|推进|跟进)"  # (``负责跟进``: Hong Kong and Macau)

# ``由县教育局负责园舍建设``, ``县疾控中心负责抽样复核``, ``省财政厅、省教育厅会同各市州完成资金清算``
_CHARGE = re.compile(r"(?:(?:(?<=^)|(?<=[。;；,，:：\s]))" + _ugB15.ORDINAL_IS + r"(?:即?由)?|(?<=由))(?P<units>[^。;；,，:：\s由]{2,60}?)"
                     # the group a unit leads, between the unit and the verb: ``甲局牵头的专班负责…`` (U7 ``X牵头负责Y``)
                     r"(?:牵头(?:组建|成立)?的(?:工作)?(?:专班|小组|工作组|专项组|专项工作组))?"
                     # the manner of the duty between the units and the verb: ``甲局、乙局根据职能职责,负责…``
                     rf"(?:{DUTY_MANNER}\s*[,，]?\s*)?"
                     # a modal between the unit and its verb (``甲局要会同乙局…``, ``甲局应负责…``; not ``将``: ``_SUBJECT_WITH``'s)
                     r"(?:要|应|须|将(?=负责|牵头负责))?"  # (r15 ugB15: ``甲处将负责推行…``, a plan's future charge)
                     r"(?:主要(?=负责))?"  # (r18 confU18) U7: ``X主要负责Y`` is ``X负责Y`` with an adverb
                     rf"(?:{_uadv.CHARGE_ADVERB})?"  # (r20 unitR20) ``X具体负责Y``, ``X全面负责Y``: as ``主要``
                     rf"(?P<verb>牵头负责(?![人制的])|负责(?!人|同志|制|的|任|牵头)|{_WITH}(?P<with>[^。;；,，:：\s]{{2,40}}?)(?=完成|做好|开展|组织|制定|落实|推进|实施|抓紧|加快|编制|改善|提升|推动|增设|新建|扩建|举办|推行)|"
                     # ``…等五部门,共同成立…``: the list's count and a comma before what they do together
                     rf"{_WITH}(?P<listed>[^。;；,，:：\s]{{2,160}}?){_LISTED_TAIL}"
                     # (any joint task after the comma: ``…等三部门,年底前完成…`` as ``…,共同完成…``)
                     r"(?:[,，]\s*)?|"
                     # ``会同乙局、丙局,对…开展…``: a list of names with no closing ``等…部门``, closed by the comma
                     rf"{_WITH}(?P<named>[^。;；,，:：\s]{{2,80}}?)[,，]\s*)"
                     r"(?P<task>[^。;；,，]{2,40})")
# ``教育部印发《…》,将会同甲部、乙部8部门,建立…``: ``会同`` after an adverb, its subject the unit that opens the sentence;
# the list closed by its count (``等``, ``N部门``) and a comma before the task; also right after the subject
# (``甲局将会同乙局、丙局,对…``), a list of names closed by the comma only (``_names_only``)
_SUBJECT_WITH = re.compile(r"(?:(?<=[,，])\s*|(?<=[^\s,，。;；:：]))(?:将|并|还|拟|也|同时)会同(?P<listed>[^。;；,，:：\s]{2,160}?)"
                           r"(?:(?:等(?:有关|相关)?(?:[一二三四五六七八九十\d]{1,3}个?)?|[一二三四五六七八九十\d]{1,3}个?)(?:单位|部门)"
                           r"|(?=[,，]))"
                           r"[,，]?\s*(?P<task>[^。;；,，]{4,40})")


# ``规划编制工作由区教育局牵头``: the task first, then who leads it, at the clause's end
# (an adverb before the verb, ``由甲局具体负责``, ``由甲局统一牵头``; the plain doing after it, ``由甲局负责组织实施``)
_LED_BY = re.compile(r"(?:(?<=^)|(?<=[。;；,，:：\s]))(?P<task>[^。;；,，:：\s由]{2,40}?)(?:主要|统一|具体|均)?由(?P<units>[^。;；,，:：\s由]{2,60}?)"
                     rf"(?:{_CHARGE_ADVERB})?(?P<verb>{alternation(LEAD_VERBS + CHARGE_VERBS)}){_BARE_DOING}?(?=[。;；,，、]|$)")
_ROLE_WORD = re.compile(rf"{alternation(LABEL_HEADS)}?(?:单位|部门|科室)")
# a party named by its part in the matter, not an organisation's name (U7: X must name an organisation): ``使用部门``,
# ``所在单位``, ``物业公司``, ``建设单位``, ``主管部门`` (any user, any employer, whichever firm manages the estate)
_GENERIC_PARTY = re.compile(r"^(?:本|该|其|各)?(?:使用|所在|主管|行业主管|建设|施工|监理|设计|申报|申请|项目|业主|产权|运营|管理|属地|"
                            r"辖区|上级|同级|实施|服务|物业(?:服务)?|用人|经营)(?:单位|部门|企业|公司|机构|方)$"
                            # whoever employs or houses the people named (``学员所在单位``, ``职工所在部门``)
                            r"|^[\u4e00-\u9fff]{1,6}所在(?:单位|部门)$")
_NOT_A_NAME = re.compile(r"^(?:据|由|经|对|向|从|在|按|将|把|继续|实施|实行|通过|根据|形成|坚持|明确)|[“”\"「」]")


# the endings of an organisation's name (a list after ``会同`` closed by a comma only must be made of such names)
_ORG_END = re.compile(r"(?:局|委|办|厅|部|署|处|科|站|所|院|中心|公司|政府|公所|街道|乡镇|镇|乡|队|会|室|团|馆|社)$")


def _names_only(listed: str) -> bool:
    """A list that reads as organisations' names and nothing else (``乙局、丙县林业站``), each with an organisation's
    ending: what ``会同`` names before a comma when no ``等…部门`` closes the list."""
    units = split_units(listed)
    return bool(units) and all(is_unit_cell(u) and _ORG_END.search(u) and not _is_person(u) for u in units)


def find_charge_clauses(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Clauses that put a task on named units: ``(由)X负责Y`` (X leads Y) and ``X会同Z完成Y`` (X leads,
    Z answers for it). X must read as a list of units (``各学校负责`` and ``家长负责`` do not). Then the sentences that
    open with ``由`` and an organisation doing the task (``find_by_unit_doing``)."""

    hits: list[AssignmentHit] = []
    charge = "负责" in text or "会同" in text or "联同" in text  # every match of ``_CHARGE`` holds one (its scan costs ~10% of
    led = "由" in text and ("牵头" in text or "负责" in text or "主责" in text or "主办" in text or "统筹" in text)  # the rules stage); every match of ``_LED_BY`` these
    if not (charge or led or "由" in text):
        return _ug17.with_directed(text, offset, more_charge_clauses(text, offset, hits))  # (r15 ug15; r17 ug17)
    for m in (_CHARGE.finditer(text) if charge else ()):
        units = m.group("units")
        if not (is_unit_cell(units) or _udd.office_named_by_verb(units)) or units.startswith(("各", "相关", "有关")) or _ROLE_WORD.fullmatch(units):
            continue  # a collective (``各学校负责…``) names everyone; ``牵头单位负责`` names a role
        lead = split_units(units)
        if any(_NOT_A_NAME.search(u) or (_TASK_VERB_START.match(u) and not _udd.office_named_by_verb(u))  # (r20 unitW31)
               or not (is_unit_cell(u) or _udd.office_named_by_verb(u)) or _GENERIC_PARTY.match(u)
               for u in lead):
            continue  # ``据…督查室``, ``继续实施…``, ``实行“政府``: a clause, not a list of names; ``使用部门``: no name
        if m.group("with") and not is_unit_cell(m.group("with")):
            continue
        if m.group("named") and not _names_only(m.group("named")):
            continue  # ``会同`` then a comma: only a list of organisations' names says who helps
        # ``会同编制、财政、公安等单位``: the tail says the listed items are units
        resp = split_units(m.group("with") or m.group("listed") or m.group("named") or "")
        task = m.group("task").strip()
        if task.startswith("、"):
            continue  # ``由甲局负责、乙局协助``: the next role part, no task (``_LED_BY``'s)
        if re.fullmatch(_BARE_DOING, task):
            continue  # ``该项工作由甲局负责实施``: no task after the verb; the task named before it is ``_LED_BY``'s
        if _SYSTEM_OF_DUTIES.search(task):
            continue  # ``形成甲部门统筹,乙部门负责发证的管理体制``: a system described, no task put on a unit (U7)
        if m.group("listed") and len(re.sub(r"^(?:共同|联合)", "", task)) < 4:
            continue  # ``…等六个部门一并组成``: a headline's restatement, no task named
        end = m.end()
        # ``…,县编办、县财政局等单位要按照职责分工密切配合``: the next clause names who assists
        if (more := _ASSIST_AFTER.match(text, end)) is not None \
                and (helpers := assisting_units(more.group("units"), more.group("tail"))):
            resp += helpers
            end = more.end()
        # ``该园由甲局负责…``: the quote runs from ``由`` (U7), which the match leaves before it after a subject
        start = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == "由" else m.start()
        hits.append(AssignmentHit(offset + start, offset + end, task, lead, resp, cue="charge_clause"))
    if led:
        _add_units_before_tasks(_LED_BY, text, offset, hits, min_task=4, cue="led_by")
        for h in hits:
            # ``修好水渠由甲局牵头,乙局、丙局等部门协作``: the assisting clause after a task led by a unit (U7)
            # (U7: the assisting clause is the task's whether the sentence ends there or goes on with what is done,
            # ``…由甲局牵头,乙、丙等部门配合,对果园进行检查``)
            if h.cue == "led_by" and (more := _ASSIST_AFTER.match(text, h.end - offset)) is not None \
                    and (units := assisting_units(more.group("units"), more.group("tail"))) \
                    and (text[(k := _ugB15.help_doing_end(text, more.end())):k + 1] in ("", "。", ";", "；", "\n", ",", "，")):
                h.responsible = h.responsible + units  # (r15 ugB15: ``…,乙局配合实施``: the bare doing closes the clause)
                h.end = offset + k
        # ``…由甲局牵头、乙局配合``: a ``、`` after the verb only before the helpers' clause (else a list of doings)
        hits[:] = [h for h in hits if not (h.cue == "led_by" and text[h.end - offset:h.end - offset + 1] == "、")]
    if "会同" in text:
        _add_subject_with(text, offset, hits)
    if charge and ("承担" in text or "作为" in text or "设在" in text):
        _add_units_before_tasks(_CARRIED_CHARGE, text, offset, hits, min_task=0, cue="carried_charge")
    if "由" in text:
        hits += [h for h in find_by_unit_doing(text, offset) if not any(o.start < h.end and h.start < o.end for o in hits)]
        hits.sort(key=lambda h: h.start)
    hits += more_charge_clauses(text, offset, hits)  # (r15 ug15)
    hits += [AssignmentHit(offset + a, offset + b, t, u, [], cue="project_in_charge_of") for a, b, t, u in  # (r16 ug16)
             _ug16.project_in_charge_of(text) if not any(h.start < offset + b and offset + a < h.end for h in hits)]
    hits = _ug17.with_directed(text, offset, hits)  # (r17 ug17)
    hits = hits + _ubc.bare_charges(text, offset, hits)  # (r20 unitR20) ``…。由甲局负责,…``: the task named before
    hits = hits + _udd.defined_duties(text, offset, hits)  # (r20 unitW31) ``X是…部门,主要负责Y``
    return hits + _udd.after_opening_mark(text, offset, hits, find_charge_clauses)  # (r20 unitW31) ``3、甲办…负责``


# the opening of a sentence put on a named organisation with a verb other than a role's: ``由甲局采购…``, ``由乙馆创作…``
_BY_OPEN = re.compile(r"(?:(?<=^)|(?<=[。;；!！?？\n]))\s*(?:均|则|并|再)?由(?!于|此)")
# the short name of a level's finance office, the one who pays (``由县财政安排``, ``由市财政列支``)
_FINANCE = re.compile(r"^(?:[省市州区县]级?|本级)财政$")
# the parts after a first name that go on with the same organisation (``甲局办公室``, ``甲局、乙局``)
_SUB_UNIT = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:办公室|中心|大队|支队|分局|分公司|委员会|工作组|领导小组|专班)"
                       r"|公所|人民政府|政府|办事处|街道办)")
# a sentence that reports what was done (``由甲局组织了…``, ``已由…``): status, no task put on a unit
_DONE = re.compile(r"了|已经|已于|业已|完毕")
# the verbs that open the clause of another cue (``负责``, ``牵头``, ``会同``) or say no doing of the unit's
_OTHER_VERB = re.compile(rf"^(?:{alternation(ROLE_VERBS)}|会同|联同|联合|的|之|和|与|及|、|等)"
                         # an attribute, no doing (``由甲馆主办的汇演…``, ``由乙局编制的规划…``)
                         r"|^[\u4e00-\u9fff]{1,2}的"
                         # a person of the unit (``由甲局局长主持…``, ``由乙馆副馆长…``): people, no unit (U4a)
                         r"|^副?[\u4e00-\u9fff]?(?:长|主任|书记|领导|负责人|同志|人员|干部)")
# an item's inline title right before the sentence (``(二)送果下乡工程。由…``): the task's own title (U2)
_ITEM_TITLE = re.compile(r"^\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}、)"
                         r"\s*(?P<title>[^。;；,，:：!！?？\d]{2,30})。\s*$")


def _by_unit_name(clause: str) -> int:
    """The length of the organisations' names that open ``clause`` (``市文化馆创作…`` -> 4, ``甲局、乙局安排…`` -> 5),
    0 if none: each the shortest opening that reads as a unit's name, with a sub-unit after it kept (``甲局办公室``),
    the next name after ``、`` (not ``和``: ``文化和旅游局`` is one name)."""
    at = 0
    while True:
        k = next((k for k in range(at + 2, min(at + 20, len(clause) - 2) + 1)
                  if clause[k] not in "门长员们"  # (``教育部门``, ``局长``, ``委员``: the word goes on)
                  and ((_FINANCE.match(clause[at:k]) and clause[k] not in "局厅所")
                       or (_ORG_END.search(clause[at:k]) and is_unit_cell(clause[at:k])))), 0)
        if not k:
            return 0
        if (sub := _SUB_UNIT.match(clause, k)) is not None:
            k = sub.end()
        if clause[k:k + 1] != "、":
            return k
        at = k + 1


# what a budget does with money: ``安排专项资金``, ``列支``, ``拨付经费``, ``统筹解决``, ``承担费用``, ``支出``
_PAYS = re.compile(r"^(?:[^,，。;；]{0,4}?)(?:安排|统筹|拨付|拨出|列支|支出|支付|承担|负担|补助|保障|解决|给予|筹措|筹集)"
                   r"[^,，。;；]{0,12}?(?:资金|经费|费用|款|列支|支出|预算)")


def pays_from(doing: str) -> bool:
    """The clause after ``由X`` says where money comes from (``由县财政安排专项资金列支``, ``由市级财政统筹解决经费``,
    ``由學校支付費用`` after t2s): a funding channel, not a task put on a unit (eval/README.md U7b and its second-pass
    note: a stated source of funds gives no row)."""
    return _PAYS.match(doing) is not None


def find_by_unit_doing(text: str, offset: int = 0) -> list[AssignmentHit]:
    """A sentence that opens with ``由`` and a named organisation, then what it does (``由甲馆创作一批节目``,
    ``由县财政安排专项资金``): the organisation leads that task (U7 ``(由)X负责Y`` with the verb of the doing itself).
    task = the clause after the name, or the item's inline title right before the sentence
    (``(二)送果下乡工程。由甲公司采购…`` -> ``送果下乡工程``); the quote runs from the title or ``由`` to the end of the
    clause. Not: a collective (``由各校自行…``), a role verb left to the other cues (``由甲局负责…``), a report of what was
    done (``由甲局组织了…``), ``由于``, a budget the money comes from (``由县财政安排专项资金列支``: ``pays_from``, U7b)."""
    hits: list[AssignmentHit] = []
    if "由" not in text:
        return hits
    for m in _BY_OPEN.finditer(text):
        stop = _CLAUSE_SEP.search(text, m.end())
        clause = text[m.end():stop.start() if stop else len(text)]
        k = _uwl.past_cut_word(clause, whole_name_end(clause, _by_unit_name(clause)))  # (r21 unitA21)
        if not k:
            continue
        name, doing = clause[:k], clause[k:]
        if len(doing) < 2 or "等" in name or _OTHER_VERB.match(doing) or name.startswith(("各", "相关", "有关")) \
                or _ROLE_WORD.fullmatch(name) or _is_person(name) or _GENERIC_PARTY.match(name) or pays_from(doing):
            continue
        sent_end = _SENTENCE_STOP.search(text, m.end())
        if _DONE.search(text, m.end(), sent_end.start() if sent_end else len(text)):
            continue
        start, task = m.end() - 1, doing
        if (title := _ITEM_TITLE.match(text[:m.start()] + "")) is not None and not is_unit_cell(title.group("title")):
            start, task = title.start("title"), title.group("title")
        else:
            start = m.start() + len(m.group()) - len(m.group().lstrip())
        units = split_units(name)
        shared = re.match(r"共同|分别|分工", doing) is not None  # ``由甲局、乙局共同…``: sharers, no one leads (U7)
        hits.append(AssignmentHit(offset + start, offset + m.end() + len(clause), task.strip(),
                                  [] if shared else units, units if shared else [], cue="by_unit_doing"))
    return hits


# a ``负责`` clause that only qualifies the system it describes: ``…负责发证的管理体制`` (eval/README.md U7: not
# ``形成文化行政部门负责…的格局``, also where the units stand after a comma of that sentence)
_SYSTEM_OF_DUTIES = re.compile(r"的[^的,，。;；]{0,16}(?:体制|机制|格局|模式)$")
_OPENER = re.compile(r"[^。;；,，:：\s]{1,8}[,，]\s*")


def _add_subject_with(text: str, offset: int, hits: list[AssignmentHit]) -> None:
    """``甲局印发《…》,将会同乙局、丙局2部门,修好水渠``: the unit that opens the sentence leads (U4c ``X会同Y``: X lead,
    Y responsible), the listed units answer for the task; the quote runs from the sentence's start."""
    taken = [(h.start - offset, h.end - offset) for h in hits]
    for m in _SUBJECT_WITH.finditer(text):
        s0 = max(text.rfind(c, 0, m.start()) for c in "。;；\n") + 1
        s0 += len(text[s0:m.start()]) - len(text[s0:m.start()].lstrip())
        if any(a < m.end() and s0 < b for a, b in taken):
            continue
        # a short opener before the subject (``近日,``, ``5月8日,``): the subject opens the next part
        if (opener := _OPENER.match(text, s0, m.start())) is not None \
                and not leading_units(text[s0:opener.end()].rstrip(" ,，")):
            s0 = opener.end()
        lead = leading_units(text[s0:m.start()])
        resp = split_units(m.group("listed"))
        if text[m.end("listed"):m.end("listed") + 1] in (",", "，") and not _names_only(m.group("listed")):
            continue  # no ``等…部门`` closes the list: only organisations' names say who helps
        if len(lead) != 1 or not resp or not all(is_unit_cell(u) for u in resp):
            continue
        hits.append(AssignmentHit(offset + s0, offset + m.end(), m.group("task").strip(), lead, resp,
                                  cue="subject_with"))
    hits.sort(key=lambda h: h.start)


def _add_units_before_tasks(pattern: re.Pattern[str], text: str, offset: int, hits: list[AssignmentHit],
                            min_task: int, cue: str) -> None:
    """Add the matches of ``pattern`` (groups ``units`` and ``task``: units that lead a task) that overlap no hit
    already found and whose units are real names, in text order; each names ``cue``."""

    taken = [(h.start - offset, h.end - offset) for h in hits]
    for m in pattern.finditer(text):
        units = m.group("units")
        if len(m.group("task").strip()) < min_task or any(a < m.end() and m.start() < b for a, b in taken) \
                or not is_unit_cell(units) \
                or units.startswith(("各", "相关", "有关")) or _ROLE_WORD.fullmatch(units):
            continue
        lead = split_units(units)
        if any(_NOT_A_NAME.search(u) or (_TASK_VERB_START.match(u) and not _udd.office_named_by_verb(u))  # (r20 unitW31)
               or not is_unit_cell(u) or _GENERIC_PARTY.match(u)
               for u in lead):
            continue
        hits.append(AssignmentHit(offset + m.start(), offset + m.end(), m.group("task").strip(), lead, [], cue=cue))
    hits.sort(key=lambda h: h.start)


# ``甲局承担全县果园监管责任,并负责发放许可``, ``甲局作为…的牵头单位,承担…,负责…``: the unit that takes on a duty is
# the subject of the ``负责`` clause that follows it in the same sentence
_CARRIED_CHARGE = re.compile(r"(?:(?<=^)|(?<=[。;；,，:：\s]))(?P<units>[^。;；,，:：\s由]{2,30}?)(?:承担|作为|设在)[^。;；]{2,80}?"
                             r"[,，](?:并|同时|还)?负责(?!人|同志|制|的|任)(?P<task>[^。;；]{2,60}?)(?=[。;；]|$)")


# (a title's bracket never falls inside a list of units: ``按照甲委、乙委《支持…》精神`` cites a document whose title
# opens with an assisting verb, it names no helper)
_ASSIST_AFTER = re.compile(r"[,，、]\s*(?P<units>[^。;；,，《》]{2,120}?)(?P<tail>等(?:有关|相关)?(?:部门|单位))?(?:要|应|须)?"
                           rf"(?:按照|按)?(?:职责分工|各自职责|职责)?(?:积极|密切|共同|全力|主动)?(?:协同|协助)?{alternation(ASSIST_VERBS)}")


# a book-title mark inside a list: the words name a document (``甲委《支持果农…》``), not who helps
_TITLE_MARK = re.compile(r"[《》〈〉]")
# the prepositions a clause of what is done opens with (not ``经``/``由``: ``经信局`` is a unit's name)
_CLAUSE_OPEN = re.compile(r"(?:按照|根据|依据|依照|遵照|对照|针对|围绕|通过|对于|为了|在|对|向|从|将|把|按)")


def names_a_clause(units: str) -> bool:
    """Words in the place of a unit list that read as a clause: an item that opens with a preposition or a verb
    (``按照甲部``, ``对乙局``), or a book title's mark (``乙委《支持…``): the text after a comma goes on with
    what is done (``…,按照甲部、乙委《关于支持…的意见》精神,…``), it names no helpers."""
    if _TITLE_MARK.search(units):
        return True
    return any(_CLAUSE_OPEN.match(u) for u in split_units(units))


_SHORT_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_SHARED_UNIT_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:部门|单位)$")


def assisting_units(units: str, tail: str | None = None) -> list[str]:
    """The units of an assisting clause (``乙局、丙局配合``), or [] when the words name no organisations. A list of
    short department names shares the word that closes it (``公安、交通、市场监管部门``, ``教育、卫生、城管等部门``): the
    closing ``部门``/``单位`` says each listed word names a department, so the bare names are units as written.
    A clause is no list of helpers (``…,按照甲部、乙委《支持…》精神,…``: a document's name, a preposition)."""
    if names_a_clause(units):
        return []
    if is_unit_cell(units):
        return split_units(units)
    names = split_units(units)
    if len(names) < 2 or not all(_SHORT_NAME.match(n) or _SHARED_UNIT_WORD.match(n) for n in names):
        return []
    if tail or _SHARED_UNIT_WORD.match(names[-1]):
        return names
    return []


def _row_start(text: str, floor: int, pos: int) -> int:
    """Where the row ending before ``pos`` starts: after the last glued row number that opens a row on
    its line (at the line's start, after the glued header, or right after the last row's role verb),
    else after the last list marker, else at the line's start (not before ``floor``)."""
    floor = max(floor, text.rfind("\n", 0, pos) + 1)
    starts = [n.end() for n in _GLUED_ROW_NO.finditer(text, floor, pos)
              if not text[floor:n.start()].strip() or _ROW_BEFORE.search(text, floor, n.start())]
    if starts:
        return starts[-1]
    marks = [m.end() for m in _ITEM_MARK.finditer(text, floor, pos)]
    seg = text[floor:pos]
    return marks[-1] if marks else floor + len(seg) - len(seg.lstrip())


_ROW_BEFORE = re.compile(rf"(?:序号|任务|单位|部门|措施|内容|事项|{alternation(ROLE_VERBS)})\s*$")


# a label closed by a colon, or set in black brackets (``【牵头单位】``, ``〔责任单位〕``, ``[配合单位]``)
_LABEL_OPEN = r"(?:[【〔\[]\s*)?"
_LABEL_CLOSE = r"(?:\s*[】〕\]]\s*[:：]?|\s*[:：])"
_LABEL = re.compile(rf"{_LABEL_OPEN}(?P<label>{LEAD_LABEL}|{RESP_LABEL}){_LABEL_CLOSE}")


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
        labels = parse_label_line(text, keyed)
        if labels is None:
            break
        got_lead, got_resp = labels
        step = 1
        m = _LABEL.match(text)
        if not got_lead and not got_resp and m is not None and not text[m.end():].strip(" ;；,，。") \
                and used + 1 < len(paragraphs) and parse_label_line(paragraphs[used + 1]) is None \
                and is_unit_cell(paragraphs[used + 1]):
            units = split_units(paragraphs[used + 1].strip().rstrip("。;；"))  # the label's units, next line
            is_lead = re.fullmatch(LEAD_LABEL, m.group("label")) is not None
            got_lead, got_resp = (units, []) if is_lead else ([], units)
            step = 2
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
    """Labels that close a task without brackets: ``1、学前教育促进,牵头单位:市教体局。``. The task is the
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
_SPACED = re.compile(rf"{_LABEL_OPEN}(?P<label>{_END_LABEL}|{_PEOPLE_LABEL}|{LEAD_LABEL}|{RESP_LABEL}){_LABEL_CLOSE}")
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


# a bracket that closes a unit's name, its other name or its part (``县发改局(物价局)``): the unit's own (U3), no run-on
_OWN_BRACKET = re.compile(r"[(（][^()（）,，;；。:：]{1,12}[)）][\]】〕]?")


def leading_units(body: str) -> list[str]:
    """The units a list opens with, where it runs on into other text without a break (``市公安局、市城管局,
    各区政府鄞州海曙…``): items kept while they read as units; the first that does not is cut after its
    longest head that does, and ends the list."""

    def unit(x: str) -> bool:
        x = _LEAD_MARK.sub("", x)  # ``甲局(牵头)``
        return is_unit_cell(x) and bool(_UNIT_SUFFIX.search(x))

    out: list[str] = []
    items = split_units(body)
    for n, item in enumerate(items):
        if n == len(items) - 1 and len(item) > 8 and (inner := re.search(r"(?:局|委|办|厅|中心|公司)(?=.{3,})", item)) \
                and not _LEAD_MARK.fullmatch(item[inner.end():]) and not _OWN_BRACKET.fullmatch(item[inner.end():]):
            item = item[:inner.end()]  # the list's last unit runs on into the next text: ``…供电局东城西城``
        if unit(item):
            out.append(item)
            continue
        head = next((item[:k] for k in range(len(item) - 1, 1, -1) if unit(item[:k])), None)
        if head:
            out.append(head)
        break
    return out


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


def find_spaced_labels(text: str, offset: int = 0) -> list[AssignmentHit]:
    """Labels that follow their task on the same line: ``2.新辟公交线路10条。 牵头领导:张三 责任单位:市交通委
    项目责任人:李四 配合单位:市公安局、市城管局 实际完成情况:…`` (the normaliser has dropped the spaces).
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
        if task and (lead or resp):
            if at < m.start() and (close := re.match(r"[^()（）\n]*?[)）]", text[end:])) is not None:
                end += close.end()  # (U5: to the closing bracket)
            hits.append(AssignmentHit(offset + qstart, offset + end, task, lead, resp, cue="spaced_labels"))
            prev_end = end
        i = max(j, i + 1)
    return hits


_UNIT_HEADING = re.compile(
    r"^(?P<units>[^,，。:：;；]{2,40}?)(?:牵头工作|牵头任务|牵头事项|工作职责|主要职责|职责(?:和|与|、)?任务|职责分工|职责)"
    r"\s*(?:[(（]\s*\d+\s*项\s*[)）])?\s*[:：]?$")


_BARE_UNIT_HEADING = re.compile(
    r"[\u4e00-\u9fff()（）]{1,12}?(?:局|委|办|办公室|部|处|室|科|所|中心|集团|工会|委员会|学生会|管委会|队|站|厅|股)")
# the last characters of _BARE_UNIT_HEADING's endings: a title without any lists no unit
_UNIT_END_CHAR = re.compile(r"[局委办室部处科所心团会队站厅股]")
_REGION_PART = re.compile(r"(?:东|西|南|北|中|全|内|外|局)部$")
# a heading that opens with a verb names a task (``建设村级综合服务场所``), not its unit
_TASK_VERB_START = re.compile(r"^(?:建设|加强|推进|推动|提高|提升|完善|实施|开展|新建|改建|打造|深化|健全|加快|强化|落实|"
                              r"优化|促进|做好|抓好|办好|扩大|保障|构建|建立|创建|设立|发展|规范|支持|鼓励)")


def bare_unit_heading(title: str) -> list[str] | None:
    """A heading that is one organisation's name and nothing else (``二、教务处``, ``(三)后勤服务中心``):
    the items below it are that unit's tasks. A region (``东部``) or a place is no such heading."""

    t = _LEAD_MARK.sub("", title.strip().rstrip("。:："))  # ``(一)甲局(牵头)``: the unit, marked as the lead it is
    if not (_BARE_UNIT_HEADING.fullmatch(t) or _ugB15.mass_org_name(t)) or _REGION_PART.search(t) or _TASK_VERB_START.match(t) or not is_unit_cell(t):
        return None
    units = split_units(t)
    return units if len(units) == 1 else None


def unit_list_heading(title: str) -> list[str] | None:
    """A heading that lists organisations' names and nothing else (``一、甲局、乙委。`` before their duties):
    the units the duties that follow are put on; None when an item is not a bare unit name."""
    if not title or any(c in title for c in ",，;；:：。") or _UNIT_END_CHAR.search(title) is None:
        return None  # (every bare unit heading ends in a character of _UNIT_END_CHAR, and its items are the title's)
    items = split_units(title.strip())
    if not items or len(items) > 8 or not all(bare_unit_heading(it) for it in items):
        return None
    return items


def units_of_heading(title: str) -> list[str] | None:
    """The units a heading names as the owner of the items below it: ``县文旅局牵头工作(8项)``,
    ``卫生部门职责、任务`` -> [the unit]; None for any other heading."""

    m = _UNIT_HEADING.match(title.strip())
    if m is None or not is_unit_cell(m.group("units")):
        return None
    units = split_units(m.group("units"))
    return units or None


_SENTENCE_STOP = re.compile(r"[。!！?？]")


def duties_of_unit_title(text: str, offset: int, title_start: int, body_start: int,
                         units: list[str]) -> AssignmentHit | None:
    """The duties after an inline title that lists units (``甲局、乙委。负责蓝果种植,…。督促…``): one
    assignment, the units lead; the task is the body's first clause, the quote runs from the title to the
    end of the body's first sentence."""
    body = text[body_start:]
    lead_blank = len(body) - len(body.lstrip())
    stop = _SENTENCE_STOP.search(body, lead_blank)
    end = body_start + (stop.start() if stop else len(body.rstrip()))
    first = text[body_start + lead_blank:end]
    task = _CLAUSE_SEP.split(first, maxsplit=1)[0].strip()
    if len(task) < 2:
        return None
    return AssignmentHit(offset + title_start, offset + end, task, list(units), [], cue="unit_list_title")


_MARKER_KINDS = (("paren-numeral", re.compile(r"^\s*[(（][一二三四五六七八九十]{1,3}[)）]")),
                 ("paren-digit", re.compile(r"^\s*[(（]\d{1,2}[)）]")),
                 ("numeral", re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")),
                 ("digit", re.compile(r"^\s*\d{1,2}\s*[、.．](?!\d)")))


def item_marker_kind(text: str) -> str | None:
    """The kind of the list marker a line opens with: ``(二)`` paren-numeral, ``(2)`` paren-digit, ``二、``
    numeral, ``2.`` digit; None without one. Items of one list share their kind."""
    for kind, pattern in _MARKER_KINDS:
        if pattern.match(text):
            return kind
    return None
