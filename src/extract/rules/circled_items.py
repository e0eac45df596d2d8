"""Items of a circled-number list (``①``, ``②``, ``③``) are one kind (goalA25, O1, O2): where the outline read the list's
earlier items as text of their section (``①到2031年,全市新建…达到2.5平方米以上。``: an item with a bound is no title), a
later item of the same list in the same section (``③重点推动社区球场建设。``, short and closed by ``。``) is an item of that
list too, not a heading that would close the section (a circled heading ranks above a colon label such as ``建设目标:``,
so as a heading it would end the goal section its list stands in)."""

from __future__ import annotations

import re

_CIRCLED = re.compile(r"^\s*[①-⑳]")


def later_item_of_text_list(line: str, chain: list, text_section: int, section: int) -> bool:
    """A line opened by a circled number that the outline read as a heading (``chain``), in the section (``section``, the
    index of the innermost open section; -1 at the top) where an earlier circled item was read as text: an item of the
    same list, text as they are."""
    return section == text_section and _CIRCLED.match(line) is not None and len(chain) == 1


def note_text_item(line: str, chain: list, text_section: int, section: int) -> int:
    """The section whose circled items are read as text, after ``line``: ``section`` where the line is a circled item
    read as text (no ``chain``), else the one noted before."""
    if not chain and _CIRCLED.match(line) is not None:
        return section
    return text_section


_CIRCLED_AT = re.compile(r"^\s*([①-⑳])")


def item_before_next(lines: list, index: int, chain: list) -> bool:
    """(vnumA28) A line opened by a circled number (``②``) that the outline read as a heading, and the next non-blank
    line opens with the next number (``③``): no section stands under it, it is an item of a list of statements (as the
    same lines after bullets are), text of the section the list stands in."""
    m = _CIRCLED_AT.match(lines[index].text) if len(chain) == 1 else None
    if m is None:
        return False
    for k in range(index + 1, min(len(lines), index + 4)):
        if lines[k].text.strip():
            n = _CIRCLED_AT.match(lines[k].text)
            return n is not None and ord(n.group(1)) == ord(m.group(1)) + 1
    return False
