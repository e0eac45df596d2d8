"""(unitB26) Rows of a delimited table that the page cut (eval/README.md U1, U6): a page copied short ends inside a row.

- The table's last line, cut inside a cell after its unit cell (``预算公开 | 本局的预算… | 计财股 | 县政府网``, the
  rest of the row lost, no closing ``|``): its cells fill the header's columns from the first (``cut_last_row_roles``).
- A row cut before its unit cell, its last cell a long sentence the page broke off (``6 | 建立健全…机制,并及时``): the
  sentence under the unit column names no unit (``sentence_under_units``); it is content, and the row gives no unit row.

Made-up examples only.
"""

from __future__ import annotations

_UNIT_ROLES = ("lead", "responsible")


def cut_last_row_roles(roles: list[str], cells: list[str], line: str, last: bool) -> list[str] | None:
    """The roles of a table's last delimited line that the page cut after its unit cells: a line shorter than the header,
    at the end of the text (``last``), with no closing ``|``, whose cells fill the header's columns from the first and whose
    cells under the unit columns read as units. None otherwise."""
    from extract.cues import is_unit_cell
    k = len(cells)
    if not last or k >= len(roles) or k < 2 or line.rstrip().endswith(("|", "｜")):
        return None
    head = roles[:k]
    units = [c for c, r in zip(cells, head) if r in _UNIT_ROLES]
    if not units or not all(is_unit_cell(c) for c in units):
        return None
    return list(head)


def sentence_under_units(cell: str) -> bool:
    """A cell under a unit column that is a sentence of over 40 characters and no list of units: what the page left of a
    row cut before its unit cell."""
    from extract.cues import is_unit_cell
    return len(cell) > 40 and not is_unit_cell(cell)


def without_sentence_units(cells: list[str], roles: list[str]) -> list[str]:
    """``roles`` with each unit column's cell that is a sentence (``sentence_under_units``) read as content."""
    if not any(r in _UNIT_ROLES and len(c) > 40 for c, r in zip(cells, roles)):
        return roles
    return ["content" if r in _UNIT_ROLES and sentence_under_units(c) else r for c, r in zip(cells, roles)]
