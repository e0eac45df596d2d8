"""Unit assignments of a table scraped a cell a line, each row opened by a plain line and its other cells on
lines that open with ``|`` (seventh round, cue ``continued_rows``)::

    类别
    | 事项名称
    | 主要内容
    | 责任科室
    甲类
    | 编制蓝果年报
    | 年报的编制与发布
    | 规划股

The lines stay paragraphs (their numbers are read there); this reader only adds the rows' units. Rows may
lose cells (merged or empty ones are not written), so the unit cell is found by what it holds: the first cell
after the task's that reads as units and no person's name."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.cues import column_role, is_person_name, is_unit_cell
from extract.roles import LABEL_HEADS, alternation
from extract.rules.unit_flat import _any_in, _clean
from extract.rules.units import AssignmentHit, split_units
from extract.rules import unit_cell_lines as _ucl
from extract.rules.unit_label_headings import is_label_heading

_CELL = re.compile(r"[^|｜]+")
_A_DIGIT = re.compile(r"\d")


def _row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the non-blank cells of ``text[start:end]`` (cells split on ``|``, line breaks and blanks
    at their edges left out)."""
    out = []
    for m in _CELL.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


_LINES_OF: tuple[str | None, tuple] = (None, ())  # (perf15) the last text ``_nonblank_lines`` read, and its lines


