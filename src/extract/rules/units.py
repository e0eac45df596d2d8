"""Unit assignments: task-table rows and ``(牵头单位:...;责任单位:...)`` in running text."""

from __future__ import annotations

import functools
import re

from extract.rules import unit_heading_brackets as _uhb, unit_slash_names as _usn  # (unitC24); (unitA30)
from extract.rules.unit_function_bodies import function_body_name  # (unitA25)
from extract.rules import field_run_lines as _fields  # (goalA35) a numbered field glued to a unit list
from dataclasses import dataclass

# module-level, not per call: a function's own import costs ~1.7 us a call, and these run per paragraph
from extract.cues import _UNIT_SUFFIX, is_unit_cell, key_note, strip_duty_tail
from extract.roles import (principal_leads, ASSIST_VERBS, CHARGE_VERBS, HELP_VERBS, LEAD_LABEL, LEAD_VERBS,
                           RESP_LABEL, ROLE_ADVERBS, ROLE_VERBS, alternation, verb_role)
from extract.rules.unit_cells import _LEAD_MARK, apply_lead_marks, labelled_cell_roles
from extract.rules import label_values as _lv
from extract.rules.unit_lists import JOINT
from extract.rules.unit_clauses import time_only_task
from extract.rules import unit_labels as _ugB15
from extract.rules import unit_evidence as _uev
from extract.rules.unit_name_tails import branch_tail
from extract.rules import rule_clarifications as _rcl  # (confB19) U4b

