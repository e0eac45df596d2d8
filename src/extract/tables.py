"""Tables that arrive flattened one cell per line, or as pipe- or tab-delimited rows, rebuilt into rows:
expected-indicator tables (a ``指标`` header followed by year columns) and task-breakdown tables
(``序号`` ... ``牵头`` ... rows numbered 1, 2, ...), with each cell's role from the header's words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.cues import column_role, is_person_name, is_unit_cell
from extract.roles import HELP_VERBS, LEAD_VERBS, alternation, host_helper_column
from extract.data import Span, Table, TableRow, trusted_span
from extract.headings import _SENTENCE_END, Line, parse_heading
from extract.header_wraps import continues_header_cell, wrapped_title_cell  # a header cell wrapped over two lines
from extract.table_cues import (TIME_CELL as _TIME_CELL, VALUE_CELL as _VALUE_CELL, head_roles, is_attribute_cell,
                                measured_value,
                                is_base_column, is_empty_value, is_value_note, result_year, is_row_number_before, is_table_note,
                                year_first, is_target_column)

_YEAR_CELL = re.compile(r"^(20\d\d)\s*年?(?:\s*[(（]?(基期|现状|目标值?|预期值?|基数|基准|规划)?[)）]?)?$")
# a task table's column of one year's work: ``2023年目标进度``, ``2024年度目标``, ``2024年建设内容``
_YEAR_COLUMN = re.compile(r"^(20\d\d)\s*年度?(?:目标进度|进度|目标任务|目标|任务|工作目标|建设内容|建设任务)$")
_ROW_NO = re.compile(r"^\d{1,3}$")
_SPACES = re.compile(r"\s+")


# -- tables ----------------------------------------------------------------------------------
@dataclass(slots=True)  # made per line of the document
class Cell:
    """One cell of a flattened table: a line, or a part of a pipe- or tab-delimited line."""

    text: str
    start: int
    end: int
    line: int


_DELIM = re.compile(r"\s*[|｜\t]\s*")
_DELIM_CHAR = re.compile(r"[|｜\t]")
# a header written on one line with spaces between its cells: ``序号 涉及部门 职责分工``
_SPACED_HEADER = re.compile(r"^\s*(序号|编号)(\s+[\u4e00-\u9fff()（）]{2,10}){2,}\s*$")


@dataclass
class _Shift:
    """A whitespace match moved by the line's leading blanks (its cells keep exact spans)."""

    m: re.Match
    by: int

    def start(self) -> int:
        return self.m.start() + self.by

    def end(self) -> int:
        return self.m.end() + self.by


def table_cells(lines: list[Line], start: int = 0, stop: int | None = None) -> list[Cell]:
    """The cell stream of ``lines[start:stop]``: blank lines and lone ``|`` separators dropped, a
    delimited line split into its cells (spans exact), edge pipes stripped."""
    out: list[Cell] = []
    for ln in lines[start:stop]:
        pos = 0
        t = ln.text
        # every _DELIM match holds a | ｜ or tab: most lines have none (substring tests before the slow scan)
        if "|" not in t and "｜" not in t and "\t" not in t and not t.lstrip().startswith(("序号", "编号")):
            # no delimiter and no spaced header (``_SPACED_HEADER`` opens with 序号/编号): the line is one cell,
            # as the loop below makes it
            text = t.strip()
            if text:
                lead = len(t) - len(t.lstrip())
                out.append(Cell(text, ln.start + lead, ln.start + lead + len(text), ln.index))
            continue
        delims = list(_DELIM.finditer(ln.text)) if _DELIM_CHAR.search(ln.text) else []
        if not delims and _SPACED_HEADER.match(ln.text):
            delims = list(re.finditer(r"\s+", ln.text.strip()))
            delims = [_Shift(m, len(ln.text) - len(ln.text.lstrip())) for m in delims]
        for m in delims + [None]:
            a, b = pos, (m.start() if m else len(ln.text))
            seg = ln.text[a:b]
            lead = len(seg) - len(seg.lstrip())
            text = seg.strip()
            if text:
                cell = Cell(text, ln.start + a + lead, ln.start + a + lead + len(text), ln.index)
                # (split_glued_header reads only a cell that opens with 序号/编号)
                glued = split_glued_header(cell) if text.startswith(("序号", "编号")) else None
                if glued:
                    out.extend(glued)
                else:
                    out.append(cell)
            if m is None:
                break
            pos = m.end()
    return out


_ROW_NUMBER = re.compile(r"^\d{1,3}$")
# the words a header cell ends with; a header whose spaces were lost (``序号涉及部门职责分工``) splits after them
_HEADER_WORD_END = re.compile(r"(序号|编号|名称|内容|单位|部门|科室|领导|时限|时间|分工|职责|措施|任务|目标|指标|备注|类别|"
                              r"进度|进展|情况|标准|责任人|举措|要求|属性)")


def split_glued_header(cell: Cell) -> list[Cell] | None:
    """A header run glued into one cell, ``序号涉及部门职责分工`` -> ``序号``, ``涉及部门``, ``职责分工``; None
    unless the whole cell splits into three or more header words of at most ten characters."""
    t = cell.text
    if not t.startswith(("序号", "编号")) or len(t) < 6 or not re.fullmatch(r"[\u4e00-\u9fff()（）]+", t):
        return None
    parts, pos = [], 0
    for m in _HEADER_WORD_END.finditer(t):
        if m.end() - pos >= 2:
            parts.append((pos, m.end()))
            pos = m.end()
    if pos != len(t):
        return None
    merged: list[tuple[int, int]] = []
    for a, b in parts:  # ``职责`` + ``分工``, ``任务`` + ``名称``: one word
        if merged and b - a == 2 and t[a:b] in ("名称", "分工", "内容", "要求", "标准", "情况") \
                and merged[-1][1] - merged[-1][0] == 2 and t[merged[-1][0]:merged[-1][1]] not in ("序号", "编号"):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    parts = merged
    if len(parts) < 3 or any(b - a > 10 for a, b in parts):
        return None
    return [Cell(t[a:b], cell.start + a, cell.start + b, cell.line) for a, b in parts]


