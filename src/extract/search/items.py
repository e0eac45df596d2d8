"""What gets indexed: one ``Item`` per measure, target and goal of every processed document.

Items come from the run's database (``records`` of grounded unit assignments, numeric targets
and goals) and from the source text: every measure-bearing paragraph and table row is a passage
item (``passages.py``; read again from ``documents.path`` and used only if its sha256 still matches
the stored one), and every record links to the passage that holds it. Targets and goals inherit the units of the unit
assignment whose span holds them, so every hit can say who is responsible where the text says.
A measure's text is embedded up to ``EMBED_CHARS``; its later sentences are items of their own
(``part`` 1, 2, ...; same record id and type), so a detail deep in a long paragraph is found and
the hit quotes the very sentence. ``group`` ties every item to its measure for folding hits.

Each item has a content hash (``key``) over everything it shows, and ``embed_hash`` over the
text that is embedded: an unchanged text is never embedded twice.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from pathlib import Path

from extract.normalise import _PINYIN, canonical, to_simplified
from extract.search.bm25 import TOKENS_VERSION

# bump on any change to what items hold: the index rebuilds its items (and on a new tokenizer, whose
# tokens it stores: ``bm25.TOKENS_VERSION`` is part of the version)
# v27: a line that titles a body's duties (``…办公室工作职责``) heads the list below it (``passages.titles_duties``)
# v26: a short passage that states a day or an hour (a field line, an event plan's time line) carries its document's title
# in what is embedded and what BM25 reads (``items.with_title``); its quote, span and title are its own
# v25: a body's name standing alone above its duties (``联络部`` above ``负责…``) heads the passages below it
# (``passages.heads_duties``)
# v23: on a page wrapped at a fixed width (a PDF's text layer), a line right below a full-width line continues its
# paragraph (``passages.continues_wrapped``)
# v22: on a page without headings, a long paragraph the notice cue reads for a phrase prose uses too (``认真贯彻落实``)
# and that hands nothing down is a passage (``passages.reports_work``)
# v21: a passage that lines below it join keeps the heading its span reached back to; a unit field the
# normaliser drops as page furniture (``主办单位:…``, ``主要承办单位:…``) is a passage
# v20: a committee's roster: each role with its name and post lines is one passage, named by the committee set up above
# v19: a cell the table reader lost is indexed (with its row); a passage inside an assignment of another passage
# joins that measure
ITEMS_VERSION = f"items.v27+{TOKENS_VERSION}"
# the document's title (``doc_title`` of its meta title, else its first passage cut to ``TITLE_CHARS``) before the embedded
# text of every item of it that does not hold it already (``with_doc_title``): a news or report body says 全县/本所 once the
# lead has named the county or the office, and a question names both the entity and what it asks about. Measured on the
# development sets (eval/search/README.md, srch37); False leaves every embedded text as it was
TITLE_IN_EMBED = False
_TITLE_HEAD = 10  # an item whose text begins with the title's first so many characters is the title's own line
ITEM_TYPES = ("unit_assignment", "numeric_target", "goal", "passage")
MEASURE_TYPES = ("unit_assignment", "passage")
EMBED_CHARS = 160  # the embedded text is cut here: a measure's title, units and first clauses
SENTENCE_CHARS = 150  # a measure's later sentences are indexed one by one, cut at commas past this
# a sentence inside the embedded text is an item of its own too unless it is this share of that text or more: a
# paragraph that says five things in its first 160 characters (a report's ``…民生更有温度。入选…。成立…。8家医院接入…
# 共享平台,实现150项检查结果共享。建成…``) is one vector of five topics, far from a question that asks about one
EARLY_SHARE = 3
# such a sentence is for the dense side only: BM25 reads it in its measure's text already, and a short item of the
# same words would outrank the measures of other documents by length alone
EARLY_DENSE_ONLY = True
# a passage this short (its body, heading included) that says a day or an hour seldom says of what: ``活动时间：8月8日上午8:00``,
# ``公示日期:…至…``; it carries its document's title (``items.with_title``)
TITLE_BELOW = 50
TITLE_CHARS = 40  # the title is cut here
TITLE_EMBED_CHARS = TITLE_CHARS  # the title is cut here before an embedded text (its name of the place or body comes first)
_TITLE_NOISE = re.compile(r"^(?:\d{1,2}[.、．]\s*|[(（]?[一二三四五六七八九十]{1,3}[)）、]\s*)")
_SKIP_HEADING = re.compile(r"^(附件|附表)")
# a page's counters and fields that the extractor's metadata list does not hold
_FIELD_HEADING = re.compile(r"^(?:访问次数|浏览量|访问人次|信息来源|发布人|录入|供稿|打印本页|关闭窗口)\s*[:：]?$")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_DAY_OR_HOUR = re.compile(r"(?:\d{2,4}|[xX×]{2,4})年\d{1,2}月|\d{1,2}月\d{1,2}[日号]|(?<!\d)\d{1,2}[:：]\d{2}(?!\d)|[上下]午\d")
_STAMP = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?")
_CMP_WORDS = {">=": "不低于", "<=": "不超过", "<": "低于", ">": "超过", "=": ""}


@dataclass
class Item:
    record_id: str  # records.id, or "para-<hash>" for a task paragraph; a sentence shares its measure's id
    doc_id: str
    type: str
    title: str  # the task, indicator or first clause
    text: str  # what is embedded (canonical Simplified, cut to EMBED_CHARS)
    search_text: str  # what BM25 reads (canonical Simplified, whole, with units)
    quote: str  # the source's own words at the span
    start: int | None
    end: int | None
    section: str | None = None
    region: str | None = None
    year: int | None = None
    lead_units: list[str] = field(default_factory=list)
    responsible_units: list[str] = field(default_factory=list)
    fields: dict = field(default_factory=dict)  # the record's spec fields (indicator, value, ...)
    part: int = 0  # 0: the whole record or paragraph; k: its k-th sentence
    group: str = ""  # the measure it belongs to: the record id of the task holding it (else its own)
    measure: tuple | None = None  # that measure's (title, start, end)
    lexical: bool = True  # read by BM25 too (False: a sentence its measure's embedded text holds: dense only)

    @property
    def key(self) -> str:
        # the fields as they are (JSON writes a tuple as a list): the same blob as ``asdict``'s deep copy, a third of
        # its time; keys of indexes built before stay as they were (tests/test_search_items.py)
        own = {f.name: getattr(self, f.name) for f in dataclass_fields(self)}
        blob = json.dumps(own, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(f"{items_version()}\x1f{blob}".encode("utf-8")).hexdigest()

    @property
    def embed_hash(self) -> str:
        return text_hash(self.text)


def items_version() -> str:
    """``ITEMS_VERSION``, marked when the embedded texts carry their document's title (``TITLE_IN_EMBED``), so that an
    index built the other way rebuilds its items (and embeds the changed texts) on its next sync."""
    return ITEMS_VERSION + (f"+title-embed{TITLE_EMBED_CHARS}" if TITLE_IN_EMBED else "")


def without_annotations(text: str) -> str:
    """``text`` without any pinyin annotation, however many follow a character: the normaliser drops
    the first (``國(guo)`` -> ``国``), a page that repeats it (``國(guo)(guo)(guo)``, ``特殊(shu)(shu)教(jiao)育``)
    keeps the rest, which split the words for BM25 and the embedding alike."""
    while True:
        out = _PINYIN.sub("", text)
        if out == text:
            return out
        text = out


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _leaf(section: str | None) -> str:
    """The innermost heading of a section path, unless it is an annex label or a page's field label read
    as a heading (``访问次数``, ``信息来源``: its colon is gone, the tasks below it are no part of it)."""
    from extract.cues import is_metadata_line

    if not section:
        return ""
    parts = [p.strip() for p in section.split(">") if p.strip()]
    for p in reversed(parts):
        if not _SKIP_HEADING.match(p) and not _FIELD_HEADING.match(p) and not is_metadata_line(p + ":"):
            return canonical(p)
    return ""


def _fmt_value(v) -> str:
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def head_of(section: str | None, body: str) -> str:
    leaf = _leaf(section)
    return f"{leaf}：" if leaf and not body.startswith(leaf) else ""


def doc_title(title: str | None) -> str:
    """A document's title as a passage's context: canonical, without a list number before it (``2. 某县…方案`` -> ``某县…方案``)
    or book-title marks, cut to ``TITLE_CHARS``; '' for none."""
    if not title:
        return ""
    t = _TITLE_NOISE.sub("", canonical(title).strip()).strip("《》 ")
    return t[:TITLE_CHARS] if _CJK_CHAR.search(t) else ""


def tells_when(text: str) -> bool:
    """Whether ``text`` states a day or an hour (``8月8日``, ``2031年4月19日``, ``xxxx年8月``, ``上午8:00``, ``14:30``); a
    page's time stamp (``2023-08-29 10:40:09``, ``发表时间:2020-05-21 11:06``) is when the page was posted, not what it says."""
    return bool(_DAY_OR_HOUR.search(_STAMP.sub("", text)))