# the labels of the lead's and the responsible units' lists: ``extract.roles`` (every reader's vocabulary); the list in
# round, square or black brackets (``[牵头单位:…]``, ``【…】``; not ``〔``, which opens a document's number ``〔2031〕``)
# a character of a unit list inside a label bracket: a line break only where a wrapped line goes on to close the bracket
# (``(责任单位:基建`` / ``装备科,各项目学校)`` in text cut into lines of a page's width)
_LIST_CH = r"(?:[^()（）\]】〔〕:：。\n]|\n(?=[^()（）\]】〕。\n]{1,60}[)）\]】]))"
# (``〔`` is no list character: it opens a qualifier bracket after the next label, ``责任处室〔单位〕:``, or a nested note)
# a bracketed word that widens a label to other kinds of unit (``责任处室(单位):``, ``牵头科室〔部门〕:``): part of the label
_QUALIFIER = r"(?:\s*[(（〔](?:单位|部门|机构|单位部门)[)）〕])?"
_BARE_NAME_CLOSES = r"(?=(?![为為是])[^()（）:：。\n;；,，、]{2,30}?(?:局|委|办|院|会|部|厅|中心|政府|公司)[)）])"
from extract.rules.unit_level_labels import LEVEL_HEAD as _LEVEL_HEAD, without_level_tail as _without_level_tail  # (unitA27)
_ASSIGN = re.compile(
    # (lead49) the colon lost between a label and the one name that closes the bracket (``(牵头责任单位某县教育局)``)
    rf"[(（\[【]\s*{_LEVEL_HEAD}(?P<l1>{LEAD_LABEL}|{RESP_LABEL}){_QUALIFIER}\s*(?:[:：]|{_BARE_NAME_CLOSES})\s*(?P<a>{_LIST_CH}*(?:[(（〔][^()（）〔〕]*[)）〕]{_LIST_CH}*)*?)"
    # (unitA27) a supervising label between the lists (``;督导单位:某市住建局;``): no role and no units (U4a)
    rf"(?:\s*[;；,，。]?\s*{_LEVEL_HEAD}(?:督导|督查|督办|督導|督辦)(?:单位|部门|單位|部門)\s*[:：][^;；,，。()（）:：]{{0,40}})?"
    rf"(?:\s*[;；,，。]?\s*{_LEVEL_HEAD}(?P<l2>{RESP_LABEL}|{LEAD_LABEL}){_QUALIFIER}\s*[:：]\s*(?P<b>{_LIST_CH}*(?:[(（〔][^()（）〔〕]*[)）〕]{_LIST_CH}*)*?))?"
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


# (r25 unitB25) a name that opens with its place's own name and level (``某口县妇联``) after an organisation's ending: the
# blanks between the names of a cell or label were dropped with the spaces between CJK characters (``某口县妇联 某口县团委``)
# (r30 lexA30) a joint before the next name's level (``甲局和县乙委``, ``甲局及市乙局``) is no place's name: the joint is read by
# ``_serial_last`` and ``unit_lists``, never glued to the name after it
_GLUED_PLACE_NAME = re.compile(r"(?<=[局委办部院厅联协会队馆站所心社校])(?!事处)(?!(?:以及|及|和|与)[省市县区])"
                               r"(?=[\u4e00-\u9fff]{1,3}(?<!社)[省市县区]"
                               r"[\u4e00-\u9fff]{1,14}?(?:局|委|办|部|院|厅|联|协|会|队|馆|站|所|中心|社|店|校|公司|政府))")
_BRANCH_END = re.compile(r"(?:分局|分中心|分院|分所|分公司|支队|大队|中队|派出所)$")


def _split_glued_names(part: str) -> list[str]:
    """Two organisations' names run together without a separator (``县委宣传部县文旅局``): split where
    a name ending like an organisation is followed by one that opens with a level (区, 县, 市, 省), or where a
    bureau's section (``…股``) is followed by another unit's name (``文体股图书馆``); (r25) or by one that opens with its
    place's name and level (``某口县妇联某口县团委``: a list whose blanks were dropped), unless the second is a branch of
    the first (``市规划局某区分局``)."""

    pieces = [p for p in _GLUED_NAME.split(part) if p]
    if len(pieces) > 1 and all(len(p) >= 3 and is_unit_cell(p) for p in pieces):
        return pieces
    if len(part) >= 8:
        pieces = [p for p in _GLUED_PLACE_NAME.split(part) if p]
        places = [m.group() if (m := _PLACE_OPEN.match(p)) else None for p in pieces]
        shared = {pl for pl in places if pl and places.count(pl) >= 2}  # a place the list's names share (``某口县``)
        if len(pieces) > 1 and len(pieces[0]) >= 3 and (is_unit_cell(pieces[0]) or places[0] in shared) \
                and all(len(p) >= 4 and (is_unit_cell(p) or pl in shared) and not _BRANCH_END.search(p)
                        for p, pl in zip(pieces[1:], places[1:])):
            return pieces
    return [part]


_PLACE_OPEN = re.compile(r"^[\u4e00-\u9fff]{1,3}[省市县区]")


# the last joint of a serial list (``甲局、乙处及丙中心``): ``及``/``和``/``与`` after a whole office's name and before another
# name; not inside a name (``人力资源和社会保障局``: the first part no office) nor before ``其`` (``甲局及其下属队``: one body)
_SERIAL_JOINT = re.compile(r"^(?P<a>[^()（）]{1,20}?(?:局|委|办|院|厅|府|室|队|站|所|部|处|科|中心|公司"
                           # (r30 lexA30) the other endings of an organisation's name (``甲县妇联和乙县残联``, ``甲集团及乙集团``,
                           # ``甲街道和乙街道``, ``甲委员会与乙协会``)
                           r"|联|会|集团|街道|馆|社|协))(?:以及|及|和|与|或者|或)"  # (unitA31) U3 ``或``/``或者``: two parties, as ``和``
                           r"(?!其)(?P<b>[^()（）]{2,24})$")


def _serial_last(item: str, depth: int = 0) -> list[str]:
    """The last item of a list separated by ``、`` (``乙处及丙中心`` of ``甲局、乙处及丙中心``): two units where a joint
    closes the list between two organisations' names (U3: the list's items), else the item as it is; a second joint
    after the first (``甲处和乙处及丙单位``) is read the same way."""
    m = _SERIAL_JOINT.match(item.strip())
    # (r30 lexA30) the list's trailing ``等`` is no part of the last name (``丙局等``)
    if m is None or not is_unit_cell(m.group("a")) or not is_unit_cell(_TRAILING_JOINT.sub("", m.group("b")) or m.group("b")):
        return [item]
    return [m.group("a")] + (_serial_last(m.group("b"), depth + 1) if depth < 3 else [m.group("b")])


# a body with its own parts after a joint (``甲局及所属学校``, ``乙科和直属单位``, ``丙局与相关部门``): no second unit here
_PART_PAIR = re.compile(r"(?:及|和|与)(?:其|所属|下属|直属|属下|相关|有关|各)")


def inner_serial_joints(items: list[str]) -> list[str]:
    """``items`` (a list split on ``、``/``,``) with each item but the last that joins two organisations' names
    (``乙局和丙局`` of ``甲局、乙局和丙局,各镇街``: the last joint of a group of the list, ``和``/``及``/``与``/``以及``)
    read as two units (``_serial_last``), as the list's last item is (a collective's, ``各乡镇政府和街道办事处``, too); not
    one body with its parts (``相关科室和直属单位``, ``甲局及所属学校``, ``_PART_PAIR``)."""
    out: list[str] = []
    for item in items[:-1]:
        if ("及" in item or "和" in item or "与" in item or "或" in item) and not _PART_PAIR.search(item):
            out += _serial_last(item)
        else:
            out.append(item)
    return out + items[-1:]


_LONE_MARK = re.compile(rf"[(（]{alternation(LEAD_VERBS + HELP_VERBS)}(?:单位|部门)?[)）]")
_BROKEN_NAME_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


# a pair that is one collective or one body with its own parts (``相关科室和直属单位``, ``甲局及所属学校``): no two units
_COLLECTIVE_PAIR = re.compile(r"^\s*" + _COLLECTIVE_HEAD + r"|(?:及|和|与)(?:其|所属|下属|直属|属下|相关|有关|各)")


def split_units(cell: str) -> list[str]:
    """Split a unit list on 、,;, and spaces, never inside brackets; drop a trailing 等/及. In a list
    separated by ``、`` a space between two characters is where a line broke inside a name
    (``教育部、国家 卫生健康委``), not a separator. (speedA30) A pure function of the cell, memoised: a page's cells and
    headings are split again by several readers (two calls in three on the seeds); each call gets a list of its own."""
    return list(_split_units_memo(cell))


@functools.lru_cache(maxsize=4096)
def _split_units_memo(cell: str) -> tuple[str, ...]:
    return tuple(_split_units(cell))


def _split_units(cell: str) -> list[str]:
    """``split_units``, each time."""
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
    if ("及" in out[-1] or "和" in out[-1] or "与" in out[-1] or "或" in out[-1]) and (len(out) > 1 or not _COLLECTIVE_PAIR.search(out[0])):
        out[-1:] = _serial_last(out[-1])  # (r25 unitB25: a named pair too, ``甲局和乙委``; ``相关科室和…``: one collective)
    if len(out) > 1:
        out = inner_serial_joints(out)  # (r30 lexA30) ``甲局、乙局和丙局,各镇街``: the joint of a group before the last
    units = []
    for u in out:
        # ``区教委等及各镇街``, ``民政局等相关部门``: a joint before a collective tail, not a unit
        for part in _JOINT_TAIL.split(u):
            part = part.strip().rstrip("。.")
            part = _TRAILING_JOINT.sub("", part).strip()
            if "." in part or "．" in part:
                part = _fields.before_glued_field(part)  # (goalA35) ``篮球社八.申请计划类型:团``: the next field glued on
            if part and part != "/" and not _DEADLINE_PART.match(part):  # ``…,6月底完成)``: a deadline
                units += _split_glued_names(part)
    return units


def split_roles(cell: str, lead_column: bool = True) -> tuple[list[str], list[str]]:
    """(lead, responsible) of a unit cell: ``X会同Y`` makes X lead and Y responsible; the other units
    take the column's role. (speedA30) Memoised as ``split_units``: lists of the caller's own."""
    lead, resp = _split_roles_memo(cell, lead_column)
    return list(lead), list(resp)


@functools.lru_cache(maxsize=4096)
def _split_roles_memo(cell: str, lead_column: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    lead, resp = _split_roles(cell, lead_column)
    return tuple(lead), tuple(resp)


def _split_roles(cell: str, lead_column: bool = True) -> tuple[list[str], list[str]]:
    """``split_roles``, each time."""
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
    if ":" not in text and "：" not in text and not (("单位" in text or "部门" in text) and re.search(_BARE_NAME_CLOSES, text)):
        return hits  # every label is followed by a colon (as in ``find_spaced_labels``), (lead49) or closes its bracket on one name
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
            body = _without_level_tail(body) if i == 0 and len(lists) == 2 else body  # (unitA27) ``甲局;县级配合单位:``
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
_LOST_CLOSE = re.compile(r"(?<=[。;；!！?？])\s*(?:[(（](?P<body>[^()（）\n]{2,300}?)"
                         # (r25 unitB25) an outer bracket of a nesting pair, cut too: ``[甲委(乙局)`` (a unit's own bracket kept)
                         r"|[\[〔【](?P<nested>(?:[^()（）\[\]〔〕【】\n]|[(（][^()（）\n]{1,20}[)）]){2,300}?))[、,，;；\s]*$")


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
    elif (outer := max(text.rfind("["), text.rfind("〔"), text.rfind("【"))) > max(text.rfind("]"), text.rfind("〕"), text.rfind("】")) \
            and (lost := _LOST_CLOSE.search(text, max(0, outer - 8))) is not None and lost.group("nested"):
        brackets.append(lost)  # (r25 unitB25) ``…。[甲委(乙局)`` and the excerpt ends
    for m in brackets:
        before = text[:m.start()].rstrip()
        if before and before[-1] not in "。;；!！?？":
            continue  # the list closes a sentence; ``县(市、区)`` inside one is a name
        body = _ugB15.without_time_part(_KEY_TAIL.sub("", m.group("body") or m.group("nested")))  # (r15 ugB15: ``(甲局、乙局,2031年底前)``)
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


# (lead50) a lead word run into the next unit's level (``…省卫健委牵头省教育厅、…``: the line break after it was joined)
_GLUED_LEAD_WORD = re.compile(r"(?<=[局委厅办联会])(牵头|牽頭)\s*(?=[省市县縣区區州盟旗])")


def verb_roles(body: str) -> tuple[list[str], list[str]] | None:
    """``(区教委牵头,区财政局、区人社局配合)``, ``(市人社局、市医保局负责)``: units named by the verb
    that closes each part; 牵头 leads, the others answer for the task. None unless every part has one."""

    lead: list[str] = []
    resp: list[str] = []
    parts: list[tuple[str, list[str]]] = []  # (verb, units) of each part
    if "、" in body:
        body = _VERB_THEN_DUN.sub("，", body)  # ``甲局牵头、乙局配合``: the ``、`` after a role verb parts the roles
    if "牵头" in body or "牽頭" in body:
        body = _GLUED_LEAD_WORD.sub(r"\1，", body)  # (lead50) ``甲局、乙局牵头丙局、丁局…``: a joined line lost the comma
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
# (perf25) what no part of ``_ROLE_RUN`` holds before its verb (its ``[^。;；,，\n\d]``): the first part's verb stands before it
_RUN_PART_STOP = re.compile(r"[。;；,，\n\d]")
# (perf25) every verb of ``_ROLE_RUN`` holds one of these (``_RUN_VERBS`` leaves out ``统筹`` and ``具体实施``)
_RUN_PART_VERB = re.compile("|".join(map(re.escape, _RUN_VERBS + ("统筹", "具体实施"))))


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
        stop = _RUN_PART_STOP.search(text, end_m.end())
        if _RUN_PART_VERB.search(text, end_m.end(), len(text) if stop is None else stop.start()) is None:
            continue  # (perf25) a run's first part ends with a verb before any of ``。;；,，\n`` or a digit: none, no run
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


# a bracket that closes a unit's name, its other name or its part (``县发改局(物价局)``): the unit's own (U3), no run-on
_OWN_BRACKET = re.compile(r"[(（][^()（）,，;；。:：]{1,12}[)）][\]】〕]?")


# a name's last character that is the first of a verb going on after it (``抓紧办理``, ``及时处理``): no name ends there
# (lead49) nor a 所 that opens a function word (``提出所属学校``, ``各校所需``), nor the 办 of a verb (``承办``, ``督办``)
_VERB_CUT = re.compile(r"(?:办(?=理|结|好|妥)|辦(?=理|結|好|妥)|处(?=理|置)|處(?=理|置)|所(?=属|屬|有|需|在|辖|轄|涉|述)"
                       r"|(?<=[承督举舉协協创創开開兴興代交])(?:办|辦)|(?<=逐)[校村户戶级級项項个個])")  # (lead49) ``…部门逐校开展``: an adverb


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
        if len(item) > 5 and not unit(item) and (k := _unit_then_doing(item, unit)):
            out.append(item[:k])  # (lead44) ``…、区消防大队开展辖区书屋安全检查``, ``文旅局对书屋安全防范、…``: the name
            break  # runs on into the task, whose own 、 split the item (not ``教育局对校``, a head that ends like a school)
        if n == len(items) - 1 and len(item) > 8 and (inner := re.search(r"(?:局|委|办|厅|中心|公司)(?=.{3,})", item)) \
                and not _VERB_CUT.match(item, inner.start()) \
                and not _LEAD_MARK.fullmatch(item[inner.end():]) and not _OWN_BRACKET.fullmatch(item[inner.end():]) \
                and not branch_tail(item[inner.end():]):  # (unitB24) ``甲局乙分局``: a branch's name
            item = item[:inner.end()]  # the list's last unit runs on into the next text: ``…供电局东城西城``
        if unit(item):
            out.append(item)
            continue
        tail = _LIST_TAIL_IN.search(item, 1)  # (lead44) ``财政等部门深入开展图书馆…``: the list closes at ``等部门``, so the
        if tail is not None:  # item before it is a whole name or none, and no head runs past it
            head = item[:tail.start()] if unit(item[:tail.start()]) else None
        elif (cls := re.search(r"(?<=..)部门(?!单位)", item)) is not None and unit(item[:cls.end()]):
            head = item[:cls.end()]  # (lead50) ``教育主管部门深化…``: a class noun ends the name, no longer head runs past it
        else:
            head = next((item[:k] for k in range(len(item) - 1, 1, -1)
                         if unit(item[:k]) and not _VERB_CUT.match(item, k - 1)), None)  # (unitC24) not ``甲局抓紧办|理``
        if head:
            out.append(head)
        break
    return out


# (lead44) the class noun that closes a list of units (``…等部门``, ``…等有关单位``, ``…等三部门``)
_LIST_TAIL_IN = re.compile(r"等(?:有关|相关)?(?:[一二三四五六七八九十\d]{1,3}个?)?(?:部门|单位)")
# (lead44) a task's verb (or ``对`` before its object) right after a name, where a list of units runs on into the task
_DOING_AFTER_NAME = re.compile(r"(?=(?:开展|推进|推动|组织|加强|实施|落实|做好|抓好|完成|进行|对(?!口|接|外|内)))")


def _unit_then_doing(item: str, unit) -> int:
    """(lead44) Where the last item of a list of units holds a whole unit's name followed by a task's verb
    (``区消防救援大队开展辖区书屋安全检查``: ``区消防救援大队`` then ``开展…``), the end of that name; 0 when none. The
    first such place: a name that ends like an organisation later in the task (``…托育机构``) is the task's object."""
    for m in _DOING_AFTER_NAME.finditer(item, 2):
        k = m.start()
        if len(item) - k >= 4 and unit(item[:k]):
            return k
    return 0


_UNIT_HEADING = re.compile(
    r"^(?P<units>[^,，。:：;；]{2,40}?)的?(?:牵头的?(?:工作|任务|事项)|工作职责|主要职责|职责(?:和|与|、)?任务|职责分工|职责)"  # (unitB27) ``甲局的职责``
    r"\s*(?:[(（]\s*\d+\s*项\s*[)）])?\s*[:：]?$")


_BARE_UNIT_HEADING = re.compile(
    r"(?:[\u4e00-\u9fff()（）*＊]|[Xx×○](?=[\u4e00-\u9fffXx×○]))"  # (r25) a name's place masked (``**县``, ``XX市``)
    r"{1,12}?(?:主管机关|局|委|办|办公室|部|处|室|科|(?<!思政)(?<=[政务建设业役书计事管洁产农财工观经])课|所|中心|集团|公司|工会|委员会|学生会|管委会|队|站|厅|股|电视台|电台|(?:(?<=广播)|(?<=气象))台|(?<![集社])团|报社|杂志社|(?<![体宾旅餐场茶酒饭会使领展])馆|(?:医|卫生|学|法|检察|研究|设计|科学|福利|敬老|养老)院)")  # (unitC24: media outlets; unitA25: 馆, 院; unitA26: a troupe or team ``文工团``, a station ``广播台``)
# the last characters of _BARE_UNIT_HEADING's endings: a title without any lists no unit
_UNIT_END_CHAR = re.compile(r"[局委办室部处科课所心团会队站厅股台社馆院门组司关]")  # (unitA27 司: ``某供电公司``; unitA31 课: ``民政课``)
_REGION_PART = re.compile(r"(?:东|西|南|北|中|全|内|外|局)部$")
# a heading that opens with a verb names a task (``建设村级综合服务场所``), not its unit
_TASK_VERB_START = re.compile(r"^(?:建设|加强|推进|推动|提高|提升|完善|实施|开展|新建|改建|打造|深化|健全|加快|强化|落实|"
                              r"优化|促进|做好|抓好|办好|扩大|保障|构建|建立|创建|设立|发展|规范|支持|鼓励)")


# a unit's name closed by 负责 as a label (``甲部负责:`` on a line over its duties)
_CHARGED_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])(?:负责|負責)$")