_BRACKET_UNIT = re.compile(r"[(（][^()（）\d]{1,6}[)）]")
_YEAR_TAILS = ("目标", "目标进度", "进度", "任务", "目标任务", "工作目标", "年度目标", "建设内容", "建设任务")
_HEADER_JOIN = ("单位", "部门", "领导", "时限", "时间", "内容", "名称", "主体", "科室")
# a fragment such as ``牵头`` or ``完成`` takes the next cell; a whole header word (``指标``) does not
_JOINS_ROLES = ("other", "lead", "responsible", "people", "deadline")


def _header_columns(cells: list[str]) -> tuple[list[str], list[int]]:
    """Columns of a header run: a cell broken over lines (``牵头`` + ``单位``) joined; an umbrella
    cell (``年度工作目标``) replaced by the year cells that follow the run."""
    cols: list[str] = []
    for c in cells:
        c = "".join(c.split())  # (perf17) ``_SPACES.sub("", c)``: ``\s`` is ``str.isspace``, and a split of C speed
        if cols and (_BRACKET_UNIT.fullmatch(c) or (_YEAR_CELL.match(cols[-1]) and c in _YEAR_TAILS)
                     or continues_header_cell(cols[-1], c)):  # ``建设起`` + ``止年限``, ``资金`` + ``来源``
            cols[-1] += c  # ``总投资`` + ``(万元)``; ``2023年`` + ``目标进度``: one column
        elif cols and c in _HEADER_JOIN and not cols[-1].endswith(c) and (
                c in ("名称", "内容") or (len(cols[-1]) <= 4 and column_role(cols[-1]) in _JOINS_ROLES)):
            cols[-1] += c
        else:
            cols.append(c)
    if "级" in "".join(cols):  # (unitB26) ``一级事项`` / ``二级事项`` after the first row: the umbrella's sub-columns
        from extract.rules.table_sub_columns import with_sub_columns  # (lazy: ``extract.rules`` imports this module)
        cols = with_sub_columns(cols)
    years = [int(m.group(1)) for c in cols if (m := _YEAR_CELL.match(c)) or (m := _YEAR_COLUMN.match(c))]
    if years:
        rest = [c for c in cols if not _YEAR_CELL.match(c) and not _YEAR_COLUMN.match(c)]
        umbrella = next((i for i, c in enumerate(rest) if re.search(r"(年度|分年|年份|进度|推进)", c)
                         and column_role(c) not in ("lead", "responsible", "people", "deadline", "amount")), None)
        year_cols = [c for c in cols if _YEAR_CELL.match(c) or _YEAR_COLUMN.match(c)]
        if umbrella is not None:
            cols = rest[:umbrella] + year_cols + rest[umbrella + 1:]
    return cols, years


def _roles_from_header(cols: list[str], ncells: int, plain_title: bool = False) -> list[str] | None:
    """Roles of a full row's cells from the header's words, or None when the row does not fill the
    header (merged cells: the caller reads the row by its cells instead). ``plain_title``: in a numbered
    task table, a header with no title word reads its one plain column before the units as the task."""
    body = [c for c in cols if column_role(c) != "number"]
    if ncells != len(body):
        return None
    roles: list[str] = []
    titles = [i for i, c in enumerate(body) if column_role(c) == "title"]
    named = [i for i in titles if re.search(r"(项目|名称)", body[i])]
    title = named[-1] if named else (titles[0] if titles else None)
    for i, c in enumerate(body):
        r = column_role(c)
        if r == "year":
            roles.append(f"year:{int(c[:4])}")
        elif r == "title":
            roles.append("title" if i == title else ("category" if title is not None and i < title else "content"))
        elif r in ("lead", "responsible", "people", "deadline", "content", "category"):
            roles.append(r)
        elif r == "amount":
            roles.append("amount:" + c)
        elif r == "unit":
            roles.append("unit")
        else:
            roles.append("other")
    led_by_people = any(column_role(c) == "people" and "牵头" in c for c in body)
    if "lead" not in roles and "responsible" in roles and not led_by_people \
            and not all(host_helper_column(c) for c, r in zip(body, roles) if r == "responsible"):  # (unitA30) ``承办部门`` alone
        # no 牵头 column: a lone unit column, or 责任单位 beside 配合单位, is the lead (U6, U4c); where a
        # person leads (``牵头领导``), the units column answers for the task
        roles[roles.index("responsible")] = "lead"
    if "title" not in roles and "content" not in roles:
        if not plain_title:
            return None
        # no title word in the header (``民生实事 | 责任单位 | 完成时限``): its one plain text column before
        # the units names the task
        first_unit = next((i for i, r in enumerate(roles) if r in ("lead", "responsible")), None)
        others = [i for i, r in enumerate(roles[:first_unit or 0]) if r == "other"]
        if len(others) != 1:
            return None  # (several plain columns before the units: which one is the task is not known)
        roles[others[0]] = "title"
    return roles


def _unit_like(text: str) -> bool:
    return text.strip() in ("/", "-", "—", "无") or is_unit_cell(text)


def text_of_lines(lines: list[Line]) -> str:
    return "\n".join(ln.text for ln in lines)


