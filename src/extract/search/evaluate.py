"""Retrieval evaluation: recall@k and MRR of dense, BM25 and hybrid search on hand-written queries.

``eval/search/queries.jsonl``: one query a line (``//`` lines and blank lines skipped)::

    {"id": "q01", "query": "...", "kind": "paraphrase", "relevant": [{"doc": "huize-2021", "quote": "..."}],
     "types": ["numeric_target"]}            # optional filter, as `extract search --type`

A relevant item is named by its document and a quote of the source (either script), so the file
stays valid when extraction changes; a hit is relevant when its span overlaps the quote's span in
that document, or the span of the measure the hit stands for (hits are measures: a task with its
sentences, targets and goals folded into one; ``span_recall`` is the stricter sentence-level
figure). recall@k is the share of a query's relevant quotes hit in the top k; MRR the mean
of 1/rank of the first relevant hit (0 when none is in the top 20).
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any, Sequence

from extract.errors import EvalError
from extract.normalise import canonical, canonical_mapped
from extract.search.index import Hit, SearchIndex

MRR_DEPTH = 20


def load_queries(path: Path) -> list[dict]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read the queries file: {exc}") from exc
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        if not s or s.startswith("//"):
            continue
        try:
            q = json.loads(s)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{n}: not valid JSON ({exc.msg}); one query per line") from exc
        if not isinstance(q, dict) or not q.get("query") or not q.get("relevant"):
            raise EvalError(f"{path}:{n}: a query needs \"query\" and a non-empty \"relevant\" list")
        q.setdefault("id", f"line{n}")
        out.append(q)
    if not out:
        raise EvalError(f"{path}: no queries")
    return out


class _Locator:
    def __init__(self, text: str) -> None:
        self.mt = canonical_mapped(text)

    def locate(self, quote: str) -> tuple[int, int] | None:
        q = canonical(quote)
        i = self.mt.text.find(q) if q else -1
        if i < 0:
            return None
        return self.mt.to_orig(i, i + len(q))


def locate_relevant(queries: Sequence[dict], doc_texts: dict[str, str]) -> dict[str, list[tuple[str, int, int]]]:
    """query id -> [(doc, start, end)] in the original texts; an unfindable quote is an error."""
    locs = {d: _Locator(t) for d, t in doc_texts.items()}
    out: dict[str, list[tuple[str, int, int]]] = {}
    for q in queries:
        spans = []
        for rel in q["relevant"]:
            doc = rel.get("doc")
            if doc not in locs:
                raise EvalError(f"query {q['id']}: document {doc!r} is not in the run")
            span = locs[doc].locate(rel.get("quote", ""))
            if span is None:
                raise EvalError(f"query {q['id']}: quote {rel.get('quote')!r} not found in {doc}")
            spans.append((doc, *span))
        out[q["id"]] = spans
    return out


def _relevant(hit: Hit, rel: tuple[str, int, int], level: str = "measure") -> bool:
    if hit.doc != rel[0]:
        return False
    spans = [hit.span] + ([hit.measure_span] if level == "measure" and hit.measure_span else [])
    return any(sp and min(sp["end"], rel[2]) > max(sp["start"], rel[1]) for sp in spans)


def score_hits(hits: Sequence[Hit], rels: Sequence[tuple[str, int, int]], k: int,
               level: str = "measure") -> tuple[float, float]:
    """recall@k and reciprocal rank. ``level="measure"``: a hit counts when the measure it stands
    for (the task holding the quoted sentence or target) holds the relevant quote; ``"span"``: only
    when the hit's own quote overlaps it."""
    found = sum(1 for rel in rels if any(_relevant(h, rel, level) for h in hits[:k]))
    rr = next((1.0 / i for i, h in enumerate(hits[:MRR_DEPTH], start=1)
               if any(_relevant(h, r, level) for r in rels)), 0.0)
    return found / len(rels), rr