def bare_unit_heading(title: str) -> list[str] | None:
    """A heading that is one organisation's name and nothing else (``二、教务处``, ``(三)后勤服务中心``):
    the items below it are that unit's tasks. A region (``东部``) or a place is no such heading. (speedA30) Memoised as
    ``split_units``: a heading is asked again for each paragraph under it (two calls in three on the seeds)."""
    units = _bare_unit_heading_memo(title)
    return None if units is None else list(units)


@functools.lru_cache(maxsize=4096)
def _bare_unit_heading_memo(title: str) -> tuple[str, ...] | None:
    units = _bare_unit_heading(title)
    return None if units is None else tuple(units)


def _bare_unit_heading(title: str) -> list[str] | None:
    """``bare_unit_heading``, each time."""
    t = _LEAD_MARK.sub("", title.strip().rstrip("。:："))  # ``(一)甲局(牵头)``: the unit, marked as the lead it is
    t = _lv.without_outline_mark(t)  # (vlabA28) ``(一)甲局:`` alone on its line: a colon label's title keeps its mark
    t = _CHARGED_TAIL.sub("", t)  # (vunitA28) ``甲部负责:`` over its duties: the unit, labelled as charged with them
    if t.endswith((")", "）")) and (bracketed := _uhb.heading_with_bracket(t, bare_unit_heading)) is not None:
        return bracketed  # (unitC24) ``某台(新闻频道、交通广播)``, ``某局(3月5日)`` (U8)
    if (undated := _uhb.without_leading_date(t)) is not None:
        return bare_unit_heading(undated)  # (r25 unitB25) ``7月8日 甲局``: a schedule's day, then the unit (U8)
    if ("/" in t or "／" in t) and (slashed := _usn.slash_name(t, bare_unit_heading)) is not None:
        return slashed  # (unitA30) ``研究生院/研究生处``: one body by its two names
    if "、" in t and "(" not in t and "（" not in t:
        return unit_list_heading(t)  # (r25 unitB25) ``(五)甲镇、各街道办事处``: a heading that lists units owns its items (U8)
    if not (_BARE_UNIT_HEADING.fullmatch(t) or _ugB15.mass_org_name(t) or function_body_name(t)) or _REGION_PART.search(t) or _TASK_VERB_START.match(t) or not is_unit_cell(t):
        return None
    units = split_units(t)
    return units if len(units) == 1 else None


