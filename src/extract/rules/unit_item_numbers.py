"""A list's item number left on the unit that opens the item, where the number is set off by a space rather than
``、`` (``一 综合科:负责…``, ``三　財務科：…``, ``十\t秘书室:…``): the normaliser drops the space between two CJK
characters, so the number reads as the name's first character (``一综合科``). The original text still shows the space;
a unit that starts with such a number, at the start of its line, is the name after it (U4: the unit as written)."""

import re

from extract.data import UnitAssignment

_NUMERALS = "一二三四五六七八九十"
_LEADING_NUMBER = re.compile(rf"^[{_NUMERALS}]{{1,3}}")
_GAP = " \t\u3000\u00a0"


def spaced_item_number(norm: str, raw: str, to_orig, unit: str, start: int, end: int) -> int:
    """The length of the item number that ``unit`` carries (0 if none), where ``unit`` is written in ``norm`` between
    ``start`` and ``end`` at its line's start and the original shows a space after the number:
    ``一 人民團體科:…`` -> 1 for ``一人民团体科``. Not: a name that opens with a numeral (``六安市教育局``, ``十堰市``,
    ``一中``: no space after it), a number inside a line (``第一 组``), a number with nothing of a name after it."""
    m = _LEADING_NUMBER.match(unit)
    if m is None or len(unit) - m.end() < 2:
        return 0
    p = norm.find(unit, start, end)
    if p < 0 or norm[norm.rfind("\n", 0, p) + 1:p].strip():
        return 0  # not written so, or not at the line's start
    o0, o1 = to_orig(p, p + m.end())
    if not (o1 < len(raw) and raw[o1] in _GAP):
        return 0
    rest = raw[o1:].lstrip(_GAP)
    return m.end() if rest[:1] and rest[:1] not in _NUMERALS and rest[:1] not in "\n\r" else 0


def without_spaced_item_numbers(norm: str, raw: str, to_orig, found: list) -> list:
    """``found`` with the item number that a space set off taken from each unit row's units (``spaced_item_number``)."""
    if not any(c in raw for c in _GAP):
        return found
    for r in found:
        if not isinstance(r, UnitAssignment) or r.norm_span is None:
            continue
        for units in (r.lead_units, r.responsible_units):
            for i, u in enumerate(units):
                k = spaced_item_number(norm, raw, to_orig, u, r.norm_span.start, r.norm_span.end)
                if k and u[k:] not in units:
                    units[i] = u[k:]
    return found
