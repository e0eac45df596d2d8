"""U8 for an owner named on a line of its own (ninth round): a line that is one organisation's name and nothing else
(``丙县果业统筹组``), not set as a heading, standing right before a numbered item, owns the numbered items below it
up to the next such line. Each item is a unit assignment that the owner leads (eval/README.md U8): a unit row read
inside the item that names no lead (an unlabelled bracket of bureaus after a KPI, ``(甲局/乙局)``) takes the owner as
its lead; an item with no unit row of its own is one, its task the item's title (``4. 扩种蓝果:`` -> ``扩种蓝果``) or
its first sentence. A signature line (``丙县人民政府办公室`` before a date) stands before no item and owns nothing.
(r25 unitB25) Where two or more different owner lines divide a list by unit (``甲中心`` / ``1.…`` / ``乙报社`` / ``1.…``),
each owns its items even when none of them names a unit (the division itself says whose tasks they are), save a list of
papers (``1.关于…的通知``) and an outline heading next (``二、…``: the page's next part).

No I/O: the extractor hands in the text and its paragraphs, and applies the scopes to its records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.cues import is_unit_cell
from extract.rules.units import bare_unit_heading, item_marker_kind
from extract.rules.unit_heading_brackets import dated_unit_line
from extract.rules.label_values import role_label_alone
from extract.rules import unit_duty_list_shapes as _udl  # (unitA38) page parts and definitions are no duties
from extract.rules import unit_duty_titles as _udt  # (unitA30) ``某局的主要职责`` over its numbered duties

_MARKER = re.compile(r"^\s*(?:[(（][ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3})[ \t\u3000]*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|"
                     r"\d{1,2}\s*[、.．](?!\d)|\d{1,2}[)）]|[①-⑳]|[•●▪■◆])\s*")  # (unitB27) ``1)``, ``①``, ``•`` as ``1.``
_SENTENCE_END = re.compile(r"[。!！?？;；]")
# a task force's or a working group's name (``乙市蓝果推广工作组``, ``丙县果园整治协调组``): an organisation, with a longer
# name than the bureaus and offices of ``bare_unit_heading``
_TASK_FORCE = re.compile(r"[\u4e00-\u9fff]{2,24}(?:小组|工作组|统筹组|协调组|专责组)")


@dataclass
class OwnedItem:
    start: int  # the item's title or first sentence (marker excluded): the quote of a row made for it
    end: int
    task: str
    scope_end: int  # where the item's text ends (the next item, the next owner line, or the scope's end)
    units: list[str] | None = None  # (unitA30) the item's own label (``1. 甲处:负责…``): the item is that body's, not the owner's


@dataclass
class OwnerScope:
    units: list[str]
    start: int  # the owner line's end
    end: int
    items: list[OwnedItem] = field(default_factory=list)
    divided: bool = False  # (r25 unitB25) one of two or more owner lines that divide a list of tasks by unit (U8, U8a)
    duty_title: bool = False  # (unitA34) a party's duty title over its numbered duties (U8b (iii))
    titled: bool = False  # (unitA35) its items are short titles, each over a paragraph that is its body


# (unitA34) a helper clause inside a duty the party owns (``会同有关部门研究…``): no row of its own (U8b, twenty-first round)
_WITH_OPEN = re.compile(r"^[,，;；。\s]*(?:并|还|同时)?(?:会同|协同|配合|联合)")


def helper_clause_in_owned_duty(quote: str, lead: list[str]) -> bool:
    """(unitA34) A row read inside an item of a party's duty list that names no lead and opens with the party's helpers
    (``会同有关部门研究制定招生计划``): the clause adds no helper and gives no row (U8b, twenty-first round: a ``会同Z``
    clause inside a block the unit owns); the item is the party's row."""
    return not lead and _WITH_OPEN.match(quote or "") is not None


# a notice's or a document's title as an item (``关于做好…的通知``): a bureau's list of its papers, no task
_PAPER_TITLE = re.compile(r"^关于|(?:通知|公告|通告|意见|办法|方案|规定|决定)》?$")


def divides_by_unit(owners: list[tuple[int, list[str]]], first_items: list[str]) -> bool:
    """Whether the owner lines of a page divide a list of tasks by unit: two or more different owners, and the first
    item under each is no paper's title (``关于…的通知``: a bureau's list of its notices)."""
    firsts = [re.split(r"[,，。;；]", _MARKER.sub("", t, count=1).strip(), maxsplit=1)[0] for t in first_items]
    return len({tuple(u) for _, u in owners}) >= 2 and not any(_PAPER_TITLE.search(t) for t in firsts)