def with_title(item: "Item", title: str) -> None:
    """Let a short passage (``TITLE_BELOW``) that states a day or an hour (``tells_when``) carry its document's ``title``
    (``doc_title``) before what is embedded and what BM25 reads: an event plan's time line (``活动时间：8月8日上午8:00``) or
    a field line under the paragraph that names the matter (``公示日期:…至…``) says when but not what, and a question
    names what. Its quote, span and title stay its own; a passage that holds the title already is left as it is. (Every
    short passage with the title, whatever it says, crowded the lists: a breadcrumb line, the other duty items of a list.)"""
    if not title or item.type != "passage" or len(item.search_text) >= TITLE_BELOW or title in item.search_text \
            or not tells_when(item.search_text):
        return
    item.text = f"{title}｜{item.text}"[:EMBED_CHARS]
    item.search_text = f"{title}｜{item.search_text}"


def context_title(title: str, passages: list["Item"]) -> str:
    """The title a document's items carry as context (``TITLE_IN_EMBED``): its meta ``title`` (``doc_title``), else the text
    of its first passage (its title line on most pages), cut to ``TITLE_EMBED_CHARS``; '' for a document with neither."""
    if title:
        return title[:TITLE_EMBED_CHARS]
    firsts = [p for p in passages if p.start is not None and p.search_text]
    if not firsts:
        return ""
    return without_annotations(min(firsts, key=lambda p: p.start).search_text)[:TITLE_EMBED_CHARS].strip()


