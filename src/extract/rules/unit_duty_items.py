"""Duty lists and the subjects of their items (U7, U8b): each item of a list of duties is its own subject's row, and the
words that only open the item are no part of that subject's name.

- ``ITEM_LEAD`` / ``item_lead_length``: what opens an item before its subject, an enumeration mark (``(二)``, ``（十七）``,
  ``第三条``, ``一、``, ``2.``) or a lead-in word of an example (``如``, ``例如``, ``比如``): ``(二)某县文旅局负责…`` is
  ``某县文旅局``'s row, ``如某县教育部门负责…`` ``某县教育部门``'s (U3a: the unit as written; the mark is the list's).
- ``without_item_marks``: the same marks left on a unit's name by any reader (a label ``(三)甲科:…``, a number set off by
  a space inside a running line ``…事项。 二 乙科:…``), taken off the name and off the quote's start.

Made-up examples only.
"""

from __future__ import annotations

import itertools
import re

from extract.rules import unit_name_notes as _unn  # (lead50) a short name's definition after an owner
from extract.rules import unit_set_up_items as _usi
from extract.rules import unit_head_titles as _uht  # (unitA27) ``某科负责人:``: a person, no unit
from extract.rules import unit_bare_titles as _ubt27  # (unitA27) ``某局。负责…`` a unit a line
from extract.rules import unit_prose_duty_lists as _upd  # (unitC24)
from extract.rules import unit_host_blocks as _uhk  # (unitA25)
from extract.rules import unit_label_headings as _ulh25  # (unitA25)
from extract.rules import unit_label_items as _uli25  # (unitA25)
from extract.rules import unit_role_appositions as _ura  # (unitB27)
from extract.rules import unit_glued_marks as _uglm  # (unitA31) items run on with no mark between
from extract.rules import unit_pronoun_owners as _upo  # (unitA31) ``其主要职责是:`` after the body's definition
from extract.rules import unit_duty_list_shapes as _udl  # (unitA38) a duty list's shapes: labelled items, runs, page lines
from extract.rules import unit_semicolon_division as _usd  # (lead47) a division of work run into one sentence

from extract.data import UnitAssignment, trusted_span
from extract.rules.scan import SegmentScan

_CN = "一二三四五六七八九十"

# an enumeration mark before an item's subject: ``(二)``, ``（十七）``, ``(3)``, ``第三条``, ``第12条``, ``一、``, ``2.``; then
# (optionally) a space
_MARK = (rf"(?:〔\d{{1,2}}〕|[(（](?:[{_CN}]{{1,3}}|\d{{1,2}})[)）]|第[{_CN}百零〇\d]{{1,5}}条|[{_CN}]{{1,3}}、|\d{{1,2}}[.、．](?!\d))[ \t\u3000]*")
# a lead-in word of an example before a unit (``如教育部门负责…``): not a place name that opens with it (``如皋``, ``如东``)
_EXAMPLE = r"(?:例如|比如|譬如|如(?![皋东意]))"

# the words that open an item before its subject, for a pattern whose subject group follows (used before the unit of
# ``unit_charge_finders._CHARGE``): a mark, an example's lead-in, or both (``(一)如…``)
ITEM_LEAD = rf"(?:{_MARK})?(?:{_EXAMPLE}(?=[^。;；,，:：\s]{{2,30}}?(?:负责|牵头|会同|协助|配合)))?"
_ITEM_LEAD_AT = re.compile(ITEM_LEAD)


def item_lead_length(text: str, pos: int) -> int:
    """The length of the enumeration mark or example lead-in that opens ``text`` at ``pos`` (0 if none):
    ``(二)某局负责…`` -> 3, ``第三条 某局负责…`` -> 4, ``如某部门负责…`` -> 1. Not: a place name that opens with ``如``
    (``如皋市某局负责…``), a ``如`` that no verb of charge follows (``如期完成…``), a name that opens with ``第`` and no
    ``条`` (``第三中学负责…``)."""
    m = _ITEM_LEAD_AT.match(text, pos)
    return m.end() - pos if m else 0


# a mark on a unit's name: the bracketed or article forms anywhere a reader left them
_NAME_MARK = re.compile(rf"^(?:[(（](?:[{_CN}]{{1,3}}|\d{{1,2}})[)）]|第[{_CN}百零〇\d]{{1,5}}条)(?=[\u4e00-\u9fff])")
# a bare numeral of an item set off by spaces (``一 甲科``); the normaliser drops the space between two CJK characters
_BARE_NUMERAL = re.compile(rf"^[{_CN}]{{1,3}}")
_GAP = " \t\u3000\u00a0"
_BOUNDARY = "。;；:：!！?？\n"


def _bare_numeral_length(norm: str, raw: str, to_orig, unit: str, at: int) -> int:
    """The length of an item numeral that a space sets off before ``unit`` written at ``norm[at:]`` (0 if none), where
    the numeral follows a sentence's end, a colon or the line's start (``…等事项。 二 乙科:…``, ``下列事项: 一 甲科:…``):
    the original shows a space on both sides of it. Not: a name opening with a numeral (``六安市``, ``一中``: no space
    after it), a numeral inside a clause (``设 二 科``: no sentence's end before it)."""
    m = _BARE_NUMERAL.match(unit)
    if m is None or len(unit) - m.end() < 2:
        return 0
    before = norm[:at].rstrip(_GAP)
    if before and before[-1] not in _BOUNDARY:
        return 0
    o0, o1 = to_orig(at, at + m.end())
    if not (o1 < len(raw) and raw[o1] in _GAP) or raw[o1:].lstrip(_GAP)[:1] in ("", "\n", "\r") \
            or raw[o1:].lstrip(_GAP)[:1] in _CN:
        return 0
    if o0 > 0 and raw[o0 - 1] not in _GAP + "\n\r":
        return 0
    return m.end()


