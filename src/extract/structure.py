"""Structure stage: heading outline, paragraphs with section paths, rebuilt tables, metadata.

Works on the normalised text (one line per paragraph or table cell): headings from ``headings``,
tables from ``tables``, the document's metadata (number, date, plan period, region) here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from extract.cues import heading_names_goals
from extract.data import DocumentMeta, Paragraph, Section, Table, trusted, trusted_span
from extract.headings import (_CONTENTS_LINE, _TOC_LINE, COLON_LEVEL, Heading, Line, _has_leader, heading_chain,
                              is_bare_label, page_break_lines, parse_heading, split_lines)
from extract.line_tables import find_cell_run_tables, find_line_tables, find_pair_tables
from extract.tables import _find_indicator_tables, _find_task_tables, table_cells

STRUCTURE_VERSION = "struct.v20"  # v20: a two-level section number before a title that opens with a measure character (5.3家庭…) is a heading (lead42); v19: a news byline that names the story's source beside one full date (来源:某报 2031年1月5日, 某县融媒体中心 2031-01-05 来源:…) dates the page (probeG40, source_byline_date); v18: pipe tables whose first column is the year are indicator tables on their side, and a `类别 | 2030年 | 2035年` header row opens an indicator table (tgtC39, rules.pipe_value_tables); v17: an outline's first titled part run into the line of its preamble (…如下:一、某科(一)…) is that part's heading (unitC34, rules.outline_preambles); v16: indicator tables printed on their side (rules.transposed_tables) and tables whose last column is the year's target (rules.target_column_rows); a single target-year column, bracketed base/target years (tblA26); v15: a later circled item of a list whose earlier items were read as text stays text (rules.circled_items); a bare label in its brackets or after a bullet (【工作目标】); v14: a short line closed by an emoji is a section title (rules.emoji_titles, the twenty-third round); v13: tables flattened one cell per line read by their header's count (task tables without a serial column; allocation tables whose bracketed header columns give the count); v12: indicator tables with dash cells, a reached-value (实现值) base column, spaced header cells and a 序号 column; v11: delimited rows shorter than their header keep its progress and time columns; a scraped `date YYYY-MM-DD` field dates the page; numbered goal headings with a colon keep their rank; v10: Taiwan's 壹、貳、參 number top-level parts; task-table rows numbered 1.1, 一, (一), 一、 (one kind a table), 项次 columns; v9: a news byline's 时间 label dates the page (one such line, with its 来源); font-size widget lines are furniture; v8: a delimited table whose header names a month or a quarter (8月计划进度) is read as a table; v7: role words of headings and tables from one vocabulary (extract.roles); v6: indicator tables with a base-value column without a year, row-number and note rows, text-value rows kept in the table; a task row short of cells keeps its task; lines left by a page's code and copyright lines are furniture; v5: two-level section numbers (2.1), numbered items with a bound are no titles, tables flattened one cell per line whose rows are runs of lines (content lines, then unit lines), the last delimited row is its line; v4: a line broken inside a bracket joins its paragraph; v3: unit names broken over lines, labelled tasks are no titles (v2: inline heading runs, colon headings, page numbers, cell-stream tables)

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


# -- metadata ----------------------------------------------------------------------------------
_DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[【(]20\d\d[〕\]】)]\s*\d+\s*号")
_DATE_CN = re.compile(r"^(20\d\d)年(\d{1,2})月(\d{1,2})日$")
_PAGE_DATE = re.compile(r"(20\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)")
# a line that is a date, or opens with a date and its time (``2026-02-26 08:55 人民日报``); (goalX20) a bulleted date
# line of a page's byline (``• 2026-02-26``) the same
_DATE_LINE = re.compile(r"^(?:[•·●▪■◆]\s*)?[(（]?20\d\d\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
                        r"(?:[)）]?$|\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s|$))")
# a page's own date under a bare ``时间:`` label that opens a news byline (``时间:2031年03月20日信息来源:…``); a doc-sharing
# page's ``时间:2018-02-05`` alone is its upload date, not the document's
_TIME_LABEL = re.compile(r"^\s*[【\[]?\s*(?:时间|時間)\s*[:：]\s*$")
_TIME_LABEL_OPENS = re.compile(r"^\s*[【\[]?\s*(?:时间|時間)\s*[:：]\s*\d")
_DATE_ISO = re.compile(r"发布日期[:：]\s*(20\d\d)-(\d{1,2})-(\d{1,2})")
_PERIOD = re.compile(r"(20\d\d)\s*[-—–~至到]\s*(20\d\d)")
# (probeG40) a news byline: the story's source (来源, 來源, 稿源, 作者, 记者, 编辑, or a 融媒体中心/日报/晚报/新闻网 that put it out)
_BYLINE_SOURCE = re.compile(r"来源|來源|稿源|作者|记者|記者|编辑|編輯|责编|責編|融媒体中心|融媒體中心|日报|日報|晚报|晚報|新闻网|新聞網")

# a site's row, no story's byline: an update stamp or a counter (O3d: furniture), a 网站 that reposts a document
_SITE_ROW = re.compile(r"更新|点击|點擊|浏览|瀏覽|阅读|閱讀|访问|訪問|网站|網站")


def source_byline_date(line: str) -> str | None:
    """The date of a short news byline that names the story's source beside one full date (``来源:某县融媒体中心 2031年1月5日``,
    ``某县融媒体中心 2031-01-05``, ``作者:张三 2031/01/05``): the story's own date (O3d), as a ``发布时间`` label's is; None for a
    line without a source word, with two dates (an aggregator's row, a span), or longer than a byline (a sentence), and None
    for a site's row (an update stamp, a click counter, a 网站 reposting a document: the repost's date, O3d furniture)."""
    if len(line) > 60 or _BYLINE_SOURCE.search(line) is None or _SITE_ROW.search(line) is not None:
        return None
    dates = _PAGE_DATE.findall(line)
    if len(dates) != 1:
        return None
    y, mo, d = dates[0]
    return f"{y}-{int(mo):02d}-{int(d):02d}" if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31 else None
_TITLE_END = re.compile(r"(规划|方案|计划|意见|纲要|办法)(\s*[(（].{0,16}[)）])?$")
_REGION = re.compile(r"^((?:[\u4e00-\u9fff]{2,3}(?:省|自治区))?(?:[\u4e00-\u9fff]{2,3}市)?(?:[\u4e00-\u9fff]{1,3}(?:区|县|旗))?)")
# five-year plan names and their years (also dates a table's target column, rules/run_on_rows.py): 八五 1991-1995 ... 十五五 2026-2030 (十五 stands alone, not in 十五五 or 二十五)
FIVE_YEAR_PLANS = {"八五": (1991, 1995), "九五": (1996, 2000), "十一五": (2006, 2010), "十二五": (2011, 2015),
              "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030), "十五": (2001, 2005)}
_FIVE_YEAR_NAME = re.compile(r"(?<![一二三四五六七八九十])(八五|九五|十一五|十二五|十三五|十四五|十五五|十五)(?![五条])")


# (speedB26) three patterns of ``extract_meta`` compiled once (they were looked up in ``re``'s cache line by line)
_CLOCK_AFTER = re.compile(r"\s*\d{1,2}:\d{2}")  # a time after a page's date; ``match`` at the date's end
_DATE_LABEL_BEFORE = re.compile(r"(发布|发文|成文|日期|^date)[^\d]{0,6}$")
_PERIOD_LINE = re.compile(r"[(（]?(20\d\d)\s*[-—–~至到]\s*(20\d\d)年?[)）]?")


def extract_meta(lines: list[Line], boilerplate: list[str]) -> DocumentMeta:
    meta = DocumentMeta()
    texts = [ln.text.strip() for ln in lines[:200]]  # the metadata is looked for in the first 200 lines
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
        # a ``时间:`` byline dates the page only where one line has it (an aggregator's list repeats it per link)
        one_time_label = sum(1 for t in texts[:40] if _TIME_LABEL_OPENS.match(t)) == 1
        for t in boilerplate[:40] + texts[:40]:
            m = _PAGE_DATE.search(t)
            stamp = m and _CLOCK_AFTER.match(t, m.end())  # ``来源:某报2022-08-24 09:40``
            # (thirteenth round) `` date 2031-01-08 记者某某/某地报道``: a scraped news page's ``date`` field, like 日期
            if m and (_DATE_LINE.match(t) or stamp or _DATE_LABEL_BEFORE.search(t[:m.start()])
                      or (one_time_label and _TIME_LABEL.match(t[:m.start()]) and ("来源" in t or "來源" in t))):
                found.add(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
        if not found:  # (probeG40) else one news byline naming the story's source beside its date
            bylines = [d for t in boilerplate[:40] + texts[:40] if (d := source_byline_date(t))]
            found = set(bylines) if len(bylines) == 1 else set()
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
                meta.period = FIVE_YEAR_PLANS[m.group(1)]
    if meta.period is None:
        for t in texts[:120]:
            if "20" in t and (m := _PERIOD_LINE.fullmatch(t)):  # (speedB26: every match holds ``20``)
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
    # (perf17) ``录`` first: every match holds it, and ``str``'s search finds it ~50x faster than sre tries ``^`` at each line
    for ln in lines if text is None or ("录" in text and _CONTENTS_LINE.search(text)) else ():
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
def closes_open_bracket(prev: str, line: str) -> bool:
    """Whether ``line`` continues a bracket that the paragraph before it left open: its text ends inside
    a short ``(…`` and this line opens no new bracket before it closes that one (a line broken inside a
    unit list; a list broken over three lines joins line by line)."""
    if prev.count("(") + prev.count("（") <= prev.count(")") + prev.count("）"):
        return False
    tail = prev[max(prev.rfind("("), prev.rfind("（")):]
    body = line.strip()
    if len(tail) > 120 or not body or len(body) > 80:
        return False
    close = min((i for i in (body.find(")"), body.find("）")) if i >= 0), default=len(body))
    return not any(0 <= i < close for i in (body.find("("), body.find("（")))


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
    for a, b, t in _find_indicator_tables(lines, table_lines, min_year, cells, meta.period[1] if meta.period else None):
        tables.append((a, b, t))
        table_lines.update(range(a, b))
    for a, b, t in find_line_tables(lines, table_lines) + find_pair_tables(lines, table_lines):
        tables.append((a, b, t))
        table_lines.update(range(a, b))
    for a, b, t in find_cell_run_tables(lines, table_lines, text):
        tables.append((a, b, t))
        table_lines.update(range(a, b))
    from extract.rules.table_layouts import find_count_tables  # (r18; lazy: ``extract.rules`` imports this module)
    from extract.rules.transposed_tables import find_transposed_tables  # (tblA26; lazy, as above)
    for a, b, t in find_count_tables(lines, table_lines):
        tables.append((a, b, t))
        table_lines.update(range(a, b))
    from extract.rules.target_column_rows import target_column_tables  # (tblA26; lazy, as above)
    for a, b, t in find_transposed_tables(cells, table_lines, min_year) + target_column_tables(text, lines, table_lines):
        tables.append((a, b, t))
        table_lines.update(range(a, b))
    from extract.rules.pipe_value_tables import find_year_row_tables  # (tgtC39; lazy, as above)
    for a, b, t in find_year_row_tables(lines, table_lines, min_year):
        tables.append((a, b, t))
        table_lines.update(range(a, b))
    tables.sort(key=lambda x: x[0])

    page_marks = page_break_lines(lines)
    from extract.rules.page_chunks import continues_page_chunk, shared_page  # (layoutB21; lazy, as above)
    from extract.rules import emoji_titles as _emoji  # (goalA24; lazy, as above)
    chunked = bool(page_marks) and shared_page([ln.text for ln in lines])
    from extract.rules import circled_items as _circled, nested_styles as _nested  # (goalA25, vnumA28; lazy, as above)
    from extract.rules import label_values as _lv  # (vlabA28; lazy, as above)
    styles = _nested.StyleLevels(lines)  # (vnumA28) a style nested in a heading of the same rank ranks below it
    circled_text = -2  # the section whose circled items (``①``) the outline read as text (-2: none)
    bare_open = False  # a bare goal heading has opened the run of bare section labels
    headings: dict[int, Heading] = {}
    sections: list[Section] = []
    stack: list[tuple[int, str, int]] = []  # (level, title, section index)
    titles: list[str] = []  # the stack's titles, kept beside it: each path is a copy of it
    paragraphs: list[Paragraph] = []
    for ln in lines:
        stripped = ln.text.strip()
        if not stripped or ln.index in toc or ln.index in table_lines:
            continue
        chain = [] if ln.index in page_marks else heading_chain(stripped)
        if chain and (_circled.later_item_of_text_list(stripped, chain, circled_text, stack[-1][2] if stack else -1)
                      or _circled.item_before_next(lines, ln.index, chain)):  # (vnumA28) ``①…`` right over ``②…``
            chain = []  # (goalA25) ``③…。`` after ``①…``, ``②…`` read as text in its section: an item of the same list
        circled_text = _circled.note_text_item(stripped, chain, circled_text, stack[-1][2] if stack else -1)
        if len(chain) == 1 and chain[0].level == COLON_LEVEL and stripped.endswith((":", "：")) and _lv.value_on_next_line(
                stripped, next((x.text for x in lines[ln.index + 1:ln.index + 4] if x.text.strip()), "")):
            chain = []  # (vlabA28) ``来源:`` over its value: one field's line broken after its colon, no heading
        # (speedB26) the bare-label test first: it fails at once on most lines (two to eight characters), the goal
        # heading's cues after it (both pure tests: the same lines pass)
        if not chain and is_bare_label(ln.text) and (bare_open or heading_names_goals(stripped)):
            # ``总体目标`` alone on its line opens a goal section; the next bare label (``任务分解``) closes it
            chain = [Heading(COLON_LEVEL, "", stripped, ln.index, False)]
            bare_open = True
        elif not chain and (emoji_title := _emoji.emoji_title(stripped)) is not None:
            chain = [Heading(COLON_LEVEL, "", emoji_title, ln.index, False)]  # (goalA24) ``2031年奋斗目标🚀``: a post's title
        for h in chain:
            h.line, h.level = ln.index, styles.level(h, ln.index)
            headings[ln.index] = h  # the innermost heading of the line
            while stack and stack[-1][0] >= h.level:
                lvl, _title, si = stack.pop()
                titles.pop()
                sections[si].span = trusted_span(sections[si].span.start, ln.start)
            path = titles + [h.title]
            # made without validation (~1 us each less): offsets of the text, a heading's str and int, a fresh list
            sections.append(trusted(Section, index=len(sections), heading=h.title, level=int(h.level), path=path,
                                    span=trusted_span(ln.start, len(text))))
            stack.append((h.level, h.title, len(sections) - 1))
            titles.append(h.title)
        kind = "text" if not chain or chain[-1].inline else "heading"
        if not chain and paragraphs and paragraphs[-1].kind == "text" and (closes_open_bracket(
                text[paragraphs[-1].span.start:paragraphs[-1].span.end], ln.text) or chunked and ln.index in page_marks and continues_page_chunk(
                text[paragraphs[-1].span.start:paragraphs[-1].span.end].split("\n")[-1], stripped)):  # (layoutB21) one chunk run
            # ``…(教育部、国家`` / ``卫生健康委按职责分工负责)``: a line broke inside a bracket; one paragraph
            prev = paragraphs[-1]
            paragraphs[-1] = trusted(Paragraph, index=prev.index, span=trusted_span(prev.span.start, ln.end),
                                     section_path=prev.section_path, kind=prev.kind)
            continue
        paragraphs.append(trusted(Paragraph, index=len(paragraphs), span=trusted_span(ln.start, ln.end),
                                  section_path=titles.copy(), kind=kind))
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
