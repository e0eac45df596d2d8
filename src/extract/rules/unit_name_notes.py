"""Brackets after a unit's name (eval/README.md U3, twenty-fourth round): a bracket that defines the short name used
after it (``(以下简称…)``) is a drafting note, no part of the name, and is left out; a bracket that names the body's
other plate or its joint office (``(挂…牌子)``, ``(与…合署办公)``) is about the body itself and is kept as written.

Made-up examples only.
"""

from __future__ import annotations

import re

# ``(以下简称县防指)``, ``（下称某办）``, ``(简称某委)``: a short name defined for the text after it
_ALIAS_NOTE = re.compile(r"[(（](?:以下|下文)?(?:简称|簡稱|称|稱)[^()（）]{1,16}[)）]$")
# ``(挂某馆牌子)``, ``(与某办合署办公)``, ``(加挂某中心牌子)``: the body's other plate or its joint office
_PLATE_NOTE = re.compile(r"[(（](?:加挂|加掛|挂|掛|与|與|和)[^()（）:：]{1,22}(?:牌子|牌|合署办公|合署辦公|合署)[)）]"
                         # (lead46) the body's other kind, one character (``輔導處(室)``: 处 or 室, the name as written, U3)
                         r"|[(（](?:室|处|處|科|组|組|股|课|課|部)[)）]")


def without_alias_note(name: str) -> str:
    """``name`` without a closing bracket that defines its short name: ``某县防汛指挥部(以下简称县防指)`` ->
    ``某县防汛指挥部``; any other name as it is (``某镇文化站(挂某镇图书馆牌子)``, ``某县(区)政府``)."""
    m = _ALIAS_NOTE.search(name)
    return name[:m.start()].rstrip() if m is not None and m.start() >= 2 else name


def plate_note(bracket: str | None) -> bool:
    """Whether ``bracket`` (a whole ``(…)`` after a name) names the body's other plate or its joint office
    (``(挂某馆牌子)``, ``(与某办合署办公)``) or its other kind in one character (``某处(室)``): a note kept in the unit's name. Not: a date, a lead mark (``(牵头)``), a
    short name's definition (``(以下简称…)``)."""
    return bracket is not None and _PLATE_NOTE.fullmatch(bracket.strip()) is not None


def with_plate_note(units: list[str] | None, bracket: str | None) -> list[str] | None:
    """The one unit of a duty head with its plate or joint-office bracket kept (``某镇文化站`` and ``(挂某镇图书馆牌子)``
    -> ``某镇文化站(挂某镇图书馆牌子)``); ``units`` as they are where the bracket is no such note or the head names
    several units."""
    if units is None or len(units) != 1 or not plate_note(bracket):
        return units
    return [units[0] + bracket.strip()]
