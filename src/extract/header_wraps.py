"""Header cells of a table flattened one cell per line that a narrow column broke over two lines.

A task table's header cell often wraps inside its column (``建设起`` / ``止年限``, ``资金`` / ``来源``, ``市级牵头`` /
``责任单位``): flattened one cell per line, each half reads as a column of its own, the header counts one column too many
and every row's cells take the wrong roles. These cues say when a header cell is the second half of the one before.
"""

from __future__ import annotations

import re

# a head noun that names no column alone after a short fragment that needs one (``资金`` + ``来源``, ``经费`` + ``来源``)
_SOURCE_TAIL = re.compile(r"^(?:来源|來源|渠道)$")
_FUNDS = re.compile(r"(?:资金|資金|经费|經費|投资|投資)$")
# the unit column's name broken after its lead word (``市级牵头`` + ``责任单位``, ``牵头`` + ``责任部门``)
# a year's column broken before its noun (``2031年度`` + ``计划``)
_YEAR_HEAD = re.compile(r"^20\d\d年度?$")
_PLAN_TAIL = re.compile(r"^(?:计划|計劃|计划任务|目标任务)$")
_UNIT_TAIL = re.compile(r"^(?:责任|責任|配合|协办|協辦)?(?:单位|單位|部门|部門)$")


def continues_header_cell(prev: str, cell: str) -> bool:
    """``cell`` is the second line of the header cell ``prev`` (both without spaces): a span split between its ends
    (``建设起`` + ``止年限``, ``起`` + ``止时间``), a source after the funds it names (``资金`` + ``来源``), a unit column's
    name after its lead word (``市级牵头`` + ``责任单位``), a year's
    column before its noun (``2031年度`` + ``计划``). Not two columns that stand alone (``牵头单位`` then
    ``责任单位``: the first is whole; ``资金`` then ``备注``)."""
    if not prev or not cell or len(prev) > 6:
        return False
    if prev.endswith("起") and cell.startswith("止"):
        return True
    if _FUNDS.search(prev) and _SOURCE_TAIL.match(cell):
        return True
    if _YEAR_HEAD.match(prev) and _PLAN_TAIL.match(cell):
        return True
    return prev.endswith("牵头") and _UNIT_TAIL.match(cell) is not None


_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")


def wrapped_title_cell(cells: list[str], ncols: int) -> bool:
    """A row one cell longer than its header whose first two cells are the halves of a project name the column
    wrapped (``城市用气`` / ``提升工程``, then the content ``对甲小区进行改造…``): both short words with no figure or mark,
    the cell after them longer than either. Not a row as long as its header, nor a name then a short content
    (``甲工程`` / ``新建3所``: a figure)."""
    if len(cells) != ncols + 1 or len(cells) < 3:
        return False
    a, b, c = (x.strip() for x in cells[:3])
    return _SHORT_NAME.fullmatch(a) is not None and _SHORT_NAME.fullmatch(b) is not None and len(c) > max(len(a), len(b))
