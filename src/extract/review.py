"""Review stage: one self-contained HTML page per run that shows every record in its source, compares
it with gold, and turns a reviewer's corrections into gold.

The page is built from the run's ``extract.db`` and each document's original text (read again and
checked against the stored sha256). Everything is inline (no CDN, no server), so it opens from
``file://`` offline. The text is split once at every highlighted boundary and rendered in one pass:
each covered segment is a ``<mark>`` whose ``data-record-id`` is the innermost item over it and whose
``data-ids`` lists every item over it, so a record's highlight is found by either.

With gold (``--gold``) every predicted record is a true positive (``tp``; with the fields it gets
wrong, if any) or a false positive (``fp``), and every gold record nothing matched is a false negative
(``fn``) highlighted at its quote's position; the matching is ``evaluate.align``, the same as
``extract eval``. The page's script (``review_page.html``) holds the reading view, filters, and the
review mode: accept, reject, edit, add from a text selection, state kept in the browser's storage per
run and document hash, and export of the reviewed records as gold JSONL.
"""

from __future__ import annotations

import html
import json
import sqlite3
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from extract.data import GROUNDED, SPEC_FIELDS
from extract.errors import UserError

REVIEW_VERSION = "review.v2"
_GROUNDED = {g.value for g in GROUNDED}


@dataclass
class ReviewDoc:
    doc_id: str
    title: str
    text: str
    sha256: str = ""
    records: list[dict] = field(default_factory=list)  # spec fields + id, span, section, grounding, diff
    missed: list[dict] = field(default_factory=list)  # gold records nothing matched (false negatives)


def load_run(run_dir: Path, doc_ids: list[str] | None = None) -> list[ReviewDoc]:
    """The documents of a run with their records; a source that is gone or changed is an error
    naming it (the spans index the text the run read)."""
    from extract.ingest import read_document

    db_path = run_dir / "extract.db"
    if not db_path.is_file():
        raise UserError(f"{run_dir}: no extract.db; run `extract run PATH --out {run_dir}` first")
    db = sqlite3.connect(db_path)
    try:
        docs = db.execute("SELECT doc_id, path, sha256, meta FROM documents WHERE status='ok' ORDER BY doc_id").fetchall()
        wanted = set(doc_ids or [])
        unknown = wanted - {d[0] for d in docs}
        if unknown:
            raise UserError(f"{run_dir}: no document {', '.join(sorted(unknown))} in this run")
        out = []
        for doc_id, path, sha, meta in docs:
            if wanted and doc_id not in wanted:
                continue
            try:
                doc = read_document(Path(path))
            except UserError as exc:
                raise UserError(f"{path}: the source of {doc_id} cannot be read again ({exc}); "
                                "review needs the files the run read") from exc
            if sha and doc.sha256 != sha:
                raise UserError(f"{path}: the source changed since the run; run `extract run` again")
            title = (json.loads(meta or "{}").get("title") or doc_id)
            rd = ReviewDoc(doc_id, title, doc.text, doc.sha256)
            for rid, grounding, start, end, section, body in db.execute(
                    'SELECT id, grounding, start, "end", section, body FROM records WHERE doc_id=? ORDER BY start, id',
                    (doc_id,)):
                rec = json.loads(body)
                rec.update(id=rid, grounding=grounding, start=start, end=end, section=section or "")
                rd.records.append(rec)
            out.append(rd)
        return out
    finally:
        db.close()


