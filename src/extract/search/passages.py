"""Passage items: every measure-bearing paragraph and table row of a document, whatever extraction
found in it, read again from its source file (``passages``).

A paragraph is one passage; a line that only names units joins the task above it, and a line that
holds no Chinese character (a column of figures, a ``|`` cell border, a bare ``~70.5``) joins the
passage above it, up to ``JOIN_CHARS``: a figure split from its label onto lines of its own stays
with the label. A table row is one passage, its cells joined; a row that is not numbered itself
(``其中:小学``, ``初中``) under a numbered one (``4.标准班额比例(%)``, a row or a label line that holds
no cell) carries that label, so the sub-row says what it measures, and its span reaches back to the
label: an indicator and its parts fold into one hit. A line standing alone that only signs a notice
off (the issuing office, ``(…代章)``, ``(此件公开发布)``) is not a passage. The first paragraph right
below a heading reaches back to it (the heading is its title, and the structurer reads a wrapped line's first
half as one); a heading with no paragraph right below it is a passage of its own. On a page whose lines are
wrapped at a fixed width (a PDF's text layer, ``wrap_width``), a line right below a full-width line continues its
paragraph unless it opens a numbered item: the task, its units and its deadline are one passage.
"""

from __future__ import annotations

import collections
import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from extract.normalise import canonical
from extract.search.items import EMBED_CHARS, Item, head_of, without_annotations

if TYPE_CHECKING:
    from extract.data import Document, Table, TableRow
    from extract.mapped import MappedText

# builds a passage item from a span of the normalised text, its body and its section path (None: no passage)
MakePassage = Callable[[int, int, str, list[str]], Item | None]

PASSAGE_MIN = 8  # canonical characters: shorter lines (a bare label, a page number) are not passages
JOIN_CHARS = 160  # canonical characters a passage grows to by taking the figure lines below it
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MARKER = re.compile(r"^[(（]?[一二三四五六七八九十\d]+[)）.、．]?\s*")
# a line that signs a notice off: an issuing office alone, or a seal note (``(…代章)``, ``(此件公开发布)``)
_SIGN_OFF = re.compile(r"^[(（](?:[^()（）]*代章|此件[^()（）]*)[)）]$"
                       r"|^(?!设立|成立|建立|组建|设置|健全|完善|加强)[\u4e00-\u9fff“”\"《》]{2,40}(?:办公室|人民政府)$")
# a field of a government portal's header (the title again under ``名称:``, its filing under ``组配分类:``): no
# measure; the extractor's own list (``cues.is_metadata_line``) holds the fields every page has
_PORTAL_FIELD = re.compile(r"^(?:名称|文件名称|标题|组配分类|信息索引号|公开目录|信息分类|主题分类|发布文号|所属机构|"
                           r"生成日期|成文时间|公开时限|时效|有效期|体裁分类|服务对象|生效日期|失效日期|废止日期|"
                           r"公开责任部门|公开形式|公开属性)[:：]")
# a numbered label: ``4.``, ``(3)``, ``二、`` (a year such as ``2025年`` is not a number of a list)
_NUMBERED = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[.、．](?!\d))")


_MEASURE_IN = re.compile(r"\d+(?:\.\d+)?\s*(?:%|‰|[万亿]?[个所名人元次项家座间户条处台辆]|平方米|公里)")


def states_measures(paragraph: str) -> bool:
    """A paragraph of a notice that states what is handed down (``…全市年度建设项目为:新建学校40个,…。现将…下达
    给你们``): its figures are what a user asks about, so it is a passage though extraction reads no record
    in a letter (G2); a notice line without figures (``现印发给你们,请认真贯彻执行``) is not."""
    return len(paragraph) > 60 and len(_MEASURE_IN.findall(paragraph)) >= 2


# what a letter that hands a plan down says (``现将…印发给你们``, ``请认真贯彻执行``, ``经区政府同意``): a paragraph that holds
# one of these is the issuing notice, whatever else it says
_HANDS_DOWN = re.compile(r"印发给你们|下达(?:给)?你们|现将|现印发|请认真|请遵照|请结合实际|请各|经[^。]{0,20}同意|研究决定")
NOTICE_PHRASE_MAX = 60  # canonical characters: a longer paragraph with a notice's phrase and no hand-down is prose