def _split_by_units(row: list[Cell], cols: list[str], text: str) -> tuple[list[Cell], list[str]] | None:
    """Roles of a row of a table without year columns, read from its cells around its run of unit
    cells. The header's unit columns (lead, responsible, people) must stand together; the row's last
    run of unit or name cells that the header's shape allows fills them in order (a list broken one unit per line joined again into
    the last of them); the cells before it fill the header's text columns before the units from the
    right (a category merged with the row above is missing at the start), the cells after it the
    columns after the units (deadline, progress) from the left."""
    body = [c for c in cols if column_role(c) != "number"]
    roles = _roles_from_header(cols, len(body), plain_title=True)
    if roles is None:
        return None
    at = [i for i, r in enumerate(roles) if r in ("lead", "responsible", "people")]
    if not at or at != list(range(at[0], at[-1] + 1)):
        return None
    before, unit_cols, after_cols = roles[:at[0]], roles[at[0]:at[-1] + 1], roles[at[-1] + 1:]

    def unit_or_name(c: Cell) -> bool:
        return _unit_like(c.text) or is_person_name(c.text)

    if len(row) > len(roles):
        row = join_broken_units(row, text)

    runs: list[tuple[int, int]] = []  # maximal runs of unit or name cells
    j = 0
    while j < len(row):
        if unit_or_name(row[j]):
            k = j
            while k < len(row) and unit_or_name(row[k]):
                k += 1
            runs.append((j, k))
            j = k
        else:
            j += 1
    # the last run that leaves a fitting head and tail (a title such as ``新建一批学校`` may look
    # like a unit: the units are the run nearest the row's end that the header's shape allows)
    # cells beyond the header's count at the row's end continue it (a sub-task on the next line whose
    # other cells are empty): they are read as content after the header's columns
    extra = max(0, len(row) - len(roles))
    # a run that starts at the row's first cell when the header has text columns before the units holds
    # the task too (``迁建县政务服务中心。`` ends like an office): its units start one cell later
    runs = [(a + 1, b) if a == 0 and before and b - a > 1 else (a, b) for a, b in runs]
    fit = [(a, b) for a, b in runs
           if len(row) - b <= len(after_cols) + extra and a <= len(before) and (a or not before)]
    if not fit:
        return None
    a, b = fit[-1]
    head, tail, rest = row[:a], row[a:b], row[b:]
    # names fill the people column, the other cells the unit columns in order
    people = [c for c in tail if is_person_name(c.text) and not _unit_like(c.text)]
    units = [c for c in tail if c not in people]
    unit_roles = [r for r in unit_cols if r != "people"]
    if not units or not unit_roles:
        return None
    if len(units) > len(unit_roles):
        k = len(unit_roles) - 1
        first, last = units[k], units[-1]
        units = units[:k] + [Cell(text[first.start:last.end], first.start, last.end, first.line)]
    named = {id(c): "people" for c in people}
    named.update({id(c): r for c, r in zip(units, unit_roles)})
    tail = [c for c in people + units]
    tail.sort(key=lambda c: c.start)
    return (head + tail + rest,
            head_roles([c.text for c in head], before) + [named[id(c)] for c in tail] + after_cols[:len(rest)]
            + ["content"] * (len(rest) - len(after_cols)))


def sub_rows(row: list[Cell], cols: list[str], text: str) -> list[tuple[list[Cell], list[str], int]] | None:
    """A row whose project cell is merged over several sub-rows, each with its own units, content and
    figures: ``项目 | 责任单位 | 建设内容 | 总投资`` filled as ``A | 甲局 | … | 100 | 乙局 | … | 50``. Each unit cell
    after the first set of columns starts a sub-row; the cells before the unit column are carried into
    it (``carried``). None unless the row is longer than the header and splits so."""
    body = [c for c in cols if column_role(c) != "number"]
    roles = _roles_from_header(cols, len(body), plain_title=True)
    if roles is None or len(row) <= len(body) + 1:
        return None
    unit_at = next((i for i, r in enumerate(roles) if r in ("lead", "responsible")), None)
    if unit_at is None or unit_at + 1 >= len(roles) or roles[unit_at + 1] in ("lead", "responsible", "people"):
        return None  # a single unit column with the row's own cells after it
    row = join_broken_units(row, text)
    row = _merge_unit_runs(row, text)
    if unit_at >= 1 and roles[unit_at - 1] in ("content", "title") \
            and not any(r in ("content", "title") or r.startswith("year:") for r in roles[unit_at + 1:]):
        return _units_close_sub_rows(row, roles, unit_at)
    starts = [i for i in range(len(body), len(row)) if is_unit_cell(row[i].text) and not is_person_name(row[i].text)]
    if not starts or not is_unit_cell(row[unit_at].text):
        return None
    out: list[tuple[list[Cell], list[str], int]] = []
    bounds = [0] + starts + [len(row)]
    for k in range(len(bounds) - 1):
        own = row[bounds[k]:bounds[k + 1]]
        if k == 0:
            cells, carried = own, 0
            cell_roles = roles[:len(own)] + ["other"] * (len(own) - len(roles))
        else:
            cells, carried = row[:unit_at] + own, unit_at
            tail = roles[unit_at:]
            cell_roles = roles[:unit_at] + tail[:len(own)] + ["other"] * (len(own) - len(tail))
        out.append((cells, cell_roles, carried))
    return out


def _units_close_sub_rows(row: list[Cell], roles: list[str], unit_at: int) -> list[tuple[list[Cell], list[str], int]] | None:
    """Sub-rows of a row whose unit column follows its task column (``主要职责 | 具体工作事项 | 负责部门 | 备注``
    filled as ``A | 事项一 | 甲科 | 事项二 | 乙科``): each unit cell closes the sub-row of the task cell before it;
    the cells before the task column are carried into the later sub-rows. None unless every later sub-row
    is one task cell and one unit cell."""
    ends = [i for i in range(unit_at, len(row)) if is_unit_cell(row[i].text) and not is_person_name(row[i].text)]
    if len(ends) < 2 or ends[0] != unit_at:
        return None
    out: list[tuple[list[Cell], list[str], int]] = [(row[:unit_at + 1], roles[:unit_at + 1], 0)]
    for prev, end in zip(ends, ends[1:]):
        own = row[prev + 1:end + 1]
        if len(own) != 2 or is_unit_cell(own[0].text):
            return None
        out.append((row[:unit_at - 1] + own, roles[:unit_at + 1], unit_at - 1))
    if ends[-1] != len(row) - 1 and len(row) - 1 - ends[-1] > len(roles) - unit_at - 1:
        return None  # cells after the last unit that no column after the units can hold
    return out


