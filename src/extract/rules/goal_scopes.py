"""Where a goal's scope is set by the layout rather than by a heading of the outline or a date of the sentence.

``goal_scope_cells``: a task table whose rows are grouped under category lines (a ``分类`` column whose cell spans
its rows, or a section row ``一、主要预期目标`` of a table flattened one cell per line): the rows under a category that
names goals (``发展目标``, ``主要预期目标``) are goal sentences, as the body of a goal heading is (O1, O1a); the rows
under another category (``激发市场活力``, ``二、扩大有效投资``) are goals only by their own date (O3).

Made-up layout, one cell per line::

    序号 / 事项 / 牵头单位 / 发展目标 / 1 / 全区生产总值增长6%。 / 区发改局 / 2 / 城镇新增就业4800人。 / 区人社局 /
    深化改革 / 3 / 深化教育评价改革。 / 区教育局

gives the goals ``全区生产总值增长6%`` and ``城镇新增就业4800人``; row 3 gives none.
"""

from __future__ import annotations

import functools
import re

from extract.rules import goal_cited_status as _cited30  # (goalA30)

from extract.cues import heading_names_goals

# a row's serial on a line of its own (``12``), skipped when looking for the line above a row
_SERIAL_LINE = re.compile(r"^\s*\d{1,3}\s*$")
# a heading marker of a section row inside a table: ``一、``, ``(一)``, ``第一部分``
_RANK_MARK = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|"
                        r"第[一二三四五六七八九十]{1,3}(?:部分|类|项))\s*")
# the cells of a row that are its own (a task, its units, its date): a line inside one belongs to that row
_ROW_ROLES = ("title", "lead", "responsible", "people", "deadline")
_SENTENCE_MARK = re.compile(r"[。;；!?！？]")
_CLAUSE_MARK = re.compile(r"[,，:：]")


def _line_before(text: str, pos: int, floor: int) -> tuple[int, str] | None:
    """(start, text) of the non-empty line that ends before ``pos``, not before ``floor``; None when none."""
    end = text.rfind("\n", floor, pos)
    while end >= floor:
        start = text.rfind("\n", floor, end) + 1
        start = max(start, floor)
        line = text[start:end]
        if line.strip():
            return start, line.strip()
        end = start - 1
    return None


def category_line_above(text: str, first_cell: int, floor: int) -> tuple[int, str] | None:
    """(start, text) of the line right above a task row of a table flattened one cell per line, past the row's
    serial (``发展目标`` / ``1`` / ``全区生产总值增长6%。``); None when there is none inside the table."""
    found = _line_before(text, first_cell, floor)
    if found is not None and _SERIAL_LINE.match(found[1]):
        found = _line_before(text, found[0], floor)
    return found


_CELL_MARK = re.compile(r"[|｜\t]")
_CELL_SPLIT = re.compile(r"\s*[|｜\t]\s*")


def row_lead_cell(text: str, first_cell: int) -> tuple[int, str] | None:
    """In a delimited table (``分类 | 序号 | 事项 | 牵头单位``), (start, text) of the cell that opens a row's line before its
    task, past its serial (``主要目标 | 1 | 全区生产总值增长6%。 | 区发改局`` -> ``主要目标``); (-1, "") when the row's line opens
    with its serial or an empty merged cell (`` | 2 | …``); None when the row's line holds no cell mark before its task."""
    ls = text.rfind("\n", 0, first_cell) + 1
    prefix = text[ls:first_cell]
    if _CELL_MARK.search(prefix) is None:
        return None
    parts = [x for x in _CELL_SPLIT.split(prefix) if x.strip() and not _SERIAL_LINE.match(x)]
    return (ls + prefix.find(parts[0]), parts[0].strip()) if parts else (-1, "")


def ranked_title(line: str) -> str | None:
    """The title of a section row with a heading marker (``一、2031年主要预期目标`` -> ``2031年主要预期目标``);
    None when the line has no marker."""
    m = _RANK_MARK.match(line)
    return line[m.end():].strip() if m and line[m.end():].strip() else None


