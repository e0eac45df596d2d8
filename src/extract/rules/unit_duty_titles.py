"""(r30 unitA30) A party's duty title on a line of its own over its numbered duties (U8b (iii), twenty-fifth round).

An office's page or a body's charter names the party whose duties it lists on a line of its own, not set as an outline
heading: ``某局的主要职责``, ``示例办公室、示例科工作职责``; a lead-in closed by a colon may stand between it and the
items (``在院长的直接领导下,做好如下工作:``). The numbered items below are the party's rows, one per item, lead the party
as written without ``的``, ``主要``/``工作`` and ``职责`` (U8a, U8b (iii)); an item that opens with a unit of its own is that
unit's row (U8b (ii)), read elsewhere. The formal numerals of a Traditional page (``(壹)``, ``(贰)``) number items as
``(一)``, ``(二)`` do.

Not: a people's title (``组长职责``: U4a), a title naming the class of the parties (``部门职责``), a title with a list mark
of its own (an outline heading, read by the heading reader), a title with no numbered items under it.

No I/O; the owner reader (``unit_owners.owner_scopes``) asks ``duty_title_items`` for each text paragraph.
"""

from __future__ import annotations

import re

from extract.rules.units import item_marker_kind, units_of_heading

# a party's name, then its duties (``某局的主要职责``, ``某办工作职责``, ``某委员会职责``)
_DUTY_TITLE = re.compile(r"^(?P<party>[^\s,，。;；:：!！?？]{2,30}?)的?(?:主要|工作|基本|具体)?(?:工作)?(?P<noun>职责|職責|职能|职权|职掌)"  # (unitA38) the lead-in reader's nouns
                         r"(?P<tail>(?:是|如下|包括|为|有)?[:：])?$")
# people's titles (U4a)
_PEOPLE = re.compile(r"(?:组长|组员|成员|主任|领导|负责人|责任人|老师|教师|家长|学生|班主任|校长|人员|岗位)$")
# a lead-in between the title and the items, closed by a colon (``做好如下工作:``, ``其主要职责是:``)
_LEAD_IN = re.compile(r"^[^\n]{2,60}[:：]$")
# the formal numerals of a Traditional page (``(壹)``) as list marks
_FORMAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾貳參陸", "一二三四五六七八九十二三六")


# (unitA34) a bracket mark a scrape has spaced (``(5 )``, ``( 6)``)
_SPACED_PAREN = re.compile(r"^[(（][ \t\u3000]*(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})[ \t\u3000]*[)）]")
_CN_NUM = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")}
_PAREN_KINDS = ("paren-numeral", "paren-digit")


def _unspaced(s: str) -> str:
    m = _SPACED_PAREN.match(s)
    return f"({m.group('n')})" + s[m.end():] if m else s


def marker_kind(line: str) -> str | None:
    """``units.item_marker_kind`` with the formal numerals read as the plain ones (``(壹)`` is ``(一)``) and a bracket
    mark the scrape spaced read as the plain one (``(5 )`` is ``(5)``, unitA34)."""
    s = _unspaced(line.strip())
    return item_marker_kind(s[:4].translate(_FORMAL) + s[4:])


def paren_number(line: str) -> int | None:
    """(unitA34) The number of a bracket mark a line opens with (``(一)`` 1, ``(2)`` 2, ``(5 )`` 5); None for any other."""
    m = _SPACED_PAREN.match(line.strip().translate(_FORMAL))
    if m is None:
        return None
    n = m.group("n")
    if n.isdigit():
        return int(n)
    return _CN_NUM[n] if len(n) == 1 else None


def counting_paren_kind(line: str) -> str | None:
    """(unitA34) ``marker_kind`` with both bracket marks one kind: a duty list whose marks change script after its first
    item and go on counting (``(一)…\n(2)…\n(3)…``, a scrape's mix) is one list."""
    k = marker_kind(line)
    return "paren" if k in _PAREN_KINDS else k


