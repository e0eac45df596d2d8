"""(unitA40) The page's own body: the owner of a duty list that names no party (eval/README.md U8, U8a, U8b (iii)).

A body's duty page (``…职责``, ``…简介``, a 处/室/中心/科/委员会's page) names the body once, at its opening, and then
sets out its duties under a heading or a lead-in that names no party of its own::

    某街道办事处是区政府的派出机构,在区政府领导下开展工作。     (the page's opening defines the body)
    一、主要职责                                                (a duty heading naming no party)
    1.负责辖区社会事务管理。
    2.指导社区居委会工作。

The items under such a heading are the body's rows, as under ``某街道办事处职责`` (U8b (iii)): the nearest owner of a
partyless duty title is the body the page opens with. ``page_body`` reads that body from the page's opening: a first
sentence that says what the body is (``X是…机构/部门/单位/中心``, ``X係…``) or under whom it works (``X在…领导下``), or a
title line that is the body's name, alone or before ``职责``/``简介``/``工作职责`` (``某科室简介``). ``partyless_duty_title``
says whether a heading or a lead-in is a duty title that names no party (``主要职责``, ``(一)工作职责``, ``具体职责如下:``,
``職責``).

Not: an opening whose subject is a person or a post (``张三是…``, ``主任负责…``), a document (``本办法是…``), a collective or
a pointer (``各单位``, ``该中心``), a place or a concept (``学校是育人的主阵地``: the predicate must end in a body's kind);
a partyless title far into a page whose opening names no body; a title of a class of parties (``部门职责``: U4a, read
elsewhere); a people's title (``组长职责``).
"""

from __future__ import annotations

import functools
import re

from extract.rules.units import item_marker_kind

# a duty title naming no party: an optional outline mark, an optional adverb, ``职责``/``职能`` (and ``任务``), an optional
# copula or ``如下`` and colon
_PARTYLESS = re.compile(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．])?\s*"
                        r"(?:其|本(?:部门|單位|单位|中心|处|處|室|科)?的?)?(?:主要|具体|具體|基本)?(?:工作)?"
                        r"(?:职责|職責|职能|職能)(?:(?:和|与|與|及)(?:任务|任務|权限|權限))?(?:主要)?"
                        r"(?:是|如下|包括|有|为|為)?\s*[:：]?\s*$")

# the page's opening sentence: ``X是…<kind>`` / ``X係…<kind>`` (what the body is) or ``X在…领导下`` (under whom it works)
_KIND = r"(?:部门|部門|机构|機構|单位|單位|中心|组织|組織|处室|處室|科室|办事机构|職能部門|职能部门)"
_DEFINES = re.compile(r"^\s*(?P<party>[^\s,，。;；:：!！?？是係为為在由的]{2,20}?)(?:是|係|为|為|系(?![是为為係]))(?:在)?[^。;；!！?？]{0,80}?" + _KIND + r"(?=[,，。;；、]|$)")
_UNDER = re.compile(r"^\s*(?P<party>[^\s,，。;；:：!！?？是係为為在由的]{2,20}?)(?:是)?在[^。;；!！?？,，]{1,30}?(?:领导|領導|指导|指導)下")
# a title line: the body's name, alone or before a page word
_TITLE_TAIL = re.compile(r"(?:的)?(?:主要)?(?:工作)?(?:职责|職責|职能|職能|简介|簡介|概况|概況|介绍|介紹)$")

_MARK = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．)）])\s*")
# a person or a post as the subject: no body
_PERSONAL = re.compile(r"(?:校长|校長|院长|院長|园长|園長|主任|局长|局長|书记|書記|组长|組長|处长|處長|科长|科長|部长|部長|"
                       r"成员|成員|同志|老师|老師|教师|教師|干事|幹事|馆长|館長)$")
# a document as the subject
_DOCUMENT = re.compile(r"^(?:本|该|該|此|这|這)|(?:办法|辦法|制度|方案|规定|規定|细则|細則|章程|意见|意見)$")


def partyless_duty_title(title: str) -> bool:
    """Whether a heading or a lead-in line is a duty title naming no party (``一、主要职责``, ``具体职责如下:``)."""
    t = title.strip()
    if not t or len(t) > 16 or ("职" not in t and "職" not in t):
        return False
    return _PARTYLESS.match(t) is not None


def _body(name: str) -> list[str] | None:
    from extract.rules.unit_defined_duties import _topic_units
    from extract.rules.units import bare_unit_heading
    name = name.strip()
    if not name or _PERSONAL.search(name) or _DOCUMENT.search(name):
        return None
    return bare_unit_heading(name) or _topic_units(name)