def with_doc_title(item: "Item", title: str) -> None:
    """Put the document's ``title`` (``context_title``) before ``item``'s embedded text (``TITLE_IN_EMBED``), whole: the
    item's own text is not cut for it. An item whose text holds the title already (the title line, a short passage that
    says when, ``with_title``) or begins what the title begins with (the first passage the title is cut from) is left."""
    if not title or not item.text or title in item.text or item.text.startswith(title[:_TITLE_HEAD]):
        return
    item.text = f"{title}｜{item.text}"


def _units_text(lead: list[str], resp: list[str], limit: int = 6) -> str:
    units = (lead + resp)[:limit]
    return f"（{'、'.join(units)}）" if units else ""


def item_from_record(rec_id: str, body: dict, region: str | None, plan_year: int | None) -> Item | None:
    t = body.get("type")
    quote = body.get("quote") or ""
    span = body.get("span") or {}
    section = body.get("section")
    q = canonical(quote)
    lead, resp = list(body.get("lead_units", [])), list(body.get("responsible_units", []))
    if t == "unit_assignment":
        title = canonical(body.get("task", "")) or q[:30]
        rest = q[len(title):].lstrip("。.,，:：") if q.startswith(title) else q
        text = head_of(section, title) + title + _units_text(lead, resp) + "。" + rest
        search = f"{head_of(section, title)}{q} {' '.join(lead + resp)}"
        year = plan_year
    elif t == "numeric_target":
        title = canonical(body.get("indicator", ""))
        val = _fmt_value(body.get("value"))
        if body.get("value_max") is not None:
            val += "-" + _fmt_value(body["value_max"])
        target = f"{title}{_CMP_WORDS.get(body.get('comparator', '='), '')}{val}{body.get('unit', '')}"
        text = head_of(section, target) + f"{target}。{q}"
        search = text
        year = body.get("target_year") or plan_year
    elif t == "goal":
        title = canonical(body.get("text", "")) or q
        text = head_of(section, title) + title
        search = text
        year = body.get("target_year") or plan_year
    else:
        return None
    fields = {k: v for k, v in body.items() if k in ("indicator", "value", "value_max", "unit", "comparator",
                                                     "target_year", "task", "text")}
    return Item(record_id=rec_id, doc_id=body["doc"], type=t, title=title, text=text[:EMBED_CHARS],
                search_text=search, quote=quote, start=span.get("start"), end=span.get("end"), section=section,
                region=region, year=year, lead_units=lead, responsible_units=resp, fields=fields)


_SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")
_COMMA = re.compile(r"[，,、]")


