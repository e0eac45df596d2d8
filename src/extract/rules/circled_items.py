"""Items of a circled-number list (``①``, ``②``, ``③``) are one kind (goalA25, O1, O2): where the outline read the list's
earlier items as text of their section (``①到2031年,全市新建…达到2.5平方米以上。``: an item with a bound is no title), a
later item of the same list in the same section (``③重点推动社区球场建设。``, short and closed by ``。``) is an item of that
list too, not a heading that would close the section (a circled heading ranks above a colon label such as ``建设目标:``,
so as a heading it would end the goal section its list stands in)."""

from __future__ import annotations

import re

# (vnumA28) the lowest ranks' item marks, of one kind as ``①`` is: ``(1)`` (``①`` and ``(1)`` number the same level on
# different pages); the style of the text item is kept with its section, so one list's later items only are text
_LOW_ITEM = re.compile(r"^\s*(?:[①-⑳]|[(（]\d{1,2}[)）])")


def _low_style(line: str) -> str | None:
    m = _LOW_ITEM.match(line)
    if m is None:
        return None
    from extract.rules.nested_styles import marker_style
    return marker_style(m.group())


def later_item_of_text_list(line: str, chain: list, text_section, section: int) -> bool:
    """A line opened by a circled number (or ``(3)``) that the outline read as a heading (``chain``), in the section
    (``section``, the index of the innermost open section; -1 at the top) where an earlier item of the same style was
    read as text (``text_section``: that section and style): an item of the same list, text as they are."""
    st = _low_style(line)
    return len(chain) == 1 and text_section == (section, st) and not _role_label_item(line) \
        and (st == "circled" or not getattr(chain[0], "inline", False))  # (``(7)甲。乙…``: a run-in title stays one)


def _role_label_item(line: str) -> bool:
    """(vnumA28) An item that is a role label (``(4)负责单位:甲局``): a field of a form, read by the label readers as
    the heading it is."""
    from extract.rules.unit_label_lines import parse_label_line
    m = _LOW_ITEM.match(line)
    return m is not None and parse_label_line(line[m.end():]) is not None


def note_text_item(line: str, chain: list, text_section, section: int):
    """The section and item style whose items are read as text, after ``line``: (``section``, style) where the line
    is a circled (or ``(1)``) item read as text (no ``chain``), else the one noted before."""
    if not chain and (st := _low_style(line)) is not None:
        return (section, st)
    return text_section


_CIRCLED_AT = re.compile(r"^\s*([①-⑳]|[(（]\d{1,2}[)）])")


def item_before_next(lines: list, index: int, chain: list) -> bool:
    """(vnumA28) A line opened by a circled number (``②``) that the outline read as a heading, and the next non-blank
    line opens with the next number (``③``): no section stands under it, it is an item of a list of statements (as the
    same lines after bullets are), text of the section the list stands in."""
    m = _CIRCLED_AT.match(lines[index].text) if len(chain) == 1 else None
    if m is None or (m.group(1)[0] in "(（" and getattr(chain[0], "inline", False)):
        return False  # (``(7)甲。乙…``: a run-in title of the lower style stays one)
    for k in range(index + 1, min(len(lines), index + 4)):
        if lines[k].text.strip():
            n = _CIRCLED_AT.match(lines[k].text)
            from extract.rules.nested_styles import marker_number, marker_style
            return n is not None and marker_style(n.group(1)) == marker_style(m.group(1)) \
                and marker_number(n.group(1)) == (marker_number(m.group(1)) or 0) + 1
    return False