def without_item_marks(norm: str, raw: str, to_orig, found: list) -> list:
    """``found`` with the enumeration marks taken off each unit row's units (``(三)甲科`` -> ``甲科``, ``第五条乙局`` ->
    ``乙局``, ``二乙科`` where the original reads ``二 乙科``); where the quote opens with the mark and the name, it opens
    with the name."""
    for r in found:
        if not isinstance(r, UnitAssignment) or r.norm_span is None:
            continue
        start, end = r.norm_span.start, r.norm_span.end
        for units in (r.lead_units, r.responsible_units):
            for i, u in enumerate(units):
                m = _NAME_MARK.match(u)
                k = m.end() if m else 0
                p = norm.find(u, start, end)
                if not k and p >= 0:
                    k = _bare_numeral_length(norm, raw, to_orig, u, p)
                if not k or u[k:] in units:
                    continue
                units[i] = u[k:]
                if p == start:
                    start = p + k
                    r.norm_span = trusted_span(start, end)
    return found


# -- duty lists: the owner named in the lead-in (U8b (i)) and each item's own subject (U8b (ii)) ---------------------

# an item's mark and its kind: ``(二)`` paren-numeral, ``(2)`` paren-digit, ``二、`` numeral, ``2.`` digit
# (unitB27) ``2)`` dp digit-paren and ``②`` c circled, as ``unit_body_duty_blocks`` reads them
_FIN = "壹贰貳叁參肆伍陆陸柒捌玖拾"  # (unitA31) a Taiwan outline's financial numerals (``(壹)…(二)…``: a converter's first)
# (unitA38) a bracket mark with a stray separator after it (``(1)、``, ``(一).``): one mark, the separator no part of the item
_SEP_AFTER = r"(?:[、.．](?!\d))?"
_ITEM_MARK = re.compile(rf"(?P<pn>[(（][{_CN}{_FIN}]{{1,3}}[)）]{_SEP_AFTER})|(?P<pd>[(（]\d{{1,2}}[)）]{_SEP_AFTER})|(?P<n>[{_CN}{_FIN}]{{1,3}}、)|(?P<d>\d{{1,2}}\s*[.、．](?!\d))"
                        r"|(?P<dp>\d{1,2}[)）])|(?P<c>[①-⑳])"
                        r"|(?P<bl>(?:--|——|[-•●◆■▲·])(?=\s*[\u4e00-\u9fff]))")  # (lead48) a bullet: ``--省教育厅将…``


def _mark_at(text: str, pos: int) -> tuple[str, int] | None:
    """(kind, end) of the item mark at ``pos``, or None."""
    m = _ITEM_MARK.match(text, pos)
    return (m.lastgroup, m.end()) if m else None


# the end of an inline item: a full stop, a semicolon or the line's end; or a comma before the next item's mark, or
# before a clause that opens a list of its own (``…,按照以下分工负责…:``)
_INLINE_STOP = re.compile(r"[。;；\n]|[,，](?=\s*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.、．](?!\d)))"
                          r"|[,，](?=[^。;；,，\n]{2,60}[:：])")


def _inline_items(text: str, pos: int) -> list[tuple[int, int]]:
    """The items of a list run into one line after its lead-in's colon at ``pos``: ``:(一)…,(二)…;(三)…`` or
    ``:1.…;2.…``, all of the first item's kind; (start after the mark, end before the closing punctuation)."""
    out: list[tuple[int, int]] = []
    p = pos
    kind = None
    while True:
        while p < len(text) and text[p] in " \t\u3000":
            p += 1
        mk = _mark_at(text, p)
        if mk is None or (kind is not None and mk[0] != kind):
            break
        kind = mk[0]
        a = mk[1]
        stop = _INLINE_STOP.search(text, a)
        b = stop.start() if stop else len(text)
        if (glued := _uglm.next_glued_mark(text, p, a, b)) is not None:
            if glued - a >= 2:
                out.append((a, glued))  # (unitA31) ``(一)甲事项(二)乙事项``: the next mark in sequence, glued on, ends the item
            p = glued
            continue
        if b - a < 2:
            break
        out.append((a, b))
        if stop is None or text[b] == "\n" or (text[b] in "。" and _mark_at(text, b + 1) is None):
            break
        p = b + 1
    return out


def same_style(mark: str, other: str) -> bool:
    """(vnumA28) Whether two item marks are of one style (``(一)`` and ``(三)``; ``1.`` and ``1、`` are two)."""
    from extract.rules.nested_styles import marker_style
    return marker_style(mark) == marker_style(other)