def reports_work(paragraph: str) -> bool:
    """A paragraph the notice cue reads for a phrase that prose uses too (``认真贯彻落实``: ``今年,某县认真贯彻落实省市
    关于…的要求,扎实推进…项目,…``, a news lead) but that hands nothing down: on a page without headings it says what
    was or will be done, so it is a passage; a notice's own lines (short, or handing a plan down) are not."""
    from extract.cues import is_metadata_line, is_notice_line, is_page_code, is_page_fragment, is_site_notice

    c = canonical(paragraph)
    if len(c) <= NOTICE_PHRASE_MAX or not is_notice_line(paragraph) or _HANDS_DOWN.search(c):
        return False
    others = (is_metadata_line, is_page_fragment, is_site_notice, is_page_code)
    return not any(f(paragraph) for f in others) and not paragraph.strip().endswith((":", "："))


WRAP_MIN = 20  # canonical characters of the width a page's lines are wrapped at (shorter: headlines, list items)
WRAP_LINES = 8  # distinct lines at that width (±1) a wrapped page holds at least
WRAP_SHARE = 0.4  # and their share of its lines of 10 characters or more
WRAP_CHARS = 800  # canonical characters a wrapped paragraph is joined up to


def wrap_width(text: str) -> int | None:
    """The width (canonical characters) the lines of ``text`` are wrapped at, when it is a PDF's text layer cut
    into lines of one width (``2025年是示例规划的收官之年、下一个规划的谋`` / ``划之年,…``), else None: the
    commonest length of its distinct lines of ``WRAP_MIN`` characters or more, held (±1) by ``WRAP_LINES`` lines
    and ``WRAP_SHARE`` of the lines. A news page's repeated headline or a list of short items is not wrapped."""
    lines = list(dict.fromkeys(c for c in (canonical(ln) for ln in text.split("\n")) if len(c) >= 10 and _CJK.search(c)))
    long = [len(c) for c in lines if len(c) >= WRAP_MIN]
    if not long:
        return None
    width = collections.Counter(long).most_common(1)[0][0]
    near = sum(1 for n in long if abs(n - width) <= 1)
    return width if near >= WRAP_LINES and near >= WRAP_SHARE * len(lines) else None


def continues_wrapped(line: str, above: str, width: int | None) -> bool:
    """Whether paragraph ``line`` continues the paragraph ``above`` it on a page wrapped at ``width``: the line right
    above is full width (a paragraph's last line is shorter) and ``line`` opens no numbered item (``3.``, ``(五)``)."""
    if not width:
        return False
    last = next((canonical(ln) for ln in reversed(above.split("\n")) if canonical(ln)), "")
    c = canonical(line)
    return (len(last) >= width - 2 and bool(c) and not _NUMBERED.match(c) and not _MARKER_ITEM.match(c)
            and len(canonical(above)) + len(c) <= WRAP_CHARS)


# an item's own marker at a line's start (``一、``, ``(三)``, ``3.``, ``第二条``): a new paragraph, wrapped page or not
_MARKER_ITEM = re.compile(r"^(?:第[一二三四五六七八九十百]+[条章节]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|"
                          r"\d{1,2}[.、．](?!\d)|[①-⑳])")


def read_source(path: str, sha256: str | None, run_dir: Path | None) -> Document | None:
    """The document at ``path`` if its text is unchanged; a relative path is tried from the
    working directory, then from the run directory and its parents (where `extract run` ran)."""
    from extract.errors import ExtractError
    from extract.ingest import read_document

    p = Path(path)
    candidates = [p]
    if not p.is_absolute() and run_dir is not None:
        base = run_dir.resolve()
        candidates += [b / p for b in [base, *base.parents][:6]]
    for c in candidates:
        if not c.is_file():
            continue
        try:
            doc = read_document(c)
        except (ExtractError, OSError):
            continue
        if not sha256 or doc.sha256 == sha256:
            return doc
    return None


