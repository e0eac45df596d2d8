"""(unitA35) Peer heads in a run of duty heads (eval/README.md U8a): a charter's list of its sections, each item a section's
name, a colon and its matters (``一、甲课:关于…事项。二、乙课:关于…事项。``). Where two or more items of the run read as units'
heads, an item of the same mark style whose label ends with the same kind as one of them (``课``, ``室``, ``组``) is a
head too, though its name alone reads as no unit (``建设课`` opens with a verb, ``原住民课`` is no name the unit reader
knows): the list names the sections alike. And an item of the run's mark style is a sibling of the heads, never an item
inside the block above it.

    本所下列课、室,分别掌理有关事项: 一、民政课:关于…事项。 二、财政课:关于…事项。 三、建设课:关于…事项。
    -> three rows, leads 民政课, 财政课 and 建设课 (each task the item's own matters)

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.nested_styles import marker_style

# a label that is a short name, no clause (no verb phrase or numbers): 2-8 CJK characters
_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _style(m: re.Match[str]) -> str | None:
    mark = (m.group("mark") or "").strip()
    return marker_style(mark) if mark else None


def peer_heads(text: str, heads: list, head_pattern: re.Pattern[str], is_duty) -> list:
    """``heads`` (the run's (match, units) pairs, in text order) with the peers added: each ``head_pattern`` match of ``text``
    that ``heads`` lacks, with a mark of the style of the heads' marks, a label of 2-8 CJK characters that ends with the
    last character of a head's name and does not open with a collective (``各``, ``相关``), and a duty after it
    (``is_duty`` of the text up to the next match). Unchanged where fewer than two heads carry marks of one style."""
    styles = {_style(m) for m, _ in heads}
    if len(heads) < 2 or len(styles) != 1 or None in styles:
        return heads
    style = styles.pop()
    kinds = {u[-1] for _, units in heads for u in units if u}
    have = {m.start() for m, _ in heads}
    matches = [m for m in head_pattern.finditer(text)]
    added = []
    for i, m in enumerate(matches):
        if m.start() in have or _style(m) != style or m.group("open") or m.group("note"):
            continue
        name = m.group("unit")
        if not _NAME.fullmatch(name) or name[-1] not in kinds or name.startswith(("各", "相关", "有关")):
            continue
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        if not is_duty(text[m.end():end]):
            continue
        added.append((m, [name]))
    if not added:
        return heads
    return sorted(list(heads) + added, key=lambda h: h[0].start())


def sibling_end(text: str, start: int, end: int, head: re.Match[str], item_pattern: re.Pattern[str]) -> int:
    """Where the block of ``head`` (from ``start``) ends before ``end``: at the first item mark of the head's own style
    (a sibling of the head, ``三、`` after ``二、甲课:``), else ``end``."""
    style = _style(head)
    if style is None:
        return end
    for it in item_pattern.finditer(text, start, end):
        mark = it.group().strip()
        if mark and marker_style(mark) == style:
            return it.start()
    return end