def _line_items(text: str, pos: int, stop_kind: str | None = None, limit: int = 40, intro: int = 0) -> list[tuple[int, int]]:
    """The items on the lines after ``pos`` (the end of a lead-in or heading line), each line opening with a mark of
    the first item's kind; lines with no mark between them go on with the item above, but for a line ending in a colon
    (``乙局职责:``, the lead-in of the next list). The list ends at a mark of
    the style of ``stop_kind`` (the heading's own mark: ``1.`` over ``1、…`` is another style, ``same_style``), at a line of another kind, or after ``limit`` lines. Up to ``intro`` lines of
    prose may stand between a heading and its first item (``二、职责分工\n各单位要…\n(一)…``: the section's opening
    paragraph, no item)."""
    out: list[tuple[int, int]] = []
    kind = None
    p = text.find("\n", pos)
    n = 0
    while p >= 0 and n < limit:
        n += 1
        a = p + 1
        e = text.find("\n", a)
        e = len(text) if e < 0 else e
        line = text[a:e]
        lead = len(line) - len(line.lstrip())
        if not line.strip():
            p = e if e < len(text) else -1
            continue
        mk = _mark_at(text, a + lead)
        if mk is None and kind is not None and _page_furniture(line):
            p = e if e < len(text) else -1  # (unitB27) a page break's leftover between two items: the list goes on
            continue
        if mk is None:
            if (kind is None and intro <= 0) or (kind is not None and line.rstrip().endswith((":", "："))):
                break  # (the lead-in is followed by prose, no list; (unitB27) a line ending in a colon opens a list of its own)
            intro -= kind is None
            p = e if e < len(text) else -1
            continue
        if (stop_kind is not None and same_style(text[a + lead:mk[1]], stop_kind)) or (kind is not None and mk[0] != kind):
            break
        kind = mk[0]
        b = len(text[:e].rstrip().rstrip("。;；,，"))
        if b - mk[1] >= 2:
            out.append((mk[1], b))
        p = e if e < len(text) else -1
    return out


def _page_furniture(line: str) -> bool:
    from extract.rules.unit_body_duty_blocks import page_furniture_line  # (that module reads this one's cues)

    return page_furniture_line(line)


def _items_after(text: str, colon_end: int) -> list[tuple[int, int]]:
    """The items of the list a lead-in's colon opens: run into its line, or one a line below it."""
    rest = text[colon_end:text.find("\n", colon_end) if "\n" in text[colon_end:] else len(text)]
    if rest.strip():
        return _inline_items(text, colon_end)
    from extract.rules.unit_body_duty_blocks import unmarked_duty_lines  # (that module reads this one's cues)
    # (unitB27) or unmarked lines each opening with a duty verb, two at least (``…职责如下:\n统筹…。\n组织…。``)
    return _line_items(text, colon_end - 1) or unmarked_duty_lines(text, colon_end - 1, len(text))


# U8b (i): a unit that owns the list after it: ``某局应当履行下列职责:``, ``某局负责…,履行以下…职责:``
_OWNER_LEAD_IN = re.compile(
    rf"(?:(?<=^)|(?<=[。;；,，:：\n]))\s*(?:{_MARK})?(?P<owner>[^。;；,，:：\n“”\"]{{2,30}}?)"
    r"(?P<charge>(?:主要|具体)?负责[^。;；:：\n]{2,80}?[,，])?\s*(?:应当|应|须|要|依法|并)*\s*"
    r"履行(?:下列|以下|如下)[^:：。;；\n]{0,20}?职责\s*[:：]")
# (speedA24) scanned only in the stretches between two of ``。;；`` that hold ``履行``: no part of the pattern takes one
# of those, and ``履行`` is in every match (owner_duty_items: 0.08 s of 2 MB, the pattern tried at every clause's start)
_OWNER_LEAD_IN_SCAN = SegmentScan(_OWNER_LEAD_IN, "。;；", ("履行",))
# (unitA26) the owner's duties or tasks named as the list's lead-in, no verb (``某会任务如下:``, ``某中心的主要职责是:``);
# (unitA28) a charter's words for them, ``职掌``/``职权`` after ``之`` as after ``的`` (``某处之职掌如下:``, ``某会职权如下:``)
# (unitA31) a charter's verb of the same list, ``掌理`` (a Taiwan 组织规程/处务规程: ``某组掌理事项如下:``, ``某馆掌理下列事项:``)
_OWNER_NAMED_LIST = SegmentScan(re.compile(
    rf"(?:(?<=^)|(?<=[。;；,，:：\n]))\s*(?:{_MARK})?(?P<owner>[^。;；,，:：\n“”\"]{{2,20}}?)(?P<charge>)"
    r"(?:[(（](?:以下简称|以下簡稱|下称|下稱|简称|簡稱)[^()（）\n]{{1,12}}[)）])?"  # (lead50) ``某会(以下简称某某会)任务如下:``
    rf"[的之]?(?:主要|具体|基本)?(?:工作)?"
    r"(?:(?:职责|职能|任务|职掌|职权)(?:如下|包括|为|是|有)?|掌理(?:下列|以下|如下)?(?:各款)?事项(?:如下)?)"
    r"\s*(?:[(（](?:责任人|负责人|联系人)[^()（）\n]{0,24}[)）])?\s*[:：]"), "。;；",  # (lead48) ``某办主要工作职责(责任人:某某):``
    ("职责", "职能", "任务", "职掌", "职权", "掌理"),
    needle=r"(?:职责|职能|任务|职掌|职权)(?:如下|包括|为|是|有)?\s*(?:[(（](?:责任人|负责人|联系人)[^()（）\n]{0,24}[)）])?\s*[:：]|掌理(?:下列|以下|如下)?(?:各款)?事项(?:如下)?\s*[:：]")  # (speedA26) the pattern's close: ``任务`` alone is common


