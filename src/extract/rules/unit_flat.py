"""Unit assignments of a task table flattened into one run of text, as doc-sharing sites serve them (ninth
round, cue ``flat_rows``): the header's words and every row's cells follow one another on one line, glued
together or parted by single blanks, and a page's number (``2、``) may break into the run at a line's start::

    序号项目名称主要内容分管领导牵头单位配合单位1新建甲路建设甲路二期。王一明交通局甲镇乙街道2改造…

    项目内容 完成时限 主管领导 牵头部门 承办部门 部门 责任人 部门 责任人 修缮甲馆 年底前完成 李四 县文广局 赵五
    县文广局 钱六 扩建乙园 …

The header names a leader's column right before its lead unit column (``…领导牵头单位``), so every row closes
with a person's name followed by the row's units (U1): that tail (a name, then unit names, glued or parted by
blanks, more names between them under ``责任人`` columns) cuts the run into rows. The lines stay paragraphs
(their numbers are read there); this reader only adds the rows' units.

- lead / responsible (U4, U6): under two unit columns, units parted by a person's name fill the columns in
  order; glued units with no name between them are the lead column's first unit and the next column's rest;
  under one unit column all are the lead.
- task (U2): the row's first cell, or (glued) its first clause; a row's serial number is no part of it.
- quote (U5): from the task to the row's last unit.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
import re
from collections.abc import Callable

from extract.cues import is_person_name, is_unit_cell
from extract.normalise import _PINYIN
from extract.rules.units import AssignmentHit

# the header's leader column right before its lead column: ``分管领导牵头单位``, ``主管 市领导 牵头部门``
# (r30 lexA30) any lead column's word (U4a): ``牵头单位``, ``牵头部门``, ``牵头责任单位``, ``主责单位``, ``主责部门``
_HEADER = re.compile(r"领导\s*(?:牵头|主责|牵头责任)(?:单位|部门)")
# the header's words after the lead column: the other unit columns and their people's columns
_HEADER_TAIL = re.compile(r"(?:\s*(?:(?:配合|承办|协办|责任|参与|协同)(?:单位|部门)|部门|单位|责任人|联系人|备注))*")
_RESPONSIBLE_HEAD = re.compile(r"(?:配合|承办|协办|责任|参与|协同)(?:单位|部门)")
# a doc-sharing site's page number at a line's start, which may fall inside a cell (``高新园(甲\n2、)乙街道``)
_PAGE_MARK = re.compile(r"\n\d{1,3}、")
# the endings of a unit's name read in a glued run (a bracket after it kept: ``甲园(乙镇)``)
_GLUED_END = re.compile(r"(?:局|委|办|区|街道|镇|乡|园|公司|中心|集团|政府|院|所|站|馆|队|处|会|厅|部)"
                        r"(?:[(（][^()（）]{1,12}[)）])?")
_NOT_UNIT = re.compile(r"[\d０-９,，。;；:：、!！?？“”\"']")
_CLAUSE_END = re.compile(r"[,，。;；、:：]")
_SERIAL = re.compile(r"\d{1,3}(?=\s|[\u4e00-\u9fff])\s*")
_MAX_RUN = 4000  # a flattened table's run after its header, at most
# where a glued cell visibly ends (the tail after it opens with the leader's name): a full stop or a blank
_CELL_END = "。 "
# a tail under ``…责任人`` columns: the leader, then each unit column's units followed by their person (two
# unit columns, one)
_PEOPLE_COLUMNS = (re.compile(r"p(?:u+p)+"), re.compile(r"p(?:u+p){2,}"))


_AS_BLANK = str.maketrans({"\r": " ", "\n": " ", "\t": " ", "\u3000": " "})
_BLANKED = tuple(_AS_BLANK)  # (the code points ``_AS_BLANK`` maps, each to a blank)


def _as_blank(text: str) -> str:
    """(perf16) ``text.translate(_AS_BLANK)``: a ``str.replace`` for each of its characters the text holds (most hold
    none), not a table lookup per character (~15 ns a character on a run of a few thousand)."""
    for code in _BLANKED:
        if chr(code) in text:
            text = text.replace(chr(code), " ")
    return text


def _clean(text: str, a: int, b: int, blanks: Callable[[int], bool] | None) -> tuple[str, list[int]]:
    """``text[a:b]`` without the page numbers that broke into it, line breaks read as blanks, a blank put back
    before each position of ``blanks``, and the index in ``text`` of each character kept."""
    positions = getattr(blanks, "positions", None)
    if "\n" not in text[a:b] and (blanks is None or (positions is not None and not _any_in(positions, a, b))):
        return _as_blank(text[a:b]), list(range(a, b))  # no page mark, no blank to put back
    if isinstance(blanks, _DroppedBlanks) and "\n" not in text[a:b]:
        return _clean_stretches(text, a, b, blanks.positions)
    chars: list[str] = []
    where: list[int] = []
    i = a
    while i < b:
        if text[i] == "\n":
            m = _PAGE_MARK.match(text, i)
            if m is not None and m.end() <= b:
                i = m.end()
                continue
        if blanks is not None and chars and chars[-1] != " " and blanks(i):
            chars.append(" ")
            where.append(i)
        ch = text[i]
        chars.append(" " if ch in "\r\n\t\u3000" else ch)
        where.append(i)
        i += 1
    return "".join(chars), where


def _clean_stretches(text: str, a: int, b: int, positions: list[int]) -> tuple[str, list[int]]:
    """(perf15) ``_clean`` of a stretch without a line break, ``positions`` sorted: the same result as its loop over
    each character, the text between two blanks put back taken in one slice. A blank goes back before each position
    after ``a`` whose character before is no blank (a blank there already parts the cells)."""
    chars: list[str] = []
    where: list[int] = []
    prev = a
    for i in positions[bisect_right(positions, a):bisect_left(positions, b)]:
        if text[i - 1] in " \r\t\u3000":
            continue
        chars.append(text[prev:i])
        where.extend(range(prev, i))
        chars.append(" ")
        where.append(i)
        prev = i
    chars.append(text[prev:b])
    where.extend(range(prev, b))
    return _as_blank("".join(chars)), where


def _any_in(positions: list[int], a: int, b: int) -> bool:
    """Whether the sorted ``positions`` hold one in ``[a, b)``."""
    k = bisect_left(positions, a)
    return k < len(positions) and positions[k] < b


def glued_unit_at(c: str, k: int) -> int | None:
    """The end of the unit's name that opens ``c[k:]``: the whole cell between blanks when it is one unit's name
    (``市住房和城乡建设局``), else the shortest piece ending like an organisation (``经开区`` of
    ``经开区甲园(乙镇)各街道``), three characters or more, with no digit, stop or verb; None if none."""
    e = c.find(" ", k)
    e = len(c) if e < 0 else e
    cell = c[k:e]
    if k > 0 and c[k - 1] == " " and 3 <= len(cell) <= 20 and not _NOT_UNIT.search(cell) \
            and is_unit_cell(cell) and _named_unit(cell):
        return e
    for m in _GLUED_END.finditer(c, k, min(len(c), k + 20)):
        piece = c[k:m.end()]
        bare = re.sub(r"[(（].*?[)）]", "", piece)
        if " " in piece or _NOT_UNIT.search(piece):
            return None
        if len(bare) >= 3 and (is_unit_cell(bare) or bare.endswith("园")) and _named_unit(bare):
            return m.end()
    return None


def _named_unit(name: str) -> bool:
    """Not a person's name: an organisation's ending (``甲陵公司``, whose ``司`` a name may end with) or no
    name at all."""
    return _GLUED_END.fullmatch(name, len(name) - 2) is not None or _GLUED_END.fullmatch(name, len(name) - 1) \
        is not None or not is_person_name(name)


def _person_at(c: str, k: int) -> int | None:
    """The end of a person's name glued to the unit's name after it (``王一明交通局``) that opens ``c[k:]``, or
    that stands as a cell of its own (a blank or the end after it); of a name of three characters and one of
    two, the one after which a unit's name ends first (``张三民政局``: ``张三`` and ``民政局``), the longer if
    both do."""
    best: tuple[int, int] | None = None  # (the unit's end, the name's end)
    for n in (3, 2):
        name = c[k:k + n]
        if len(name) < n or not is_person_name(name):
            continue
        after = k + n
        if after == len(c) or c[after] == " ":
            return after
        u = glued_unit_at(c, after)
        if u is not None and (best is None or u < best[0]):
            best = (u, after)
    return best[1] if best is not None else None


def row_tail(c: str, k: int, closing_person: bool = False) -> list[tuple[str, int, int]]:
    """The tail of a row from ``c[k]``: a person's name, then unit names and people (``p``/``u``, start, end);
    [] unless it opens with a name and holds a unit. ``closing_person``: the header's last column is a
    person's (``责任人``), so a name after the last unit closes the row whatever follows it."""
    first = _person_at(c, k)
    if first is None:
        return []
    items: list[tuple[str, int, int]] = [("p", k, first)]
    j = first
    while j < len(c):
        while j < len(c) and c[j] == " ":
            j += 1
        u = glued_unit_at(c, j)
        if u is not None:
            items.append(("u", j, u))
            j = u
            continue
        if items[-1][0] != "u":
            break
        p = _person_at(c, j)
        if p is not None:
            items.append(("p", j, p))
            j = p
            continue
        if closing_person:
            n = next((n for n in (3, 2) if is_person_name(c[j:j + n])), 0)
            if n:
                items.append(("p", j, j + n))
        break
    return items if any(kind == "u" for kind, _, _ in items) else []