def sentence_spans(text: str, min_chars: int = 20, max_chars: int = SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text`` (split at 。；！？ and line ends); short ones are joined
    to the next, long ones cut at commas."""
    raw = []
    for m in _SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            raw.append((s, e))
    merged: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    for s, e in raw:
        if pending is not None:
            s = pending[0]
            pending = None
        if len(canonical(text[s:e])) < min_chars:
            pending = (s, e)
            continue
        merged.append((s, e))
    if pending is not None:
        if merged:
            merged[-1] = (merged[-1][0], pending[1])
        else:
            merged.append(pending)
    out = []
    for s, e in merged:
        while e - s > max_chars:
            cut = None
            for m in _COMMA.finditer(text, s + max_chars // 3, s + max_chars):
                cut = m.end()
            cut = cut or s + max_chars
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


_UNIT_LABELS = ("牵头单位", "责任单位", "配合单位", "参与单位", "牵头部门", "责任部门")
_TAIL_JUNK = re.compile(r"[\s()（）:：;；,，、。.]+$")


def units_tail(quote: str, units: list[str]) -> int:
    """Where the list of units at the end of a measure begins (``len(quote)`` if none): the
    ``(牵头单位:…;责任单位:…)`` bracket or the lead and responsible columns of a table row."""
    names = sorted({u for u in units if u} | set(_UNIT_LABELS), key=len, reverse=True)
    end = len(quote)
    while True:
        m = _TAIL_JUNK.search(quote, 0, end)
        cut = m.start() if m and m.end() == end else end
        hit = next((n for n in names if to_simplified(quote[max(0, cut - len(n)):cut]) == n), None)
        if hit is None:
            return end if end == len(quote) else cut
        end = cut - len(hit)


def sentence_items(item: Item) -> list[Item]:
    """One item per sentence of a measure (its whole text is embedded only up to EMBED_CHARS);
    the units at its end are not a sentence (the measure itself carries them)."""
    if item.start is None or not item.quote:
        return []
    body_end = units_tail(item.quote, item.lead_units + item.responsible_units)
    spans = [(s, min(e, body_end)) for s, e in sentence_spans(item.quote[:body_end])]
    if len(spans) < 2:
        return []
    out = []
    for k, (s, e) in enumerate(spans, start=1):
        sent = canonical(item.quote[s:e])
        early = sent in item.text
        if not sent or (early and len(sent) * EARLY_SHARE >= len(item.text)):
            continue  # already embedded with the whole, and most of it
        out.append(Item(record_id=item.record_id, doc_id=item.doc_id, type=item.type, title=item.title,
                        text=f"{item.title}：{sent}"[:EMBED_CHARS], search_text=f"{item.title} {sent}",
                        quote=item.quote[s:e], start=item.start + s, end=item.start + e, section=item.section,
                        region=item.region, year=item.year, lead_units=list(item.lead_units),
                        responsible_units=list(item.responsible_units), fields=dict(item.fields), part=k,
                        lexical=not (early and EARLY_DENSE_ONLY)))
    return out


def _overlap(a: Item, b: Item) -> int:
    if None in (a.start, a.end, b.start, b.end):
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def build_items(db: sqlite3.Connection, with_paragraphs: bool = True, with_sentences: bool = True,
                run_dir: Path | None = None, missing: list[str] | None = None) -> list[Item]:
    """Every item of every successfully processed document, in a stable order. Documents whose
    source cannot be read again (for their task paragraphs) are appended to ``missing``."""
    docs = {}
    for doc_id, path, sha, meta_s, status in db.execute(
            "SELECT doc_id, path, sha256, meta, status FROM documents ORDER BY doc_id"):
        if status != "ok":
            continue
        meta = json.loads(meta_s or "{}")
        period = meta.get("period") or None
        plan_year = period[1] if period else (int(meta["date"][:4]) if meta.get("date") else None)
        docs[doc_id] = (path, sha, meta.get("region") or doc_id, plan_year, doc_title(meta.get("title")))
    from extract.search.passages import passages as passages_of

    items: list[Item] = []
    for doc_id, (path, sha, region, plan_year, title) in docs.items():
        doc_items = []
        for rec_id, body_s in db.execute(
                "SELECT id, body FROM records WHERE doc_id=? AND (grounding IS NULL OR grounding != 'not_found') "
                "ORDER BY start, id", (doc_id,)):
            item = item_from_record(rec_id, json.loads(body_s), region, plan_year)
            if item is not None:
                doc_items.append(item)
        assignments = [i for i in doc_items if i.type == "unit_assignment"]
        for it in doc_items:  # targets and goals inside a task inherit its units
            if it.type in ("numeric_target", "goal") and it.start is not None:
                for ua in assignments:
                    if ua.start is not None and ua.start <= it.start and it.end <= ua.end:
                        it.lead_units, it.responsible_units = list(ua.lead_units), list(ua.responsible_units)
                        it.search_text += " " + " ".join(it.lead_units + it.responsible_units)
                        break
        passages = passages_of(doc_id, path, sha, region, plan_year, run_dir) if with_paragraphs and path else []
        if passages is None:
            passages = []
            if missing is not None:
                missing.append(f"{doc_id} ({path})")
        for psg in passages:  # a short passage that says when carries its document's title
            with_title(psg, title)
        for psg in passages:  # a passage carries the units of the assignment it holds
            held = [ua for ua in assignments if _overlap(psg, ua) * 2 >= min(psg.end - psg.start, ua.end - ua.start)]
            if len(held) == 1:
                psg.lead_units, psg.responsible_units = list(held[0].lead_units), list(held[0].responsible_units)
                psg.search_text += " " + " ".join(psg.lead_units + psg.responsible_units)
        doc_items.extend(passages)
        # every record links to the passage that holds it; a unit assignment outside any passage is a
        # measure of its own
        inside = [ua for ua in assignments if any(p.start <= ua.start and ua.end <= p.end for p in passages)]
        containers = passages + [ua for ua in assignments if ua not in inside and ua.start is not None]
        for it in doc_items:
            it.group, it.measure = it.record_id, (it.title, it.start, it.end)
            if it.start is None or it.type == "passage":
                continue
            holders = [c for c in containers if c is not it and c.start <= it.start and it.end <= c.end]
            if not holders and it.type == "unit_assignment":
                holders = [p for p in passages if _overlap(p, it) * 2 >= (it.end - it.start)]
            if holders:
                c = min(holders, key=lambda c: c.end - c.start)
                it.group, it.measure = c.record_id, (c.title, c.start, c.end)
        # a passage that lies mostly inside an assignment linked to another passage is part of that measure:
        # a task whose cells the page puts on lines of their own (its title, its goal, its unit) is one hit
        moved = {}
        for ua in assignments:
            if ua.start is None or ua.group == ua.record_id:
                continue
            for p in passages:
                if p.group == p.record_id and p.record_id != ua.group and p.record_id not in moved \
                        and _overlap(p, ua) * 2 > p.end - p.start:
                    moved[p.record_id] = ua.group
        # the measure a moved item joins is the container its new group names: a passage, or an assignment that
        # stands outside every passage (the group an assignment was given can be such an assignment, not a passage)
        span_of = {c.record_id: (c.title, c.start, c.end) for c in containers}
        for it in doc_items:
            if it.group in moved:
                it.group = moved[it.group]
                it.measure = span_of[it.group]
        # a measure reaches as far as its passage and the assignments linked to it (an assignment's
        # quote may run from its heading to its units' line)
        extent: dict[str, tuple[int, int]] = {}
        for it in doc_items:
            if it.group != it.record_id and it.type == "unit_assignment" and it.start is not None:
                _t, a, b = it.measure
                lo, hi = extent.get(it.group, (a, b))
                extent[it.group] = (min(lo, it.start), max(hi, it.end))
        for it in doc_items:
            if it.group in extent and it.measure is not None:
                it.measure = (it.measure[0], *extent[it.group])
        if with_sentences:
            for c in containers:
                if c.group != c.record_id and c.type != "passage":
                    continue  # an assignment linked to its passage: the passage's sentences stand for it
                for sent in sentence_items(c):
                    sent.group, sent.measure = c.group, c.measure if c.group != c.record_id else (c.title, c.start, c.end)
                    doc_items.append(sent)
        if TITLE_IN_EMBED:
            ctx = context_title(title, passages)
            for it in doc_items:
                with_doc_title(it, ctx)
        items.extend(doc_items)
    seen: set[str] = set()
    out = []
    for it in items:
        it.title, it.text, it.search_text = (without_annotations(t) for t in (it.title, it.text, it.search_text))
        k = it.key
        if k not in seen:
            seen.add(k)
            out.append(it)
    return out


def region_matches(region: str | None, wanted: str) -> bool:
    return bool(region) and canonical(wanted) in canonical(region)