def passage_item(doc_id: str, original: str, mapped: MappedText | None, ns: int, ne: int, body: str,
                 section_path: list[str], region: str | None, plan_year: int | None) -> Item | None:
    """A passage item over ``ns:ne`` of the normalised text (of the original when ``mapped`` is None)."""
    body = without_annotations(body)
    if len(body) < PASSAGE_MIN or not _CJK.search(body):
        return None
    start, end = mapped.to_orig(ns, ne) if mapped is not None else (ns, ne)
    title = re.split(r"[。；;:：|]", _MARKER.sub("", body), 1)[0][:40]
    section = " > ".join(section_path)
    text = head_of(section, body) + body
    rid = "psg-" + hashlib.sha1(f"{doc_id}|{start}|{end}|{body}".encode("utf-8")).hexdigest()[:16]
    return Item(record_id=rid, doc_id=doc_id, type="passage", title=title, text=text[:EMBED_CHARS],
                search_text=text, quote=original[start:end], start=start, end=end, section=section or None,
                region=region, year=plan_year)


def _row_body(row: TableRow) -> str:
    """A table row as one passage: its cells joined; an indicator row's values named by their year."""
    parts = []
    for cell, role in zip(row.cells, row.roles):
        c = canonical(cell)
        if role.startswith("value:"):
            c = f"{role.split(':')[1]}年{c}" if role != "value:0" else c  # (``value:0``: a target column of no known year)
        elif role == "baseline":
            c = f"基期{c}"
        parts.append(c)
    return "；".join(p for p in parts if p)


def _numbered_lines(text: str, offset: int) -> list[tuple[int, str]]:
    """(start, line) of the numbered label lines of ``text`` (which begins at ``offset``)."""
    out = []
    pos = offset
    for line in text.split("\n"):
        if _NUMBERED.match(line) and _CJK.search(line):
            out.append((pos + len(line) - len(line.lstrip()), line.strip()))
        pos += len(line) + 1
    return out


def _table_passages(table: Table, norm_text: str, make: MakePassage,
                    rest: dict[int, tuple[int, int]] | None = None) -> list[Item]:
    """One passage per row of ``table``; an unnumbered row carries the numbered label above it (``make``
    builds an item from a span and a body); ``rest`` maps a row's end to the span of a cell the table
    reader lost right after it, which the row's passage takes."""
    items: list[Item] = []
    label: tuple[int, str] | None = None  # the numbered label above: (start, text)
    prev_end = None
    for row in table.rows:
        if not row.cell_spans:
            continue
        start, end = row.cell_spans[0].start, row.cell_spans[-1].end
        if prev_end is not None and prev_end < start:
            gap = _numbered_lines(norm_text[prev_end:start], prev_end)
            if gap:
                label = (gap[-1][0], canonical(gap[-1][1]))
        body = _row_body(row)
        if rest and end in rest:
            ls, end = rest[end]
            body = f"{body}；{canonical(norm_text[ls:end])}"
        prev_end = max(prev_end or end, end)
        first = row.cells[0] if row.cells else ""
        if _NUMBERED.match(first):
            label = (start, canonical(first))
        elif label is not None:
            # a sub-row: its passage reaches back to its label, so the indicator and its parts are one hit
            body = body if body.startswith(label[1]) else f"{label[1]}：{body}"
            start = label[0]
        item = make(start, end, body, table.section_path)
        if item is not None:
            items.append(item)
    return items