def _roles(items: list[tuple[str, int, int]], two_columns: bool) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    units = [(a, b) for kind, a, b in items if kind == "u"]
    if not two_columns:
        return units, []
    groups: list[list[tuple[int, int]]] = []
    prev = "p"
    for kind, a, b in items:
        if kind == "u":
            if prev == "p":
                groups.append([])
            groups[-1].append((a, b))
        prev = kind
    if len(groups) >= 2:
        return groups[0], [u for g in groups[1:] for u in g]
    return units[:1], units[1:]


def _row_start(c: str, a: int, b: int) -> int:
    """Where a row's task opens in ``c[a:b]`` (the text before its tail): after its serial number, a number
    standing as a cell of its own among the first cells or glued before the task."""
    j = a
    while j < b and c[j] == " ":
        j += 1
    cells = [m for m in re.finditer(r"\S+", c[j:b])][:3]
    for m in reversed(cells):
        if m.group().isdigit() and len(m.group()) <= 3 and m.end() < b - j:
            j = j + m.end()
            break
    while j < b and c[j] == " ":
        j += 1
    m = _SERIAL.match(c, j)
    if m is not None and m.end() < b:
        j = m.end()
    return j


class _DroppedBlanks:
    """``blanks`` for ``flat_rows`` / ``unit_rows.spaced_rows``: the positions of a normalised text before which
    the source had only blanks (or a pinyin annotation and a blank) that normalising dropped, found in one pass over
    the offset map; ``positions`` sorted, so a reader can skip a stretch that holds none."""

    def __init__(self, original: str, starts, ends) -> None:
        # the candidates (a gap in the map: ``starts[i] > ends[i - 1]``) in whole-array operations, the blank test on
        # those only (a per-character Python loop cost ~6 % of the rules' time)
        import numpy as np

        n = len(starts)
        if n > 1:
            s, e = _int64(starts), _int64(ends)
            gaps = (np.flatnonzero(s[1:] > e[:-1]) + 1).tolist()
        else:
            gaps = []
        self.positions = [i for i in gaps if _blank_gap(original, starts[i], ends[i - 1])]
        self._set = frozenset(self.positions)

    def __call__(self, i: int) -> bool:
        return i in self._set