# (unitA28) a law's passive lead-in: the list's matters handed to their owner (``下列事项,由某县主管机关掌理:``), a proviso
# sentence allowed before the colon (``…掌理。但…者,从其规定:``)
_PASSIVE_OWNER_LIST = re.compile(r"(?:下列|以下)(?:各款)?事项[,，]?由(?P<owner>[^。;；,，:：\n“”\"]{2,20}?)"
                                 r"(?P<charge>掌理|办理|负责|主管)(?:。但[^。:：\n]{0,80})?[:：]")


def passive_owner_lists(text: str):
    """(unitA28) The lead-ins of lists whose matters are handed to their owner by ``由X掌理`` (``下列事项,由某县主管机关掌理:
    一、…事项。二、…事项。``): matches with an ``owner`` group as ``_OWNER_NAMED_LIST``'s, and the verb as ``charge`` (each
    quote the item's own: the lead-in may run on with a proviso). Not: ``由X负责`` after a matter
    of its own (``该事项由某局负责``: one row, read elsewhere), a lead-in with no colon (no list follows)."""
    return _PASSIVE_OWNER_LIST.finditer(text) if "下列事项" in text or "以下事项" in text or "各款事项" in text else ()


# a role noun is no owner (``成员单位应当履行下列职责:``, U7: a role word); a level alone is one of a list of owners (``市、县甲办``)
_ROLE_NOUN = re.compile(r"(?:成员|牵头|责任|配合|协办|参与|相关|有关)?(?:单位|部门)")
_LEVEL = re.compile(r"[省市州县区镇乡]")
_OWNER_NOT_NAME = re.compile(r"[.．。]|负责|实行|实施|按照|根据")


def owner_duty_items(text: str, is_unit) -> list[tuple[int, int, str, list[str]]]:
    """U8b (i): the items of a list whose lead-in names its owner (``某县文旅局应当履行下列职责:(一)…;(二)…``,
    ``某县教育局负责…,履行以下职责:\\n(一)…``): (start, end, task, owner units) for each item, task its first clause.
    The first item's quote opens at the owner where the lead-in has no ``负责`` clause of its own (that clause is a row
    of its own, U7). ``is_unit`` says whether the owner reads as units. Not: an owner that is a collective (``各…``),
    a role word or a person, a lead-in with no owner before the verb (``成员单位在…中应当按照…,履行…``: a clause)."""
    out = []
    for m in itertools.chain(_OWNER_LEAD_IN_SCAN.finditer(text) if "履行" in text else (), _OWNER_NAMED_LIST.finditer(text),
                             passive_owner_lists(text)):
        owner = _unn.without_alias_note(m.group("owner").strip())  # (lead50) ``某会(以下简称某某会)任务如下:``
        if owner.startswith(("各", "相关", "有关")) or _ROLE_NOUN.fullmatch(owner) or not is_unit(owner):
            continue
        from extract.rules.units import split_units  # (units imports the finders that import this module)

        units = split_units(owner)
        if not units or not all(_ORG_END.search(u) or _LEVEL.fullmatch(u) for u in units) \
                or any(len(u) > 16 or _OWNER_NOT_NAME.search(u) for u in units):
            continue  # (``某委实行成员单位…``: a clause before the verb, no owner's name)
        items = _items_after(text, m.end())
        for k, (a, b) in enumerate(items):
            body = text[a:b].strip()
            if item_subject(body, is_unit) is not None:
                continue  # an item with its own subject is that subject's row (U8b (ii))
            if (own := _udl.labelled_item(body, is_unit)) is not None:  # (unitA38) ``(2)甲部:负责…``: the label's row
                a += len(text[a:b]) - len(text[a:b].lstrip())
                out.append((a, b, own[1], own[0]))
                continue
            task = re.split(r"[,，;；。]", body, maxsplit=1)[0].strip()
            if len(task) < 4:
                continue
            start = m.start("owner") if k == 0 and not m.group("charge") else a
            out.append((start, b, task, list(units)))
    return out + _upo.pronoun_owner_rows(text, is_unit, _items_after, item_subject)  # (unitA31) ``X是…。其主要职责范围是:``


# U8b (ii): a list introduced as units' duties or a division of work, whose items each open with their own unit
_DUTY_LEAD_IN = re.compile(r"(?:职责|职能|分工|任务分工)(?:如下|是)?\s*[:：]|(?:以下|下列|如下)(?:分工|职责)[^:：。;；\n]{0,40}[:：]")
# (speedA24) scanned only in the stretches between two of ``。;；`` that hold ``职责``/``职能``/``分工``: no part of the pattern
# takes one of those and every match holds one of the three (its branches opening with ``以``, ``下``, ``如`` were tried
# all over the page)
_DUTY_LEAD_IN_SCAN = SegmentScan(_DUTY_LEAD_IN, "。;；", ("职责", "职能", "分工"))
_DUTY_HEADING = re.compile(rf"^\s*(?P<mark>[(（][{_CN}]{{1,3}}[)）]|[{_CN}]{{1,3}}、|\d{{1,2}}[.、．])\s*"
                           r"(?P<title>[^,，。;；:：\n]{0,12}(?:职责|分工)[^,，。;；:：\n]{0,8})\s*(?:。[^\n]*)?$")