# a role mark alone (``(牵头)``, ``(配合)``): the role of the unit on the line before (``extract.roles``)
_ROLE_MARK_CELL = re.compile(rf"[(（]{alternation(LEAD_VERBS + HELP_VERBS)}(?:单位|部门)?[)）]")


def _merge_unit_runs(row: list[Cell], text: str) -> list[Cell]:
    """Consecutive unit cells (a list broken one unit per line) as one cell."""
    out: list[Cell] = []
    for c in row:
        if out and (is_unit_cell(c.text) or _ROLE_MARK_CELL.fullmatch(c.text.strip())) and is_unit_cell(out[-1].text) \
                and not is_person_name(c.text):  # (``甲局`` / ``(牵头)`` / ``乙局``: a role mark on a line of its own)
            prev = out[-1]
            out[-1] = Cell(prev.text + "\n" + c.text, prev.start, c.end, prev.line)
        else:
            out.append(c)
    return out


def join_continuations(row: list[Cell], text: str) -> list[Cell]:
    """A cell that continues the one before it where a line broke inside it: it opens with ``、`` / ``,``
    (``、县司法局``), or it closes a bracket the cell before left open (``(剪纸、书法`` + ``、篆刻)进校园``)."""
    out: list[Cell] = []
    for c in row:
        if out and (c.text.startswith(("、", ",", "，")) or _opens_bracket(out[-1].text) and _closes_bracket(c.text)):
            prev = out[-1]
            out[-1] = Cell(prev.text + c.text, prev.start, c.end, prev.line)
        else:
            out.append(c)
    return out


def _opens_bracket(t: str) -> bool:
    return t.count("(") + t.count("（") > t.count(")") + t.count("）")


def _closes_bracket(t: str) -> bool:
    return t.count(")") + t.count("）") > t.count("(") + t.count("（")


_LEVEL_START = "省市区县团"


def split_task_units(row: list[Cell], ncols: int) -> list[Cell]:
    """In a row short of the header's cells, a task cell with its unit list glued to its end
    (``…防溺水教育等进校园县公安局、县应急局``) split where the longest unit list starting with a level
    character (区, 县, 市, 省, 团) begins; the task keeps at least four characters."""
    if not row or len(row) >= ncols:
        return row
    cuts = [_task_units_cut(row[0].text)] + [None] * (len(row) - 1)  # only the row's first (task) cell
    if any(is_unit_cell(c.text) and k is None for c, k in zip(row[:-1], cuts)):
        return row  # a row with a unit cell of its own (the last may be a scope such as ``全县各校``)
    out: list[Cell] = []
    for c, cut in zip(row, cuts):
        t = c.text
        if cut is None:
            out.append(c)
        else:
            out += [Cell(t[:cut], c.start, c.start + cut, c.line), Cell(t[cut:], c.start + cut, c.end, c.line)]
    return out


def _task_units_cut(t: str) -> int | None:
    """Where a unit list glued to the end of a task cell starts, or None."""
    from extract.rules.unit_clauses import object_of_build_verb  # (r15 ug15; lazy: ``extract.rules`` imports this module)
    return next((i for i in range(4, len(t) - 2) if t[i] in _LEVEL_START and not _opens_bracket(t[:i])
                 and _glued_unit_list(t[i:]) and not _glued_unit_list(t[:i]) and not object_of_build_verb(t[:i])), None)


def _glued_unit_list(t: str) -> bool:
    """A unit list that may end a task cell: names separated by ``、`` only, each an organisation's."""
    items = [x for x in t.rstrip("、").split("、") if x]
    return not re.search(r"[,，。;；:：]", t) and bool(items) and all(len(x) >= 3 and is_unit_cell(x) for x in items)


def join_broken_units(row: list[Cell], text: str) -> list[Cell]:
    """A unit's name broken over two lines of a flattened row (``市生态`` / ``环境局``) joined into one
    cell: two short neighbours on consecutive lines, the first no unit of its own, that read as one
    unit together, the first opening with the level of a unit's name (``市``, ``区``, ``县``). The cell's
    text drops the break; its span covers both lines."""
    out: list[Cell] = []
    i = 0
    while i < len(row):
        c = row[i]
        if i + 1 < len(row):
            d = row[i + 1]
            joined = c.text + d.text
            if (d.line == c.line + 1 and len(c.text) <= 8 and len(d.text) <= 8 and not _unit_like(c.text)
                    and c.text[0] in _PLACE_LEVEL and not is_value_note(c.text) and is_unit_cell(joined) and len(split_units_plain(joined)) == 1):
                out.append(Cell(joined, c.start, d.end, c.line))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


_PLACE_LEVEL = "省市区县州盟旗镇乡"  # the level a unit's name opens with (``市生态``): no personal name does


def split_units_plain(cell: str) -> list[str]:
    return [x for x in re.split(r"[、,，;；\s]+", cell) if x]


_MEASURE_START = re.compile(r"^(?:个|所|名|人|项|次|年|月|日|%|万|元|天|家|条|批|期|届|类|种|周|小时|岁|级|号|米|亩)")


