"""(unitA31) Units the source separates by spaces only, which the normaliser glued (eval/README.md U3: units are split on
spaces; records.md: the scorer drops whitespace only when it compares):

    主办单位:某市委办公厅 某市政府办公厅 某市文联 某报业集团     -> four leads, not one glued name

The normalised text drops whitespace between Chinese characters, so a reader sees ``某市委办公厅某市政府办公厅…`` and the
glued-name splitter can part it only where each name opens with its own level (``市``, ``县``). ``respaced_units`` reads each
unit row's span in the original text: a unit whose characters the original writes as a run of space-separated words, each a
unit's name of its own (``is_unit_cell``), two at least, is that run of units. Not: a name the source wraps or spaces
inside (``某县退役军人 事务局``: a part that reads as no unit's name keeps the name whole, U3 twentieth round; ``某县 教育局``: a
place alone is the name's place, no unit). Made-up
examples only.
"""

from __future__ import annotations

import re

_WORDS = re.compile(r"[^\s、,，;；:：。()（）]+")
# a place and nothing else (``某县``, ``临沂市``, ``兰山区``): the place of the name after it (``某县 教育局``), no unit of its own
_PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,6}[省市州盟县区旗镇乡]$")


def _split_at_spaces(unit: str, original: str, simplify) -> list[str] | None:
    """The space-separated words of ``original`` that make up ``unit`` (two at least, each a unit's name), or None."""
    from extract.cues import is_unit_cell
    words = [(m.group(), simplify(m.group())) for m in _WORDS.finditer(original)]
    for i in range(len(words)):
        if not unit.startswith(words[i][1]):
            continue
        acc, parts = "", []
        for raw, norm in words[i:]:
            acc += norm
            parts.append(norm)
            if acc == unit:
                return parts if len(parts) >= 2 and all(is_unit_cell(p) and not _PLACE_ONLY.match(p) for p in parts) else None
            if not unit.startswith(acc):
                break
    return None


def respaced_units(doc, found: list) -> list:
    """The unit rows of ``found`` with every glued unit split where the original text spaces its names apart."""
    from extract.data import UnitAssignment
    from extract.normalise import to_simplified
    text = doc.doc.text
    for r in found:
        if not isinstance(r, UnitAssignment) or r.norm_span is None:
            continue
        units = r.lead_units + r.responsible_units
        if not any(len(u) >= 6 for u in units):
            continue
        a, b = doc.normalised.mapped.to_orig(r.norm_span.start, r.norm_span.end)
        original = text[a:b]
        if not re.search(r"[\u4e00-\u9fff][ \t\u3000]+[\u4e00-\u9fff]", original):
            continue
        for field in ("lead_units", "responsible_units"):
            got = getattr(r, field)
            new: list[str] = []
            for u in got:
                new += (_split_at_spaces(u, original, to_simplified) or [u]) if len(u) >= 6 else [u]
            if new != got:
                setattr(r, field, new)
    return found