# (vunitA28) a heading closed by ``。`` with its opening sentence run in (``二、职责分工。各单位要…``) heads its items too
# people's headings own no units (``组长职责``, ``成员职责``: U4a)
_PEOPLE_HEADING = re.compile(r"(?:组长|成员|主任|负责人|责任人|领导|老师|教师|家长|学生|班主任)(?:的)?(?:职责|分工)")
# the strong endings of an organisation's name (a level word alone, ``市``, ``区``, is none: it opens a phrase as often)
_ORG_END = re.compile(r"(?:局|委|办|厅|部门|部|署|处|科|站|所|院|中心|公司|政府|委员会|小组|队|室|馆|团委|团|会|社|台|组|股|集团|机构|主管机关|单位"
                      r"|妇联|残联|文联|侨联|工商联|婦聯|殘聯|文聯|僑聯)"  # (lead48) the people's organisations (``镇妇联``)
                      r"(?:[(（][^()（）]{1,10}[)）])?$")
# what follows a subject and shows that the name goes on or is no subject: a joint, ``的``, a label's colon, a bracket
# (lead47) or the word it ends inside (``户籍所|在地``: 所在地, a place, no office)
_NOT_PREDICATE = re.compile(r"^(?:和|与|及|以及|等|的|之|在地|[:：(（)）、,，;；。])")
# the opening of a duty's predicate after its subject: an adverb or modal, a preposition, or a verb of the genre's duties
# (``负责``, ``对接``, ``对…实施``, ``根据各自职责负责``); a subject cut inside a word (``领导小组组|长负责``) is followed by none
_PREDICATE = re.compile(
    r"^(?:主要|具体|分别|共同|全面|统一|积极|依法|重点|联合|按照?|根据|依据|依照|结合|要|应当?|须|将|在|为|对|向|从|把|会同|协助|配合|参与|"
    r"负责|牵头|承担|主管|主抓|对接|提供|组织|指导|监督|督促|督查|协调|统筹|做好|开展|实施|落实|制定|编制|审核|审批|核发|安排|"
    r"筹集|管理|办理|保障|确保|建立|完善|研究|拟定|起草|宣传|受理|查处|处理|检查|调查|收集|汇总|提出|参加|加强|推进|推动|联系|"
    r"做|抓|搞好|抓好|及时|定期|每|掌握)")


def item_subject(body: str, is_unit) -> tuple[int, list[str]] | None:
    """The unit an item opens with as its subject (``某县卫健局负责…``, ``某中心对接…``, ``某县城管执法部门对…实施处罚``):
    (length of the subject, its units), the longest opening run of at most 20 characters that reads as units and
    ends with an organisation's ending, a list of them allowed (``甲局、乙局根据各自职责负责…``). None where the item opens
    with a verb (``负责…``, ``指导…``), a collective (``各…``, ``相关…``) or a person, or the name goes on (``甲局和…``)."""
    from extract.rules.units import split_units

    head = re.split(r"[,，;；。:：]", body, maxsplit=1)[0]
    for k in range(min(len(head), 20), 1, -1):
        cand = head[:k]
        if not _ORG_END.search(cand) or _NOT_PREDICATE.match(head[k:]) or not _PREDICATE.match(head[k:]) or len(head) - k < 2:
            continue
        if _uht.names_unit_head(head[k:]):
            return None  # (unitA27) ``某科负责人:负责…``: the subject is the unit's head, a person (U4a)
        if cand.startswith(("各", "相关", "有关", "所有")) or not is_unit(cand):
            continue
        if _TOPIC_OPEN.match(cand):
            return None  # (unitA28) ``关于某会对外联络事宜``: a matter's topic, no subject
        if (v := _PREDICATE.match(cand)) is not None and len(cand) - v.end() >= 2 and is_unit(cand[v.end():]) \
                and not _MODAL_CHAR_NOUN.match(cand):
            return None  # ``协调各成员单位做好…``: a verb and its object, no subject (not ``组织部``, ``宣传部``)
        if (by := _TOPIC_BY.match(cand)) is not None:
            # (lead47) ``甲证明由乙局审核``: the matter, then the body it is put on by 由 (U7): that body, no name of the matter
            doer = cand[by.end():]
            if doer.startswith(("各", "相关", "有关", "所有")) or not is_unit(doer):
                return None
            cand = doer
        units = split_units(cand)
        if units and all(_ORG_END.search(u) for u in units):
            return k, units
    return None


# (lead48) a name that opens with a noun whose first character reads as a modal or preposition (``应急管理办公室``,
# ``对外联络处``): a name, no verb and its object
_MODAL_CHAR_NOUN = re.compile(r"^(?:应急|應急|对外|對外)")
# (lead47) a matter named before ``由`` and its body (``某证明由``): at most 12 characters, no punctuation
_TOPIC_BY = re.compile(r"^[^。;；,，:：\s由]{2,12}由(?!于|此)")
# (unitA28) a preposition that opens a matter's topic (``关于…事宜``, ``有关…事项``, ``对于…``): what follows it is no subject
_TOPIC_OPEN = re.compile(r"关于|有关|对于")


