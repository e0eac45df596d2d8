"""Structure stage: heading outline, paragraphs with section paths, rebuilt tables, metadata.

Works on the normalised text (one line per paragraph or table cell). Heading levels are fixed by
their marker: ``第X章`` 1, ``一、`` 2, ``(一)`` 3, ``1.`` 4, ``(1)`` 5, ``①`` 6. Tables that arrive
flattened one cell per line are rebuilt into rows: expected-indicator tables (a ``指标`` header
followed by year columns) and task-breakdown tables (``序号`` ... ``牵头`` ... rows numbered 1, 2, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.data import DocumentMeta, Paragraph, Section, Span, Table, TableRow
from extract.cues import (column_role, commitment_cues, heading_names_goals, is_furniture, is_person_name,
                          names_a_table, reaches_level)

STRUCTURE_VERSION = "struct.v3"  # v3: unit names broken over lines, labelled tasks are no titles (v2: inline heading runs, colon headings, page numbers, cell-stream tables)

_CN = "一二三四五六七八九十"
HEADING_PATTERNS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(r"^第[一二三四五六七八九十百零〇\d]+[章篇]\s*")),
    (1, re.compile(r"^附件\s*\d{0,2}\s*[:：]?\s*(?=$|[^《])")),
    (2, re.compile(rf"^[{_CN}]{{1,3}}[、.]\s*")),
    (3, re.compile(rf"^\([{_CN}]{{1,3}}\)\s*")),
    (4, re.compile(r"^\d{1,2}(?:[、]|\.(?!\d))\s*")),
    (5, re.compile(r"^\(\d{1,2}\)\s*")),
    (6, re.compile(r"^[①-⑳]\s*")),
]
_TOC_LINE = re.compile(r"(?:\.{4,}|…{2,}|-{4,})\s*\d+\s*$")


_CONTENTS_LINE = re.compile(r"^ *目 *录 *$", re.MULTILINE)  # a line whose text without spaces is 目录


def _has_leader(text: str) -> bool:
    """Whether ``text`` holds a dotted leader, which every _TOC_LINE match starts with."""
    return "...." in text or "……" in text or "----" in text
_YEAR_CELL = re.compile(r"^(20\d\d)\s*年?(?:\s*[(（]?(基期|现状|目标值?|预期值?|基数|基准|规划)?[)）]?)?$")
# a task table's column of one year's work: ``2023年目标进度``, ``2024年度目标``, ``2024年建设内容``
_YEAR_COLUMN = re.compile(r"^(20\d\d)\s*年度?(?:目标进度|进度|目标任务|目标|任务|工作目标|建设内容|建设任务)$")
_TIME_CELL = re.compile(r"^(?:20\d\d|持续|长期|每年|常态|逐年|\d{4}\s*[-—~至]\s*\d{4}).{0,16}$|^.{0,12}(?:年底前|年前|年内|月底前)$")
# a table value: a sign, the number, its unit (``%``, ``12.3年``) and a comparator word (``99%以上``)
_VALUE_CELL = re.compile(r"^([<>≥≤]?)\s*(-?\d+(?:\.\d+)?)\s*(%|‰|年|所|个|人|名|万人|小时|天|次|项|元|万元|亿元|班|平方米)?"
                         r"\s*(以上|及以上|以下|以内|左右)?$")
_ROW_NO = re.compile(r"^\d{1,3}$")
_SENTENCE_END = re.compile(r"[。!?！？]")

_UNIT_SUFFIX = re.compile(
    r"(局|委|办|部|院|会|府|队|校|镇|乡|街|街道|区|县|市|中心|组|所|处|室|团|联|站|厅|行|司|馆|台|社|协|管委会|公司|集团|"
    r"单位|部门|机构|分局|学校|大队|支队|法院|检察院|银行)\)?$"
)


# a count of units named collectively: ``13个街道``, ``6个镇``, ``各2个部门``
_COUNTED_COLLECTIVE = re.compile(r"^各?\d{1,3}个(街道|镇|乡镇|街镇|镇街|乡|部门|单位|区|县|市|开发区|园区)$")

# words that end like an organisation but are not one: 布局 (layout), 格局, 全局 ...
_NOT_UNIT_END = re.compile(r"(布局|格局|大局|全局|结局|开局|时局|新局|破局)$")
_UNIT_SEP = re.compile(r"[、,，;；\s]+")
_BRACKETED = re.compile(r"\([^)]*\)")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


@dataclass
class Line:
    index: int
    start: int  # in the normalised text
    end: int
    text: str


@dataclass
class Heading:
    level: int
    marker: str
    title: str
    line: int
    inline: bool  # the same line goes on with body text after the title


@dataclass
class Structured:
    lines: list[Line]
    paragraphs: list[Paragraph]
    sections: list[Section]
    tables: list[Table]
    meta: DocumentMeta
    headings: dict[int, Heading] = field(default_factory=dict)  # line index -> heading
    table_lines: set[int] = field(default_factory=set)
    toc_lines: set[int] = field(default_factory=set)

    def line_at(self, pos: int) -> int:
        """Index of the line holding normalised-text position ``pos``."""
        import bisect

        if not hasattr(self, "_starts"):
            self._starts = [ln.start for ln in self.lines]
        return bisect.bisect_right(self._starts, pos) - 1

    def section_path_at(self, pos: int) -> list[str]:
        best: list[str] = []
        for s in self.sections:
            if s.span.start <= pos < s.span.end and len(s.path) > len(best):
                best = s.path
        return best

    def in_goal_section(self, path: list[str]) -> bool:
        return any(heading_names_goals(h) for h in path)


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        lines.append(Line(i, pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


_QUANTITY = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|‰|[万亿]?[个所名人元次项家座间户条处台辆平方米公里小时天年])")
_UNIT_LABEL_LINE = re.compile(r"^(?:牵头|责任|配合|参与|协办|协同|主办|承办|主要责任)")
_COLON_HEADING = re.compile(r"^([\u4e00-\u9fff、“”()]{2,14})[:：]$")
_LABEL_IN_TITLE = re.compile(r"[,，;；]\s*(?:牵头|责任|配合|协办|协同|参与)[\u4e00-\u9fff]{0,4}[:：]")
COLON_LEVEL = 7  # an unnumbered ``主要目标:`` line: below every numbered level, a sibling of its kind


def is_bare_label(line: str) -> bool:
    """A section's name alone on its line, without marker, colon or full stop: two to eight Chinese
    characters (``总体目标``, ``任务分解``, ``完成情况``)."""
    t = line.strip()
    return 2 <= len(t) <= 8 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", t)) and not is_furniture(t)


def title_quantity(title: str) -> bool:
    """A heading title that states an amount (``新建学校3所``, ``任务数120人``): its numbers are read."""
    return bool(_QUANTITY.search(title))


# the first character of every HEADING_PATTERNS match (most lines start otherwise: one test, not seven)
_HEADING_START = re.compile(rf"[第附{_CN}(\d①-⑳]")


def parse_heading(text: str) -> Heading | None:
    stripped = text.strip()
    m = _COLON_HEADING.match(stripped) if stripped.endswith((":", "：")) else None
    if m and not is_furniture(text) and not _UNIT_LABEL_LINE.match(stripped):
        return Heading(COLON_LEVEL, "", m.group(1), -1, False)
    if not _HEADING_START.match(text):
        return None
    for level, pat in HEADING_PATTERNS:
        m = pat.match(text)
        if not m:
            continue
        rest = text[m.end():]
        if not rest and m.group().startswith("附件"):
            return Heading(level, m.group().strip(), "附件", -1, False)
        if not rest or (_has_leader(text) and _TOC_LINE.search(text)):
            return None
        end = _SENTENCE_END.search(rest)
        if _LABEL_IN_TITLE.search(rest[:end.start()] if end else rest):
            return None  # ``2、校舍改造,牵头单位:县教育局。``: a task with its units, not a title
        if end and re.fullmatch(r"\s*(?:[(（][^()（）]*[)）])?\s*", rest[end.end():]) and _QUANTITY.search(rest[:end.start()]):
            return None  # ``1.力争教育投入增长5%左右。(区财政局)``: a numbered statement of a quantity, not a title
        if not end and _QUANTITY.search(rest) and (reaches_level(rest) or "target_verb" in commitment_cues(rest)):
            return None  # ``(一)财政收入增长7%以上``: a statement of a quantity to reach, without its full stop
        if end and end.start() <= 40:
            title, inline = rest[: end.start()], bool(rest[end.end():].strip())
        elif len(rest) <= 40:
            title, inline = rest, False
        else:
            return None  # a long numbered sentence without a title is a paragraph, not a heading
        return Heading(level, m.group().strip(), title.strip(), -1, inline)
    return None


# a heading marker run into the title before it: ``三、重点任务(一)推进…`` (flattened text)
_INNER_MARKER = re.compile(rf"(?<=[\u4e00-\u9fff”》])(?=\([{_CN}]{{1,3}}\)|[{_CN}]{{1,3}}、|\d{{1,2}}[、.](?!\d))")


def heading_chain(text: str) -> list[Heading]:
    """The headings a line opens with: one, or several run together inline (``三、重点任务(一)推进
    学前教育普惠发展。到2025年…`` gives 重点任务, then 推进学前教育普惠发展 with its body). A
    nested marker must be of a deeper level than the one before it."""
    chain: list[Heading] = []
    rest = text
    while (h := parse_heading(rest)) is not None:
        cut = _INNER_MARKER.search(h.title, 2)
        if cut is not None:
            marker_at = rest.find(h.title) + cut.start()
            inner = parse_heading(rest[marker_at:])
            if inner is not None and inner.level > h.level and (not chain or h.level > chain[-1].level):
                h.title, h.inline = h.title[:cut.start()].strip(), True
                chain.append(h)
                rest = rest[marker_at:]
                continue
        if chain and h.level <= chain[-1].level:
            break
        chain.append(h)
        break
    return chain


_PAGE_MARK = re.compile(r"^\d{1,3}、")
_ENDS_SENTENCE = re.compile(r"[。！？!?；;:：)）”」]\s*$")


def page_break_lines(lines: list[Line]) -> set[int]:
    """Lines that open with a doc-sharing site's page number (``2、公平、提高质量…``) where a page broke
    mid-sentence: the line before does not end a sentence. Such a number is not a heading."""
    out: set[int] = set()
    prev = ""
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        if _PAGE_MARK.match(t) and prev and not _ENDS_SENTENCE.search(prev) and parse_heading(prev) is None:
            out.add(ln.index)
        prev = t
    return out


def is_unit_cell(text: str) -> bool:
    """A cell that lists responsible units: short items, each ending like an organisation."""
    text = text.strip().rstrip("。.;；")
    if not text or len(text) > 160 or _SENTENCE_END.search(text) or text.endswith((":", "：")):
        return False  # a sentence, or a label (``相关依据:``)
    items = [x for x in _UNIT_SEP.split(_BRACKETED.sub("", text)) if x]
    if not items or any(len(x) > 16 or (_DIGIT.search(x) and not _COUNTED_COLLECTIVE.match(x)) for x in items):
        return False  # a unit's name holds no Arabic number (``创办6个科技工作室`` is a task), save a count of them
    ok = sum(1 for x in items if (_UNIT_SUFFIX.search(x) and not _NOT_UNIT_END.search(x))
             or x.startswith(("各", "相关", "有关")))
    return ok >= max(1, (len(items) + 1) // 2)


# -- tables ----------------------------------------------------------------------------------
@dataclass
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
        # every _DELIM match holds a | ｜ or tab: most lines have none (a cheap test before the slow scan)
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
                out.extend(split_glued_header(cell) or [cell])
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
        c = _SPACES.sub("", c)
        if cols and (_BRACKET_UNIT.fullmatch(c) or (_YEAR_CELL.match(cols[-1]) and c in _YEAR_TAILS)):
            cols[-1] += c  # ``总投资`` + ``(万元)``; ``2023年`` + ``目标进度``: one column
        elif cols and c in _HEADER_JOIN and not cols[-1].endswith(c) and (
                c in ("名称", "内容") or (len(cols[-1]) <= 4 and column_role(cols[-1]) in _JOINS_ROLES)):
            cols[-1] += c
        else:
            cols.append(c)
    years = [int(m.group(1)) for c in cols if (m := _YEAR_CELL.match(c)) or (m := _YEAR_COLUMN.match(c))]
    if years:
        rest = [c for c in cols if not _YEAR_CELL.match(c) and not _YEAR_COLUMN.match(c)]
        umbrella = next((i for i, c in enumerate(rest) if re.search(r"(年度|分年|年份|进度|推进)", c)
                         and column_role(c) not in ("lead", "responsible", "people", "deadline", "amount")), None)
        year_cols = [c for c in cols if _YEAR_CELL.match(c) or _YEAR_COLUMN.match(c)]
        if umbrella is not None:
            cols = rest[:umbrella] + year_cols + rest[umbrella + 1:]
    return cols, years


def _roles_from_header(cols: list[str], ncells: int) -> list[str] | None:
    """Roles of a full row's cells from the header's words, or None when the row does not fill the
    header (merged cells: the caller reads the row by its cells instead)."""
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
    if "lead" not in roles and "responsible" in roles and not led_by_people:
        # no 牵头 column: a lone unit column, or 责任单位 beside 配合单位, is the lead (U6, U4c); where a
        # person leads (``牵头领导``), the units column answers for the task
        roles[roles.index("responsible")] = "lead"
    if "title" not in roles and "content" not in roles:
        return None
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
    roles = _roles_from_header(cols, len(body))
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
    fit = [(a, b) for a, b in runs if len(row) - b <= len(after_cols) and a <= len(before) and (a or not before)]
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
            before[len(before) - len(head):] + [named[id(c)] for c in tail] + after_cols[:len(rest)])


def sub_rows(row: list[Cell], cols: list[str], text: str) -> list[tuple[list[Cell], list[str], int]] | None:
    """A row whose project cell is merged over several sub-rows, each with its own units, content and
    figures: ``项目 | 责任单位 | 建设内容 | 总投资`` filled as ``A | 甲局 | … | 100 | 乙局 | … | 50``. Each unit cell
    after the first set of columns starts a sub-row; the cells before the unit column are carried into
    it (``carried``). None unless the row is longer than the header and splits so."""
    body = [c for c in cols if column_role(c) != "number"]
    roles = _roles_from_header(cols, len(body))
    if roles is None or len(row) <= len(body) + 1:
        return None
    unit_at = next((i for i, r in enumerate(roles) if r in ("lead", "responsible")), None)
    if unit_at is None or unit_at + 1 >= len(roles) or roles[unit_at + 1] in ("lead", "responsible", "people"):
        return None  # a single unit column with the row's own cells after it
    row = join_broken_units(row, text)
    row = _merge_unit_runs(row, text)
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


def _merge_unit_runs(row: list[Cell], text: str) -> list[Cell]:
    """Consecutive unit cells (a list broken one unit per line) as one cell."""
    out: list[Cell] = []
    for c in row:
        if out and is_unit_cell(c.text) and is_unit_cell(out[-1].text) and not is_person_name(c.text):
            prev = out[-1]
            out[-1] = Cell(prev.text + "\n" + c.text, prev.start, c.end, prev.line)
        else:
            out.append(c)
    return out


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
                    and c.text[0] in _PLACE_LEVEL and is_unit_cell(joined) and len(split_units_plain(joined)) == 1):
                out.append(Cell(joined, c.start, d.end, c.line))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


_PLACE_LEVEL = "省市区县州盟旗镇乡"  # the level a unit's name opens with (``市生态``): no personal name does


def split_units_plain(cell: str) -> list[str]:
    return [x for x in re.split(r"[、,，;；\s]+", cell) if x]


def _find_task_tables(lines: list[Line], cells: list[Cell] | None = None) -> list[tuple[int, int, Table]]:
    """Task-breakdown tables flattened one cell per line, or as pipe/tab-delimited rows: a header
    run (``序号`` ... ``牵头``/``责任``/``配合`` ...) and rows that start with their number.
    ``cells``: ``table_cells(lines)`` when the caller has them."""
    out: list[tuple[int, int, Table]] = []
    cells = table_cells(lines) if cells is None else cells
    i = 0
    n = len(cells)
    while i < n:
        if cells[i].text not in ("序号", "编号"):
            i += 1
            continue
        h_end = next((j for j in range(i + 1, min(n, i + 30)) if _ROW_NUMBER.match(cells[j].text)), None)
        if h_end is None:
            i += 1
            continue
        header_cells = [c.text for c in cells[i + 1:h_end]]
        # group headings between the header and the first row (``一、主要预期目标``) are not columns
        header_cells = [c for c in header_cells if not (parse_heading(c) and len(c) > 12)]
        cols, years = _header_columns(header_cells)
        roles_of_cols = [column_role(c) for c in cols]
        if not any(r in ("lead", "responsible") for r in roles_of_cols):
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
        while k < n and _ROW_NUMBER.match(cells[k].text):
            no = int(cells[k].text)
            if last_no is not None and no <= last_no:
                break
            end = k + 1
            # sub-rows of merged cells make a row longer than the header: it runs to the next number
            nxt = next((j for j in range(k + ncols + 2, min(n, k + 1 + 4 * ncols))
                        if cells[j].text == str(no + 1)), None)
            while end < n and (end - k <= ncols + 3 or _unit_like(cells[end].text) or (nxt is not None and end < nxt)):
                t = cells[end].text
                if (_ROW_NUMBER.match(t) and int(t) > no and int(t) <= no + 30) or t in ("序号", "编号"):
                    break  # the next row, or the header repeated on a new page
                if parse_heading(t) and not is_unit_cell(t) and len(t) <= 40 and end > k + 1:
                    break  # a group heading row between task rows
                end += 1
            if end >= n or not _ROW_NUMBER.match(cells[end].text):
                # the last row (or one that runs on): at most a full row, cut after its unit cells
                limit = min(end, k + 1 + ncols)
                row = [cells[j].text for j in range(k + 1, limit)]
                last_unit = max((c for c in range(len(row)) if is_unit_cell(row[c]) or is_person_name(row[c])),
                                default=None)
                end = k + 2 + last_unit if last_unit is not None else limit
                if text_after_units:  # columns follow the units: the row holds them too
                    end = _full_row_end(cells, k + 1, end, n, len(body_cols), no)
                else:
                    while end < n and end - k <= ncols + 20 and _unit_like(cells[end].text) \
                            and not _ROW_NUMBER.match(cells[end].text):
                        end += 1  # the last column's units, one per line
                rows_idx.append((k, end))
                k = end
                # group headings may stand before the next row
                while k < n and parse_heading(cells[k].text) and not _ROW_NUMBER.match(cells[k].text):
                    k += 1
                if k < n and _ROW_NUMBER.match(cells[k].text) and int(cells[k].text) > no:
                    last_no = no
                    continue
                break
            rows_idx.append((k, end))
            last_no = no
            k = end
            while k < n and parse_heading(cells[k].text) and not _ROW_NUMBER.match(cells[k].text):
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
                    table.rows.append(TableRow(cells=[c.text for c in sub], roles=roles, carried=carried,
                                               cell_spans=[Span(start=c.start, end=c.end) for c in sub]))
                continue
            row = join_broken_units(row, whole)
            if len(row) > len(body_cols) and len(merged := _merge_unit_runs(row, whole)) == len(body_cols):
                row = merged  # a unit list broken one unit per line: one cell
            split = None if years else _split_by_units(row, cols, whole)
            if split is not None:
                row, roles = split
            else:
                roles = _roles_from_header(cols, len(row)) or _task_row_roles([c.text for c in row], years)
            texts = [c.text for c in row]
            table.rows.append(TableRow(cells=texts, cell_spans=[Span(start=c.start, end=c.end) for c in row],
                                       roles=roles))
        out.append((first_line, last_cell.line + 1, table))
        while i < n and cells[i].line <= last_cell.line:
            i += 1
    return out


def _full_row_end(cells: list[Cell], first: int, end: int, n: int, ncols: int, no: int) -> int:
    """The end of a last row whose header has columns after its units: ``ncols`` cells from ``first``, a run
    of unit cells (a list broken one unit per line) counting as one; never before ``end``."""
    j, count = first, 0
    while j < n and count < ncols:
        if cells[j].text == str(no + 1) or cells[j].text in ("序号", "编号"):
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


def is_base_year(years: list[int], col: int, min_year: int | None) -> bool:
    """Whether year column ``col`` of an indicator table holds the base (the present), not a target:
    a year before the plan (its period start, else its date); without either, the first column of a
    five-year table (``2020年 | 2025年``: a year ending in 0 or 5 with a column three or more years later)."""
    y = years[col]
    if min_year is not None:
        return y < min_year
    return col == 0 and y % 5 == 0 and any(later >= y + 3 for later in years[1:])


def _find_indicator_tables(lines: list[Line], skip: set[int], min_year: int | None,
                           cells: list[Cell] | None = None) -> list[tuple[int, int, Table]]:
    """Expected-indicator tables flattened one cell per line or as delimited rows: a ``指标`` header with
    year columns (and 单位, 属性, 序号 columns), then rows of a label and its values. ``cells``:
    ``table_cells(lines)`` when the caller has them."""
    out: list[tuple[int, int, Table]] = []
    cells = [c for c in (table_cells(lines) if cells is None else cells) if c.line not in skip]
    n = len(cells)
    i = 0
    while i < n:
        t = cells[i].text
        if not (t in ("指标", "主要指标", "指标名称", "项目", "指标项") or (t.endswith("指标") and len(t) <= 8)):
            i += 1
            continue
        # header: years following within a few cells
        j = i + 1
        header = [t]
        years: list[int] = []
        marked_base: set[int] = set()
        has_unit_col = False
        while j < n and j < i + 12:
            h = cells[j].text
            m = _YEAR_CELL.match(h)
            if m:
                if m.group(2) in ("基期", "现状", "基数", "基准"):
                    marked_base.add(len(years))
                years.append(int(m.group(1)))
            elif h in ("单位", "计量单位"):
                has_unit_col = True
            elif years and h not in ("属性", "指标属性", "序号", "类别", "分类", "领域"):
                break  # the header ends at the first cell after the years that is not a header word
            header.append(h)
            j += 1
        if len(years) < 2:
            i += 1
            continue
        baseline_cols = marked_base | {c for c in range(len(years)) if is_base_year(years, c, min_year)}
        rows: list[TableRow] = []
        k = j
        last = j
        ny = len(years)
        while k < n:
            label = cells[k].text
            if len(label) > 40:
                break
            if parse_heading(label) and not _values_follow(cells, k, n):
                if not _values_follow(cells, k + 1, n):
                    break  # a heading after the table
                k += 1  # a category row inside the table (``一、发展水平``)
                continue
            if _VALUE_CELL.match(label) or label in ("约束性", "预期性"):  # a row number or an attribute
                k += 1
                continue
            # a group of labels (a row and its ``其中:`` sub-rows) before their values
            labels = [k]
            m = k + 1
            while m < n and len(labels) < 4 and not _VALUE_CELL.match(cells[m].text) and len(cells[m].text) <= 40 \
                    and cells[m].text not in ("约束性", "预期性") and not parse_heading(cells[m].text) \
                    and not (has_unit_col and len(cells[m].text) <= 6):
                labels.append(m)
                m += 1
            unit_cell = None
            if has_unit_col and m < n and len(cells[m].text) <= 6 and not _VALUE_CELL.match(cells[m].text):
                unit_cell = m
                m += 1
            vals = []
            while m < n and _VALUE_CELL.match(cells[m].text) and len(vals) < ny * len(labels):
                vals.append(m)
                m += 1
            if not vals:
                k += 1  # a category fragment (分类 cells broken over lines)
                continue
            # values come year by year, one per label that takes them: the whole group, or the group
            # without its first label (a parent row whose own cells are empty)
            takers = labels if len(vals) == ny * len(labels) else (
                labels[1:] if len(labels) > 1 and len(vals) == ny * (len(labels) - 1) else labels[-1:])
            width = len(takers)
            for t, lab in enumerate(takers):
                mine = vals[t::width] if width > 1 else vals[:ny]
                row = [cells[lab]] + ([cells[unit_cell]] if unit_cell is not None else []) + [cells[v] for v in mine]
                roles = ["label"] + (["unit"] if unit_cell is not None else [])
                for col, _v in enumerate(mine):
                    roles.append("baseline" if col in baseline_cols else f"value:{years[col]}")
                rows.append(TableRow(cells=[c.text for c in row],
                                     cell_spans=[Span(start=c.start, end=c.end) for c in row], roles=roles,
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


# -- metadata ----------------------------------------------------------------------------------
_DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[【(]20\d\d[〕\]】)]\s*\d+\s*号")
_DATE_CN = re.compile(r"^(20\d\d)年(\d{1,2})月(\d{1,2})日$")
_PAGE_DATE = re.compile(r"(20\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)")
# a line that is a date, or opens with a date and its time (``2026-02-26 08:55 人民日报``)
_DATE_LINE = re.compile(r"^[(（]?20\d\d\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
                        r"(?:[)）]?$|\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s|$))")
_DATE_ISO = re.compile(r"发布日期[:：]\s*(20\d\d)-(\d{1,2})-(\d{1,2})")
_PERIOD = re.compile(r"(20\d\d)\s*[-—–~至到]\s*(20\d\d)")
_TITLE_END = re.compile(r"(规划|方案|计划|意见|纲要|办法)(\s*[(（].{0,16}[)）])?$")
_REGION = re.compile(r"^((?:[\u4e00-\u9fff]{2,3}(?:省|自治区))?(?:[\u4e00-\u9fff]{2,3}市)?(?:[\u4e00-\u9fff]{1,3}(?:区|县|旗))?)")
# five-year plan names: 八五 1991-1995 ... 十五五 2026-2030 (十五 stands alone, not in 十五五 or 二十五)
_FIVE_YEAR = {"八五": (1991, 1995), "九五": (1996, 2000), "十一五": (2006, 2010), "十二五": (2011, 2015),
              "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030), "十五": (2001, 2005)}
_FIVE_YEAR_NAME = re.compile(r"(?<![一二三四五六七八九十])(八五|九五|十一五|十二五|十三五|十四五|十五五|十五)(?![五条])")


def extract_meta(lines: list[Line], boilerplate: list[str]) -> DocumentMeta:
    meta = DocumentMeta()
    texts = [ln.text.strip() for ln in lines]
    for t in texts[:80]:
        if meta.doc_number is None and len(t) <= 40 and (m := _DOC_NO.search(t)):
            meta.doc_number = m.group().replace(" ", "")
    for idx, t in enumerate(texts[:120]):
        if (m := _DATE_CN.match(t)):
            meta.date = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
            prev = [x for x in texts[max(0, idx - 3):idx] if x]
            if prev and re.search(r"(政府|办公室|委员会|教育局|委|局)$", prev[-1]):
                meta.issuer = prev[-1]
            break
    for b in boilerplate:
        if meta.date is None and (m := _DATE_ISO.search(b)):
            meta.date = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        if meta.issuer is None and (m := re.search(r"发文单位[:：]\s*(\S+?)(?:\s|发布|$)", b)):
            meta.issuer = m.group(1)
    if meta.date is None:
        # a web page's own date: a short line (or a 发布/发文/时间 label) holding a full date
        # a web page's own date: a line that is only a date, or a date labelled 发布/发文/成文/日期; an
        # aggregator's list of other articles' dates is not the page's (several dates: none is taken)
        found = set()
        for t in boilerplate[:40] + texts[:40]:
            m = _PAGE_DATE.search(t)
            stamp = m and re.match(r"\s*\d{1,2}:\d{2}", t[m.end():])  # ``来源:某报2022-08-24 09:40``
            if m and (_DATE_LINE.match(t) or stamp or re.search(r"(发布|发文|成文|日期)[^\d]{0,6}$", t[:m.start()])):
                found.add(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
        if len(found) == 1:
            meta.date = found.pop()
    titles = [t for t in texts[:200] if 6 <= len(t) <= 70 and _TITLE_END.search(t) and not t.startswith(("关于", "附件"))
              and "《" not in t and not (_has_leader(t) and _TOC_LINE.search(t))]
    notice = next((t for t in texts[:200] if "印发" in t and "《" in t and len(t) <= 120), None)
    if titles:
        meta.title = titles[0]
    elif notice and (m := re.search(r"《(.+?)》", notice)):
        meta.title = m.group(1)
    if meta.issuer is None and notice and (m := re.match(r"(.+?)关于印发", notice)):
        meta.issuer = m.group(1)
    if meta.title:
        region = _REGION.match(meta.title).group(1)
        meta.region = region or None
        if (m := _PERIOD.search(meta.title)):
            meta.period = (int(m.group(1)), int(m.group(2)))
        else:
            if (m := _FIVE_YEAR_NAME.search(meta.title)):
                meta.period = _FIVE_YEAR[m.group(1)]
    if meta.period is None:
        for t in texts[:120]:
            if (m := re.fullmatch(r"[(（]?(20\d\d)\s*[-—–~至到]\s*(20\d\d)年?[)）]?", t)):
                meta.period = (int(m.group(1)), int(m.group(2)))
                break
    if meta.region is None and meta.issuer:
        meta.region = _REGION.match(meta.issuer).group(1) or None
    return meta


def _toc_lines(lines: list[Line], text: str | None = None) -> set[int]:
    """Lines of a table of contents: dotted leaders with page numbers, and the heading-like run
    that follows a ``目录`` line (a mangled leader must not make a TOC entry a heading). ``text``: the
    lines joined, when the caller has it (a text without any leader needs no look at each line)."""
    leaders = text is None or _has_leader(text)
    toc = {ln.index for ln in lines if _has_leader(ln.text) and _TOC_LINE.search(ln.text)} if leaders else set()
    for ln in lines if text is None or _CONTENTS_LINE.search(text) else ():
        if ln.text.replace(" ", "") != "目录":
            continue
        toc.add(ln.index)
        first = None
        for nxt in lines[ln.index + 1:]:
            t = nxt.text.strip()
            if not t:
                continue
            bare = re.sub(r"[\s.…·-]+\d*\s*$", "", t).replace(" ", "")
            if first is None:
                first = bare
            elif bare == first and nxt.index not in toc:
                break  # the body starts again with the first entry's heading
            if nxt.index in toc or (len(t) <= 60 and (parse_heading(t) or re.search(r"\d+\s*$", t))):
                toc.add(nxt.index)
            else:
                break
    return toc


# -- the stage -----------------------------------------------------------------------------------
def structure(text: str, boilerplate: list[str] | None = None) -> Structured:
    lines = split_lines(text)
    meta = extract_meta(lines, boilerplate or [])
    # the plan's first year: its period's start, else the year it is dated
    min_year = meta.period[0] if meta.period else (int(meta.date[:4]) if meta.date else None)
    toc = _toc_lines(lines, text)
    cells = table_cells(lines)  # read by both table finders, never changed
    tables = _find_task_tables(lines, cells)
    table_lines: set[int] = set()
    for a, b, _ in tables:
        table_lines.update(range(a, b))
    for a, b, t in _find_indicator_tables(lines, table_lines, min_year, cells):
        tables.append((a, b, t))
        table_lines.update(range(a, b))
    tables.sort(key=lambda x: x[0])

    page_marks = page_break_lines(lines)
    bare_open = False  # a bare goal heading has opened the run of bare section labels
    headings: dict[int, Heading] = {}
    sections: list[Section] = []
    stack: list[tuple[int, str, int]] = []  # (level, title, section index)
    paragraphs: list[Paragraph] = []
    for ln in lines:
        if not ln.text.strip() or ln.index in toc or ln.index in table_lines:
            continue
        chain = [] if ln.index in page_marks else heading_chain(ln.text.strip())
        if not chain and (heading_names_goals(ln.text.strip()) or bare_open) and is_bare_label(ln.text):
            # ``总体目标`` alone on its line opens a goal section; the next bare label (``任务分解``) closes it
            chain = [Heading(COLON_LEVEL, "", ln.text.strip(), ln.index, False)]
            bare_open = True
        for h in chain:
            h.line = ln.index
            headings[ln.index] = h  # the innermost heading of the line
            while stack and stack[-1][0] >= h.level:
                lvl, _title, si = stack.pop()
                sections[si].span = Span(start=sections[si].span.start, end=ln.start)
            path = [t for _, t, _ in stack] + [h.title]
            sections.append(Section(index=len(sections), heading=h.title, level=h.level, path=path,
                                    span=Span(start=ln.start, end=len(text))))
            stack.append((h.level, h.title, len(sections) - 1))
        kind = "text" if not chain or chain[-1].inline else "heading"
        paragraphs.append(Paragraph(index=len(paragraphs), span=Span(start=ln.start, end=ln.end),
                                    section_path=[t for _, t, _ in stack], kind=kind))
    table_objs = []
    for a, _b, t in tables:
        path = []
        for s in sections:
            if s.span.start <= lines[a].start < s.span.end and len(s.path) > len(path):
                path = s.path
        t.section_path = path
        table_objs.append(t)
    return Structured(lines=lines, paragraphs=paragraphs, sections=sections, tables=table_objs, meta=meta,
                      headings=headings, table_lines=table_lines, toc_lines=toc)