def split_glued_row_numbers(cells: list[Cell], start: int) -> list[Cell]:
    """Row numbers glued to a neighbouring cell where a flattened table lost a line break, from the
    header cell at ``start`` on: ``全县各校3`` -> ``全县各校``, ``3`` and ``对象范围1安全进校园`` -> ``对象范围``,
    ``1``, ``安全进校园`` when ``3`` / ``1`` is the next row number expected. A number followed by a measure
    word (``3所``) is a quantity, not a row number."""
    out = cells[:start]
    expected = 1
    for c in cells[start:]:
        t = c.text
        if t == str(expected):
            out.append(c)
            expected += 1
            continue
        k = str(expected)
        if k in t:  # both patterns hold the number itself: most cells are skipped without a scan
            tail = re.search(rf"(?<=[^\d.\s]){k}$", t) if len(t) > len(k) + 1 else None
            head = re.search(rf"(?<=[\u4e00-\u9fff)）]){k}(?=[\u4e00-\u9fff“])", t)
        else:
            tail = head = None
        if tail is not None:
            a = tail.start()
            out += [Cell(t[:a], c.start, c.start + a, c.line), Cell(k, c.start + a, c.end, c.line)]
            expected += 1
        elif head is not None and not _MEASURE_START.match(t[head.end():]) and head.start() >= 2 \
                and len(t) - head.end() >= 4:
            a, b = head.start(), head.end()
            out += [Cell(t[:a], c.start, c.start + a, c.line), Cell(k, c.start + a, c.start + b, c.line),
                    Cell(t[b:], c.start + b, c.end, c.line)]
            expected += 1
        else:
            out.append(c)
    return out


# the header word of a task table's serial column (``项次``: Taiwan's)
_SERIAL_HEADS = ("序号", "编号", "项次")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_SERIAL = re.compile(r"(?P<n>\d{1,3})|(?P<d1>\d{1,2})\.(?P<d2>\d{1,2})|(?P<c>[一二三四五六七八九十]{1,3})"
                     r"|[(（](?P<b>[一二三四五六七八九十]{1,3})[)）]")


def _cn_number(t: str) -> int | None:
    """``三`` -> 3, ``十二`` -> 12, ``二十一`` -> 21; None for no plain numeral."""
    if "十" not in t:
        return _CN_DIGITS[t] if len(t) == 1 else None
    tens, _, ones = t.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def row_serial(text: str) -> tuple[str, int] | None:
    """(kind, ordinal) of a cell that is only a row's serial number in a task table: ``12`` (``n``), ``1.2`` (``d``:
    two levels, ordered as 20 x the first + the second), ``三`` (``c``), ``(三)``/``（三）`` (``b``); else None."""
    m = _SERIAL.fullmatch(text)
    if m is None:
        return None
    if m.group("n"):
        return "n", int(m.group("n"))
    if m.group("d1"):
        return "d", int(m.group("d1")) * 20 + int(m.group("d2"))
    no = _cn_number(m.group("c") or m.group("b"))
    return None if no is None else ("c" if m.group("c") else "b", no)


def _serial_no(text: str, kind: str) -> int | None:
    """The ordinal of a row serial of the table's kind (``row_serial``), else None."""
    if kind == "n":
        return int(text) if _ROW_NUMBER.match(text) else None  # (the common case, as cheap as before)
    got = row_serial(text)
    return got[1] if got is not None and got[0] == kind else None