def _int64(values):
    """A NumPy int64 view of an offset map's array (``array("q")``: no copy), or a copy of any other sequence."""
    import numpy as np

    if isinstance(values, array) and values.typecode == "q":
        return np.frombuffer(values, dtype=np.int64)
    return np.asarray(values, dtype=np.int64)


def _blank_gap(original: str, start: int, prev_end: int) -> bool:
    gap = original[prev_end:start]
    if not gap.strip():
        return True
    # a pinyin annotation the normaliser dropped before the blank (``號(hào) 指``): the blank still parts the cells
    if "(" not in gap and "（" not in gap:
        return False
    if gap.split(maxsplit=1)[0] == gap:
        # (perf13) no blank in the gap at all (a dropped annotation alone, ``號(hào)指``): what the ``sub`` below
        # leaves of it is some of its characters, never blank only, so False without the pattern
        return False
    rest = _PINYIN.sub("", original[prev_end - 1:start])[1:]  # (with the character the annotation follows)
    return rest != gap and bool(rest) and not rest.strip()


def dropped_blank(original: str, starts, ends) -> Callable[[int], bool]:
    """``blanks`` for ``flat_rows`` from a normalised text's offset map (``starts``/``ends`` of each character
    in ``original``): only blanks lie between the two characters' sources."""
    return _DroppedBlanks(original, starts, ends)


def flat_rows(text: str, offset: int = 0, blanks: Callable[[int], bool] | None = None) -> list[AssignmentHit]:
    """The unit rows of every flattened task table of ``text`` (the module's docstring). ``blanks(i)``: the
    source had a blank before ``text[i]`` that normalising dropped (``张三 市教育局``, between two Chinese
    characters): the cells' edges."""
    hits: list[AssignmentHit] = []
    heads = list(_HEADER.finditer(text))
    for n, h in enumerate(heads):
        tail = _HEADER_TAIL.match(text, h.end())
        start = tail.end() if tail is not None else h.end()
        stop = heads[n + 1].start() if n + 1 < len(heads) else len(text)
        stop = min(stop, start + _MAX_RUN)
        two_columns = _RESPONSIBLE_HEAD.search(text, h.end(), start) is not None
        closing_person = text[h.end():start].rstrip().endswith("责任人")
        c, where = _clean(text, start, stop, blanks)
        row_from = 0
        k = 0
        while k < len(c):
            if k > row_from and c[k - 1] in _CELL_END:
                items = row_tail(c, k, closing_person)
                shape = "".join(kind for kind, _, _ in items)
                if closing_person and not _PEOPLE_COLUMNS[two_columns].fullmatch(shape):
                    items = []
                if items:
                    a = _row_start(c, row_from, k)
                    body = c[a:k].strip()
                    units_end = max(e for kind, _, e in items if kind == "u")
                    if len(body) >= 6:
                        lead, resp = _roles(items, two_columns)
                        first = body.split(" ")[0] if " " in body else _CLAUSE_END.split(body)[0]
                        hits.append(AssignmentHit(
                            offset + where[a], offset + where[units_end - 1] + 1, first.rstrip("。"),
                            [c[x:y] for x, y in lead], [c[x:y] for x, y in resp], cue="flat_rows"))
                    row_from = items[-1][2]
                    k = row_from
                    continue
            k += 1
    return hits
