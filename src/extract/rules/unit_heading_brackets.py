"""A bracket after the organisation's name in a heading that owns the items below it (eval/README.md U8, twenty-second
round): ``(二)某市广播电视台(新闻频道、交通广播)`` lists the organisation's own parts or outlets and stays in the lead as
written (U3: never split inside brackets); ``(一)某县卫健局(3月5日)`` gives a date, and ``(三)某局(4项)`` a count, which
are no part of the name, nor is (unitA28) a short name in Latin letters (``某委员会(ABC)``). Either way the heading is still one organisation's name: its items are the unit's rows."""

from __future__ import annotations

import re

_TRAILING_BRACKET = re.compile(r"^(?P<name>[^()（）]{2,30}?)\s*[(（](?P<inner>[^()（）]{1,30})[)）]$")
# a date or a count: said of the heading, no part of the name
_DATE_OR_COUNT = re.compile(r"^(?:20\d\d年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[-—至~～](?:\d{1,2}月)?(?:\d{1,2}日)?)?$|^\d{1,3}\s*(?:项|項|个|個|条|條)$")
# the organisation's own parts or outlets: short names, listed with ``、``, no digits or verbs
# (unitA28) the body's own short name in Latin letters (``教务委员会(AC)``, ``学生会 (SU)``): no part of the name
_LATIN_SHORT = re.compile(r"[A-Z][A-Za-z&.]{1,9}")


def short_latin_name(inner: str) -> bool:
    """Whether a bracket's text ``inner`` is a short name in Latin letters that opens with a capital (``AC``, ``SAB``,
    ``IT``): a body's abbreviation, said of the name before it. Not: lower-case words (``pdf``), digits, Chinese text."""
    return _LATIN_SHORT.fullmatch(inner) is not None


# (unitA30) a bracket that names the body's other plate or its joint office (``(挂某某的牌子)``, ``(同时挂“甲”、“乙”牌子)``,
# ``(与某室合署办公)``): about the body itself, kept with its name as written (U3, twenty-fourth round)
# (lead52) one rank word in the bracket (``某部(处)``, ``某室(科)``): the same body under its other rank
_ALT_SUFFIX = re.compile(r"^(?:处|處|科|室|部|所|办|辦|局|委|中心)$")
_OWN_PLATE = re.compile(r"(?:同时)?[挂掛][^()（）]{1,26}牌子$")
_PARTS = re.compile(r"^[\u4e00-\u9fff*＊]{2,12}(?:[、,，][\u4e00-\u9fff*＊]{2,12}){0,5}$")  # (unitA25: ``***在线``, a masked name)


def heading_with_bracket(title: str, bare_unit_heading) -> list[str] | None:
    """The lead of a heading that is one organisation's name and a bracket after it (see the module's note), or None.
    ``bare_unit_heading`` reads the name without its bracket (``rules.units.bare_unit_heading``). Not: a bracket that
    is neither a date, a count nor a list of short names (``某局(牵头)``: the lead mark, read elsewhere; a clause)."""
    m = _TRAILING_BRACKET.match(title.strip().rstrip("。:："))
    if m is None:
        return None
    name, inner = m.group("name").strip(), m.group("inner").strip()
    if not name or bare_unit_heading(name) is None:
        return None
    if _DATE_OR_COUNT.match(inner) and re.search(r"\d", inner) or short_latin_name(inner):
        return [name]
    if _OWN_PLATE.search(inner):  # (unitA30) ``督导室(挂某教育督导室的牌子)``: about the body itself, kept as written (U3)
        return [name + title.strip().rstrip("。:：")[len(name):].strip()]
    if _ALT_SUFFIX.match(inner):  # (lead52) ``保卫部(处)``: the body's other rank word, part of its name as written (U3)
        return [name + title.strip().rstrip("。:：")[len(name):].strip()]
    if _PARTS.match(inner) and not re.search(r"牵头|牽頭|负责|負責|配合|协办|協辦|主办|主辦|承办|承辦", inner):
        return [name + title.strip().rstrip("。:：")[len(name):].strip()]
    return None


def without_own_clauses(found: list, path: list[str], text: str, bare_unit_heading) -> list:
    """``found`` (a paragraph's unit hits) without the ``由X…`` clauses whose X is the organisation of a heading that owns
    the paragraph (``(二)某台(…)\\n1.新闻报道。…由某台与某局对接。``): inside a block a heading owns, such a clause gives no
    row of its own; the item's row is the heading's (U8 twenty-second round, U7d)."""
    if not found or not path:
        return found
    owners = [u.split("(")[0].split("（")[0] for p in path if (us := bare_unit_heading(p)) for u in us]
    if not owners:
        return found
    return [a for a in found if not (text[a.start:a.start + 1] == "由" and a.lead
                                     and all(any(u.startswith(o) for o in owners) for u in a.lead))]


def dated_unit_line(title: str) -> bool:
    """(r25 unitB25) Whether ``title`` is one organisation's name with a date in a bracket after it (``某县卫健局(3月5日)``):
    a schedule's line of a unit's day, whose plain paragraphs below are that unit's doings (U8)."""
    m = _TRAILING_BRACKET.match(title.strip().rstrip("。:："))
    return m is not None and _DATE_OR_COUNT.match(m.group("inner").strip()) is not None and "月" in m.group("inner")


# a schedule's day before the unit's name: ``7月8日 某县卫健局``, ``7月8日:某县卫健局``, ``7月8日—9日 某局``
_LEADING_DATE = re.compile(r"^(?:20\d\d年)?\d{1,2}月\d{1,2}日(?:\s*[-—至~～]\s*(?:\d{1,2}月)?\d{1,2}日)?\s*[:：,，、]?\s*(?=[^\d\s])")


def without_leading_date(title: str) -> str | None:
    """(r25 unitB25) ``title`` without a schedule's day that opens it (``7月8日 某县卫健局`` -> ``某县卫健局``), or None where
    no day opens it. The caller reads what is left as a unit's name (U8: the day is no part of the name)."""
    m = _LEADING_DATE.match(title.strip())
    return title.strip()[m.end():] if m else None