def mixed_paren_start(first: str, second: str) -> bool:
    """(unitA34) Two items whose bracket marks differ in script but count on (``(一)`` then ``(2)``): one list, not an
    outline part over its sub-items (``(一)`` then ``(1)``)."""
    kinds = {marker_kind(first), marker_kind(second)}
    return kinds == set(_PAREN_KINDS) and paren_number(first) == 1 and paren_number(second) == 2


def duty_title_units(line: str) -> list[str] | None:
    """The parties of a duty title on a line of its own (``某局的主要职责`` -> [``某局``]); None for any other line."""
    t = line.strip()
    if not t or "\n" in t or len(t) > 34 or item_marker_kind(t) is not None:
        return None
    m = _DUTY_TITLE.match(t)
    if m is None or _PEOPLE.search(m.group("party")):
        return None
    if m.group("noun") not in ("职责", "職責"):  # (unitA38) ``某会职权``, ``某馆职掌``: read as its ``职责`` title
        t = t[:m.start("noun")] + "职责" + t[m.end("noun"):]
        m = _DUTY_TITLE.match(t)
    if m.group("tail"):  # (unitA34) ``某局的主要职责是:``: a body's name, no clause (``各成员按岗位履行安全职责:``)
        from extract.rules.unit_defined_duties import _topic_units
        if _topic_units(m.group("party")) is None or "履行" in m.group("party"):
            return None
        return units_of_heading(t[:m.start("tail")])
    return units_of_heading(t)


# (unitA34) a lead-in naming no party, closing a paragraph that defines the body (``X是…的派出机构,…。主要工作职责是:``)
_BARE_LEAD_IN = re.compile(r"(?:^|[。;；!！])\s*(?:其|它的)?(?:主要|具体|基本)?(?:工作)?(?:职责|職責)(?:主要)?(?:是|如下|包括|有|为)?[:：]\s*$")
_DEFINED_TOPIC = re.compile(r"^\s*(?P<party>[^\s,，。;；:：!！?？是由]{2,20}?)(?:是|为)[^。;；!！?？]{2,60}?(?:部门|机构|单位)(?=[,，。;；]|$)")
# (lead46) the body defined by under whom it works (``某处在学校党委领导下,…``), as ``unit_page_bodies`` reads an opening
_UNDER_TOPIC = re.compile(r"^\s*(?P<party>[^\s,，。;；:：!！?？是由在的]{2,20}?)在[^。;；!！?？,，]{1,30}?(?:领导|領導|指导|指導)下")


# (lead51) a lead-in of its own line naming no party (``其主要职能有以下几项:``), under a paragraph that defines the body
_LEAD_IN_LINE = re.compile(r"^\s*(?:其|它的)?(?:主要|具体|基本)?(?:工作)?(?:职责|職責|职能|職能)(?:主要)?"
                           r"(?:是|如下|包括|有|为|有以下几点|有以下几个方面|有以下几项|有以下幾點)?[:：]\s*$")
# (lead51) a body defined by what it serves as (``某部作为社团联合会对外联络的窗口,主要负责…``)
_AS_TOPIC = re.compile(r"^\s*(?P<party>[^\s,，。;；:：!！?？是由在的]{2,20}?)(?:作为|作為)[^。;；!！?？,，]{2,40}?"
                       r"(?:部门|部門|机构|機構|单位|單位|平台|组织|組織|窗口|纽带|紐帶)(?=[,，])")


def definition_then_lead_in_units(text: str, paragraphs: list[tuple[int, int, str]], k: int) -> list[str] | None:
    """(lead51) The body of paragraph ``k`` where it defines the body (``X是…部门``, ``X在…领导下``, ``X作为…的平台,…``) and the
    next paragraph is a lead-in naming no party (``其主要职能有以下几项:``): the numbered items below it are the body's, as
    under its duty title (U8b (iii)); None otherwise."""
    a, b, _ = paragraphs[k]
    t = text[a:b].strip()
    if "\n" in t or len(t) > 300 or k + 1 >= len(paragraphs) \
            or _LEAD_IN_LINE.match(text[paragraphs[k + 1][0]:paragraphs[k + 1][1]]) is None:
        return None
    if (m := _DEFINED_TOPIC.match(t) or _UNDER_TOPIC.match(t) or _AS_TOPIC.match(t)) is None:
        return None
    from extract.rules.unit_defined_duties import _topic_units
    return _topic_units(m.group("party"))