def run_eval(index: SearchIndex, queries: Sequence[dict], doc_texts: dict[str, str], k: int = 5,
             modes: Sequence[str] = ("dense", "bm25", "hybrid")) -> dict[str, Any]:
    spans = locate_relevant(queries, doc_texts)
    t0 = time.time()
    sync = index.sync(vectors=any(m != "bm25" for m in modes)).to_dict()
    if any(m != "bm25" for m in modes):  # load the model before timing queries
        t1 = time.time()
        index.embedder.embed_batch(["预热"], kind="query")
        sync["model_ready_seconds"] = round(time.time() - t1, 3)
    report: dict[str, Any] = {"k": k, "queries": len(queries), "sync": sync, "modes": {}, "per_query": []}
    per_query: dict[str, dict] = {q["id"]: {"id": q["id"], "query": q["query"], "kind": q.get("kind")}
                                  for q in queries}
    for mode in modes:
        recalls, rrs, lat, strict = [], [], [], []
        by_kind: dict[str, list[float]] = {}
        for q in queries:
            t = time.perf_counter()
            hits = index.search(q["query"], top_k=MRR_DEPTH, types=q.get("types"), mode=mode, sync=False)
            lat.append(time.perf_counter() - t)
            rec, rr = score_hits(hits, spans[q["id"]], k)
            strict.append(score_hits(hits, spans[q["id"]], k, level="span")[0])
            recalls.append(rec)
            rrs.append(rr)
            by_kind.setdefault(q.get("kind") or "other", []).append(rec)
            per_query[q["id"]][mode] = {"recall": round(rec, 3), "rr": round(rr, 3),
                                        "top": [f"{h.doc}:{h.type}:{h.title[:24]}" for h in hits[:k]]}
        lat_ms = sorted(x * 1000 for x in lat)
        report["modes"][mode] = {
            f"recall@{k}": round(statistics.fmean(recalls), 4), "mrr": round(statistics.fmean(rrs), 4),
            f"span_recall@{k}": round(statistics.fmean(strict), 4),
            "latency_ms_p50": round(_pct(lat_ms, 50), 1), "latency_ms_p95": round(_pct(lat_ms, 95), 1),
            "recall_by_kind": {kd: round(statistics.fmean(v), 4) for kd, v in sorted(by_kind.items())}}
    report["per_query"] = list(per_query.values())
    report["seconds"] = round(time.time() - t0, 2)
    return report


def _pct(sorted_vals: Sequence[float], p: float) -> float:
    if not sorted_vals:
        return 0.0
    i = min(len(sorted_vals) - 1, max(0, round(p / 100 * (len(sorted_vals) - 1))))
    return sorted_vals[i]


def format_report(report: dict[str, Any], show_misses: bool = False) -> str:
    k = report["k"]
    lines = [f"retrieval on {report['queries']} queries (recall@{k} and MRR over the top {MRR_DEPTH} by measure; "
             f"span: the hit's own quote must overlap)",
             f"{'mode':<8}{'recall@' + str(k):>10}{'MRR':>8}{'span r@' + str(k):>10}{'p50 ms':>9}{'p95 ms':>9}"
             "   recall by kind"]
    for mode, m in report["modes"].items():
        kinds = ", ".join(f"{kd} {v:.2f}" for kd, v in m["recall_by_kind"].items())
        lines.append(f"{mode:<8}{m[f'recall@{k}']:>10.3f}{m['mrr']:>8.3f}{m[f'span_recall@{k}']:>10.3f}"
                     f"{m['latency_ms_p50']:>9.1f}{m['latency_ms_p95']:>9.1f}   {kinds}")
    s = report["sync"]
    lines.append(f"index: {s['items']} items, {s['embedded']} texts embedded now "
                 f"({s.get('embed_seconds', 0):.1f}s embedding, {s.get('load_seconds', 0):.1f}s model load)")
    if show_misses:
        for q in report["per_query"]:
            for mode in report["modes"]:
                r = q.get(mode)
                if r and r["recall"] < 1.0:
                    lines.append(f"  MISS {mode:<6} {q['id']} recall {r['recall']:.2f} rr {r['rr']:.2f} "
                                 f"{q['query']}\n         top: {' | '.join(r['top'])}")
    return "\n".join(lines)