def opening_body(line: str) -> list[str] | None:
    """The body a page's opening line names: its defining sentence's subject (``某中心是…机构``, ``某科在…领导下``) or the
    title line's name (``某科室``, ``某科室简介``, ``某科室职责``); None for any other line."""
    t = line.strip()
    if not t or "\n" in t:
        return None
    if len(t) <= 30 and not any(c in t for c in ",，。;；:：!！?？"):
        name = _TITLE_TAIL.sub("", t)
        if name != t or len(t) <= 16:
            return _body(name)
        return None
    for pat in (_DEFINES, _UNDER):
        if (m := pat.match(t)) is not None and (units := _body(m.group("party"))) is not None:
            return units
    return None


@functools.lru_cache(maxsize=256)
def page_body(text: str, before: int) -> tuple[str, ...] | None:
    """The body a page opens with (``opening_body`` of its first or second non-blank line), where it stands before
    offset ``before``; None where the page opens with no body. One body only: a page naming two different bodies in
    its opening lines has no single owner."""
    if before > 4000:
        return None  # (far into a long page: the opening owns no title there)
    lines = [ln for ln in text[:before].split("\n") if ln.strip()]
    if not lines or item_marker_kind(lines[0]) is not None:
        return None  # (a page that opens with an outline part: no page title, no body of the page)
    found = [u for ln in lines[:2] if (u := opening_body(ln)) is not None]
    if not found or any(u != found[0] for u in found):
        return None
    if any(_other_body_line(ln, found[0]) for ln in lines[2:]):
        return None  # (another body's name on a line of its own nearer the title: the nearest owner is that one's)
    return tuple(found[0])


def _other_body_line(line: str, body: list[str]) -> bool:
    """Whether ``line`` is another body's name on a line of its own (``后勤组``, ``(二)某科``): the owner nearer a title."""
    from extract.rules.unit_function_bodies import function_body_name
    from extract.rules.units import bare_unit_heading
    t = _MARK.sub("", line.strip(), count=1).rstrip(":：")
    if not t or len(t) > 20 or any(c in t for c in ",，。;；!！?？"):
        return False
    units = bare_unit_heading(t) or ([t] if function_body_name(t, teams=True) else None)
    return units is not None and units != body


# -- a subjectless charge after the body's definition ------------------------------------------------------------------

_SENTENCES = re.compile(r"[^。!！?？\n]+[。!！?？]?")
# a sentence with no subject of its own that states the charge: ``在Z的领导下,负责Y``, ``主要负责Y``
_CHAINED = re.compile(r"^\s*(?:在[^。;；,，]{1,24}?(?:领导|領導|指导|指導)下\s*[,，]\s*)?(?:主要|具体|具體)?(?:负责|負責)"
                      r"(?P<task>[^。;；,，!！?？]{4,60})")


def chained_charges(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, []) of each sentence of ``text`` (a paragraph) that states a charge with no subject of its
    own (``在分管院长的领导下,负责…``, ``主要负责…``) right after a sentence that defines a body (``某馆是…机构``): the
    subject of the definition is the charge's owner (U7: the topic goes on), quote from the sentence's start to the
    end of the task. Not: a sentence after anything but a body's definition (a person's, a document's, a concept's:
    ``opening_body``), a sentence that opens with a subject of its own."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if ("负责" not in text and "負責" not in text) or not any(w in text for w in ("是", "係", "系", "为", "為")):
        return out
    owner: list[str] | None = None
    for m in _SENTENCES.finditer(text):
        s = m.group()
        if owner is not None and (c := _CHAINED.match(s)) is not None:
            out.append((m.start(), m.start() + c.end("task"), c.group("task").strip(), list(owner), []))
            continue
        d = _DEFINES.match(s)
        owner = _body(d.group("party")) if d is not None else None
    return out


def title_owner(text: str, start: int) -> list[str] | None:
    """The page's body (``page_body``) as the owner of a partyless duty title at ``start``, save where the body's name
    stands on the line right above the title (``某中心\\n主要职责\\n(一)…``: a body duty block, read by
    ``unit_body_duty_blocks``); None where the page has no body."""
    from extract.rules.units import bare_unit_heading
    if (body := page_body(text, start)) is None:
        return None
    prev = text[:text.rfind("\n", 0, start) + 1].rstrip().rsplit("\n", 1)[-1].strip()  # (the line above the title's line)
    if bare_unit_heading(prev) == list(body) or any(a >= start and lead == list(body) for a, lead in _block_rows(text)):
        return None  # (the body duty block reader's: a body named once, its people lines, ``职责:`` and the items)
    return list(body)


@functools.lru_cache(maxsize=64)
def _block_rows(text: str) -> tuple[tuple[int, list[str]], ...]:
    from extract.cues import is_unit_cell
    from extract.rules.unit_body_duty_blocks import body_duty_rows
    return tuple((a, lead) for a, _, _, lead, _ in body_duty_rows(text, is_unit_cell))