def names_goal_category(line: str, in_cell: bool, header_column: bool) -> bool:
    """A category line that names goals: a section row with its marker (``一、主要预期目标``), or a bare goal name
    that no row's cell holds (a ``分类`` cell spanning rows: ``发展目标``) and that is no column the rows fill (a
    column header ``年度目标`` is no heading, O1a). Not a cell's text (``完成年度目标`` in a content column)."""
    title = ranked_title(line)
    if title is not None:
        return heading_names_goals(title)
    return not in_cell and not header_column and len(line) <= 16 and heading_names_goals(line)


def is_category_line(line: str) -> bool:
    """A line that can head a group of rows: a section row with its marker (``二、扩大有效投资``), or a short name
    with no sentence or clause mark (``激发市场活力``, ``发展目标``); not a serial, not a sentence."""
    if _SERIAL_LINE.match(line) or _SENTENCE_MARK.search(line.rstrip("。")) or line.endswith("。") or _CELL_MARK.search(line):
        return False
    return ranked_title(line) is not None or (len(line) <= 16 and _CLAUSE_MARK.search(line) is None)


def _cover_index(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """(perf19) The spans' starts in order and the greatest end among the spans up to each: ``_covered`` asks it."""
    starts, reach, top = [], [], None
    for a, b in sorted(spans):
        top = b if top is None or b > top else top
        starts.append(a)
        reach.append(top)
    return starts, reach


def _covered(index: tuple[list[int], list[int]], x: int) -> bool:
    """(perf19) ``any(a <= x < b for a, b in spans)`` over the spans of ``_cover_index``."""
    import bisect
    j = bisect.bisect_right(index[0], x) - 1
    return j >= 0 and index[1][j] > x


def goal_scope_cells(text: str, table) -> set[int]:
    """The starts of the task cells of a task table's rows that stand under a category line naming goals
    (``发展目标`` over rows 1-13, up to the next category line ``激发市场活力``): each is a goal sentence (O1a). A
    category line is the line right above a row (past its serial) that no task, unit or date cell of a row holds, or in
    a delimited table the cell that opens the row's line (``主要目标 | 1 | …``; an empty one, `` | 2 | …``, is merged)."""
    rows = [r for r in table.rows if r.cells]
    if not rows:
        return set()
    own = [(sp.start, sp.end) for r in rows for sp, role in zip(r.cell_spans, r.roles)
           if role in _ROW_ROLES or role.startswith("year:")]
    cells = [(sp.start, sp.end) for r in rows for sp in r.cell_spans]
    width = len([h for h in table.header if h.strip() not in ("序号", "编号", "项次")])
    filled = sum(len(r.cells) >= width for r in rows) * 2 >= len(rows)  # (the rows fill every header column)
    own_ix, cells_ix = _cover_index(own), _cover_index(cells)  # (perf19) ``any(a <= x < b …)`` by bisection
    out: set[int] = set()
    on = False
    for r in rows:
        k = next((i for i, role in enumerate(r.roles) if role == "title"),
                 next((i for i, role in enumerate(r.roles) if role == "content"), None))
        if k is None or k < r.carried:
            continue
        first = r.cell_spans[r.carried].start if r.carried < len(r.cell_spans) else r.cell_spans[0].start
        above = row_lead_cell(text, first)  # (a delimited row: its own leading cell; an empty one merges the one above)
        above = category_line_above(text, first, table.span.start) if above is None else (above if above[1] else None)
        if above is not None and not _covered(own_ix, above[0]) and is_category_line(above[1]):
            in_cell = _covered(cells_ix, above[0])
            on = names_goal_category(above[1], in_cell, filled and above[1] in table.header)
        if on:
            out.add(r.cell_spans[k].start)
    return out


# -- the page's end inside a goal section (O1b) ---------------------------------------------------------------------
# a line's end mark: a line that closes with one was not cut
_LINE_CLOSED = re.compile(r"[。!?！？;；:：.…)）”\"」』]\s*$")
_HAN_PIECE = re.compile(r"^[\u4e00-\u9fff]{1,12}$")
# a paragraph that opens with a short phrase closed by ``。`` (``基本服务全面保障。…``): one of a run of parallel titles
_PHRASE_OPEN = re.compile(r"^\s*[^\d\s,，;；:：。！？!?()（）“”《》「」、%％]{4,12}。")


def cut_page_tail(paragraph: str, doc_text: str, par_end: int) -> tuple[int, int] | None:
    """(start, end) in the paragraph of the words a page's end cut off in a goal section (O1b): the paragraph is the
    text's last, its last line has no end mark, and what is left after the line's last sentence is a few Han characters
    (``…达到95%。托``: even one, where the page holds it once), or the line is one short phrase of its own under a paragraph that opens with a phrase
    title (``供给质量明显改善。每千名…`` / ``供给主体更加``: the next parallel paragraph, cut before its ``。``). None
    otherwise: a line of its own under running text (a label, a cut title), a number, a link."""
    if doc_text[par_end:].strip() or not paragraph.strip():
        return None
    body = paragraph.rstrip()
    if _LINE_CLOSED.search(body):
        return None
    line_start = body.rfind("\n") + 1
    line = body[line_start:]
    cut = max(line.rfind(c) for c in "。!！?？") + 1
    piece = line[cut:].strip()
    if not _HAN_PIECE.match(piece):
        return None
    start = line_start + cut + line[cut:].find(piece)
    if cut:  # (a piece the page repeats elsewhere, ``婴``, cannot be quoted on its own: none)
        return (start, start + len(piece)) if doc_text.count(piece) == 1 else None
    if len(piece) < 3:
        return None
    par_start = par_end - len(paragraph) + line_start
    before = doc_text[:par_start].rstrip().rsplit("\n", 1)[-1]
    return (start, start + len(piece)) if _PHRASE_OPEN.match(before) and doc_text.count(piece) == 1 else None


# -- the time an undated page speaks from, told by its lead (O3d) --------------------------------------------------
# ``2030年度某市政府实事项目顺利完成``, ``…九成超计划完成``: the headline or lead reports a year's work done; the page speaks
# after that year (not a deadline: ``2031年底``, ``在2031年``, a plan word before the year or the verb; one clause)
_YEAR_DONE = re.compile(r"(?<![在于到至])(20\d\d)\s*年(?!\s*[底末内前])(?:度)?(?:[^。,，;；\n将拟力确预]){0,30}?(?:顺利|圆满|全面|超计划|超额|全部|如期)\s*完成(?!\s*[\u4e00-\u9fff]{0,2}目标)")
# a plan word right before the year (``力争2031年全面完成…``, ``确保在2031年…``): a deadline, no report
_PLAN_BEFORE = re.compile(r"力争|确保|将|拟|预计|计划|争取|要|务必|必须")
# ``从就业到教育,2031年地方两会释放哪些信号``: the year's congresses as the page's present
_YEAR_SESSIONS = re.compile(r"(20\d\d)\s*年(?:全国|地方|省|市|县|区)?两会")
_LEAD_LINES = 4


@functools.lru_cache(maxsize=8)  # (speedA30) a pure test of the page: a page is asked once per goal reader that dates it
def told_page_year(text: str) -> int | None:
    """The year an undated page speaks from, by what its headline and lead (the first lines) tell: a year's work
    reported done (``2030年度某市实事项目顺利完成`` -> 2031: the page speaks after it), or the year's congresses as its
    present (``2031年地方两会释放哪些民生信号`` -> 2031); None when they tell none. Goals dated before it are past (O3d)."""
    lead = "\n".join([ln for ln in text.split("\n") if ln.strip()][:_LEAD_LINES])
    years = [int(m.group(1)) + 1 for m in (_YEAR_DONE.finditer(lead) if "完成" in lead else ())  # (perf25: every match
             if _PLAN_BEFORE.search(lead, max(0, m.start() - 6), m.start()) is None]  # holds 完成)
    years += [int(m.group(1)) for m in _YEAR_SESSIONS.finditer(lead)]
    years += [y for y in (_cited30.conference_held_year(lead),) if y]  # (goalA30) ``召开的2031年全国教育工作会议``
    return max(years) if years else None
