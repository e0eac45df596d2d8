"""Guards against unit rows made from a letter's addressee line (U8: a unit heading owns the items below it; an
addressee owns nothing). Made-up examples only.

- ``salutation_line``: ``县甲委:`` / ``省甲厅、省乙厅:`` / ``各乡镇人民政府,县直各单位:`` on a line of their own, with no
  item marker, open the body of a letter, a request (请示) or a reply: the units named are whom the letter is sent
  to, not the owner of each paragraph after them. ``二、甲局:`` (a numbered heading), ``甲局职责:`` and
  ``工作目标:`` are no such line.
- ``owner_heading_is_salutation``: whether the heading that opens the section a paragraph stands in is such a line,
  asked where a bare unit heading would make each paragraph below it a row of that unit.
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell

# an item marker that makes a line a numbered heading: ``二、`` ``(三)`` ``3.``
_ITEM_MARKER = re.compile(r"^\s*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|"
                          r"\d{1,2}\s*[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[章节条部分])")
# a label word that makes a colon line a field or a section name, not an addressee (``甲局职责:``, ``责任单位:``)
_LABEL_WORD = re.compile(r"(?:职责|任务|分工|单位|單位|部门|部門|目标|措施|要求|情况|工作)$")
_PARTS = re.compile(r"[、,，]")
# a role word closing the names makes the line a unit's label over its duties (``甲局负责:``), not an addressee
_ROLE_END = re.compile(r"(?:负责|負責|牵头|牽頭|配合|参与|參與|协助|協助|协办|協辦|主办|主辦|承办|承辦|落实|實施|实施)$")


def salutation_line(line: str) -> bool:
    """Whether ``line`` is a letter's addressee line: organisations' names and nothing else, closed by a colon, with
    no item marker (``县甲委:``, ``省甲厅、省乙厅:``, ``各乡镇人民政府,县直各单位:``). Not ``二、甲局:`` (numbered), not
    ``甲局职责:``, ``责任单位:`` or ``甲局负责:`` (a label), not ``工作目标:`` (no unit), not a sentence."""
    t = line.strip()
    if not t.endswith((":", "：")) or "\n" in t or _ITEM_MARKER.match(t):
        return False
    body = t[:-1].strip()
    parts = [p.strip() for p in _PARTS.split(body) if p.strip()]
    if not 2 <= len(body) <= 60 or not parts or (len(parts) == 1 and _LABEL_WORD.search(body)) \
            or _ROLE_END.search(body):
        return False
    return all(is_unit_cell(p) for p in parts)


def owner_heading_is_salutation(structured, text: str, pos: int, path: list[str]) -> bool:
    """Whether the section with path ``path`` that holds position ``pos`` opens with an addressee line
    (``salutation_line``) that opens the letter: a top-level section with no numbered heading before it, and the only
    such heading of the text. The letter's body under ``县甲委:`` belongs to no unit heading; ``县甲局:`` under
    ``三、职责分工``, or ``区甲局:`` … ``区乙局:`` one after another, are units' duty headings."""
    if len(path) != 1:
        return False
    for sec in reversed(structured.sections):
        if sec.span.start <= pos < sec.span.end and sec.path == path:
            k = structured.line_at(sec.span.start)
            ln = structured.lines[k]
            if any(h.marker for i, h in structured.headings.items() if i < k):
                return False
            if not salutation_line(text[ln.start:ln.end]):
                return False
            # a letter has one addressee line; ``区甲局:`` … ``区乙局:`` in turn are units' duty headings
            others = sum(1 for i in structured.headings if i != k and salutation_line(
                text[structured.lines[i].start:structured.lines[i].end]))
            return others == 0
    return False