def _nonblank_lines(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """(start, end, trimmed start, trimmed end) of each non-blank line of ``text``: the line's span, and the span
    of its text without the blanks at its edges. (perf15) The table readers each read a page's lines: the last
    text's are kept (one tuple, swapped whole) and given again for the same text."""
    global _LINES_OF
    last = _LINES_OF
    if last[0] is text:
        return last[1]
    lines = tuple(_scan_nonblank_lines(text))
    _LINES_OF = (text, lines)
    return lines


def _scan_nonblank_lines(text: str):
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        s = line.strip()
        if s:
            ta = a + len(line) - len(line.lstrip())
            yield a, b, ta, ta + len(s)


def continued_row_groups(text: str) -> list[tuple[int, int]]:
    """The spans of the rows of ``text`` written as a plain line followed by one or more lines that open with
    ``|`` (the row's other cells); lines outside such rows are no row."""
    rows: list[tuple[int, int]] = []
    start = end = None
    continued = False
    for a, b, ta, _tb in _nonblank_lines(text):
        if text[ta] in "|｜":
            if start is not None:
                end, continued = b, True
            continue
        if start is not None and continued:
            rows.append((start, end))
        start, end, continued = a, b, False
    if start is not None and continued:
        rows.append((start, end))
    return rows


def _header(text: str, cells: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(task column, unit column) of a header row: three or more short header words without digits, one a
    unit column (``责任科室``, ``公开主体``) with a title column before it (the one that names the item, ``…名称``,
    when there are several)."""
    words = [text[a:b] for a, b in cells]
    if len(words) < 3 or any(len(w) > 10 or _A_DIGIT.search(w) for w in words):
        return None
    roles = [column_role(w) for w in words]
    units = [i for i, r in enumerate(roles) if r in ("lead", "responsible")]
    if len(units) != 1:
        return None  # one unit column (read as the lead, U6)
    titles = [i for i, r in enumerate(roles[:units[0]]) if r == "title"]
    if not titles:
        return None
    named = [i for i in titles if words[i].endswith(("名称", "任务", "项目"))]
    return (named or titles)[-1], units[0]


def continued_rows(text: str, offset: int = 0) -> list[AssignmentHit]:
    """The unit rows of a table written as continued rows (the module's docstring), under a header row that
    names one unit column: task = the cell in the title column's place, lead = the first later cell that reads
    as units; the quote runs from the task cell to the unit cell."""
    hits: list[AssignmentHit] = []
    if "|" not in text and "｜" not in text:
        return hits
    header = None
    for start, end in continued_row_groups(text):
        cells = _row_cells(text, start, end)
        if header is None:
            header = _header(text, cells)
            continue
        task_at, _ = header
        if len(cells) <= task_at + 1:
            continue
        ta, tb = cells[task_at]
        unit = next(((a, b) for a, b in cells[task_at + 1:]
                     if b - a <= 30 and is_unit_cell(text[a:b]) and not is_person_name(text[a:b])), None)
        if unit is None:
            continue
        units = split_units(text[unit[0]:unit[1]])
        if units:
            hits.append(AssignmentHit(offset + ta, offset + unit[1], text[ta:tb].rstrip("。"), units, [],
                                      cue="continued_rows"))
    return hits


_SERIAL_CELL = re.compile(r"^\d{1,3}[.、]?$")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4}")


# a clause that ends with a count (``增设保育区两处``, ``新建冷库3座``): what is built, not an office (``…处``)
_COUNT_END = re.compile(r"[\d一二两三四五六七八九十百千万]+[处个所座家项]$")


def _task_cell(cell: str) -> bool:
    """A cell that states a task: a clause of six or more characters, no unit list and no person."""
    return len(cell) >= 6 and _CJK_RUN.search(cell) is not None and not is_person_name(cell) \
        and (not is_unit_cell(cell) or _COUNT_END.search(cell.rstrip("。")) is not None)


def _unit_only_cell(cell: str) -> bool:
    return len(cell) <= 30 and is_unit_cell(cell) and not is_person_name(cell) and not _A_DIGIT.search(cell)


def headerless_rows(text: str, offset: int = 0) -> list[AssignmentHit]:
    """The rows of a ``|`` table whose header row was lost in scraping (a progress table of a year's projects)::

        1 | 新建蓝果冷库2座。 | 甲县商务局 | 已完成选址。 | 按时序推进 |
        2 | 修缮灌溉渠15公里。 | 甲县水务局 | 施工中。 | 按时序推进 |

    Two or more rows that open with a serial number and hold, at the same place in each, a cell that is only a unit
    list right after a cell that states a task: task = that cell, lead = the unit cell (a lone unit column, U6);
    the quote runs from the task cell to the unit cell. A block whose first row is no numbered row (a header: the
    general table reader's) is not read here, nor a block where fewer than two rows, or not most, have such a pair
    (a list of schools, an indicator table)."""
    hits: list[AssignmentHit] = []
    if "|" not in text and "｜" not in text:
        return hits
    blocks: list[list[list[tuple[int, int]]]] = []  # runs of pipe lines: the cells of each line
    block: list[list[tuple[int, int]]] = []
    for _a, _b, ta, tb in _nonblank_lines(text):
        line = text[ta:tb]
        cells = _row_cells(text, ta, tb) if ("|" in line or "｜" in line) else None
        if cells is None:
            if block:
                blocks.append(block)
            block = []
        elif cells:  # (a line that is only ``|``, between rows, neither row nor break)
            block.append(cells)
    if block:
        blocks.append(block)
    for rows in blocks:
        if len(rows) < 2 or not all(_SERIAL_CELL.match(text[r[0][0]:r[0][1]]) for r in rows):
            continue
        pairs = []  # per row, the places k where cell k is units and cell k-1 a task
        for r in rows:
            cells = [text[a:b] for a, b in r]
            pairs.append({k for k in range(2, len(cells)) if _unit_only_cell(cells[k]) and _task_cell(cells[k - 1])})
        places = {k for p in pairs for k in p}
        best = max(places, key=lambda k: sum(k in p for p in pairs), default=None)
        if best is None:
            continue
        n = sum(best in p for p in pairs)
        if n < 2 or 2 * n <= len(rows):
            continue
        for r, p in zip(rows, pairs):
            if best not in p:
                continue
            (ta, tb), (ua, ub) = r[best - 1], r[best]
            units = split_units(text[ua:ub])
            if units:
                hits.append(AssignmentHit(offset + ta, offset + ub, text[ta:tb].rstrip("。"), units, [],
                                          cue="headerless_rows"))
    return hits


# a header that names a unit column, written a cell a line or glued into one line (``项目内容责任单位进展情况``):
# the words of the column, with no colon after them (``责任单位:`` is a label of running text)
_UNIT_HEADER = re.compile(alternation(LABEL_HEADS) + r"(?:单位|部门)(?!\s*[:：])")
_CLAUSE = re.compile(r"[,，;；。]")
# a header's line of periods (``第1季度第2季度下半年``, ``(7月)``): the progress columns' names, no row's title
_PERIOD_HEADS = re.compile(r"^(?:[(（]?(?:第?[一二三四1-4]季度|[上下]半年|\d{1,2}月份?|年底|年中)[)）]?\s*)+$")


# the field of an information-disclosure page that names the office publishing it (``公开责任部门 甲镇人民政府``)
_DISCLOSURE_FIELD = re.compile(r"公开" + alternation(LABEL_HEADS) + r"(?:单位|部门)")


def _is_header_line(line: str) -> bool:
    """A short line without a sentence that holds a unit column's header words."""
    return len(line) <= 40 and "。" not in line and _UNIT_HEADER.search(line) is not None


def opens_unit_columns(line: str) -> bool:
    """A header line (``_is_header_line``) that may open a table's columns. Not a line of a page's fields and their
    values (``公开责任部门 甲镇人民政府 公开形式: 主动公开``): a colon says the words are labels with values, and
    ``公开责任部门`` is the disclosure catalogue's field of who publishes the page, no column of units."""
    return _is_header_line(line) and ":" not in line and "：" not in line and _DISCLOSURE_FIELD.search(line) is None \
        and not is_label_heading(line)  # (r25) ``三、责任单位``: a plan's section (unit_label_headings), no header


def bare_unit_rows(text: str, offset: int = 0) -> list[AssignmentHit]:
    """The rows of a task table scraped a cell a line, without ``|``, below a header that names a unit column::

        项目名称
        主要内容
        牵头单位
        乡村供水项目
        新建供水站12座。
        县水务局

    (Not below a plan's numbered section label, ``三、责任单位``: ``unit_label_headings.is_label_heading``; not one character
    alone, ``组`` of ``组\n长:`` broken over a line.)
    A line that is only a unit list right after a line of content written as a sentence (closed by ``。``) is that
    row's unit cell (read as the lead, U6); task = the short title line before the content, else the content's
    first clause; the quote runs from the task to the unit cell."""
    hits: list[AssignmentHit] = []
    if _UNIT_HEADER.search(text) is None:
        return hits
    lines: list[tuple[int, int]] = []  # the non-blank lines after the first header line, as spans
    seen_header = False
    for _a, _b, a, b in _nonblank_lines(text):
        if not seen_header:
            seen_header = opens_unit_columns(text[a:b])
            continue
        lines.append((a, b))
    for k in range(1, len(lines)):
        ua, ub = lines[k]
        unit = text[ua:ub].rstrip("。")
        ca, cb = lines[k - 1]
        content = text[ca:cb]
        if ub - ua > 30 or len(unit) < 2 or not content.endswith("。") or len(content) < 10 or not is_unit_cell(unit) \
                or is_person_name(unit) or _is_header_line(unit):
            continue
        ta, tb = ca, ca + len(_CLAUSE.split(content, maxsplit=1)[0])
        if k >= 2:
            pa, pb = lines[k - 2]
            title = text[pa:pb]
            if len(title) <= 20 and not _CLAUSE.search(title) and not _A_DIGIT.search(title) \
                    and not is_unit_cell(title) and not _is_header_line(title) and not _PERIOD_HEADS.match(title):
                ta, tb = pa, pb  # the row's title cell
        units = split_units(unit)
        if units and tb > ta:
            hits.append(AssignmentHit(offset + ta, offset + ub, text[ta:tb], units, [], cue="bare_unit_rows"))
    return hits


# a row of a table flattened a row a line with blanks between its cells: the row's serial number, then its cells
# a row's serial number: ``12``, ``1.2``, ``(三)``/``（三）``, ``三``/``三、``, then a blank
_SPACED_ROW = re.compile(r"^(?P<serial>\d{1,3}(?:\.\d{1,2})?|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、?)"
                         r"\s+(?=\S)")
_BLANKS = re.compile(r"\s+")


def _may_open_row(first: str) -> bool:
    """Whether a line opening with ``first`` may be a row of ``_SPACED_ROW`` (a serial: digits, a bracket, a Chinese
    numeral): a cheap test that lets the loop skip the lines that can be neither header nor row."""
    return first.isdigit() or first in "(（一二三四五六七八九十"


# the second half of a header word a scraper split at a blank (``主体 责任单位``, ``牵头 领导``, ``完成 时限``)
_HEADER_TAILS = ("责任单位", "责任部门", "单位", "部门", "科室", "机关", "领导", "时限", "时间", "评价", "责任人")


def join_split_header_words(words: list[str]) -> list[str]:
    """Header words of a table flattened a row a line, with the words a scraper split at a blank joined again
    (``序号 任务 牵头 领导 主体 责任单位 配合 责任单位`` -> ``牵头领导``, ``主体责任单位``, ``配合责任单位``): a short
    qualifier (two characters, no title or number column) joined to the column word after it. Only a header that
    shows the split (a qualifier that is no column word of its own, ``主体``/``完成``, or a bare ``单位``/``部门``/
    ``领导`` after one) is joined: ``牵头 责任单位`` alone may be two columns."""
    def pair(i: int) -> bool:
        w, t = words[i], words[i + 1]
        return len(w) == 2 and t in _HEADER_TAILS and column_role(w) not in ("number", "title") \
            and column_role(w + t) not in (None, "number", "title")
    pairs = [i for i in range(len(words) - 1) if pair(i)]
    if not any(column_role(words[i]) == "other" or words[i + 1] in ("单位", "部门", "领导") for i in pairs):
        return words
    out, i = [], 0
    while i < len(words):
        if i in pairs:
            out.append(words[i] + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def could_hold_number_column(line: str) -> bool:
    """(perf15) False only where no piece of ``line`` can be a number column's header cell (``column_role`` ->
    ``number``: ``序号``, ``编号``, ``序``, ``项次``), so no spaced header can open it."""
    return "序" in line or "编号" in line or "项次" in line


def _spaced_header(line: str) -> list[str] | None:
    """The column roles of a header line of a table flattened a row a line (``序号 项目名称 单位 目标任务 完成情况
    责任单位``), or None: four or more short words parted by blanks (words split at a blank joined again,
    ``join_split_header_words``), a number column first, a title column after it, and one to three unit columns
    (``牵头单位 配合单位``, ``牵头责任单位 主体责任单位 配合责任单位``); a long word may close the header only after
    its unit columns (``2031年1-3月进展情况``)."""
    if "。" in line:
        return None
    words = _BLANKS.split(line.strip())
    if len(words) < 4 or column_role(words[0]) != "number":
        return None  # (cheap tests first)
    words = join_split_header_words(words)
    roles = [column_role(w) for w in words]
    units = [i for i, r in enumerate(roles) if r in ("lead", "responsible")]
    if len(words) < 4 or not units or any(len(w) > 12 and (i < units[-1] or len(w) > 20 or "，" in w or "," in w)
                                          for i, w in enumerate(words)):
        return None
    if roles[0] == "number" and "title" not in roles[1:3]:
        from extract.rules.table_layouts import plain_title_column  # (r18; lazy: no import cycle)
        roles = plain_title_column(roles)  # ``序号 民生实事 责任单位 完成时限``: the one plain column is the task
    if roles[0] == "number" and "title" in roles[1:3] and 1 <= len(units) <= 3:
        return roles
    return None


def _unit_cells(roles: list[str], cells: list[re.Match[str]]) -> list[tuple[str, re.Match[str]]] | None:
    """(role, cell) of a row's unit cells: the last cell under a header whose one unit column is its last (cells
    with blanks inside may stand before it); else the cells under the unit columns when the row has as many cells as
    the header. The first unit column leads unless a lead column stands beside it (U6; U4c ``责任单位`` beside
    ``配合单位``)."""
    cols = [i for i, r in enumerate(roles) if r in ("lead", "responsible")]
    if cols == [len(roles) - 1]:
        return [("lead", cells[-1])]
    if len(cells) != len(roles):
        return None
    has_lead = any(roles[i] == "lead" for i in cols)
    return [("lead" if roles[i] == "lead" or (not has_lead and n == 0) else "responsible", cells[i])
            for n, i in enumerate(cols)]


def _unit_run(cells: list[re.Match[str]]) -> list[re.Match[str]] | None:
    """The unit cells of a row whose cells no longer stand under the header's (a person's name split at a blank, an
    empty cell not written): after the task, people's names (and the single characters of a split name) skipped,
    the run of cells that each read as a unit list, up to the first cell that does not; None when there is none."""
    run: list[re.Match[str]] = []
    for cell in cells[2:]:
        t = cell.group()
        unit = is_unit_cell(t) and not is_person_name(t) and not _A_DIGIT.search(t) and len(t) <= 20
        if unit:
            run.append(cell)
        elif run:
            break
        elif not (is_person_name(t) or re.fullmatch(r"[\u4e00-\u9fff]", t)):
            return None
    return run or None


def _units_below(text: str, lines: list, first: int, blanks: Callable[[int], bool] | None) -> list[tuple[str, int]]:
    """(name, end in ``text``) of the unit cells that open the lines from ``lines[first]`` on, a row's last unit
    list broken a unit a line (``各乡镇`` / ``县开发区`` / ``县直有关单位 达到时序进度 …``): read up to a line that opens
    with a serial number or with a cell that is no unit, or up to a line whose units are followed by the row's other
    cells. Only a run that the next row or the row's other cells close is kept: unit lines that the text's end or a
    plain line closes may be a signature (``丙县人民政府办公室`` / ``2031年5月1日``)."""
    out: list[tuple[str, int]] = []
    for _a, _b, a, b in lines[first:first + 8]:
        line, where = _clean(text, a, b, blanks)
        if _SPACED_ROW.match(line):
            return out
        cells = list(re.finditer(r"\S+", line))
        k = 0
        while k < len(cells) and is_unit_cell(t := cells[k].group()) and not is_person_name(t) \
                and not _A_DIGIT.search(t) and len(t) <= 20:
            out.append((t, where[cells[k].end() - 1] + 1))
            k += 1
        if k == 0:
            return []
        if k < len(cells):
            return out
    return []


def spaced_rows(text: str, offset: int = 0, blanks: Callable[[int], bool] | None = None) -> list[AssignmentHit]:
    """The unit rows of a task table flattened a row a line, its cells parted by blanks, under a header whose last
    column names the units (``_spaced_header``; eval/README.md U1, U6: one unit column is read as the lead)::

        序号 项目名称 单位 目标任务 完成情况 责任单位
        1 修缮灌溉渠 条 12 5 丙县水务局
        农田水渠 条 4 2
        2 扩建冷库 座 2 1 丙县商务局

    A row opens with its serial number and closes with its unit cell (a line without either, ``农田水渠…``, is a sub-row
    of the row above and names no units of its own); task = the row's first cell after the number (U2); the quote runs
    from the task to the unit cell (U5). ``blanks`` puts back the blanks the normaliser dropped between two Chinese
    characters (``unit_flat.dropped_blank``), which part the cells here."""
    hits: list[AssignmentHit] = []
    if "\n" not in text:
        return hits
    roles: list[str] | None = None
    positions = getattr(blanks, "positions", None) if blanks is not None else []
    lines = list(_nonblank_lines(text))
    for li, (_a, _b, a, b) in enumerate(lines):
        if "。" in text[a:b] and (roles is None or not _may_open_row(text[a])):
            # no header (its words hold no ``。``) and no row (it opens with its serial number): cleaning adds only
            # blanks after the line's first character, so the test on the raw line is the same
            continue
        if roles is None and not could_hold_number_column(text[a:b]):
            continue  # (perf15) no header before this line, and none can open it: a header's first cell is a piece of it
        if positions is not None and _BLANKS.search(text, a, b) is None and not _any_in(positions, a, b):
            continue  # one word whole, blanks neither in it nor put back into it: no header (4 words), no row (3 cells)
        line, where = _clean(text, a, b, blanks)
        if (header := _spaced_header(line)) is not None:
            roles = header
            continue
        if roles is None:
            continue
        m = _SPACED_ROW.match(line)
        if m is None:
            continue
        cells = list(re.finditer(r"\S+", line))
        if len(cells) < 3:
            continue
        task = cells[1]
        placed = _unit_cells(roles, cells)
        more: list[tuple[str, int]] = []  # units of the row's last cell broken onto the lines below (name, end)
        if placed is None and sum(r in ("lead", "responsible") for r in roles) >= 2 \
                and sum(r in ("lead", "responsible", "people") for r in roles) >= 3 and (run := _unit_run(cells)):
            # the cells no longer stand under the header's, in a header of three or more columns of units and people
            # (empty leaders' cells are not written, a name is split at a blank): the first unit cell leads, the
            # others help (U4c, U6). With two unit columns only, a blank inside a cell makes the roles unknown.
            placed = [("lead" if n == 0 else "responsible", c) for n, c in enumerate(run)]
            if run[-1] is cells[-1]:
                more = _units_below(text, lines, li + 1, blanks)
        elif placed and placed[-1][1] is cells[-1] and roles[-1] in ("lead", "responsible"):
            more = _units_below(text, lines, li + 1, blanks)  # the last column's list broken a unit a line
        if not placed or any(cell.start() <= task.start() for _r, cell in placed):
            continue
        names = [cell.group() for _r, cell in placed]
        if any(len(n) > 20 or not is_unit_cell(n) or is_person_name(n) or _A_DIGIT.search(n) for n in names):
            continue
        lead = [u for (r, _c), n in zip(placed, names) if r == "lead" for u in split_units(n)]
        resp = [u for (r, _c), n in zip(placed, names) if r != "lead" for u in split_units(n)]
        resp += [u for n, _e in more for u in split_units(n)]
        last = max(cell.end() for _r, cell in placed)
        end = more[-1][1] if more else where[last - 1] + 1
        if lead and len(task.group()) >= 4:
            hits.append(AssignmentHit(offset + where[task.start()], offset + end, task.group(),
                                      lead, resp, cue="spaced_rows"))
    return hits