def passages(doc_id: str, path: str, sha256: str | None, region: str | None,
             plan_year: int | None, run_dir: Path | None = None) -> list[Item] | None:
    """Every measure-bearing passage of a document, whatever extraction found in it: each text
    paragraph (numbered tasks included) and each table row, read again from its source file (None if
    it is gone or changed). A review of the past is indexed too: what a district has achieved is what
    an analyst compares. Notices, page furniture and tables of contents are not passages; a heading is part of
    the paragraph right below it, or a passage of its own where none follows."""
    from extract.cues import is_furniture
    from extract.prepared import prepare

    doc = read_source(path, sha256, run_dir)
    if doc is None:
        return None
    prepared = prepare(doc)
    mapped = prepared.normalised.mapped

    # the body a line standing alone named above the duties below it (``heads_duties``), and the section path it stood in
    label: list = []

    def make(ns: int, ne: int, body: str, section_path: list[str], lab: list | None = None) -> Item | None:
        return passage_item(doc_id, doc.text, mapped, ns, ne,
                            *labelled(body, list(section_path), label if lab is None else lab), region, plan_year)

    items: list[Item] = []
    seen: set[str] = set()  # the bodies already indexed: a line the page repeats (its title) is one passage
    # the last text paragraph: its start, section and whether it is an item (a short label is not, until
    # the figure lines below it join it)
    prev: tuple[int, list[str], bool] | None = None
    head = None  # a heading no passage has taken yet: the paragraph right below it reaches back to it
    head_label: list = []  # the label the heading stood under (a duty of a titled list, read as a heading, keeps it)

    def heading_alone() -> None:
        # a heading with no paragraph right below it (the next is a heading, furniture, a table or the end)
        # says a measure no passage carries (``二、各乡镇项目进度实行季报制度,…`` between two headings)
        if head is None:
            return
        norm = prepared.text[head.span.start:head.span.end]
        body = canonical(norm)
        if is_furniture(norm) or _signs_off(norm) or body in seen:
            return
        item = make(head.span.start, head.span.end, body, head.section_path[:-1], head_label)
        if item is not None:
            items.append(item)
            seen.add(body)

    # a page without any heading reports (a news page): a paragraph of it with a notice's phrase is its lead, where in
    # a document with headings it is the preamble or a heading's framing (``为认真贯彻落实…,制定本方案``, ``指导思想``)
    headed = any(p.kind == "heading" for p in prepared.structured.paragraphs)
    wrap = wrap_width(prepared.text)  # the width a PDF's text layer is wrapped at, if it is one
    roster: list | None = None  # the open roster entry: [start, section path, body, item index or None]
    group = ""  # the set-up clause of the last committee a paragraph named (``成立…领导小组``)
    paras = prepared.structured.paragraphs
    for pi, para in enumerate(paras):
        line0 = canonical(prepared.text[para.span.start:para.span.end])
        nxt = paras[pi + 1] if pi + 1 < len(paras) else None
        below = canonical(prepared.text[nxt.span.start:nxt.span.end]) if nxt is not None else ""
        if para.kind == "text" and heads_duties(line0, below):
            # a body's name standing alone above its duties (``联络部`` above ``负责…``, ``某委员会(ABC)`` above
            # ``1. 协助…``): the passages below are its duties, named by it (not a unit line of the task above)
            heading_alone()
            head, prev, roster = None, None, None
            label[:] = [line0, list(para.section_path)]
            continue
        if label and not under_label(line0, label):
            label.clear()
        if para.kind != "text":
            heading_alone()
            head = para if para.kind == "heading" else None
            head_label = list(label)
            prev = None
            roster = None
            continue
        pstart = para.span.start + _fields_ahead(prepared.text[para.span.start:para.span.end])
        norm = prepared.text[pstart:para.span.end]
        line = canonical(norm)
        if _ROLE_LINE.match(line) or (roster is not None and _roster_cont(line)):
            # a committee's roster: each role with the names and posts on the short lines below it is one
            # passage, named by the committee the text set up above it
            if _ROLE_LINE.match(line):
                roster = [head.span.start if head is not None and list(para.section_path) == list(head.section_path)
                          else pstart, para.section_path, "", None]
                head = None
            roster[2] += line
            item = make(roster[0], para.span.end, f"{group}：{roster[2]}" if group else roster[2], roster[1])
            if roster[3] is not None:
                items[roster[3]] = item if item is not None else items[roster[3]]
            elif item is not None:
                roster[3] = len(items)
                items.append(item)
            prev = None
            continue
        roster = None
        g = _GROUP_SET_UP.findall(line)
        if g:
            group = g[-1]
        if not norm.strip() or (is_furniture(norm) and not states_measures(norm)
                                and (headed or not reports_work(norm))):
            heading_alone()
            head = None
            continue
        start, path_ = pstart, para.section_path
        span_start = None  # where the passage's span starts when it reaches back further than its text
        above = prepared.text[prev[0]:para.span.start] if prev is not None else ""
        if prev is not None and (_joins_above(norm, above, prev[2])
                                 or (prev[2] and continues_wrapped(norm, above, wrap))):
            # a line that only names units (``区教育局,各街道``) belongs to the task above it, a line of
            # figures to the label above it: one passage (that keeps the heading its span reached back to)
            start, path_, span_start = prev[0], prev[1], prev[3]
            if prev[2]:
                items.pop()
        body = canonical(prepared.text[start:para.span.end])
        # the first paragraph right below a heading reaches back to it (its text opens with the heading
        # already): a heading cut off a wrapped line (``(一)开展…落实整改责任和时限,推动`` above
        # ``隐患整改到位。(…负责)``) or a task's title above its body is one passage with it
        under = head is not None and start == pstart and list(para.section_path) == list(head.section_path)
        if under:
            span_start = head.span.start
        item = None if start == pstart and (_signs_off(norm) or body in seen) else \
            make(start if span_start is None else span_start, para.span.end, body, path_)
        if item is None or not under:
            heading_alone()
        head = None
        if item is not None:
            items.append(item)
            seen.add(body)
        prev = (start, path_, item is not None, span_start) if item is not None or _CJK.search(body) else None
    heading_alone()
    gaps = _uncovered(prepared)
    # a lost cell right after a table row (only a cell border between) is the rest of that row
    row_ends = {r.cell_spans[-1].end for t in prepared.structured.tables for r in t.rows if r.cell_spans}
    rest = {after: (ns, ne) for ns, ne, _p, after in gaps
            if after in row_ends and not prepared.text[after:ns].strip(_EDGE)}
    for table in prepared.structured.tables:
        items.extend(_table_passages(table, prepared.text, make, rest))
    for ns, ne, path_, after in gaps:
        if after not in rest:
            item = make(ns, ne, canonical(prepared.text[ns:ne]), path_)
            if item is not None:
                items.append(item)
    for s, e, path_ in _unit_fields(prepared, doc.text):
        subject = _subject_above(doc.text, s)
        body = f"{subject}；{canonical(doc.text[s:e])}" if subject else canonical(doc.text[s:e])
        item = passage_item(doc_id, doc.text, None, s, e, body, path_, region, plan_year)
        if item is not None:
            items.append(item)
    return items


