"""Search benchmarks: embedding throughput with the real model, and index build time and query
latency at ~10k and ~100k indexed items.

The model's costs are measured on real item texts (the index of the three seed documents), for
three ways of running it in the same run, one after the other: today's way before ONNX (torch,
threads from the 1-minute load average), plain sentence-transformers ``encode`` (default
threads and batch size), and the shipped embedder (``embedder_from_env``: ONNX int8 when its
export is there); texts/s, one query's latency (p50/p95), load time and threads of each, then a
cold ``SearchIndex.sync`` (= `extract index`) of the seeds with the shipped embedder.

The large indexes are built by the project's own code (`SearchIndex.sync` over a real run of the
seed documents repeated), with the deterministic `HashEmbedder` at the real model's dimension, so
the figures time the index (SQLite items, faiss, BM25, fusion), not the model. An index of
`ANN_THRESHOLD` items or more is measured twice: as the project builds it (IVF, approximate), then
rebuilt flat (exact, `ann_threshold=None`); each with its faiss build time and its latencies
(dense, BM25, hybrid, hybrid with a type filter and with a one-document filter). The IVF's recall
against exact search is measured on the dense side as `search` runs it (`_dense_scores`, its depth,
filters and probes): recall@10 and @100 over the queries of eval/search/*.jsonl (HashEmbedder) and
200 item texts, without a filter and with a type, a region and a one-document filter; a returned
item counts when its cosine reaches the exact k-th best (the repeated seeds hold each text ~90
times, so ids alone would count ties as misses). The same for other probe counts, and for the
index's vectors made distinct by noise (the same IVF build over vectors at cosine ~0.96 to them).

    python bench/search.py [--model-texts 400] [--sizes 10000 100000] [--out bench/search_results.json]
    python bench/search.py --model-only --out /tmp/model.json    # the embedding figures alone (~3 minutes)
    python bench/search.py --no-model --sizes 100000             # the indexes alone (model figures kept)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

import numpy as np  # noqa: E402

from extract.embed import HashEmbedder  # noqa: E402
from extract.pipeline import RunConfig, run  # noqa: E402
from extract.search.index import ANN_THRESHOLD, DENSE_DEPTH, SearchIndex, _build_faiss  # noqa: E402

SEEDS = sorted((ROOT / "data" / "docs").glob("*.txt"))
QUERIES = [json.loads(line)["query"] for line in (ROOT / "eval" / "search" / "queries.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip() and not line.startswith("//")]
ALL_QUERIES = [json.loads(line)["query"] for f in sorted((ROOT / "eval" / "search").glob("*.jsonl"))
               for line in f.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("//")]
ITEMS_PER_COPY = 1107  # items the three seed documents give (eval/search/results.json)
MODEL_DIM = 768  # EmbeddingGemma-300M's (for --no-model)


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


def _query_latencies(idx: SearchIndex) -> dict:
    doc = idx.rows[0]["doc_id"]
    lat = {mode: _latencies(lambda q, m=mode: idx.search(q, top_k=10, mode=m), QUERIES)
           for mode in ("dense", "bm25", "hybrid")}
    lat["hybrid, type filter"] = _latencies(lambda q: idx.search(q, top_k=10, types=["numeric_target"]), QUERIES)
    lat["hybrid, one document"] = _latencies(lambda q: idx.search(q, top_k=10, doc=doc), QUERIES)
    return lat


def _recall(idx: SearchIndex, mat: np.ndarray, xq: np.ndarray, masks: dict, ks=(10, 100)) -> dict:
    """Recall@k of ``idx``'s dense side (``_dense_scores`` at search depth) against exact search
    over ``mat`` (row order), for each filter in ``masks``; a returned row counts when its exact
    cosine reaches the exact k-th best."""
    exact_all = xq @ mat.T  # (queries, rows)
    out = {}
    for name, mask in masks.items():
        exact = exact_all if mask is None else np.where(mask[None, :], exact_all, -np.inf)
        allowed = len(mat) if mask is None else int(mask.sum())
        got: dict = {k: [] for k in ks}
        spent = 0.0
        for i, q in enumerate(xq):
            t = time.perf_counter()
            scores = idx._dense_scores(q[None], mask, DENSE_DEPTH)
            spent += time.perf_counter() - t
            pos = np.flatnonzero(~np.isnan(scores))
            pos = pos[np.argsort(-scores[pos], kind="stable")]
            for k in ks:
                kk = min(k, allowed)
                if kk:
                    kth = -np.partition(-exact[i], kk - 1)[kk - 1]  # the exact k-th best cosine
                    hit = exact[i][pos[:kk]] >= kth - 1e-5
                    got[k].append(min(kk, int(hit.sum())) / kk)
        ms = spent * 1000 / len(xq)
        out[name] = {**{f"recall@{k}": round(float(np.mean(v)), 4) for k, v in got.items()},
                     "mean_dense_ms": round(ms, 2), "allowed": allowed}
    return out


def _raw_recall(index, mat: np.ndarray, xq: np.ndarray, k_search: int = 100, ks=(10, 100)) -> dict:
    """Recall@k of a bare faiss index over ``mat`` (ids = row numbers) against exact search, tie-aware
    as in ``_recall``, and its latency for one query."""
    exact = xq @ mat.T
    d, ids = index.search(xq, k_search)
    out = {}
    for k in ks:
        kth = -np.partition(-exact, k - 1, axis=1)[:, k - 1]
        got = [min(k, int((exact[i][ids[i][:k][ids[i][:k] >= 0]] >= kth[i] - 1e-5).sum())) / k for i in range(len(xq))]
        out[f"recall@{k}"] = round(float(np.mean(got)), 4)
    times = []
    for q in xq[:100]:
        t = time.perf_counter()
        index.search(q[None], k_search)
        times.append((time.perf_counter() - t) * 1000)
    out["p50_ms"] = round(statistics.median(times), 2)
    return out


def hnsw_comparison(mat: np.ndarray, xq: np.ndarray, m: int = 32, ef_construction: int = 80) -> dict:
    """faiss HNSW (IndexHNSWFlat, inner product) over the same vectors: build time, recall@10/@100
    against exact search and one query's latency at k=100 for a few efSearch values."""
    import faiss

    index = faiss.IndexHNSWFlat(mat.shape[1], m, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = ef_construction
    t = time.perf_counter()
    index.add(mat)
    res: dict = {"M": m, "efConstruction": ef_construction, "build_seconds": round(time.perf_counter() - t, 1)}
    for ef in (64, 256, 512):
        index.hnsw.efSearch = ef
        res[f"efSearch {ef}"] = _raw_recall(index, mat, xq)
    return res


def recall_against_flat(idx: SearchIndex, emb: HashEmbedder, n_items: int = 200, hnsw: bool = False) -> dict:
    """The IVF's recall against exact search (see the module docstring)."""
    model = emb.name
    ids, mat = idx._item_vectors(model)
    assert np.array_equal(ids, idx.cols["ids"])  # rows and vectors in one order
    rng = np.random.default_rng(0)
    items = rng.choice(len(mat), n_items, replace=False)
    xq = np.vstack([emb.embed_batch(ALL_QUERIES, kind="query"), mat[items]]).astype(np.float32)
    c = idx.cols
    masks = {"none": None, "type numeric_target": c["type"] == c["type_codes"].get("numeric_target", -1),
             "region 荣昌": idx._mask(None, "荣昌", None, None), "one document": c["doc"] == 0}
    index = idx._faiss
    res = {"queries": len(xq), "query_texts": len(ALL_QUERIES), "item_texts": n_items, "nlist": index.nlist,
           "nprobe": index.nprobe, "depth": DENSE_DEPTH, "filters": _recall(idx, mat, xq, masks)}
    res["by_nprobe"] = {}
    default = index.nprobe
    for nprobe in (8, 16, 32, 64):
        index.nprobe = nprobe
        res["by_nprobe"][nprobe] = _recall(idx, mat, xq, {"none": None})["none"]
    index.nprobe = default
    # the same vectors made distinct: the repeated seeds hold each vector ~90 times
    noisy = mat + rng.normal(0, 0.3 / np.sqrt(mat.shape[1]), mat.shape).astype(np.float32)
    noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
    t = time.perf_counter()
    other = _build_faiss(ids, noisy, "ivf", mat.shape[1])
    build = time.perf_counter() - t
    other.nprobe = default
    idx._faiss = other
    try:
        xq2 = np.vstack([xq[:len(ALL_QUERIES)], noisy[items]])
        res["distinct_vectors"] = {"build_seconds": round(build, 1),
                                   "cosine_to_original": round(float(np.mean(np.sum(noisy * mat, axis=1))), 3),
                                   **_recall(idx, noisy, xq2, {"none": None, "type numeric_target":
                                                               masks["type numeric_target"]})}
        if hnsw:
            res["distinct_vectors"]["hnsw"] = hnsw_comparison(noisy, xq2)
    finally:
        idx._faiss = index
    if hnsw:
        res["hnsw"] = hnsw_comparison(mat, xq)
    return res


def index_at(size: int, tmp: Path, dim: int, hnsw: bool = False) -> dict:
    copies = max(1, round(size / ITEMS_PER_COPY))
    docs, out = tmp / f"docs-{size}", tmp / f"run-{size}"
    _corpus(docs, copies)
    t0 = time.perf_counter()
    run(RunConfig(inputs=[docs], out_dir=out))
    t1 = time.perf_counter()
    emb = HashEmbedder(dim=dim)
    res: dict = {"target_items": size, "documents": copies * len(SEEDS)}
    with SearchIndex(out, embedder=emb) as idx:
        load = _load()
        rep = idx.sync()
        t2 = time.perf_counter()
        idx.search(QUERIES[0], top_k=10)  # first query builds BM25 and loads faiss
        t3 = time.perf_counter()
        kind = idx.faiss_kind(rep.items)
        res.update({"items": rep.items, "kind": kind, "pipeline_seconds": round(t1 - t0, 1),
                    "index_build_seconds": round(t2 - t1, 1), "first_query_seconds": round(t3 - t2, 2),
                    "load_average": load})
        res["kinds"] = {kind: {"latency": _query_latencies(idx), "load_average": [load, _load()]}}
        if kind == "ivf":
            load = _load()
            res["recall"] = recall_against_flat(idx, emb, hnsw=hnsw)
            res["recall"]["load_average"] = [load, _load()]
    resync_start = time.perf_counter()
    with SearchIndex(out, embedder=HashEmbedder(dim=dim)) as idx:
        rep2 = idx.sync()
    res["resync_seconds"] = round(time.perf_counter() - resync_start, 2)
    res["resync_embedded"] = rep2.embedded
    if kind == "ivf":  # the same items, flat: the faiss build alone (vectors from the cache), then its latency
        for name, threshold in (("flat", None), ("ivf", ANN_THRESHOLD)):
            with SearchIndex(out, embedder=HashEmbedder(dim=dim), ann_threshold=threshold) as idx:
                idx.rows  # noqa: B018  (read before the clock: the faiss build alone is timed)
                load = _load()
                t = time.perf_counter()
                rep3 = idx.sync()
                entry = res["kinds"].setdefault(name, {})
                entry["faiss_build_seconds"] = round(time.perf_counter() - t, 1)
                entry["rebuilt"] = rep3.rebuilt
                if name == "flat":
                    entry["latency"] = _query_latencies(idx)
                    entry["load_average"] = [load, _load()]
    return res

def _load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def _index_like(emb, texts: list[str]) -> float:
    """Texts/s of ``emb`` fed as `extract index` feeds it: sorted by length, 64 a call."""
    ordered = sorted(texts, key=len)
    t = time.perf_counter()
    for i in range(0, len(ordered), 64):
        emb.embed_batch(ordered[i:i + 64], kind="document")
    return len(ordered) / (time.perf_counter() - t)


class _TodayEmbedder:
    """The embedder as it was before ONNX: torch, threads from the 1-minute load average."""

    def __init__(self, path: str) -> None:
        from extract.embed import SentenceTransformerEmbedder

        self.inner = SentenceTransformerEmbedder(path)
        self.threads = None

    def load(self) -> None:
        self.inner.model  # noqa: B018

    def prepare(self) -> None:
        import torch

        cores = os.cpu_count() or 1
        self.threads = max(1, min(cores, int(cores - os.getloadavg()[0] + 0.5)))  # the old rule, now
        torch.set_num_threads(self.threads)

    def embed_batch(self, texts, kind="document"):
        return self.inner.embed_batch(texts, kind=kind)


class _PlainST:
    """sentence-transformers as its README shows it: default threads and batch size."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.threads = None

    def load(self) -> None:
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(self.path, device="cpu")

    def prepare(self) -> None:
        import torch

        torch.set_num_threads(os.cpu_count() or 1)  # torch's default; undo what the other option set
        self.threads = torch.get_num_threads()

    def embed_batch(self, texts, kind="document"):
        return self.model.encode(list(texts), prompt_name=kind, normalize_embeddings=True)

    def encode_all(self, texts: list[str]) -> float:
        t = time.perf_counter()
        self.model.encode(texts, prompt_name="document", normalize_embeddings=True)
        return len(texts) / (time.perf_counter() - t)


def model_costs(n_texts: int, rounds: int = 2, cold_index: bool = True) -> dict:
    """Embedding throughput of today's way, plain sentence-transformers and the shipped embedder
    on the same item texts in one run (``rounds`` rounds, the options in turn, so a burst of other
    work on a shared machine hits all of them; best and every figure kept); one query's latency
    and load time of each; and a cold `extract index` of the three seeds with the shipped embedder."""
    from extract.embed import default_model_path, embedder_from_env

    path = os.environ.get("EXTRACT_EMBED_MODEL", "").strip() or str(default_model_path())
    res: dict = {"machine": {"cpus": os.cpu_count(), "load_at_start": _load()}}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "run"
        run(RunConfig(inputs=SEEDS, out_dir=out))
        with SearchIndex(out, embedder=HashEmbedder(dim=8)) as idx:
            idx.sync()
            every = sorted({r["text"] for r in idx.rows})
        step = max(1, len(every) // n_texts) if n_texts else 1
        texts = every[::step][:n_texts] if n_texts else every
        res["texts"] = {"n": len(texts), "of": len(every), "mean_chars": round(sum(map(len, texts)) / len(texts))}
        shipped = embedder_from_env(progress=False)
        options = [("today (torch, load-average threads)", _TodayEmbedder(path)),
                   ("plain sentence-transformers encode", _PlainST(path)), (f"shipped {shipped.name}", shipped)]
        res["options"] = {}
        for label, emb in options:
            t = time.perf_counter()
            if hasattr(emb, "load"):
                emb.load()
            emb.embed_batch(["预热"], kind="query")
            res["options"][label] = {"load_seconds": round(time.perf_counter() - t, 1), "runs": []}
        for r in range(rounds):
            for label, emb in options:
                if hasattr(emb, "prepare"):
                    emb.prepare()
                before = _load()
                rate = emb.encode_all(texts) if isinstance(emb, _PlainST) else _index_like(emb, texts)
                q = _latencies(lambda s, e=emb: e.embed_batch([s], kind="query"), QUERIES[:20], repeat=1)
                res["options"][label]["runs"].append({"texts_per_s": round(rate, 1), "query_p50_ms": q["p50_ms"],
                                                      "query_p95_ms": q["p95_ms"], "threads": emb.threads,
                                                      "load_average": [before, _load()]})
                print(f"  round {r + 1}  {label:<46} {rate:6.1f} texts/s  query p50 {q['p50_ms']:6.1f} ms  "
                      f"threads {emb.threads}  (load avg {before[0]} -> {_load()[0]})", flush=True)
        for label, o in res["options"].items():
            o["texts_per_s"] = max(x["texts_per_s"] for x in o["runs"])
            o["query_p50_ms"] = min(x["query_p50_ms"] for x in o["runs"])
        plain = res["options"][options[1][0]]["texts_per_s"]
        res["dim"] = int(shipped.dim)
        res["shipped_vs_plain"] = round(res["options"][options[2][0]]["texts_per_s"] / plain, 2)
        res["shipped_vs_today"] = round(res["options"][options[2][0]]["texts_per_s"] /
                                        res["options"][options[0][0]]["texts_per_s"], 2)
        for label, o in res["options"].items():
            print(f"best of {rounds}: {label:<46} {o['texts_per_s']:6.1f} texts/s  query p50 {o['query_p50_ms']:6.1f} ms"
                  f"  load {o['load_seconds']}s", flush=True)
        del options
        if cold_index:  # `extract index` of the three seeds with nothing cached: load + embed + faiss
            fresh = embedder_from_env(progress=False)
            load_before = _load()
            t = time.perf_counter()
            with SearchIndex(out, embedder=fresh) as idx:
                rep = idx.sync()
            res["cold_index"] = {"seconds": round(time.perf_counter() - t, 1), "embedded": rep.embedded,
                                 "embed_seconds": round(rep.embed_seconds, 1), "load_seconds": round(rep.load_seconds, 1),
                                 "texts_per_s": round(rep.embedded / max(rep.embed_seconds, 1e-9), 1),
                                 "model": fresh.name, "threads": getattr(fresh, "threads", None),
                                 "load_average": [load_before, _load()]}
    res["machine"]["load_at_end"] = _load()
    return res


def _print_index(r: dict) -> None:
    print(f"{r['items']} items ({r['documents']} documents), {r['kind']}: index build {r['index_build_seconds']}s "
          f"(pipeline {r['pipeline_seconds']}s), re-sync {r['resync_seconds']}s (load avg {r['load_average'][0]})",
          flush=True)
    for kind, k in r["kinds"].items():
        build = f", faiss build {k['faiss_build_seconds']}s" if "faiss_build_seconds" in k else ""
        print(f"  {kind}{build} (load avg {k['load_average'][0][0]} -> {k['load_average'][1][0]}):", flush=True)
        for mode, v in k["latency"].items():
            print(f"    {mode:<22} p50 {v['p50_ms']:7.2f} ms  p95 {v['p95_ms']:7.2f} ms", flush=True)
    if "recall" in r:
        rc = r["recall"]
        print(f"  IVF recall against exact ({rc['queries']} queries, nlist {rc['nlist']}, nprobe {rc['nprobe']}, "
              f"depth {rc['depth']}; load avg {rc['load_average'][0][0]}):", flush=True)
        for name, v in rc["filters"].items():
            print(f"    filter {name:<20} recall@10 {v['recall@10']:.4f}  recall@100 {v['recall@100']:.4f}  "
                  f"({v['allowed']} rows allowed, {v['mean_dense_ms']} ms)", flush=True)
        for nprobe, v in rc["by_nprobe"].items():
            print(f"    nprobe {nprobe:<4} recall@10 {v['recall@10']:.4f}  recall@100 {v['recall@100']:.4f}  "
                  f"({v['mean_dense_ms']} ms)", flush=True)
        dv = rc["distinct_vectors"]
        for name in ("none", "type numeric_target"):
            v = dv[name]
            print(f"    distinct vectors (cosine {dv['cosine_to_original']} to the index's), filter {name}: "
                  f"recall@10 {v['recall@10']:.4f}  recall@100 {v['recall@100']:.4f}", flush=True)
        for label, h in (("index's vectors", rc.get("hnsw")), ("distinct vectors", dv.get("hnsw"))):
            if h:
                print(f"  HNSW M {h['M']} efConstruction {h['efConstruction']} over the {label}: build "
                      f"{h['build_seconds']}s", flush=True)
                for key, v in h.items():
                    if key.startswith("efSearch"):
                        print(f"    {key:<13} recall@10 {v['recall@10']:.4f}  recall@100 {v['recall@100']:.4f}  "
                              f"k=100 p50 {v['p50_ms']} ms", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--model-texts", type=int, default=400,
                    help="item texts of the seeds' index to embed with each option (0: all ~1,256)")
    ap.add_argument("--rounds", type=int, default=2, help="rounds of the three embedders in turn (default 2)")
    ap.add_argument("--no-cold-index", action="store_true", help="skip the cold `extract index` of the seeds")
    ap.add_argument("--model-only", action="store_true", help="only the model figures, not the 10k/100k indexes")
    ap.add_argument("--hnsw", action="store_true", help="also build faiss HNSW over the IVF-sized indexes' vectors "
                    "and measure its recall and latency (~2-4 minutes more)")
    ap.add_argument("--no-model", action="store_true",
                    help="only the indexes (the model figures already in --out are kept)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "search_results.json"))
    args = ap.parse_args()
    if args.no_model:
        out = Path(args.out)
        res: dict = {"model": json.loads(out.read_text(encoding="utf-8")).get("model")} if out.exists() else {}
        dim = (res.get("model") or {}).get("dim", MODEL_DIM)
    else:
        print("embedding, same item texts for each option:", flush=True)
        res = {"model": model_costs(args.model_texts, args.rounds, cold_index=not args.no_cold_index)}
        m = res["model"]
        dim = m["dim"]
        print(f"shipped / plain sentence-transformers: {m['shipped_vs_plain']}x; shipped / today: "
              f"{m['shipped_vs_today']}x", flush=True)
        if "cold_index" in m:
            c = m["cold_index"]
            print(f"cold `extract index` of the seeds: {c['seconds']}s ({c['embedded']} texts, {c['texts_per_s']} "
                  f"texts/s, model load {c['load_seconds']}s, {c['model']}; load avg {c['load_average'][0][:1]})",
                  flush=True)
    if args.model_only:
        Path(args.out).write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
        return 0
    res["indexes"] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            r = index_at(size, Path(tmp), dim, hnsw=args.hnsw)
            res["indexes"].append(r)
            _print_index(r)
    Path(args.out).write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
