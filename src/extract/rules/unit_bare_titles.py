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
# (speedA27) what both title patterns (``_UNMARKED_TITLE``, ``_TITLE_LINE``) hold after their title: a page without it has
# no such title, and one search for it (it opens with ``。``) is cheaper than their scans of every character
_STOP_THEN_DUTY = re.compile(r"。[ \t\u3000]*(?:主要|具体|全面)?负责(?![人制的任])")


def unmarked_unit_titles(text: str, names_units) -> list[tuple[re.Match[str], list[str]]]:
    """(match, units) of each unnumbered item title in ``text``: a name closed by ``。`` and followed by a ``负责`` duty
    (``某县水利局。负责…``), whose title ``names_units`` reads as units (a bare name or a list of them). Not: a sentence
    before ``负责`` (``加强领导。负责…``: no units), a name inside a clause (``…由某局。``: no sentence's start before it)."""
    if "负责" not in text or _STOP_THEN_DUTY.search(text) is None:
        return []
    out = []
    for m in _UNMARKED_TITLE.finditer(text):
        if (units := names_units(m.group("title"))):
            out.append((m, units))
    return out


# a line that opens with such a title (an optional item mark before it): ``某县水利局。负责…``, ``2.某县交通局。负责…``
_TITLE_LINE = re.compile(r"^[ \t\u3000]*(?:(?:\d{1,2}[.、．]|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*)?"
                         r"(?P<title>[^。;；,，:：\s\d()（）]{2,40}?)。[ \t\u3000]*(?:主要|具体|全面)?负责(?![人制的任])"
                         r"(?P<task>[^。;；,，\n]{2,60})", re.M)


def unmarked_title_lines(text: str, names_units) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(start, end, task, lead, []) of each line of a run of two or more lines that each open with a unit title closed
    by ``。`` and a ``负责`` duty (``某县水利局。负责…`` / ``某县交通局、某县公路局。负责…``): the division of duties above written
    a unit a line (U8a). Task = the duty's first clause (``负责`` left out, U7), quote from the title to its end. A single
    such line is no run (a heading closed by ``。`` over a sentence)."""
    if "负责" not in text or "。" not in text or _STOP_THEN_DUTY.search(text) is None:
        return []
    found = []
    for m in _TITLE_LINE.finditer(text):
        if (units := names_units(m.group("title"))):
            found.append((m, units))
    out = []
    for k, (m, units) in enumerate(found):
        line_no = text.count("\n", 0, m.start())
        neighbours = [text.count("\n", 0, o.start()) for j, (o, _) in enumerate(found) if j != k]
        if not any(abs(n - line_no) <= 2 for n in neighbours):
            continue  # (a run: another such line next to it, a broken line between allowed)
        task = m.group("task").strip()
        if len(task) >= 4:
            out.append((m.start("title"), m.end("task"), task, list(units), []))
    return out