# a line standing alone that names a body (``联络部``, ``学生事务委员会(ABC)``, ``协调组``) and the paragraph right below it,
# its duties (``负责…``) or the first item of a list (``1.``, ``(1)``; not ``一、``, a section's heading): the duties are that
# body's, but the structurer reads the name as a short text line (too short for a passage, or a unit line joined to the
# task above), so the passages below said what is done and not by whom, and a question naming the body (``联络部负责什么``)
# missed them
_BODY_NAME = re.compile(r"^[\u4e00-\u9fff]{1,14}(?:部|处|组|科|室|会|中心|办公室|团|队|站)(?:[(（][A-Za-z]{2,6}[)）])?$")
_DUTY_FIRST = re.compile(r"^(?:主要)?(?:负责|职责|承担|协助|主管|统筹)|^(?:[(（]1[)）]|1[.、．](?!\d)|①)")
# the lines that stay under such a name: its duties and the numbered items of its list (a ``一、`` heading ends it)
_UNDER_LABEL = re.compile(r"^(?:主要)?(?:负责|职责|承担|协助|主管|统筹)|^(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．](?!\d)|[①-⑳])")


def heads_duties(line: str, below: str) -> bool:
    """Whether ``line`` (canonical) names a body whose duties the paragraph ``below`` it opens: ``联络部`` above
    ``负责组织联谊``, ``学生事务委员会(ABC)`` above ``1.协助学校…``; not ``县教育局`` below a task (the next task is ``2.…``).
    A line that titles a body's duties (``示例办公室工作职责``: ``titles_duties``) heads whatever list follows it."""
    return (bool(_BODY_NAME.match(line)) and bool(_DUTY_FIRST.match(below))) or (titles_duties(line)
                                                                               and bool(_UNDER_TITLE.match(below)))


# a line standing alone, unnumbered, that titles a body's duties (``示例办公室、示例科工作职责``, ``示例委员会的主要职责:``): the
# list below it (a lead-in ``在…领导下,做好如下工作:``, then ``一、…`` items the structurer reads as headings) is that body's, but
# the title was read as a unit line and joined to the paragraph above, so the duty items named no body and a question naming it
# (``示例办公室管哪些事``) missed them. A numbered one (``二、工作职责``) is a heading already: its section carries it
_DUTY_TITLE = re.compile(r"^[\u4e00-\u9fff、]{1,30}(?:部|处|组|科|室|会|中心|办公室|团|队|站|局|委|办|院|馆|所)"
                         r"(?:的)?(?:主要|工作|岗位)?(?:职责|职能)(?:如下)?[:：]?$")
