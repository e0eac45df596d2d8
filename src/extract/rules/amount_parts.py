"""(tgtB25, N8b) Amounts written in parts that the number reader read only in part.

N8b: an amount written in several parts is one value, in the unit written after its last digits. ``NUMBER`` already
reads ``6亿6,000万元``, ``305万2,186元`` and ``2兆2521亿元``; this module adds the forms it cut at the first part:

- ``亿`` then one digit before ``千万``/``仟万`` (``3亿4千万元``, ``5亿2仟多万元``): the value in 千万, the unit ``千万元``
  or ``仟万元`` as written (``3亿4千万元`` -> 34 ``千万元``);
- ``亿`` then plain digits right before ``元`` (``1亿2,000元``): the whole amount in ``元``;
- ``万`` then three or four digits before an area or length measure (``1万8000坪``, ``2万3500平方米``): the whole amount
  in that measure (``NUMBER`` reads it so before ``元`` and before a counter of people).
"""

from __future__ import annotations

import re

# ``3亿4千万元``, ``5亿2仟多万元``: the digits end before ``千``/``仟`` that ``万`` follows
YI_BEFORE_KILO_WAN = r"\d{1,4}\s?亿\s?\d(?=\s?[千仟]\s?[余多餘]?万)"
# ``1亿2,000元``: plain digits after ``亿`` that ``元`` follows, no ``万`` between
YI_BEFORE_YUAN = r"\d{1,4}\s?亿\s?(?:\d,\d{3}|\d{1,4})(?=\s?[余多餘]?元)"
# ``1万8000坪``: the tail in plain digits before an area or a length
WAN_BEFORE_AREA = r"\d{1,4}\s?万\s?\d{3,4}(?![\d,.])(?=\s?[余多餘]?(?:坪|平方米|平方公尺|平方公里|公顷|亩|公尺|公里|米))"
# the unit ``仟万`` (``仟`` kept as written, G1): ``2仟多万元``, the tail of ``5亿2仟多万元``
KILO_WAN_UNIT = r"仟[余多餘]?万元?"

_YI_PARTS = re.compile(r"^(\d{1,4})\s?亿\s?(\d{1,4}|\d,\d{3})$")


def yi_parts_value(number: str, unit: str) -> str | None:
    """The plain digits of an amount of ``YI_BEFORE_KILO_WAN`` or ``YI_BEFORE_YUAN`` in the unit read after it:
    ``3亿4`` before ``千万元`` -> ``34`` (3亿 is 30 千万), ``1亿2,000`` before ``元`` -> ``100002000``; None for any
    other figure or unit (``28亿7300`` before ``万元`` is read elsewhere)."""
    m = _YI_PARTS.match(number)
    if m is None:
        return None
    head, tail = int(m.group(1)), m.group(2).replace(",", "")
    if unit.startswith(("千万", "仟万", "仟多万", "仟余万", "千多万", "千余万")) and len(tail) == 1:
        return str(head * 10 + int(tail))
    if unit.lstrip("余多餘").startswith("元"):
        return str(head * 10 ** 8 + int(tail))
    return None
