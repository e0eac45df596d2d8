"""(unitB24) Unit cells of task tables that hold more than unit names (U3, U4a).

- ``unit_column_with_people`` (in ``extract.cues``, where the column roles are read): a header that names a unit column
  and its person in one cell (``牵头单位及主要负责人``, ``责任部门/责任人``) is the unit column; the person's part is a note.
- ``without_closing_person``: such a column's cell writes the unit and then the person's name, parted by a blank
  (``市农业局 王小明``): the name is no unit (U4a: personal names never give units) and is left out of the cell.
- ``parted_glued_names``: a cell whose unit names the page ran together with no separator
  (``区商务局区委统战部江滨新区甲镇乙街道``): the names, cut where an office's or an area's name ends and the next
  name starts (U3: units split as the list's items).

Made-up examples only.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def without_closing_person(cell: str, start: int, blanks: Callable[[int], bool],
                           is_unit: Callable[[str], bool], is_person: Callable[[str], bool]) -> str:
    """The unit cell ``cell`` without a person's name that closes it after a blank (``市农业局 王小明`` ->
    ``市农业局``; the normaliser dropped the blank, ``blanks`` tells where it stood: ``start`` is the cell's offset).
    Only where the part before the blank reads as a unit and the part after it as a person's name (two to four
    characters, a surname first, no organisation's ending); else the cell as it stands."""
    if len(cell) < 5:
        return cell
    for cut in range(len(cell) - 2, max(1, len(cell) - 5), -1):  # the name: the last two to four characters
        if blanks(start + cut):
            head, name = cell[:cut], cell[cut:]
            if is_person(name) and is_unit(head) and not is_person(head):
                return head
            return cell
    return cell


# where one unit's name ends and the next starts in a run of names with no separator: after an office's ending
# (``局``, ``委``, ``部``, ``办``), an area's (``度假区``, ``开发区``, ``新区``, ``园区``) or a town's (``镇``, ``街道``, ``乡``;
# not the ``镇``/``乡`` of ``城镇``/``城乡``)
_OFFICE_END = ("局", "委", "部", "办")
_PLACE_END = ("度假区", "开发区", "高新区", "新区", "园区", "示范区", "镇", "街道", "乡")
_NAME_END = re.compile(r"(?:局|委|部|办|度假区|开发区|高新区|新区|园区|示范区|(?<!城)镇|街道|(?<!城)乡)")
# a cut right before a word that continues the name before it (``局机关``, ``部门``, ``镇政府``, ``区管委会``)
_CONTINUES = re.compile(r"(?:机关|办公室|办事处|办|门|政府|人民政府|党委|党工委|管委会|委员会|所|队|站|中心|分)")
_LEVEL = "省市区县"


def parted_glued_names(run: str, is_unit: Callable[[str], bool]) -> list[str] | None:
    """The unit names of a cell that ran them together (``区文旅局区委宣传部江滨度假区甲镇乙街道`` -> five names), or
    None.

    The run is cut where a name ends (``_NAME_END``) and is read from the left, each piece the shortest that reads as
    a unit (``is_unit``) of three or more characters and is not continued by the words after it (``_CONTINUES``:
    ``镇政府``, ``局机关``). After an area's or a town's name only a town or an area follows, or a name that opens
    with its level (``区委宣传部``): ``某开发区财政局`` is one office. A run that cannot be so read to its end (the last
    piece must end so too: ``市公安局交警大队`` stays whole), or gives one name only, is None."""
    if len(run) < 8 or not run.endswith(_OFFICE_END + _PLACE_END) or "分局" in run:
        return None
    names: list[str] = []
    a = 0
    ends = [m.end() for m in _NAME_END.finditer(run) if m.end() >= 3]
    for b in ends:
        piece = run[a:b]
        if len(piece) < 3 or not is_unit(piece) or (b < len(run) and _CONTINUES.match(run, b)):
            continue
        if names and names[-1].endswith(_PLACE_END) and not (piece.endswith(_PLACE_END) or piece[0] in _LEVEL):
            return None
        names.append(piece)
        a = b
    if a != len(run) or len(names) < 2:
        return None
    return names


_SEPARATOR = re.compile(r"[、,，;；/|\s]")


def read_unit_cell(cell: str, start: int, blanks: Callable[[int], bool], is_unit: Callable[[str], bool],
                   is_person: Callable[[str], bool]) -> str:
    """A task table's unit cell as its list is read: a person's name after the unit left out
    (``without_closing_person``), a run of names with no separator parted by ``、`` (``parted_glued_names``)."""
    cell = without_closing_person(cell, start, blanks, is_unit, is_person)
    if _SEPARATOR.search(cell):
        return cell
    names = parted_glued_names(cell, is_unit)
    return "、".join(names) if names else cell