def attach_gold(docs: list[ReviewDoc], gold_paths: list[Path]) -> dict[str, int]:
    """Mark every record of ``docs`` against the gold files (``diff``: tp, fp; ``gold_fields``: the
    fields a matched pair disagrees on, ``{field: [gold, predicted]}``) and list the gold records
    nothing matched as ``missed`` (``diff`` fn, at the gold quote's span). Only documents the gold
    labels are marked (those with a gold record, or a gold file named after them); gold of documents
    not in the run is left out. Returns counts (tp, fp, fn, documents compared, gold documents left out)."""
    from extract.evaluate import align, load_records

    gold = load_records(gold_paths)
    by_doc: dict[str, list[dict]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    labelled = set(by_doc) | {Path(p).stem for p in gold_paths}  # DOC.jsonl labels DOC even when empty
    counts = {"tp": 0, "fp": 0, "fn": 0, "docs": 0, "gold_docs_not_in_run": len(set(by_doc) - {d.doc_id for d in docs})}
    for d in docs:
        if d.doc_id not in labelled:
            continue  # no gold for it: its records are neither right nor wrong
        counts["docs"] += 1
        golds = by_doc.get(d.doc_id, [])
        for item in align(golds, d.records, d.text):
            counts[item.status] += 1
            if item.status == "fn":
                g = golds[item.gold]
                start, end = item.gold_span if item.gold_span else (None, None)
                rec = {k: g.get(k) for k in ("type", "quote", *SPEC_FIELDS[g["type"]])}
                rec.update(id=f"gold:{'_'.join(d.doc_id.split())}:{item.gold}", diff="fn", start=start, end=end,
                           grounding="gold" if start is not None else "not_found",
                           section=_section_at(d.records, start))
                d.missed.append(rec)
            else:
                p = d.records[item.pred]
                p["diff"] = item.status
                if item.fields:
                    p["gold_fields"] = {k: list(v) for k, v in item.fields.items()}
        d.missed.sort(key=lambda r: (r["start"] is None, r["start"] or 0))
    return counts


def _section_at(records: list[dict], start: int | None) -> str:
    """The section of the last grounded record starting at or before ``start`` (gold records carry none)."""
    section = ""
    for r in records:
        if start is None or r.get("start") is None or r["start"] > start:
            continue
        section = r.get("section") or section
    return section


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, list[str]]]:
    """The text cut at every span's start and end: (start, end, ids over it, innermost first)."""
    spans = [s for s in spans if s[1] > s[0]]
    cuts = sorted({0, len(text), *[s for s, _, _ in spans], *[e for _, e, _ in spans]})
    by_start = sorted(spans)
    out = []
    active: list[tuple[int, int, str]] = []
    k = 0
    for a, b in zip(cuts, cuts[1:]):
        while k < len(by_start) and by_start[k][0] <= a:
            active.append(by_start[k])
            k += 1
        active = [s for s in active if s[1] > a]
        ids = [s[2] for s in sorted(active, key=lambda s: s[1] - s[0])]
        out.append((a, b, ids))
    return out


def highlighted(doc: ReviewDoc) -> list[dict]:
    """The items that get a highlight: grounded records and located missed gold records."""
    return [r for r in doc.records + doc.missed
            if r.get("start") is not None and (r.get("grounding") in _GROUNDED or r.get("diff") == "fn")]


def render_text(doc: ReviewDoc) -> str:
    items = {r["id"]: r for r in highlighted(doc)}
    parts = []
    text = doc.text
    for a, b, ids in segments(text, [(r["start"], r["end"], r["id"]) for r in items.values()]):
        chunk = html.escape(text[a:b])
        if ids:
            top = items[ids[0]]
            diff = f' d-{top["diff"]}' if top.get("diff") else ""
            parts.append(f'<mark class="t-{top["type"]}{diff}" data-record-id="{ids[0]}" '
                         f'data-ids="{" ".join(ids)}" data-start="{a}">{chunk}</mark>')
        else:
            parts.append(chunk)
    return "".join(parts)


def build_page(docs: list[ReviewDoc], run_dir: Path, has_gold: bool = False) -> str:
    data = {"run": str(run_dir.resolve()), "version": REVIEW_VERSION, "has_gold": has_gold,
            "fields": SPEC_FIELDS,
            "docs": [{"doc": d.doc_id, "title": d.title, "sha256": d.sha256, "records": d.records,
                      "missed": d.missed} for d in docs]}
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    bodies = "".join(
        f'<section class="doc" data-doc="{html.escape(d.doc_id)}"><h2>{html.escape(d.title)} '
        f'<small>{html.escape(d.doc_id)}</small></h2><pre class="text">{render_text(d)}</pre></section>'
        for d in docs)
    page = resources.files("extract").joinpath("review_page.html").read_text(encoding="utf-8")
    return (page.replace("{{TITLE}}", html.escape(f"extract review: {run_dir}"))
            .replace("{{BODYCLASS}}", "gold" if has_gold else "")
            .replace("{{VERSION}}", REVIEW_VERSION).replace("{{BODIES}}", bodies).replace("{{DATA}}", payload))


def write_review(run_dir: Path, out: Path | None = None, doc_ids: list[str] | None = None,
                 gold: list[Path] | None = None) -> tuple[Path, dict[str, int] | None]:
    """Write the review page of a run atomically; returns its path and, with gold, the diff counts."""
    from extract.store import write_atomic

    docs = load_run(run_dir, doc_ids)
    counts = attach_gold(docs, gold) if gold else None
    target = out or (run_dir / "review.html")
    target.parent.mkdir(parents=True, exist_ok=True)
    path = write_atomic(target, [build_page(docs, run_dir, bool(gold))], prefix=".review.", mode=0o644)
    return path, counts