def defined_lead_in_units(paragraph: str) -> list[str] | None:
    """(unitA34) The body of a paragraph that first defines it and closes with a lead-in naming no party
    (``某街道办事处是区政府的派出机构,…。主要工作职责是:``): the numbered items below are its duties, as under its duty
    title (U8b (iii)); None for any other paragraph. Not: a topic that points back or names no body (``其``, ``学校``)."""
    t = paragraph.strip()
    if ("职责" not in t and "職責" not in t) or "\n" in t or len(t) > 300 or _BARE_LEAD_IN.search(t) is None \
            or (m := _DEFINED_TOPIC.match(t) or _UNDER_TOPIC.match(t)) is None:
        return None
    from extract.rules.unit_defined_duties import _topic_units
    return _topic_units(m.group("party"))


_CHARGE_ITEM = re.compile(r"^\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．)）](?!\d))\s*"
                          r"(?:主要|具体|具體)?(?:负责|負責)(?!人|同志)")


def opening_definition_units(text: str, paragraphs: list[tuple[int, int, str]], k: int) -> list[str] | None:
    """(lead46) The body a page opens with by defining it (``某处是学校的…职能部门,…。`` or ``某处在…领导下,…``) where its
    numbered duties follow at once, no duty title between (``一、贯彻…。\n二、负责…。\n三、负责…。``): the items are its
    rows, as under ``主要职责`` (U8b (iii), unitA40's page body). Only the page's first paragraph, and only where two of the
    first three items open with ``负责`` (a duty list, not the page's outline); None otherwise."""
    if k != 0:
        return None
    a, b, _ = paragraphs[k]
    t = text[a:b].strip()
    if "\n" in t or len(t) > 300 or (m := _DEFINED_TOPIC.match(t) or _UNDER_TOPIC.match(t)) is None:
        return None
    items = [text[x:y] for x, y, _ in paragraphs[k + 1:k + 4]]
    if len(items) < 2 or sum(1 for it in items if _CHARGE_ITEM.match(it)) < 2:
        return None
    from extract.rules.unit_defined_duties import _topic_units
    return _topic_units(m.group("party"))


def _page_body_units(text: str, a: int, b: int) -> list[str] | None:
    """(unitA40) The page's own body where ``text[a:b]`` is a duty title naming no party (``主要职责如下:``) on a page
    that opens with its body (``unit_page_bodies``); None otherwise."""
    from extract.rules import unit_page_bodies as _upb
    if not _upb.partyless_duty_title(text[a:b]):
        return None
    return _upb.title_owner(text, a)


def unmarked_partyless_title(text: str, a: int, b: int) -> bool:
    """(unitA40) A partyless duty title with no outline mark of its own (``主要职责如下:`` set as a heading over ``1.``
    items that the outline did not nest under it) on a page that opens with its body: an owner line (U8b (iii))."""
    return item_marker_kind(text[a:b]) is None and _page_body_units(text, a, b) is not None


def duty_title_items(text: str, paragraphs: list[tuple[int, int, str]], k: int) -> tuple[list[str], int, bool] | None:
    """(units, index of the first item's paragraph, whether the marks mix both bracket kinds) where paragraph ``k`` is a
    party's duty title over two or more numbered items, a lead-in closed by a colon allowed between; None otherwise."""
    a, b, kind = paragraphs[k]
    if kind not in ("text", "heading") or (units := duty_title_units(text[a:b]) or (
            defined_lead_in_units(text[a:b]) if kind == "text" else None) or _page_body_units(text, a, b)
            or (opening_definition_units(text, paragraphs, k) if kind == "text" else None)
            or (definition_then_lead_in_units(text, paragraphs, k) if kind == "text" else None)) is None:
        return None
    first = k + 1
    if first < len(paragraphs) and marker_kind(text[paragraphs[first][0]:paragraphs[first][1]]) is None \
            and _LEAD_IN.match(text[paragraphs[first][0]:paragraphs[first][1]].strip()):
        first += 1
    if first + 1 >= len(paragraphs):
        return None
    two = [text[p[0]:p[1]] for p in paragraphs[first:first + 2]]
    kinds = [marker_kind(t) for t in two]
    if kinds[0] is not None and kinds[0] == kinds[1] and (kind == "text" or unmarked_partyless_title(text, a, b)):
        return units, first, False  # (a title set as a heading over one kind of marks: the heading reader's)
    if mixed_paren_start(*two):
        return units, first, True
    return None