def owner_line(line: str, next_line: str) -> list[str] | None:
    """The units of a line of its own that is one organisation's name and nothing else (``乙市蓝果推广小组``) when the
    line after it opens a numbered item, or (r25) any paragraph where the name carries a schedule's date (``甲局(7月8日)``);
    None otherwise (a signature line before a date, a title, a sentence)."""
    t = line.strip()
    if not t or "\n" in t or len(t) > 30 or t.endswith((":", "：")) or t.startswith(("各", "相关", "有关")) \
            or (item_marker_kind(next_line) is None and not (dated_unit_line(t) and len(next_line.strip()) >= 8)):
        return None  # (``乙市果业局:`` before the points of a letter is its addressee, not their owner)
    if sibling_item(t, next_line):
        return None  # (vfpA28) ``②某中心`` over ``③…``: an item of the same list as the lines below, no owner of them
    if _TASK_FORCE.fullmatch(t) is not None and is_unit_cell(t):
        return [t]
    return bare_unit_heading(t)


def unmarked_owner_heading(line: str, next_line: str) -> bool:
    """(unitA30) An unmarked heading that is a body's name over ``1.`` items which the outline set as headings of a rank of
    their own, not under it (``学校行政委员会`` / ``1. 协助…``): read as an owner line (U8); the heading reader sees no
    parent over the items."""
    return item_marker_kind(line.strip()) is None and item_marker_kind(next_line.strip()) in ("digit", "digit-paren", "circled")


def sibling_item(line: str, next_line: str) -> bool:
    """(vfpA28) Whether ``line`` opens with a list mark of the kind the next line opens with (``②某中心`` over ``③…``,
    ``• 某中心`` over ``• …``): the name is one item of the list the next line goes on, not the owner of the items below
    it (an owner's name stands unmarked or a rank above its items: ``(一)某局`` over ``1.…``)."""
    kind = item_marker_kind(line.strip())
    return kind is not None and kind == item_marker_kind(next_line.strip())


# (unitA28) an item that gives the body's make-up: its members' or leaders' label (``成员:``, ``组长:``), people
_MAKE_UP_LINE = re.compile(r"(?:组\s?长|副组长|主\s?任|成\s?员|组\s?员|委\s?员|召集人)\s*[:：]")


def _item(text: str, start: int, end: int, scope_end: int, plain: bool = False) -> OwnedItem | None:
    """The title of the numbered paragraph ``text[start:end]``: a title closed by a colon (its list follows), else
    the first sentence. ``plain``: a paragraph with no number is an item too (a schedule's unit line above it)."""
    body = text[start:end]
    m = _MARKER.match(body)
    if m is None and not plain:
        return None
    a = start + (m.end() if m else len(body) - len(body.lstrip()))
    rest = text[a:end].rstrip()
    stop = _SENTENCE_END.search(rest)
    title = rest[:stop.start()] if stop else rest
    title = title.rstrip(":：").rstrip()
    if len(title) < 2 or _MAKE_UP_LINE.match(title):
        return None  # (unitA28) ``成员:…``: the body's make-up, people, no duty of it (U4a)
    if _udl.page_part_title(title) or _udl.defines_body(title.split(":", 1)[-1].split("：", 1)[-1]):
        return None  # (unitA38) ``一、妇联职能``, ``二、领导``: the page's parts; ``甲中心:…设立的科研机构``: what it is, no duty
    if (own := _udt.own_label(title, bare_unit_heading)) is not None:  # (unitA30) ``1. 甲处:负责…`` under a class name
        return OwnedItem(a + own[0], a + len(title), title[own[0]:].strip(), scope_end, own[1])
    return OwnedItem(a, a + len(title), title, scope_end)


# the title of a unit's own list of tasks between its name and the items (``2031年防汛抗旱目标责任书(4项)``, ``任务清单``)
_TASK_LIST_TITLE = re.compile(r"^(?:(?:19|20)\d\d\s*年度?)?[\u4e00-\u9fff]{0,8}?(?:目标责任书|责任书|任务清单|责任清单|工作清单|重点工作|"
                              r"工作任务|目标任务)\s*(?:[(（]\s*\d{1,2}\s*项\s*[)）])?$")