# under such a title: its lead-in (a short line closed by a colon), its duties and its numbered items, ``一、`` and ``(壹)``
# included
_UNDER_TITLE = re.compile(r"^[^。;；]{2,40}[:：]$|^(?:主要)?(?:负责|职责|承担|协助|主管|统筹)|"
                          r"^(?:[(（][一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾\d]{1,3}[)）]|[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾\d]{1,3}"
                          r"[.、．](?!\d)|[①-⑳])")


def titles_duties(line: str) -> bool:
    """Whether ``line`` (canonical) titles a body's duties: ``示例办公室、示例科工作职责``, ``示例委员会的主要职责:``; not
    ``二、工作职责`` (a numbered heading), ``落实政府职责`` (no body), ``主要职责:``."""
    return bool(_DUTY_TITLE.match(line))


def labelled(body: str, section_path: list[str], label: list) -> tuple[str, list[str]]:
    """A passage's body and section path under the body named above it (``label``: its name and the section path
    the name stood in; empty: none): the name is the section's leaf, so it heads the text; a heading that opened
    below the name (a numbered duty the structurer read as a heading) stays at the body's head."""
    if not label:
        return body, section_path
    name, where = label
    if section_path and section_path != where and section_path[-1] != name:
        lead = section_path[-1]
        body = body if body.startswith(lead) else f"{lead}：{body}"
    return body, (where or []) + [name]


def under_label(line: str, label: list | None = None) -> bool:
    """Whether a paragraph (canonical) stays under the body named above it: its duties or a numbered item of its list;
    under a title of duties (``titles_duties``) its lead-in and its ``一、`` items too."""
    if label and titles_duties(label[0]):
        return bool(_UNDER_TITLE.match(line))
    return bool(_UNDER_LABEL.match(line))


# a field of an event's plan or of a reply to a proposal that names who runs it (``主办单位:…``, ``主要承办单位:…``);
# the normaliser drops such lines as a web page's footer (``主办单位:…人民政府办公室  地址:…  ICP备…``)
_UNIT_FIELD = re.compile(r"^(?:主要|具体)?(?:主办|承办|协办|会办|指导)单位[:：]\s*[\u4e00-\u9fff]")
_FOOTER_REST = re.compile(r"copyright|版权|icp|备案|公网安备|网站|网页|地址|电话|邮编|技术支持|联系|维护|浏览",
                          re.IGNORECASE)


_SUBJECT_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:名称|主题|案由|题目)[:：]\s*[\u4e00-\u9fff“《]")
SUBJECT_LINES = 6  # lines above a unit field looked at for the field that names what the page is about


def _subject_above(original: str, start: int) -> str:
    """The field a few lines above ``start`` that names what the units of a field handle (``提案名称:关于…的建议``,
    ``活动主题:…``), canonical, or ''."""
    above = original[:start].splitlines()[-SUBJECT_LINES:]
    for line in reversed(above):
        c = canonical(line)
        if _SUBJECT_FIELD.match(c):
            return c[:80]
    return ""


def _unit_fields(prepared, original: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, section path) in ``original`` of each line the normaliser dropped as page furniture that
    is a field naming the units that run or handle what the page is about (``主办单位:县教育局、团县委``,
    ``主要承办单位:…教育局``) and holds nothing of a page's footer (an address, a filing number, a copyright):
    a who-question's answer, in no paragraph otherwise."""
    lines = [ln for ln in prepared.normalised.boilerplate_lines
             if _UNIT_FIELD.match(canonical(ln)) and not _FOOTER_REST.search(ln)]
    if not lines:
        return []
    cm = prepared.normalised.canonical_mapped(original)
    starts = [(prepared.normalised.mapped.to_orig(p.span.start, p.span.end)[0], list(p.section_path))
              for p in prepared.structured.paragraphs]
    out, pos = [], 0
    for ln in lines:
        c = canonical(ln)
        i = cm.text.find(c, pos)
        if i < 0:
            continue
        pos = i + len(c)
        s, e = cm.to_orig(i, i + len(c))
        # the section it stands in: that of the paragraph (or the heading) right above it
        path_ = next((sp for st, sp in reversed(starts) if st < s), [])
        out.append((s, e, path_))
    return out


