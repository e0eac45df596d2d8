"""A division of duties whose items lost their numbers (U8, U8a): each item is a unit's bare name closed by a full stop,
then its duties, the first opening with ``负责`` (``…职责如下: 某县水利局。负责…。 某县交通局、某县公路段。负责…``). The
unit that opens the item owns it, as a numbered item's title does (``rules.unit_prose.unit_titled_items``).

Made-up examples only.
"""

from __future__ import annotations

import re

# a bare name run (no mark) closed by ``。`` after a sentence's end, a colon or a blank, with ``负责`` right after: the
# title of an unnumbered duty item
_UNMARKED_TITLE = re.compile(r"(?:(?<=^)|(?<=[。;；:：\s]))(?P<title>[^。;；,，:：\s\d()（）]{2,40}?)。"
                             r"(?=[ \t\u3000]*(?:主要|具体|全面)?负责(?![人制的任]))")


def unmarked_unit_titles(text: str, names_units) -> list[tuple[re.Match[str], list[str]]]:
    """(match, units) of each unnumbered item title in ``text``: a name closed by ``。`` and followed by a ``负责`` duty
    (``某县水利局。负责…``), whose title ``names_units`` reads as units (a bare name or a list of them). Not: a sentence
    before ``负责`` (``加强领导。负责…``: no units), a name inside a clause (``…由某局。``: no sentence's start before it)."""
    if "负责" not in text:
        return []
    out = []
    for m in _UNMARKED_TITLE.finditer(text):
        if (units := names_units(m.group("title"))):
            out.append((m, units))
    return out