_CHARGE_OPEN = re.compile(r"^(?:主要|具体|分别|共同)?负责(?![人制的])")
# the opening paragraphs a duty heading may have before its first item (``二、职责分工\n各单位要高度重视…\n(一)某局…``)
HEADING_INTRO_LINES = 1


# (speedA24) a ``_DUTY_HEADING`` title holds ``职责`` or ``分工``: only the lines with one are tried (the page's every line was)
_DUTY_WORD = re.compile(r"职责|分工")


def _duty_word_lines(text: str):
    """(end, text) of each line of ``text`` that holds ``职责`` or ``分工``, in order, each once: the lines of
    ``re.finditer(r"^[^\\n]*$", text, re.M)`` that can match ``_DUTY_HEADING``."""
    done = -1
    for w in _DUTY_WORD.finditer(text):
        if w.start() < done:
            continue  # (the line just given)
        a = text.rfind("\n", 0, w.start()) + 1
        b = text.find("\n", w.start())
        b = len(text) if b < 0 else b
        yield b, text[a:b]
        done = b


def subject_led_items(text: str, is_unit) -> list[tuple[int, int, str, list[str]]]:
    """U8b (ii): the items of a list introduced as the units' duties or a division of work (a lead-in
    ``…履行下列职责:``, ``…职责如下:``, ``按照以下分工负责…:``, or a heading ``一、职责分工`` / ``一、分工协作`` over
    numbered lines), each item that opens with a unit (``item_subject``) being that unit's row whatever its verb:
    (start, end, task, units), task = the item's first clause after the subject (a ``负责`` left out, U7), quote from the
    subject to the item's end. Not: items that open with a verb (an owner's list, U8, U8b (i)), people's headings
    (``组长职责``)."""
    out = []
    if "职责" not in text and "分工" not in text and "职能" not in text:
        return out
    lists: list[list[tuple[int, int]]] = []
    for m in _DUTY_LEAD_IN_SCAN.finditer(text):
        lists.append(_items_after(text, m.end()))
    for line_end, line in _duty_word_lines(text):
        h = _DUTY_HEADING.match(line)
        if h is None or _PEOPLE_HEADING.search(h.group("title")):
            continue
        lists.append(_line_items(text, line_end - 1 if line_end > 0 else 0, h.group("mark"),
                                 intro=HEADING_INTRO_LINES))
    seen: set[int] = set()
    for items in lists:
        for a, b in items:
            lead = len(text[a:b]) - len(text[a:b].lstrip())
            a += lead
            if a in seen:
                continue
            seen.add(a)
            subj = item_subject(text[a:b], is_unit)
            if subj is None:
                continue
            k, units = subj
            rest = text[a + k:b]
            rest = rest[c.end():] if (c := _CHARGE_OPEN.match(rest)) else rest
            task = re.split(r"[,，;；。]", rest, maxsplit=1)[0].strip()
            if len(task) < 2:
                continue
            out.append((a, b, task, units))
    return out


# -- U7b: ``Y协助X做好Z`` stated as a division of work ----------------------------------------------------------------

# the helper before its verb, a modal or the manner of its duty between (``Y将协助…``, ``Y按照职责分工,积极配合…``,
# ``Y要发挥职能作用,配合…``)
_HELPER_FRAME = re.compile(
    r"(?:(?<=^)|(?<=[。;；,，:：\n]))\s*" + ITEM_LEAD + r"(?:由(?=[^。;；,，:：\s由“”\"]{2,30}?(?:协助|配合)))?"  # (unitA25) ``由Y协助…``
    r"(?P<helper>[^。;；,，:：\s由“”\"]{2,30}?)"
    r"(?:(?:要|将|应当?|须|需)?(?:按照?|根据|依据)(?:各自)?的?(?:职责分工|职能职责|职责|职能)(?:分工)?[,，]?"
    r"|(?:要|将|应当?|须|需)[^。;；,，:：\n]{2,10}[,，]"
    # (unitC24) a time or aspect before the helping verb: ``Y已协助…``, ``Y正配合…``, ``Y将继续配合…``, ``Y今年将协助…``
    r"|(?:已经|已|正在|正|将会|将|也将|还将|要|应当?|须|需|继续|先后|多次|再次|今年|明年|近期|下一步)+)?"
    r"\s*(?:积极|主动|全力|密切|负责)?(?P<verb>协助|配合)")
# (speedA24) scanned only in the stretches between two of ``。;；:：`` that hold ``协助`` or ``配合``: no part of the
# pattern takes one of those (the helper, the duty words, the ``要…,`` clause and ``ITEM_LEAD`` exclude them), and the
# verb is in every match (helper_frames: 0.12 s of 2 MB of the bench corpus, the pattern tried at every clause's start)
_HELPER_FRAME_SCAN = SegmentScan(_HELPER_FRAME, "。;；:：", ("协助", "配合"))
# the task's opening verb after the party helped: where the name of that party ends
_TASK_VERB = re.compile(r"(?:做好|开展|完成|落实|推进|推动|物色|实施|办理|组织|处理|进行|抓好|搞好|制定|编制|提供|解决|查处|整治|清理|"
                        r"加强|建立|开设|宣传|排查|巡查|调查|收集|统计|审核|指导|"
                        r"维持|维护|保障|疏导|引导|接待|布置|保管|检查|救治|报道)")  # (unitA25: the duties of an event's helpers)


