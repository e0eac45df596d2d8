"""Review stage: one self-contained HTML page per run that shows every record in its source.

The page is built from the run's ``extract.db`` and each document's original text (read again and
checked against the stored sha256). Everything is inline (no CDN, no server), so it opens from
``file://`` offline. The text is split once at every record boundary and rendered in one pass: each
covered segment is a ``<mark>`` whose ``data-record-id`` is the innermost record over it and whose
``data-ids`` lists every record over it, so a record's highlight is found by either.

This is the reading view of the review issue: the text with highlights by type, the record list by
section (click to scroll, click a highlight to select), filters by type, section and grounding, and
the records that could not be grounded listed apart. Not yet: the diff view against gold and the
review mode (accept, reject, edit, add, export).
"""

from __future__ import annotations

import html
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from extract.data import GROUNDED
from extract.errors import UserError

REVIEW_VERSION = "review.v1"
_GROUNDED = {g.value for g in GROUNDED}


@dataclass
class ReviewDoc:
    doc_id: str
    title: str
    text: str
    records: list[dict] = field(default_factory=list)  # spec fields + id, span, section, grounding


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
            doc = read_document(Path(path))
            if sha and doc.sha256 != sha:
                raise UserError(f"{path}: the source changed since the run; run `extract run` again")
            title = (json.loads(meta or "{}").get("title") or doc_id)
            rd = ReviewDoc(doc_id, title, doc.text)
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


def segments(text: str, records: list[dict]) -> list[tuple[int, int, list[str]]]:
    """The text cut at every grounded record's start and end: (start, end, ids over it, innermost first)."""
    spans = [(r["start"], r["end"], r["id"]) for r in records
             if r.get("grounding") in _GROUNDED and r.get("start") is not None and r["end"] > r["start"]]
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


def render_text(text: str, records: list[dict]) -> str:
    types = {r["id"]: r["type"] for r in records}
    parts = []
    for a, b, ids in segments(text, records):
        chunk = html.escape(text[a:b])
        if ids:
            parts.append(f'<mark class="t-{types[ids[0]]}" data-record-id="{ids[0]}" data-ids="{" ".join(ids)}" '
                         f'data-start="{a}">{chunk}</mark>')
        else:
            parts.append(chunk)
    return "".join(parts)


def build_page(docs: list[ReviewDoc], run_dir: Path) -> str:
    data = [{"doc": d.doc_id, "title": d.title, "records": d.records} for d in docs]
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    bodies = "".join(
        f'<section class="doc" data-doc="{html.escape(d.doc_id)}"><h2>{html.escape(d.title)} '
        f'<small>{html.escape(d.doc_id)}</small></h2><pre class="text">{render_text(d.text, d.records)}</pre></section>'
        for d in docs)
    return (_PAGE.replace("{{TITLE}}", html.escape(f"extract review: {run_dir}"))
            .replace("{{BODIES}}", bodies).replace("{{DATA}}", payload).replace("{{VERSION}}", REVIEW_VERSION))


def write_review(run_dir: Path, out: Path | None = None, doc_ids: list[str] | None = None) -> Path:
    """Write the review page of a run atomically; returns its path."""
    from extract.store import write_atomic

    docs = load_run(run_dir, doc_ids)
    target = out or (run_dir / "review.html")
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(target, [build_page(docs, run_dir)], prefix=".review.", mode=0o644)