def task_list_title(line: str) -> bool:
    """Whether ``line`` is the title of a unit's own list of tasks (``2031年防汛抗旱目标责任书(4项)``, ``年度任务清单``):
    the unit's name above it owns the numbered items below it (U8) as if it stood right above them."""
    return _TASK_LIST_TITLE.match(line.strip()) is not None


def _report_paragraph(t: str) -> bool:
    """A paragraph of running text: a sentence of eight or more characters closed by a full stop or a semicolon."""
    t = t.strip()
    return len(t) >= 8 and t.endswith(("。", ";", "；")) and item_marker_kind(t) is None


def paired_owner_lines(text: str, paragraphs: list[tuple[int, int, str]], taken: set[int]) -> dict[int, list[str]]:
    """(unitB27) Owner lines with a plain paragraph under each (U8: a name's items may be plain paragraphs): two or more
    organisations' names, each alone on its line, each over one paragraph of running text, one right after the other
    (``甲局\n开展…。\n乙局\n加大…。``: a duty list or a unit-by-unit progress report whose ``甲局:`` labels were set on
    lines of their own). {paragraph index: units}. A name over a paragraph with no such neighbour (a signature over a
    date, a title over a lead) is none."""
    cand: dict[int, list[str]] = {}
    for k in range(len(paragraphs) - 1):
        a, b, kind = paragraphs[k]
        na, nb, nkind = paragraphs[k + 1]
        if k in taken or kind != "text" or nkind != "text":
            continue
        t = text[a:b].strip()
        # (speedA27) the cheap tests of the name line first, the paragraph under it (``_report_paragraph``) after
        # them: both only skip, so their order changes nothing
        if not t or len(t) > 30 or t.endswith((":", "：")) or t.startswith(("各", "相关", "有关")) \
                or not (_report_paragraph(text[na:nb]) or (k + 2 == len(paragraphs) and _udl.cut_duty_paragraph(text[na:nb]))):
            continue  # ((unitA38) the page's last paragraph cut off inside its duty: the last body's paragraph still)
        units = [t] if _TASK_FORCE.fullmatch(t) is not None and is_unit_cell(t) else bare_unit_heading(t)
        if units and bare_unit_heading(text[na:nb].strip()) is None:
            cand[k] = units
    return {k: u for k, u in cand.items() if k - 2 in cand or k + 2 in cand}


# (lead51) a line that titles a block of duties (``主要职责划分``, ``职责分工``, ``校长/园长职责:``): no item of the owner above
_LATER_DUTY_TITLE_SHAPE = re.compile(r"^(?P<who>[^\n。;；,，:：]{0,16}?)(?:职责|職責)(?P<div>划分|劃分|分工)?[:：]?$")


def is_later_duty_title(line: str) -> bool:
    """A later duty title names a party or post (``校长/园长职责:``) or divides the duties (``主要职责划分``); the owner's
    own lead-in (``主要职责:``, ``其职责:``) is none."""
    m = _LATER_DUTY_TITLE_SHAPE.match(line)
    if m is None:
        return False
    who = re.sub(r"^[\d一二三四五六七八九十、.．()（）\s]+|其|主要|具体|具體|工作|基本|的|及", "", m.group("who"))
    return bool(m.group("div") or who)


def later_duty_title_between(text: str, a: int, b: int) -> bool:
    """(lead51) Whether a line of ``text[a:b]`` titles a block of duties (``is_later_duty_title``)."""
    seg = text[a:b]
    return ("职责" in seg or "職責" in seg) and any(is_later_duty_title(ln.strip()) for ln in seg.split("\n")[1:])