# a role label's noun names no helper (``配合单位协助…``, a header ``牵头单位 配合单位``); a collective does (``有关部门``,
# ``各成员单位``: U4b)
_ROLE_LABEL_NOUN = re.compile(r"(?:牵头|责任|配合|协办|参与|承办)(?:单位|部门)")
# a lead's verb earlier in the same sentence: the helper with no party helped after it is a role part of that lead's row
_LEAD_BEFORE = re.compile(r"牵头|负责|会同|主办|统筹")
# a verb that directs the parties after it (``要求有关部门…``, ``责成某局…``)
_DIRECTING = re.compile(r".*(?:要求|责成|督促|希望|号召|请)")
# (unitA27) what may follow the party helped before its task's verb: a time (``于开学期间``) or ``对`` and the task's object
# (``…配合某中心对全县学校开展…``)
_PARTY_THEN_TASK = re.compile(r"(?:于|於)[^。;；,，:：\s]{2,14}?(?:起|期间|期間)|对(?=[\u4e00-\u9fff]{2})|對(?=[\u4e00-\u9fff]{2})")
_TASK_TIME = re.compile(r"(?:于|於)[^。;；,，:：\s]{2,14}?(?:起|期间|期間)(?:陆续|先后|分别|陸續|分別)?")


def helper_frames(text: str, is_unit) -> list[tuple[int, int, str, list[str], list[str]]]:
    """U7b (twentieth round): ``Y协助X做好Z``, ``Y将协助X物色…``, ``Y配合X开展Z`` stated as a plan's or a rule's
    division of work: (start, end, task, lead X, responsible Y), task Z with its verb, quote from Y to the end of Z's
    clause; where no X is written (``Y协助做好Z``), lead ``[]``. Not: no helper written (``配合X做好…`` in the text's
    own voice, a ``负责A,协助…`` clause: the helper must stand right before the verb), a person (``副组长协助组长…``), a
    party helped that is no organisation's name."""
    out = []
    if "协助" not in text and "配合" not in text:
        return out
    from extract.rules.units import split_units

    for m in _HELPER_FRAME_SCAN.finditer(text):
        helper, h0 = m.group("helper").strip(), m.start("helper")
        if (d := _DIRECTING.search(helper)) is not None:
            helper, h0 = helper[d.end():], h0 + d.end()  # ``某副县长要求有关部门…配合…``: the parties directed help
        if not is_unit(helper) or _ROLE_LABEL_NOUN.search(helper) or _PREDICATE.match(helper) or "的" in helper:
            continue
        helpers = split_units(helper)
        if not helpers or not all(_ORG_END.search(u) or u.startswith(("各", "相关", "有关")) for u in helpers):
            continue
        p = m.end()
        lead: list[str] = []
        if _TASK_VERB.match(text, p) is not None:
            part = text[max(text.rfind(c, 0, h0) for c in "。;；\n") + 1:h0]
            if _LEAD_BEFORE.search(part):
                continue  # ``…由甲局牵头,乙局配合实施…``: the helpers' part of a run of roles, the lead's row (U7)
        else:
            k = next((k for k in range(2, 31) if (_TASK_VERB.match(text, p + k) or _PARTY_THEN_TASK.match(text, p + k))
                      and is_unit(text[p:p + k])
                      and all(_ORG_END.search(u) for u in split_units(text[p:p + k]))), None)
            if k is None or re.search(r"[。;；,，:：\s]", text[p:p + k]):
                continue
            lead = split_units(text[p:p + k])
            if any(_ROLE_NOUN.fullmatch(u) for u in lead):
                continue  # (``牵头单位 配合单位 完成时限``: a table's header words, no parties)
            p += k
        if (when := _TASK_TIME.match(text, p)) is not None:
            p = when.end()  # (unitA27) ``…配合X于开学期间对…开展…``: the time is no part of the task
        stop = re.search(r"[。;；,，\n]", text[p:])
        end = p + (stop.start() if stop else len(text[p:].rstrip()))
        task = re.sub(r"等$", "", text[p:end]).strip()
        if len(task) < 4:
            continue
        end = p + len(text[p:end].rstrip()) - (1 if text[p:end].rstrip().endswith("等") else 0)
        out.append((h0, end, task, lead, helpers))
    return out


# -- U7d (eighteenth round): an office set up by the sentence, then its charge -----------------------------------------

