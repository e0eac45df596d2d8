"""Lists nested by their marker style, not by the marker's kind alone.

The outline (``extract.headings``) gives each marker kind a fixed rank: ``一、`` 2, ``(一)`` 3, ``1.`` and ``1、`` 4,
``(1)`` 5, ``①`` 6. Pages number their levels with any of these, and two styles of one rank may both be used, one
nested in the other: ``1.主要目标`` over ``1、…``, ``2、…``. Read by rank alone, the items close the heading they stand
under (the heading's section ends at its first item), so a goal or duty list loses the heading that names it.

The cue is the list's structure: a marker numbered 1 on the line right under a heading of the same rank written in
another style opens a list nested in that heading; from there on that style stands between the heading's rank and the
next rank down, for the whole page (a page keeps one style per level).
"""

from __future__ import annotations

import re

_CN = "一二三四五六七八九十"
_DIGITS = re.compile(r"\d+")
_CN_NUM = re.compile(rf"[{_CN}]+")
_SPACES = re.compile(r"\s+")
_HALF = str.maketrans("（）．", "().")


def marker_style(marker: str) -> str:
    """The style of a heading's marker, its number left out: ``一、`` and ``十二、`` are one style (``#、`` written
    with a Chinese numeral), ``1.`` and ``1、`` two, ``(1)`` and ``①`` two (full-width brackets and dots as half-width);
    '' for an unnumbered heading."""
    m = _SPACES.sub("", marker).translate(_HALF)
    if not m:
        return ""
    if "\u2460" <= m[0] <= "\u2473":
        return "circled"
    return _CN_NUM.sub("C", _DIGITS.sub("D", m))


def marker_number(marker: str) -> int | None:
    """The number a marker gives its item (``(3)`` 3, ``①`` 1, ``一、`` 1, ``十二、`` 12), None when it has none."""
    m = _SPACES.sub("", marker)
    if not m:
        return None
    if "\u2460" <= m[0] <= "\u2473":
        return ord(m[0]) - 0x2460 + 1
    if d := _DIGITS.search(m):
        return int(d.group())
    if c := _CN_NUM.search(m):
        s = c.group()
        if "十" not in s:
            return _CN.index(s) + 1 if len(s) == 1 else None
        tens, _, ones = s.partition("十")
        return (_CN.index(tens[-1]) + 1 if tens else 1) * 10 + (_CN.index(ones[-1]) + 1 if ones else 0)
    return None


# a line's opening list marker (as the outline's markers, ``extract.headings``)
_LINE_MARK = re.compile(r"^[ \t\u3000]*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}[、.．]"
                        r"|\d{1,2}[ \t]?[、.．](?!\d)|[\u2460-\u2473])")


def first_item_number(lines: list, after: int, until: int, style: str) -> int | None:
    """The number of the first line of ``lines[after + 1:until + 1]`` opening with a marker of ``style``: the first
    item of the list whose later item is a heading on line ``until`` (a long first item is no heading)."""
    for k in range(after + 1, until + 1):
        m = _LINE_MARK.match(lines[k].text)
        if m and marker_style(m.group()) == style:
            return marker_number(m.group())
    return None


def opens_nested_list(marker: str, level: float, above: tuple[str, float] | None, first: int | None) -> bool:
    """A heading marked ``marker`` of rank ``level`` that stands in a list nested in the heading ``above`` (its style
    and rank): the first heading after it, of the same rank and another style (``1.具体目标`` / ``1、…``), in a list
    that opens under ``above`` with item 1 (``first``: a sibling of ``above`` would go on with its numbers); a lead
    paragraph may stand between."""
    if above is None or first != 1:
        return False
    style = marker_style(marker)
    return bool(style) and bool(above[0]) and style != above[0] and above[1] == level


class StyleLevels:
    """The rank of each heading of one page (``level``): its marker kind's rank, or, for a style whose list opened
    nested in a heading of the same rank (``opens_nested_list``), half a rank below that heading's, on the whole page
    (a page keeps one style per level)."""

    def __init__(self, lines: list) -> None:
        self._lines = lines
        self._deeper: dict[str, float] = {}
        self._above: tuple[str, float] | None = None
        self._line = -1

    def level(self, heading, index: int) -> float:
        """The rank of ``heading`` (an ``extract.headings.Heading``) on line ``index``; remembers it as the last."""
        style = marker_style(heading.marker)
        level = self._deeper.get(style, heading.level) if style else heading.level
        if style and style not in self._deeper and self._above is not None and self._above[1] == level \
                and self._above[0] and self._above[0] != style \
                and opens_nested_list(heading.marker, level, self._above,
                                      first_item_number(self._lines, self._line, index, style)):
            level = self._deeper[style] = level + 0.5
        self._above, self._line = (style, level), index
        return level