def _find_task_tables(lines: list[Line], cells: list[Cell] | None = None) -> list[tuple[int, int, Table]]:
    """Task-breakdown tables flattened one cell per line, or as pipe/tab-delimited rows: a header
    run (``序号`` ... ``牵头``/``责任``/``配合`` ...) and rows that start with their number.
    ``cells``: ``table_cells(lines)`` when the caller has them."""
    from extract.rules.unit_clauses import cut_sub_row_end, under_place_column  # (r15 ug15; lazy: ``extract.rules`` imports this module)
    # (perf17) once a call, not once a row as they stood below (r15; here: no import cycle)
    from extract.rules.target_layouts import continued_cell_roles, deadline_cells_of_short_row
    from extract.rules.project_tables import unitless_project_header
    from extract.rules.table_serial_gaps import opens_next_row  # (r25 unitB25)
    out: list[tuple[int, int, Table]] = []
    cells = table_cells(lines) if cells is None else cells
    i = 0
    n = len(cells)
    while i < n:
        if cells[i].text not in _SERIAL_HEADS:
            i += 1
            continue
        h_end = next((j for j in range(i + 1, min(n, i + 30)) if _ROW_NUMBER.match(cells[j].text)), None)
        if h_end is None and any(re.search(r"[^\d]1(?=[\u4e00-\u9fff“])|[^\d.]1$", cells[j].text)
                                 for j in range(i + 1, min(n, i + 12))):
            # the first row's number glued to a cell: split the glued numbers of the whole run once
            cells = split_glued_row_numbers(cells, i)
            n = len(cells)
            h_end = next((j for j in range(i + 1, min(n, i + 30)) if _ROW_NUMBER.match(cells[j].text)), None)
        if h_end is None:
            # rows numbered otherwise (``1.1``, ``一``, ``(一)``): the first such cell after the header
            h_end = next((j for j in range(i + 1, min(n, i + 30)) if row_serial(cells[j].text) is not None), None)
        if h_end is None:
            i += 1
            continue
        kind = row_serial(cells[h_end].text)[0]
        header_cells = [c.text for c in cells[i + 1:h_end]]
        # group headings between the header and the first row (``一、主要预期目标``) are not columns
        header_cells = [c for c in header_cells if not (len(c) > 12 and parse_heading(c))]
        cols, years = _header_columns(header_cells)
        roles_of_cols = [column_role(c) for c in cols]
        if not any(r in ("lead", "responsible") for r in roles_of_cols) and not unitless_project_header(cols):
            i += 1
            continue
        ncols = len(cols)
        body_cols = [c for c in cols if column_role(c) != "number"]
        unit_cols = [i for i, c in enumerate(body_cols) if column_role(c) in ("lead", "responsible", "people")]
        text_after_units = bool(unit_cols) and any(
            column_role(c) in ("content", "title", "amount", "year", "deadline") for c in body_cols[unit_cols[-1] + 1:])
        rows_idx: list[tuple[int, int]] = []  # (number cell, end) in the cell stream
        k = h_end
        last_no = None
        while k < n and _serial_no(cells[k].text, kind) is not None:
            no = _serial_no(cells[k].text, kind)
            if last_no is not None and no <= last_no:
                break
            end = k + 1
            # sub-rows of merged cells make a row longer than the header: it runs to the next number
            nxt = next((j for j in range(k + ncols + 2, min(n, k + 1 + 4 * ncols))
                        if _serial_no(cells[j].text, kind) == no + 1), None)
            while end < n and (end - k <= ncols + 3 or _unit_like(cells[end].text) or (nxt is not None and end < nxt)):
                t = cells[end].text
                if opens_next_row(no, _serial_no(t, kind), end - k - 1, len(body_cols)) or t in _SERIAL_HEADS:
                    break  # the next row (r25: a far serial where the row is full), or the header repeated on a new page
                if end > k + 1 and len(t) <= 40 and parse_heading(t) and not is_unit_cell(t):  # (cheap tests first)
                    break  # a group heading row between task rows
                end += 1
            line_end = k + 1
            while line_end < n and cells[line_end].line == cells[k].line:
                line_end += 1
            if (end >= n or _serial_no(cells[end].text, kind) is None) and line_end - k - 1 == len(body_cols) \
                    and line_end <= end:
                # the last row written as one delimited line of as many cells as the header: the line is the row
                rows_idx.append((k, line_end))
                break
            if end >= n or _serial_no(cells[end].text, kind) is None:
                # the last row (or one that runs on): at most a full row, cut after its unit cells
                limit = min(end, k + 1 + ncols)
                row = [cells[j].text for j in range(k + 1, limit)]
                last_unit = max((c for c in range(len(row)) if (is_unit_cell(row[c]) or is_person_name(row[c]))
                                 and not under_place_column(body_cols, c)), default=None)  # (r15 ug15: a place)
                end = k + 2 + last_unit if last_unit is not None else limit
                if text_after_units:  # columns follow the units: the row holds them too
                    end = _full_row_end(cells, k + 1, end, n, len(body_cols), no, kind)
                    end = cut_sub_row_end([c.text for c in cells[:n]], end, len(body_cols),  # (r15 ug15)
                                          lambda t: _serial_no(t, kind) is not None)
                else:
                    while end < n and end - k <= ncols + 20 and _unit_like(cells[end].text) \
                            and _serial_no(cells[end].text, kind) is None:
                        end += 1  # the last column's units, one per line
                rows_idx.append((k, end))
                k = end
                # group headings may stand before the next row
                while k < n and parse_heading(cells[k].text) and _serial_no(cells[k].text, kind) is None:
                    k += 1
                if k < n and (_serial_no(cells[k].text, kind) or -1) > no:
                    last_no = no
                    continue
                break
            rows_idx.append((k, end))
            last_no = no
            k = end
            while k < n and parse_heading(cells[k].text) and _serial_no(cells[k].text, kind) is None:
                k += 1
        if not rows_idx:
            i += 1
            continue
        first_line, last_cell = cells[i].line, cells[rows_idx[-1][1] - 1]
        table = Table(kind="tasks", header=["序号"] + cols, years=years, rows=[],
                      span=Span(start=cells[i].start, end=last_cell.end))
        whole = text_of_lines(lines)
        for a, b in rows_idx:
            row = cells[a + 1:b]
            subs = sub_rows(row, cols, whole)
            if subs is not None:
                for sub, roles, carried in subs:
                    roles = continued_cell_roles([c.text for c in sub], roles)  # ``…| 甲路完成60%, | 乙路完成40%。``
                    table.rows.append(TableRow(cells=[c.text for c in sub], roles=roles, carried=carried,
                                               cell_spans=[trusted_span(c.start, c.end) for c in sub]))
                continue
            row = split_task_units(join_continuations(row, whole), len(body_cols))
            row = join_broken_units(row, whole)
            if len(row) > len(body_cols) and len(merged := _merge_unit_runs(row, whole)) == len(body_cols):
                row = merged  # a unit list broken one unit per line: one cell
            elif wrapped_title_cell([c.text for c in row], len(body_cols)):  # ``城市用气`` / ``提升工程``: one name
                row = [Cell(row[0].text + row[1].text, row[0].start, row[1].end, row[0].line)] + row[2:]
            full = _roles_from_header(cols, len(row), plain_title=True)
            if full is not None and any(r in ("lead", "responsible") for r in full) and all(
                    _unit_like(c.text) == (r in ("lead", "responsible")) for c, r, h in zip(row, full, body_cols)
                    if r != "people" and "对象" not in h):
                # (``抽查对象`` names what a unit inspects: it may read like a unit)
                roles = full  # a full row whose unit columns hold units: the header says what each cell is
            elif (split := None if years else _split_by_units(row, cols, whole)) is not None:
                row, roles = split
            else:
                roles = _roles_from_header(cols, len(row), plain_title=True) or _task_row_roles([c.text for c in row], years)
                roles = deadline_cells_of_short_row([c.text for c in row], roles)  # ``任务 | 9月底前 | 进展``
            roles = continued_cell_roles([c.text for c in row], roles)  # ``…| 甲路完成60%, | 乙路完成40%。``
            texts = [c.text for c in row]
            # (perf17) a cell's offsets are ints >= 0 of the text: its span made without validation (~1 us less each)
            table.rows.append(TableRow(cells=texts, cell_spans=[trusted_span(c.start, c.end) for c in row],
                                       roles=roles))
        out.append((first_line, last_cell.line + 1, table))
        while i < n and cells[i].line <= last_cell.line:
            i += 1
    return out


def _full_row_end(cells: list[Cell], first: int, end: int, n: int, ncols: int, no: int, kind: str = "n") -> int:
    """The end of a last row whose header has columns after its units: ``ncols`` cells from ``first``, a run
    of unit cells (a list broken one unit per line) counting as one; never before ``end``."""
    j, count = first, 0
    while j < n and count < ncols:
        if _serial_no(cells[j].text, kind) == no + 1 or cells[j].text in _SERIAL_HEADS:
            break
        if is_unit_cell(cells[j].text):
            while j + 1 < n and is_unit_cell(cells[j + 1].text):
                j += 1
        j += 1
        count += 1
    return max(end, j)