_SET_UP_OFFICE = re.compile(
    r"(?:下设|设立|设置|成立|组建)(?P<unit>[^。;；,，:：\s“”]{0,12}?(?:办公室|指挥所|指挥部|工作组|工作专班|专班|领导小组|小组|分中心|"
    r"中心|(?:(?<![场厕住])|(?<=市场))所|服务站|工作站|科|股|大队|中队))"  # (unitA27) ``设立某财政所,负责…``: an office's other endings
    # (lead47) the host after a comma (``下设办公室,设在某局,``)
    r"(?:(?:[,，]\s*)?(?:设)?在[^。;；,，:：\s]{2,20}|[(（](?:设)?在?[^()（）。;；,，:：\s]{2,20}[)）])?"  # (unitA25) ``办公室(设某街道)``
    # (unitA25) the clause of who holds its post between (``,由张三兼任办公室主任``): people, no party (U7d); (lead47) the
    # post named with its office (``,办公室主任由某局局长兼任``)
    r"(?:[,，]\s*(?:(?:办公室)?主任)?由[^。;；,，]{1,20}(?:兼任|担任)[^。;；,，]{0,10})?"
    r"[,，]\s*(?:主要|具体)?(?:负责(?![人制的])|承担)(?P<task>[^。;；,，]{4,60})")


def set_up_office_duties(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """U7d (eighteenth round): the sentence sets an office up and goes on with what it does (``领导小组下设办公室,负责
    日常事务``, ``指挥部下设办公室在某局,承担日常工作``, ``某镇设立防火指挥所,负责…``): lead = the office as written, task = the
    clause after ``负责``/``承担``, quote from the office to the end of that clause. Persons (``主任由…兼任``) and the
    host unit (``在某局``) are no party. Not: an office with no charge after it (``成立领导小组。``), a charge of a
    person (``下设组长,负责…``: no office's ending)."""
    out = []
    if "设" not in text and "成立" not in text and "组建" not in text:
        return out
    for m in _SET_UP_OFFICE.finditer(text):
        unit = m.group("unit")
        if _usi.list_lead_in(m.group("task")):
            continue  # (unitC24) ``…,负责以下工作:``: the list's items are the rows
        out.append((m.start("unit"), m.end("task"), m.group("task").strip(), [unit], []))
    return out


def _party_duty_headings(text: str, is_unit) -> list:
    from extract.rules.unit_duty_headings import party_duty_headings  # (that module reads this one's item cues)

    return party_duty_headings(text, is_unit)


def duty_list_rows(backend, doc, found: list) -> list:
    """The unit rows of U8b (i) and (ii) that no other reader made: a row is added only where no unit row of ``found``
    overlaps its quote."""
    from extract.cues import is_unit_cell

    text = doc.text
    from extract.rules import unit_body_duty_blocks as _ubd  # (unitA26; that module reads this one's cues)
    if "履行" not in text and "职责" not in text and "分工" not in text and "职能" not in text and "协助" not in text \
            and "配合" not in text and "设" not in text and "成立" not in text and "责任" not in text and "组建" not in text \
            and "主办" not in text and "主辦" not in text and "单位" not in text and "主体" not in text and "职掌" not in text \
            and "职权" not in text and "掌理" not in text and "職責" not in text \
            and "各司其职" not in text and "各负其责" not in text and not _ubd.may_hold_body_duties(text):
        return []
    body_rows = _ubd.body_duty_rows(text, is_unit_cell)  # (unitA26) U8, U8a, U3a: a body named once, its duty items below
    from extract.rules.unit_host_labels import bare_role_word
    taken = [(r.norm_span.start, r.norm_span.end) for r in found
             if isinstance(r, UnitAssignment) and r.norm_span is not None
             and not bare_role_word(r.lead_units)]  # (unitA25) ``主办:`` read as an office's label is no row (U7f)
    out = []
    hits = _upd.prose_duty_rows(text) + _upd.member_line_doers(text) + [(a, b, t, u, []) for a, b, t, u in owner_duty_items(text, is_unit_cell) + subject_led_items(text, is_unit_cell)
            + _party_duty_headings(text, is_unit_cell) + _usi.set_up_group_items(text, is_unit_cell)
            + _usd.semicolon_division_rows(text, is_unit_cell)]  # (unitC24); (lead47) ``…分工…:甲局…;乙局…``
    if (host := _uhk.plan_host_block(text, is_unit_cell)) is not None:  # (unitA25) U7f: an event plan's host labels
        hits.append((host[0], host[1], host[4], host[2], host[3]))
    hits += _ulh25.label_heading_rows(text, is_unit_cell)  # (unitA25) U4a, U4d: a role label set as a heading
    hits += body_rows + _ubd.staffed_group_rows(text, is_unit_cell)  # (unitA34) ``统筹组:主席团`` over ``任务:1、…``
    from extract.rules.unit_prose import duty_unit  # (that module reads this one's cues; imported where used)
    hits += _uli25.label_item_rows(text, duty_unit)  # (unitA25) U8a: ``(一)某局:`` over its numbered item lines
    from extract.rules.unit_prose import unit_list_heading as _ulhd  # (unitA27) U8a: ``某局。负责…`` a unit a line
    hits += _ubt27.unmarked_title_lines(text, lambda t: _ulhd(t) or duty_unit(t))
    from extract.rules.unit_clauses import _named_leads  # (unitB27) ``某局作为牵头单位,…``: a role by apposition
    hits += _ura.role_apposition_rows(text, _named_leads)
    for a, b, task, lead, resp in hits + helper_frames(text, is_unit_cell) + set_up_office_duties(text):
        if b <= a or any(x < b and a < y for x, y in taken):
            continue
        taken.append((a, b))
        out.append(UnitAssignment(**backend._base(doc, a, b, []), task=task, lead_units=list(lead), responsible_units=list(resp)))
    return out