# a township's government named by its place (``甲镇``, ``乙乡``, ``丙街道``): a unit beside an office in a heading's list
_TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)$")


def unit_list_heading(title: str) -> list[str] | None:
    """A heading that lists organisations' names and nothing else (``一、甲局、乙委。`` before their duties):
    the units the duties that follow are put on; None when an item is not a bare unit name."""
    if not title or any(c in title for c in ",，;；:：。") or _UNIT_END_CHAR.search(title) is None:
        return None  # (every bare unit heading ends in a character of _UNIT_END_CHAR, and its items are the title's)
    items = split_units(title.strip())
    if not items or len(items) > 8 or not all(bare_unit_heading(it) or _TOWNSHIP.match(it) for it in items) \
            or all(_TOWNSHIP.match(it) for it in items):
        return None  # (a list of places alone names no office: ``甲镇、乙镇``)
    return items


# (unitA25) a bare class word before ``职责`` (``部门职责``, ``单位职责``, ``科室职责``): the kind of party each item names
_CLASS_WORD = re.compile(r"(?:成员|责任|牵头|配合|协作|参与|相关|有关|职能|各)?(?:部门|单位|科室|处室|股室|机构|部门单位|单位部门)")  # (unitB27) ``成员单位职责``


def units_of_heading(title: str) -> list[str] | None:
    """The units a heading names as the owner of the items below it: ``县文旅局牵头工作(8项)``,
    ``卫生部门职责、任务`` -> [the unit]; None for any other heading."""

    m = _UNIT_HEADING.match(title.strip())
    if m is None or not is_unit_cell(m.group("units")) or _CLASS_WORD.fullmatch(m.group("units").strip()):
        return None  # (unitA25) ``四、部门职责``: the class of the parties whose duties follow, no party of its own
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
                 ("digit", re.compile(r"^\s*\d{1,2}\s*[、.．](?!\d)")),
                 ("digit-paren", re.compile(r"^\s*\d{1,2}[)）]")),  # (unitB27) ``1)``
                 ("circled", re.compile(r"^\s*[①-⑳]")),  # (unitB27) ``①``
                 ("bullet", re.compile(r"^\s*[•●▪■◆](?=\s|[\u4e00-\u9fff])")))  # (unitB27) ``• …``: a list's dot, not its ``-`` sub-items


# (speedA34) the characters a marker of ``_MARKER_KINDS`` opens with (after blanks), besides a digit (``\d``: ``str.isdecimal``)
_MARKER_OPENERS = frozenset("(（一二三四五六七八九十•●▪■◆" + "".join(chr(c) for c in range(0x2460, 0x2474)))


def item_marker_kind(text: str) -> str | None:
    """The kind of the list marker a line opens with: ``(二)`` paren-numeral, ``(2)`` paren-digit, ``二、``
    numeral, ``2.`` digit, ``2)`` digit-paren, ``②`` circled, ``•`` bullet; None without one. Items of one list share their kind."""
    first = text.lstrip()[:1]  # (speedA34) no pattern tried on a line that opens with no marker's character
    if not first or (first not in _MARKER_OPENERS and not first.isdecimal()):
        return None
    for kind, pattern in _MARKER_KINDS:
        if pattern.match(text):
            return kind
    return None