def _task_row_roles(cells: list[str], years: list[int]) -> list[str]:
    """Name each cell of a task-table row: category, title, content, year:Y, lead, responsible."""
    roles = ["other"] * len(cells)
    if not cells:
        return roles
    tail = len(cells)
    if tail >= 3 and _TIME_CELL.match(cells[-1]) and not is_unit_cell(cells[-1]):
        roles[-1] = "deadline"  # a trailing 完成时限 column
        tail -= 1
    if tail >= 2 and is_unit_cell(cells[tail - 1]) and is_unit_cell(cells[tail - 2]):
        roles[tail - 2], roles[tail - 1] = "lead", "responsible"
        tail -= 2
    elif tail >= 1 and is_unit_cell(cells[tail - 1]):
        roles[tail - 1] = "lead"
        tail -= 1
    # leading short cells are category/title; the first long or sentence-like cell is content
    content = None
    for c in range(tail):
        if len(cells[c]) > 25 or _SENTENCE_END.search(cells[c]) or "," in cells[c] or ";" in cells[c]:
            content = c
            break
    if content is None:  # no long cell: the first cell is the title, the second (if any) the content
        if tail == 0:
            return roles
        content = min(tail, 1)
    shorts = list(range(content))
    if shorts:
        roles[shorts[-1]] = "title"
        for c in shorts[:-1]:
            roles[c] = "category"
        if content < tail:
            roles[content] = "content"
    else:
        roles[content] = "title" if content < tail and len(cells[content]) <= 25 else "content"
    for y, c in zip(years, range(content + 1, tail)):
        roles[c] = f"year:{y}"
    return roles


def _values_follow(cells: list[Cell], k: int, n: int, within: int = 4) -> bool:
    """Whether a value cell comes within the next few cells: a label, not a heading after the table."""
    return any(_VALUE_CELL.match(cells[j].text) for j in range(k + 1, min(n, k + 1 + within)))


def _dash_is_unit(cells: list[Cell], m: int, n: int, ny: int, numbered: bool) -> bool:
    """Whether the dash at ``cells[m]`` stands in the unit column (a count without unit: ``甲数 | - | 3 | 4``), not in
    the first value column (``甲率 | % | - | 28`` has its unit; ``甲数 | - | 4`` has one value too few): as many
    values follow it as the table has value columns (up to the next row's number)."""
    k = m + 1
    while k < n and k - m <= ny and (_VALUE_CELL.match(cells[k].text) or is_empty_value(cells[k].text)):
        if numbered and is_row_number_before(cells[k].text, cells[k + 1].text if k + 1 < n else None):
            break
        k += 1
    return k - m - 1 >= ny


def is_base_year(years: list[int], col: int, min_year: int | None) -> bool:
    """Whether year column ``col`` of an indicator table holds the base (the present), not a target:
    a year before the plan (its period start, else its date); without either, the first column of a
    five-year table (``2020年 | 2025年``: a year ending in 0 or 5 with a column three or more years later)."""
    y = years[col]
    if min_year is not None:
        return y < min_year
    return col == 0 and y % 5 == 0 and any(later >= y + 3 for later in years[1:])


def _indicator_value(text: str) -> bool:
    """A value cell of an indicator table's row: ``VALUE_CELL``'s, or a figure with its own measure (``1000公里``,
    ``table_cues.measured_value``), not a year (``2031年``)."""
    return _VALUE_CELL.match(text) is not None or measured_value(text) is not None


def _label_head_of_years(cells: list[Cell], i: int) -> bool:
    from extract.rules.pipe_value_tables import label_head_of_years  # (tgtC39; lazy: ``extract.rules`` imports this module)
    return label_head_of_years(cells, i)


