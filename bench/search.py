"""Search benchmarks: embedding throughput with the real model, and index build time and query
latency at ~10k and ~100k indexed items.

The large indexes are built by the project's own code (`SearchIndex.sync` over a real run of the
seed documents repeated), with the deterministic `HashEmbedder` at the real model's dimension, so
the figures time the index (SQLite items, faiss, BM25, fusion), not the model; the model's own
costs (documents/s, one query embedding) are measured separately on real item texts.

    python bench/search.py [--sizes 10000 100000] [--out bench/search_results.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from extract.embed import HashEmbedder  # noqa: E402
from extract.pipeline import RunConfig, run  # noqa: E402
from extract.search.index import SearchIndex  # noqa: E402

SEEDS = sorted((ROOT / "data" / "docs").glob("*.txt"))
QUERIES = [json.loads(line)["query"] for line in (ROOT / "eval" / "search" / "queries.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip() and not line.startswith("//")]
ITEMS_PER_COPY = 1107  # items the three seed documents give (eval/search/results.json)


def _corpus(folder: Path, copies: int) -> None:
    folder.mkdir(parents=True)
    for i in range(copies):
        for p in SEEDS:
            shutil.copyfile(p, folder / f"{p.stem}-{i:04d}.txt")


def _latencies(fn, queries: list[str], repeat: int = 3) -> dict:
    times = []
    for _ in range(repeat):
        for q in queries:
            t = time.perf_counter()
            fn(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"n": len(times), "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2)}


def index_at(size: int, tmp: Path, dim: int) -> dict:
    copies = max(1, round(size / ITEMS_PER_COPY))
    docs, out = tmp / f"docs-{size}", tmp / f"run-{size}"
    _corpus(docs, copies)
    t0 = time.perf_counter()
    run(RunConfig(inputs=[docs], out_dir=out))
    t1 = time.perf_counter()
    with SearchIndex(out, embedder=HashEmbedder(dim=dim)) as idx:
        rep = idx.sync()
        t2 = time.perf_counter()
        idx.search(QUERIES[0], top_k=10)  # first query builds BM25 and loads faiss
        t3 = time.perf_counter()
        out_items = rep.items if hasattr(rep, "items") else None
        lat = {mode: _latencies(lambda q, m=mode: idx.search(q, top_k=10, mode=m), QUERIES)
               for mode in ("dense", "bm25", "hybrid")}
    resync_start = time.perf_counter()
    with SearchIndex(out, embedder=HashEmbedder(dim=dim)) as idx:
        rep2 = idx.sync()
    resync = time.perf_counter() - resync_start
    return {"target_items": size, "documents": copies * len(SEEDS), "items": out_items,
            "pipeline_seconds": round(t1 - t0, 1), "index_build_seconds": round(t2 - t1, 1),
            "first_query_seconds": round(t3 - t2, 2), "resync_seconds": round(resync, 2),
            "resync_embedded": getattr(rep2, "embedded", None), "latency": lat}


def model_costs(n_texts: int) -> dict:
    from extract.embed import embedder_from_env

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "run"
        run(RunConfig(inputs=SEEDS, out_dir=out))
        with SearchIndex(out, embedder=HashEmbedder(dim=8)) as idx:
            idx.sync()
            texts = [r["text"] for r in idx.rows][:n_texts]
    t = time.perf_counter()
    emb = embedder_from_env(progress=False)
    vec = emb.embed_batch(texts[:2])
    load = time.perf_counter() - t
    t = time.perf_counter()
    emb.embed_batch(texts, kind="document")
    docs_s = len(texts) / (time.perf_counter() - t)
    q = _latencies(lambda s: emb.embed_batch([s], kind="query"), QUERIES, repeat=1)
    return {"dim": int(vec.shape[1]), "load_seconds": round(load, 1), "texts": len(texts),
            "mean_chars": round(sum(map(len, texts)) / len(texts)), "documents_per_s": round(docs_s, 1),
            "query_embedding": q}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--model-texts", type=int, default=200, help="real item texts to embed with the model")
    ap.add_argument("--out", default=str(ROOT / "bench" / "search_results.json"))
    args = ap.parse_args()
    res: dict = {"model": model_costs(args.model_texts)}
    m = res["model"]
    print(f"model: dim {m['dim']}, load {m['load_seconds']}s, {m['documents_per_s']} texts/s "
          f"(mean {m['mean_chars']} chars), query embedding p50 {m['query_embedding']['p50_ms']} ms "
          f"p95 {m['query_embedding']['p95_ms']} ms", flush=True)
    res["indexes"] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            r = index_at(size, Path(tmp), m["dim"])
            res["indexes"].append(r)
            lat = " ".join(f"{k} p50 {v['p50_ms']} ms p95 {v['p95_ms']} ms;" for k, v in r["latency"].items())
            print(f"{r['items']} items ({r['documents']} documents): index build {r['index_build_seconds']}s "
                  f"(pipeline {r['pipeline_seconds']}s), re-sync {r['resync_seconds']}s; {lat}", flush=True)
    Path(args.out).write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
