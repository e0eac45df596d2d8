"""Unit headings run into one line (U8 over a flattened outline): minutes or a work plan written part by part, one
part per organisation, whose line breaks the page lost, so that the headings stand inside a running line
(``(一)甲科 1.近期工作: (1)整理台账。(2)报送月报。 (二)乙科 1.近期工作: (1)…``). Each heading is an organisation's
name and nothing else and owns the items after it up to the next heading (U8, U8a: one row per numbered item, lead
the organisation, responsible ``[]``; the genre changes nothing, a report of work done or planned part by part
gives its rows as a plan does). The first row's quote starts at the name, the others at their item text (marker
left out); each runs to the end of the item's first sentence.

- ``run_in_headings``: the run-in headings of a line, a run of at least two with numerals in sequence
  (``(一)``, ``(二)``…), each followed by a space, its name read as one organisation's (``bare_unit_heading``).
- ``run_in_owner_items``: the rows of their blocks: the bracketed digit items (``(1)…``) where the block has them (a
  ``1.近期工作事宜:`` line is their sub-label, no item), else its ``1.`` items that are no sub-label.

Made-up examples only.
"""

from __future__ import annotations

import re

_CN = "一二三四五六七八九十"
# a bracketed numeral heading inside a line (anywhere: the normaliser drops a space between two CJK characters, so the
# first heading may follow its section's title directly), then a name and a space
_RUN_IN = re.compile(rf"[(（](?P<num>[{_CN}]{{1,3}})[)）]\s*"
                     r"(?P<name>[^\s(（)）:：,，。;；、]{2,12})(?=[ \t\u3000])")
# a bracketed digit item and its text up to its sentence's end or the next item
_PAREN_ITEM = re.compile(r"[(（]\d{1,2}[)）]\s*(?P<body>(?:[^。;；\n(（]|[(（](?!\d{1,2}[)）]))+?)\s*(?=[。;；]|[(（]\d{1,2}[)）]|$)")
# a digit item (``1.``) and its text; one that ends with a colon is a sub-label
_DIGIT_ITEM = re.compile(r"(?:(?<=^)|(?<=[\s。;；]))\d{1,2}[.、．](?!\d)\s*(?P<body>[^。;；\n]+?)\s*(?=[。;；]|\s\d{1,2}[.、．](?!\d)|$)")


def _numeral(s: str) -> int:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN.index(s[1]) + 1
    if len(s) == 2 and s.endswith("十"):
        return (_CN.index(s[0]) + 1) * 10
    if len(s) == 3:
        return (_CN.index(s[0]) + 1) * 10 + _CN.index(s[2]) + 1
    return _CN.index(s) + 1


def run_in_headings(line: str, is_owner) -> list[tuple[int, int, str]]:
    """The run-in unit headings of ``line``: (start of the name, end of the name, name) for each of a run of at least
    two bracketed numeral headings in sequence whose names ``is_owner`` reads as one organisation's. ``(一)甲科 …(二)乙科
    …`` -> both; a single one, or headings that name no organisation (``(一)基本情况 …``), give none."""
    found = []
    for m in _RUN_IN.finditer(line):
        try:
            n = _numeral(m.group("num"))
        except ValueError:
            continue
        if is_owner(m.group("name")):
            found.append((n, m.start("name"), m.end("name"), m.group("name")))
    run: list[tuple[int, int, str]] = []
    best: list[tuple[int, int, str]] = []
    prev = None
    for n, a, b, name in found:
        if prev is not None and n == prev + 1:
            run.append((a, b, name))
        else:
            run = [(a, b, name)]
        prev = n
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 else []


def run_in_owner_items(text: str, is_owner) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, [owner]) for each item of each run-in unit heading's block in ``text`` (see the module)."""
    out: list[tuple[int, int, str, list[str]]] = []
    if "(" not in text and "（" not in text:
        return out
    pos = 0
    for line in text.split("\n"):
        heads = run_in_headings(line, is_owner) if len(line) > 40 else []
        for k, (a, b, name) in enumerate(heads):
            end = len(line)
            if k + 1 < len(heads):  # the next heading's bracket
                end = max(line.rfind("(", b, heads[k + 1][0]), line.rfind("（", b, heads[k + 1][0]))
            block = line[b:end]
            items = [(m.start("body"), m.end("body")) for m in _PAREN_ITEM.finditer(block)]
            if not items:
                items = [(m.start("body"), m.end("body")) for m in _DIGIT_ITEM.finditer(block)
                         if not block[m.end("body"):m.end("body") + 1] in (":", "：")
                         and not m.group("body").rstrip().endswith((":", "："))]
            first = True
            for x, y in items:
                body = block[x:y].strip()
                if len(body) < 4 or body.endswith((":", "：")):
                    continue
                start = pos + (a if first else b + x)
                out.append((start, pos + b + y, body, [name]))
                first = False
        pos += len(line) + 1
    return out


def run_in_owner_rows(backend, doc, found: list) -> list:
    """The unit rows of ``run_in_owner_items`` that no other reader made (none where a unit row of ``found`` overlaps)."""
    from extract.data import UnitAssignment
    from extract.rules.units import bare_unit_heading

    text = doc.text
    taken = [(r.norm_span.start, r.norm_span.end) for r in found
             if isinstance(r, UnitAssignment) and r.norm_span is not None]
    out = []
    for a, b, task, lead in run_in_owner_items(text, lambda s: bare_unit_heading(s) is not None):
        if b <= a or any(x < b and a < y for x, y in taken):
            continue
        taken.append((a, b))
        out.append(UnitAssignment(**backend._base(doc, a, b, []), task=task, lead_units=list(lead), responsible_units=[]))
    return out