def _find_indicator_tables(lines: list[Line], skip: set[int], min_year: int | None,
                           cells: list[Cell] | None = None, plan_end: int | None = None) -> list[tuple[int, int, Table]]:
    """Expected-indicator tables flattened one cell per line or as delimited rows: a ``指标`` header with
    year columns (and 单位, 属性, 序号 columns), then rows of a label and its values. ``cells``:
    ``table_cells(lines)`` when the caller has them."""
    out: list[tuple[int, int, Table]] = []
    cells = [c for c in (table_cells(lines) if cells is None else cells) if c.line not in skip]
    n = len(cells)
    i = 0
    while i < n:
        t = "".join(cells[i].text.split())  # (perf17: ``_SPACES.sub("", …)``, as above) (``指 标 名 称``: spaces in a header cell change nothing, N14)
        if not (t in ("指标", "主要指标", "指标名称", "项目", "指标项") or (t.endswith("指标") and len(t) <= 8)
                or _label_head_of_years(cells, i)):  # (tgtC39) ``类别 | 2029年 | 2031年``
            i += 1
            continue
        # header: years following within a few cells
        j = i + 1
        header = [t]
        years: list[int] = []
        marked_base: set[int] = set()
        marked_target = 0  # year columns the header names a target (``2031年目标值``)
        placeholder = False  # (tblA26) the year of a yearless ``目标值`` column stands in ``years``
        yearless_base = 0  # base columns without a year (``基期水平``) before the year columns
        has_unit_col = False
        # a ``序号`` column: each row opens with its number (the column may stand before the label's, on its line)
        numbered = any(cells[b].line == cells[i].line and "".join(cells[b].text.split()) in ("序号", "编号")
                       for b in range(max(0, i - 2), i))
        while j < n and j < i + 12:
            h = year_first(cells[j].text)  # (tblA26) ``目标值(2031年)``
            m = _YEAR_CELL.match(h)
            if m:
                if placeholder:  # (tblA26) a two-row header: the years under ``基期 | 目标`` date the columns
                    years, marked_target, placeholder = [], marked_target - 1, False
                if m.group(2) in ("基期", "现状", "基数", "基准"):
                    marked_base.add(len(years))
                marked_target += (m.group(2) or "").startswith(("目标", "预期"))
                years.append(int(m.group(1)))
            elif (reached := result_year(h)) is not None:
                marked_base.add(len(years))  # ``2030年实现值``: reached values, a base column (N14)
                years.append(reached)
            elif not years and is_base_column(h):
                yearless_base += 1
            elif not years and is_target_column(h):
                years.append(plan_end or 0)  # (tblA26) N14: a single ``目标值`` column, its year the plan's end (0: none)
                marked_target, placeholder = marked_target + 1, True
            elif h in ("单位", "计量单位"):
                has_unit_col = True
            elif years and is_target_column(h) and any(_YEAR_CELL.match(year_first(c.text)) for c in cells[j + 1:j + 5]):
                pass  # (tblA26) ``2030年基期 | 规划目标 | 属性`` over ``2033年 | 2035年``: an umbrella over the years below
            elif years and h not in ("属性", "指标属性", "序号", "类别", "分类", "领域"):
                break  # the header ends at the first cell after the years that is not a header word
            elif years and h in ("属性", "指标属性") and marked_target == 0:
                marked_target = 1  # (tblA26) ``指标 | 2031年 | 属性``: the attribute closes a one-year header (N14)
            elif not years and h not in ("序号", "编号", "类别", "分类", "领域"):
                marked_target = -99  # a cell of no header word before the years: no one-year header (``甲率 | 乙数 | 2031年``)
            numbered = numbered or h in ("序号", "编号")
            header.append(h)
            j += 1
        if len(years) < 2 and not (years and marked_target > 0 and not (min_year and 0 < years[0] < min_year)
                                   and not (j < n and column_role(cells[j].text) in ("lead", "responsible", "people"))):
            i += 1  # (tblA26) one year column only where the header names it the target (``2031年目标值``)
            continue
        baseline_cols = marked_base | {c for c in range(len(years)) if years[c] and is_base_year(years, c, min_year)}
        # value columns in order: the yearless base columns first (their role is ``baseline``), then the years
        col_years: list[int | None] = [None] * yearless_base + list(years)
        baseline_cols = set(range(yearless_base)) | {c + yearless_base for c in baseline_cols}
        rows: list[TableRow] = []
        k = j
        last = j
        ny = len(col_years)
        while k < n:
            label = cells[k].text
            if is_table_note(label):
                k += 1  # ``说明:…``, ``计算方法:…`` under a row: the table goes on
                continue
            if len(label) > 40:
                break
            if parse_heading(label) and not _values_follow(cells, k, n):
                if not _values_follow(cells, k + 1, n):
                    break  # a heading after the table
                k += 1  # a category row inside the table (``一、发展水平``)
                continue
            if _indicator_value(label) or is_attribute_cell(label) or is_empty_value(label):
                # a row number, an attribute or a stray dash
                k += 1
                continue
            # a group of labels (a row and its ``其中:`` sub-rows) before their values
            labels = [k]
            m = k + 1
            while m < n and len(labels) < 4 and not _indicator_value(cells[m].text) and len(cells[m].text) <= 40 \
                    and not is_attribute_cell(cells[m].text) and not parse_heading(cells[m].text) \
                    and not is_table_note(cells[m].text) and not is_empty_value(cells[m].text) \
                    and not (has_unit_col and len(cells[m].text) <= 6):
                labels.append(m)
                m += 1
            unit_cell = None
            if has_unit_col and m < n and len(cells[m].text) <= 6 and not _indicator_value(cells[m].text) \
                    and (not is_empty_value(cells[m].text) or _dash_is_unit(cells, m, n, ny, numbered)):
                unit_cell = m
                m += 1
            vals = []
            # a dash fills its column (no base value for a new indicator) and gives no record
            while m < n and (_indicator_value(cells[m].text) or is_empty_value(cells[m].text)) \
                    and len(vals) < ny * len(labels):
                if numbered and is_row_number_before(cells[m].text, cells[m + 1].text if m + 1 < n else None):
                    break  # the next row's number, not a value of this row
                vals.append(m)
                m += 1
            if not any(_indicator_value(cells[v].text) for v in vals):
                vals = []  # dashes alone: a row of text values (``- | 持续提升``)
            if not vals:
                if m < n and is_attribute_cell(cells[m].text) and rows:
                    last = m + 1  # a row of text values (``持续减缓 | 预期性``): still the table, no prose
                k += 1  # a category fragment (分类 cells broken over lines)
                continue
            # values come year by year, one per label that takes them: the whole group, or the group
            # without its first label (a parent row whose own cells are empty)
            takers = labels if len(vals) == ny * len(labels) else (
                labels[1:] if len(labels) > 1 and len(vals) == ny * (len(labels) - 1) else labels[-1:])
            width = len(takers)
            for t, lab in enumerate(takers):
                mine = vals[t::width] if width > 1 else vals[:ny]
                # a row without its base value (a new indicator): its values fill the year columns
                skip_cols = yearless_base if yearless_base and len(mine) == ny - yearless_base else 0
                row = [cells[lab]] + ([cells[unit_cell]] if unit_cell is not None else []) + [cells[v] for v in mine]
                roles = ["label"] + (["unit"] if unit_cell is not None else [])
                for col, _v in enumerate(mine, start=skip_cols):
                    roles.append("baseline" if col in baseline_cols else f"value:{col_years[col]}")
                rows.append(TableRow(cells=[c.text for c in row],
                                     cell_spans=[trusted_span(c.start, c.end) for c in row], roles=roles,  # (perf17)
                                     parent=cells[labels[0]].text if lab != labels[0] else None))
            last = m
            k = m
        if rows:
            out.append((cells[i].line, cells[last - 1].line + 1,
                        Table(kind="indicators", header=header, years=years, rows=rows,
                              span=Span(start=cells[i].start, end=cells[last - 1].end))))
            i = last
        else:
            i += 1
    return out