# (unitA35) a numbered item that is a short title only (``1. 政策制定与落实``), and a paragraph closed as a sentence
_TITLE_ONLY = re.compile(r"[^\s。;；!！?？,，:：、]{2,16}")
_CLOSED = ("。", ";", "；", "!", "！", "?", "？")


def titled_paragraph_items(text: str, paragraphs: list[tuple[int, int, str]], k: int) -> tuple[list[str], int, int] | None:
    """(unitA35) (units, index of the first item, index past the list) where paragraph ``k`` is a party's duty title
    (``县委办的主要职责``) over two or more numbered items of one kind, each a short title only with one or more paragraphs
    of running text under it (``1. 综合协调\n某办负责协调…。\n2. 信息处理\n…``): U8b (iii) over numbered items, each title
    the row's task, the paragraph its body. The list ends at the first paragraph that is neither such an item nor a
    closed sentence under one (the page's next heading). None otherwise (items with no paragraphs between: ``duty_title_items``)."""
    a, b, kind = paragraphs[k]
    if kind not in ("text", "heading") or (units := duty_title_units(text[a:b])) is None:
        return None
    j, n, mk, bodies = k + 1, 0, None, 0
    while j < len(paragraphs):
        t = text[paragraphs[j][0]:paragraphs[j][1]].strip()
        m = marker_kind(t)
        if m is not None:
            title = _MARK_OFF.sub("", _unspaced(t), count=1).strip()
            if (mk is not None and m != mk) or not _TITLE_ONLY.fullmatch(title):
                break
            mk, n = m, n + 1
        elif n and t.endswith(_CLOSED) and len(t) >= 8:
            bodies += 1
        else:
            break
        j += 1
    if n < 2 or bodies < n:
        return None
    return units, k + 1, j


_MARK_OFF = re.compile(r"^\s*(?:[(（][^()（）]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[.、．)）]|[①-⑳])")


# -- an owned item with a label of its own ---------------------------------------------------------------------------

_OWN_LABEL = re.compile(r"^(?P<name>[^\s,，。;；:：]{2,30}?)\s*[:：]\s*(?=\S)")


def own_label(title: str, bare) -> tuple[int, list[str]] | None:
    """(offset of the duty after the label, [the body]) where an item under an owner line opens with a body's own label
    (``1. 研究生院/研究生处:负责…`` under ``行政部门``): the item is that body's row (U8a: a label owns its paragraph), the
    line above only the class its bodies belong to; None where the item opens with no body's label (``1.负责…``, a
    person's post ``组长:…``)."""
    m = _OWN_LABEL.match(title)
    if m is None or _PEOPLE.search(m.group("name")) or (units := bare(m.group("name"))) is None:
        return None
    return m.end(), [m.group("name")] if len(units) == 1 else units


# -- a numbered heading line that is a U7 clause opening with ``由X`` ---------------------------------------------------

_LED_OPEN = re.compile(r"^由[\u4e00-\u9fff、]{2,30}?(?:牵头|负责)")


def opens_with_led_clause(title: str) -> bool:
    """(unitA30) A heading line that opens with ``由X牵头``/``由X负责`` (``1、由某中心牵头组织书画展``): a U7 clause read as text,
    however short (``cues.heading_is_sentence`` asks a length or a clause mark of a title without ``由`` before the unit)."""
    return _LED_OPEN.match(title.strip()) is not None