_PAGE = """<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>{{TITLE}}</title>
<meta name="generator" content="extract {{VERSION}}">
<style>
body{margin:0;font:14px/1.6 system-ui,sans-serif;display:flex;height:100vh}
#side{width:34%;overflow:auto;border-right:1px solid #ccc;padding:8px;box-sizing:border-box}
#main{flex:1;overflow:auto;padding:8px 16px}
pre.text{white-space:pre-wrap;font:15px/1.8 serif}
mark{background:none;border-bottom:3px solid;cursor:pointer;padding:0}
mark.t-numeric_target{background:#fff1c1;border-color:#e0a800}
mark.t-unit_assignment{background:#dff0ff;border-color:#3d8bd9}
mark.t-goal{background:#e4f7e4;border-color:#3aa35a}
mark.flash{outline:3px solid #d33}
.rec{padding:3px 4px;border-bottom:1px solid #eee;cursor:pointer}
.rec.sel{background:#ffe7e7}
.rec .ty{font-size:11px;color:#fff;border-radius:3px;padding:0 4px;margin-right:4px}
.ty.numeric_target{background:#c08b00}.ty.unit_assignment{background:#3d8bd9}.ty.goal{background:#3aa35a}
.sec{font-weight:600;margin-top:8px;color:#555}
#filters select{max-width:100%}
.hidden{display:none}
</style></head><body>
<div id="side"><div id="filters">
 type <select id="f-type"><option value="">all</option><option>numeric_target</option><option>unit_assignment</option><option>goal</option></select>
 grounding <select id="f-ground"><option value="">all</option><option value="grounded">grounded</option><option value="ungrounded">not grounded</option></select>
 section <select id="f-sec"><option value="">all</option></select>
</div><div id="list"></div><h3>Not grounded</h3><div id="ungrounded"></div></div>
<div id="main">{{BODIES}}</div>
<script type="application/json" id="data">{{DATA}}</script>
<script>
const DATA = JSON.parse(document.getElementById('data').textContent);
const GROUNDED = new Set(['exact','normalised','fuzzy']);
const recs = [];
for (const d of DATA) for (const r of d.records) { r.doc = d.doc; recs.push(r); }
function label(r){
  if (r.type==='numeric_target') return `${r.indicator} ${r.comparator} ${r.value}${r.value_max!=null?'-'+r.value_max:''}${r.unit} ${r.target_year??''}`;
  if (r.type==='unit_assignment') return `${r.task} · 牵头 ${r.lead_units.join('、')||'-'} · 责任 ${r.responsible_units.join('、')||'-'}`;
  return `${r.text} ${r.target_year??''}`;
}
function esc(s){const e=document.createElement('span');e.textContent=s;return e.innerHTML;}
const secs=[...new Set(recs.map(r=>r.section))].sort();
document.getElementById('f-sec').insertAdjacentHTML('beforeend', secs.map(s=>`<option>${esc(s)}</option>`).join(''));
function render(){
  const ft=document.getElementById('f-type').value, fg=document.getElementById('f-ground').value,
        fs=document.getElementById('f-sec').value;
  let html='', bad='', last=null;
  for (const r of recs){
    const ok=GROUNDED.has(r.grounding);
    if (!ok){ bad+=`<div class="rec" data-id="${r.id}"><span class="ty ${r.type}">${r.type}</span>${esc(label(r))}<br><small>${esc(r.grounding||'')}: ${esc(r.quote)}</small></div>`; }
    if ((ft && r.type!==ft) || (fs && r.section!==fs) || (fg==='grounded' && !ok) || (fg==='ungrounded' && ok)) continue;
    const head=r.doc+' · '+(r.section||'(no section)');
    if (head!==last){ html+=`<div class="sec">${esc(head)}</div>`; last=head; }
    html+=`<div class="rec" data-id="${r.id}"><span class="ty ${r.type}">${r.type}</span>${esc(label(r))}</div>`;
  }
  document.getElementById('list').innerHTML=html;
  document.getElementById('ungrounded').innerHTML=bad||'<small>none</small>';
}
function select(id, scroll){
  document.querySelectorAll('.rec.sel').forEach(e=>e.classList.remove('sel'));
  document.querySelectorAll(`.rec[data-id="${id}"]`).forEach(e=>{e.classList.add('sel'); if(!scroll) e.scrollIntoView({block:'nearest'});});
  const m=document.querySelector(`mark[data-ids~="${id}"]`);
  if (m && scroll){ m.scrollIntoView({block:'center'}); m.classList.add('flash'); setTimeout(()=>m.classList.remove('flash'),1200); }
}
document.getElementById('side').addEventListener('click', e=>{const r=e.target.closest('.rec'); if(r) select(r.dataset.id,true);});
document.getElementById('main').addEventListener('click', e=>{const m=e.target.closest('mark'); if(m) select(m.dataset.recordId,false);});
for (const id of ['f-type','f-ground','f-sec']) document.getElementById(id).addEventListener('change', render);
render();
</script></body></html>
"""