def owner_scopes(text: str, paragraphs: list[tuple[int, int, str]]) -> list[OwnerScope]:
    """The owner lines of ``text`` (paragraphs as (start, end, kind); a heading is owned by ``bare_unit_heading``'s
    own reader, so only text paragraphs are owner lines) with the numbered items each owns: the items of the kind of
    the first one (``1.`` items, not their ``-`` sub-items), up to the next owner line, a heading of another kind or the end
    of the text."""
    owners: list[tuple[int, list[str]]] = []
    titled: set[int] = set()  # (r25 unitB25) owners whose task list's title stands between them and the items
    firsts: dict[int, int] = {}  # (unitA30) a duty title's first item (past a lead-in ``做好如下工作:``)
    mixed: set[int] = set()  # (unitA34) a duty title whose bracket marks change script and count on
    paragraph_titled: dict[int, int] = {}  # (unitA35) a duty title over titled items with paragraphs: where its list ends
    for k, (a, b, kind) in enumerate(paragraphs[:-1]):
        if kind != "text" and not (kind == "heading" and unmarked_owner_heading(text[a:b], text[paragraphs[k + 1][0]:paragraphs[k + 1][1]])) \
                and not (kind == "heading" and (dm := _udt.duty_title_items(text, paragraphs, k)) is not None and dm[2]) \
                and not (kind == "heading" and _udt.unmarked_partyless_title(text, a, b)):
            continue  # (unitA34) a duty title set as a heading over items whose marks change script: the outline saw no list
        na, nb, _ = paragraphs[k + 1]
        if k and role_label_alone(text[paragraphs[k - 1][0]:paragraphs[k - 1][1]]):
            continue  # (vlabA28) ``责任单位:`` / ``甲局``: the label's value on the line below it, no owner line
        if (units := owner_line(text[a:b], text[na:nb])) is not None:
            owners.append((k, units))
        elif k + 2 < len(paragraphs) and task_list_title(text[na:nb]) \
                and (units := owner_line(text[a:b], text[paragraphs[k + 2][0]:paragraphs[k + 2][1]])) is not None:
            owners.append((k, units))
            titled.add(k)
        elif (tp := _udt.titled_paragraph_items(text, paragraphs, k)) is not None:
            owners.append((k, tp[0]))
            firsts[k] = tp[1]
            paragraph_titled[k] = tp[2]
        elif (dt := _udt.duty_title_items(text, paragraphs, k)) is not None:
            owners.append((k, dt[0]))
            firsts[k] = dt[1]
            if dt[2]:
                mixed.add(k)
    paired = paired_owner_lines(text, paragraphs, {k for k, _ in owners})  # (unitB27) ``甲局\n…。\n乙局\n…。``
    owners = sorted(owners + list(paired.items()))
    divided = divides_by_unit(owners, [text[paragraphs[k + 1][0]:paragraphs[k + 1][1]] for k, _ in owners])  # (r25)
    scopes: list[OwnerScope] = []
    for n, (k, units) in enumerate(owners):
        first = firsts.get(k, k + 1 + (k in titled))
        kind_of = (_udt.counting_paren_kind if k in mixed else _udt.marker_kind) if k in firsts else item_marker_kind
        kind = kind_of(text[paragraphs[first][0]:paragraphs[first][1]])
        last = owners[n + 1][0] if n + 1 < len(owners) else len(paragraphs)
        last = min(last, k + 2) if k in paired else last  # (a paired name owns the one paragraph under it)
        last = min(last, paragraph_titled[k]) if k in paragraph_titled else last  # (unitA35)
        # a heading that is no item of the owner's list (``二、…`` over ``1.`` items, ``附件``) ends its scope too
        last = next((j for j in range(k + 2, last) if paragraphs[j][2] == "heading"
                     and kind_of(text[paragraphs[j][0]:paragraphs[j][1]]) != kind), last)
        # (lead51) a duty title below the owner's items (``主要职责划分``, ``校长/园长职责:``): another party's duties or none
        last = next((j for j in range(max(k + 2, first), last)
                     if is_later_duty_title(text[paragraphs[j][0]:paragraphs[j][1]].strip())), last)
        end = paragraphs[last][0] if last < len(paragraphs) else len(text)
        scope = OwnerScope(units, paragraphs[k][1], end, divided=k in titled or k in firsts
                           or divided and kind not in ("numeral", "paren-numeral"), duty_title=k in firsts,
                           titled=k in paragraph_titled)
        # (an outline heading next, ``二、…``, is the page's next part, no item of the unit's)
        starts = [j for j in range(k + 1, last)
                  if kind_of(text[paragraphs[j][0]:paragraphs[j][1]]) == kind]
        for i, j in enumerate(starts):
            item_end = paragraphs[starts[i + 1]][0] if i + 1 < len(starts) else end
            item_end = paragraphs[j][1] if k in paragraph_titled else item_end  # (unitA35) the title line alone
            if (item := _item(text, paragraphs[j][0], paragraphs[j][1], item_end, plain=kind is None)) is not None:
                scope.items.append(item)
        scopes.append(scope)
    return scopes
