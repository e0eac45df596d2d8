"""Duty lists and the subjects of their items (U7, U8b): each item of a list of duties is its own subject's row, and the
words that only open the item are no part of that subject's name.

- ``ITEM_LEAD`` / ``item_lead_length``: what opens an item before its subject, an enumeration mark (``(二)``, ``（十七）``,
  ``第三条``, ``一、``, ``2.``) or a lead-in word of an example (``如``, ``例如``, ``比如``): ``(二)某县文旅局负责…`` is
  ``某县文旅局``'s row, ``如某县教育部门负责…`` ``某县教育部门``'s (U3a: the unit as written; the mark is the list's).
- ``without_item_marks``: the same marks left on a unit's name by any reader (a label ``(三)甲科:…``, a number set off by
  a space inside a running line ``…事项。 二 乙科:…``), taken off the name and off the quote's start.

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.data import UnitAssignment, trusted_span

_CN = "一二三四五六七八九十"

# an enumeration mark before an item's subject: ``(二)``, ``（十七）``, ``(3)``, ``第三条``, ``第12条``, ``一、``, ``2.``; then
# (optionally) a space
_MARK = (rf"(?:[(（](?:[{_CN}]{{1,3}}|\d{{1,2}})[)）]|第[{_CN}百零〇\d]{{1,5}}条|[{_CN}]{{1,3}}、|\d{{1,2}}[.、．](?!\d))[ \t\u3000]*")
# a lead-in word of an example before a unit (``如教育部门负责…``): not a place name that opens with it (``如皋``, ``如东``)
_EXAMPLE = r"(?:例如|比如|譬如|如(?![皋东意]))"

# the words that open an item before its subject, for a pattern whose subject group follows (used before the unit of
# ``unit_charge_finders._CHARGE``): a mark, an example's lead-in, or both (``(一)如…``)
ITEM_LEAD = rf"(?:{_MARK})?(?:{_EXAMPLE}(?=[^。;；,，:：\s]{{2,30}}?(?:负责|牵头|会同|协助|配合)))?"
_ITEM_LEAD_AT = re.compile(ITEM_LEAD)


def item_lead_length(text: str, pos: int) -> int:
    """The length of the enumeration mark or example lead-in that opens ``text`` at ``pos`` (0 if none):
    ``(二)某局负责…`` -> 3, ``第三条 某局负责…`` -> 4, ``如某部门负责…`` -> 1. Not: a place name that opens with ``如``
    (``如皋市某局负责…``), a ``如`` that no verb of charge follows (``如期完成…``), a name that opens with ``第`` and no
    ``条`` (``第三中学负责…``)."""
    m = _ITEM_LEAD_AT.match(text, pos)
    return m.end() - pos if m else 0


# a mark on a unit's name: the bracketed or article forms anywhere a reader left them
_NAME_MARK = re.compile(rf"^(?:[(（](?:[{_CN}]{{1,3}}|\d{{1,2}})[)）]|第[{_CN}百零〇\d]{{1,5}}条)(?=[\u4e00-\u9fff])")
# a bare numeral of an item set off by spaces (``一 甲科``); the normaliser drops the space between two CJK characters
_BARE_NUMERAL = re.compile(rf"^[{_CN}]{{1,3}}")
_GAP = " \t\u3000\u00a0"
_BOUNDARY = "。;；:：!！?？\n"


def _bare_numeral_length(norm: str, raw: str, to_orig, unit: str, at: int) -> int:
    """The length of an item numeral that a space sets off before ``unit`` written at ``norm[at:]`` (0 if none), where
    the numeral follows a sentence's end, a colon or the line's start (``…等事项。 二 乙科:…``, ``下列事项: 一 甲科:…``):
    the original shows a space on both sides of it. Not: a name opening with a numeral (``六安市``, ``一中``: no space
    after it), a numeral inside a clause (``设 二 科``: no sentence's end before it)."""
    m = _BARE_NUMERAL.match(unit)
    if m is None or len(unit) - m.end() < 2:
        return 0
    before = norm[:at].rstrip(_GAP)
    if before and before[-1] not in _BOUNDARY:
        return 0
    o0, o1 = to_orig(at, at + m.end())
    if not (o1 < len(raw) and raw[o1] in _GAP) or raw[o1:].lstrip(_GAP)[:1] in ("", "\n", "\r") \
            or raw[o1:].lstrip(_GAP)[:1] in _CN:
        return 0
    if o0 > 0 and raw[o0 - 1] not in _GAP + "\n\r":
        return 0
    return m.end()


def without_item_marks(norm: str, raw: str, to_orig, found: list) -> list:
    """``found`` with the enumeration marks taken off each unit row's units (``(三)甲科`` -> ``甲科``, ``第五条乙局`` ->
    ``乙局``, ``二乙科`` where the original reads ``二 乙科``); where the quote opens with the mark and the name, it opens
    with the name."""
    for r in found:
        if not isinstance(r, UnitAssignment) or r.norm_span is None:
            continue
        start, end = r.norm_span.start, r.norm_span.end
        for units in (r.lead_units, r.responsible_units):
            for i, u in enumerate(units):
                m = _NAME_MARK.match(u)
                k = m.end() if m else 0
                p = norm.find(u, start, end)
                if not k and p >= 0:
                    k = _bare_numeral_length(norm, raw, to_orig, u, p)
                if not k or u[k:] in units:
                    continue
                units[i] = u[k:]
                if p == start:
                    start = p + k
                    r.norm_span = trusted_span(start, end)
    return found