# a line of a committee's roster that opens a role (``组长:县委副书记``, ``成员:…``); the lines below it that are
# short and no sentence (a name, a post) belong to it; the clause that set the committee up names it
_ROLE_LINE = re.compile(r"^(?:常务副组长|副组长|组长|组员|成员|副主任|主任|副召集人|召集人|副总指挥|总指挥|副指挥长|"
                        r"指挥长|副秘书长|秘书长)[:：]")
_GROUP_SET_UP = re.compile(r"(?:成立|组建|设立)[^。；;，,:：]{0,30}?(?:领导小组|工作小组|小组|委员会|专班|指挥部|工作组)")
ROSTER_LINE_MAX = 24  # canonical characters of a name or post line that joins the role above it


def _roster_cont(line: str) -> bool:
    return bool(line) and len(line) <= ROSTER_LINE_MAX and not re.search(r"[。；;]", line)


GAP_LINE_MIN = 16  # canonical characters of one line that make an uncovered stretch a passage
_GAP_TRIM = re.compile(r"^[\s|｜]+|[\s|｜]+$")
_EDGE = " \t\r\n\u3000|｜"
_LEADERS = re.compile(r"\.{4,}|…{2,}|·{4,}")


def _uncovered(prepared) -> list[tuple[int, int, list[str], int]]:
    """(start, end, section path) of each stretch of the text that neither a paragraph nor a table cell
    holds and that says something: a cell the table reader lost (a row's last cell wrapped onto the next
    line, ``… | 截至9月底,已完成…个 |`` with the row's status below it), a note between a table's rows read as
    lines. A stretch of column labels (a ``序号`` line), a table of contents (dot leaders) or one with no line
    of ``GAP_LINE_MIN`` characters is not (a header row, a bare label). The last item is where the span before
    the stretch ends."""
    spans = [(p.span.start, p.span.end, list(p.section_path)) for p in prepared.structured.paragraphs]
    spans += [(s.start, s.end, list(t.section_path)) for t in prepared.structured.tables for r in t.rows
              for s in r.cell_spans]
    spans.sort(key=lambda x: x[0])
    text = prepared.text
    out = []
    pos, path_ = 0, []
    for s, e, sp in spans + [(len(text), len(text), [])]:
        if s > pos:
            out.extend((*g, pos) for g in _gap(text, pos, s, path_))
        if e > pos:
            pos, path_ = e, sp
    return out


def _gap(text: str, start: int, end: int, path_: list[str]) -> list[tuple[int, int, list[str]]]:
    seg = text[start:end]
    lines = [canonical(_GAP_TRIM.sub("", ln)) for ln in seg.split("\n")]
    lines = [ln for ln in lines if ln]
    if not any(len(ln) >= GAP_LINE_MIN and _CJK.search(ln) for ln in lines):
        return []
    if any(ln.startswith(("序号", "目录")) or _LEADERS.search(ln) for ln in lines):
        return []
    s = start + len(seg) - len(seg.lstrip(_EDGE))
    e = end - (len(seg) - len(seg.rstrip(_EDGE)))
    return [(s, e, path_)] if e > s else []


def _fields_ahead(text: str) -> int:
    """How many characters of ``text`` the fields of a page's header take at its start (``名称: …``,
    ``生效日期 : | 有效期: |``, ``发布日期:``), line by line: they are no part of the passage."""
    from extract.cues import is_metadata_line

    n = 0
    for line in text.splitlines(keepends=True):
        if not line.strip() or not (_PORTAL_FIELD.match(canonical(line)) or is_metadata_line(line)):
            break
        n += len(line)
    return n


def _signs_off(line: str) -> bool:
    """A line standing alone that only signs a notice off (its issuing office, a seal note): no measure,
    so no passage."""
    return bool(_SIGN_OFF.match(canonical(line)))


def _joins_above(line: str, above: str, above_is_item: bool) -> bool:
    """Whether a paragraph ``line`` belongs to the passage ``above`` it: a list of units under a task,
    or a line without any Chinese character (figures, a cell border) under a passage or a short label."""
    from extract.cues import is_unit_cell

    if above_is_item and is_unit_cell(line):
        return True
    return not _CJK.search(line) and len(canonical(above)) + len(canonical(line)) <= JOIN_CHARS
