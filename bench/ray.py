#!/usr/bin/env python
"""``--engine ray`` beside the local engine: documents/s of ``extract run`` and embedded texts/s of
``extract index`` at 1 and 2 workers, in one run on this machine. Not part of the test suite.

    python bench/ray.py                         # seeds x5 MB, 200 texts with the real model; ~5 minutes
    python bench/ray.py --mb 2 --texts 100 --repeat 1 --json /tmp/ray.json

Pipeline (rules backend): the seed documents repeated to ``--mb`` MB, each run into a fresh run
directory through ``extract.pipeline.run`` with the engine given: ``local`` at 1 worker (this process)
and 2 (``ProcessEngine``, its spawn included), ``ray`` at 1 and 2 documents in flight on a private
two-CPU instance started once for the whole benchmark (its start is reported apart: a cluster is started
once, not per run). Every run's ``records.jsonl`` must be the bytes of the local one (checked).

Embedding: ``--texts`` item texts of a real run of the seeds (the shortest and longest alike,
sampled evenly), embedded with the configured model (``EXTRACT_EMBED_MODEL``; the fetched
EmbeddingGemma-300M by default, ``hash`` for a quick look): locally in this process in batches of 64,
and by ``RayEmbedPool`` with 1 and 2 actors, each with one torch thread (batches sized by text length).
The model load (per actor) is timed apart from the embedding; texts/s counts the embedding only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# this file is named ray.py: its own folder must not stand before the real ray on the path
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]


def _corpus():
    """``bench/workers.py``'s ``corpus`` (the seeds repeated to N MB), loaded by its path."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_workers", HERE / "workers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.corpus

DOCS = ROOT / "data" / "docs"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pipeline(inputs: Path, repeat: int, work: Path) -> dict:
    from extract.engine import make_engine
    from extract.pipeline import RunConfig, run
    from extract.ray_engine import RayEngine, connect

    n_docs = sum(1 for p in inputs.iterdir() if p.is_file())
    rows: dict[str, dict] = {}
    digests: set[str] = set()
    t0 = time.perf_counter()
    connect(num_cpus=2)  # the private instance, once
    ray_start = time.perf_counter() - t0
    t0 = time.perf_counter()  # a cluster in use has its worker processes up: start them once, untimed
    engine = RayEngine(2)
    try:
        run(RunConfig(inputs=[inputs], out_dir=work / "warm", force=True, workers=2, engine="ray"), engine=engine)
    finally:
        engine.close()
    cold = time.perf_counter() - t0
    configs = [("local", 1), ("local", 2), ("ray", 1), ("ray", 2)]
    times: dict[str, list[float]] = {f"{e} w{w}": [] for e, w in configs}
    cpu: dict[str, list[float]] = {f"{e} w{w}": [] for e, w in configs}  # this process's (the driver's) CPU
    import extract.pipeline as pipeline_module

    save, saving = pipeline_module._save, [0.0]

    def timed_save(*args, **kwargs):  # the driver's store writes, per document
        t = time.perf_counter()
        try:
            return save(*args, **kwargs)
        finally:
            saving[0] += time.perf_counter() - t

    pipeline_module._save = timed_save
    save_s: dict[str, list[float]] = {f"{e} w{w}": [] for e, w in configs}
    loads: list[float] = []
    for _ in range(repeat):
        for kind, workers in configs:
            out = Path(tempfile.mkdtemp(prefix="run-", dir=work))
            loads.append(os.getloadavg()[0])
            t1, c1, saving[0] = time.perf_counter(), time.process_time(), 0.0
            engine = RayEngine(workers) if kind == "ray" else make_engine(workers)
            try:
                run(RunConfig(inputs=[inputs], out_dir=out, force=True, workers=workers, engine=kind), engine=engine)
            finally:
                engine.close()
            times[f"{kind} w{workers}"].append(time.perf_counter() - t1)
            cpu[f"{kind} w{workers}"].append(time.process_time() - c1)
            save_s[f"{kind} w{workers}"].append(saving[0])
            digests.add(_digest(out / "records.jsonl"))
            shutil.rmtree(out)
    if len(digests) != 1:
        raise SystemExit("records.jsonl differs between engines")
    for name, ts in times.items():
        med = statistics.median(ts)
        rows[name] = {"median_s": round(med, 2), "best_s": round(min(ts), 2), "docs_per_s": round(n_docs / med, 1),
                      "driver_cpu_ms_per_doc": round(1000 * statistics.median(cpu[name]) / n_docs, 1),
                      "driver_store_ms_per_doc": round(1000 * statistics.median(save_s[name]) / n_docs, 1)}
    pipeline_module._save = save
    return {"documents": n_docs, "mb": round(sum(p.stat().st_size for p in inputs.iterdir()) / 1e6, 2),
            "runs_each": repeat, "ray_start_s": round(ray_start, 2), "ray_first_run_s": round(cold, 2),
            "load_1min_min_max": [round(min(loads), 2), round(max(loads), 2)], "engines": rows}


def sample_texts(n: int, work: Path) -> list[str]:
    from extract.embed import HashEmbedder
    from extract.pipeline import RunConfig, run
    from extract.search import SearchIndex

    out = work / "seeds"
    run(RunConfig(inputs=sorted(DOCS.glob("*.txt")), out_dir=out))
    with SearchIndex(out, embedder=HashEmbedder()) as idx:
        idx.sync(vectors=False)
        texts = sorted({t for (t,) in idx.db.execute("SELECT text FROM search_items")}, key=len)
    step = max(1, len(texts) // n)
    return texts[::step][:n]


def embedding(texts: list[str]) -> dict:
    import ray

    from extract.embed import embedder_from_env, l2_normalise
    from extract.ray_engine import RayEmbedPool

    chars = sum(len(t) for t in texts)
    res: dict[str, dict] = {}
    os.environ.setdefault("EXTRACT_EMBED_THREADS", "1")  # one thread per worker, here as in each actor
    emb = embedder_from_env(progress=False)
    t0 = time.perf_counter()
    emb.embed_batch(texts[:2])  # loads the model
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    local = [l2_normalise(emb.embed_batch(texts[i:i + 64])) for i in range(0, len(texts), 64)]
    secs = time.perf_counter() - t0
    res["local w1"] = {"model_load_s": round(load, 1), "embed_s": round(secs, 1), "texts_per_s": round(len(texts) / secs, 2)}
    import numpy as np

    ref = np.concatenate(local)
    del emb
    for actors in (1, 2):
        pool = RayEmbedPool(actors)
        try:
            t0 = time.perf_counter()
            pool.check(embedder_from_env(progress=False).name)
            ray.get([a.embed.remote(texts[:2], "document") for a in pool.actors])  # each loads its model
            load = time.perf_counter() - t0
            t0 = time.perf_counter()
            got = np.zeros_like(ref)
            for a, b, vecs in pool.embed(texts):
                got[a:b] = l2_normalise(vecs)
            secs = time.perf_counter() - t0
        finally:
            pool.close()
        res[f"ray w{actors}"] = {"model_load_s": round(load, 1), "embed_s": round(secs, 1),
                                 "texts_per_s": round(len(texts) / secs, 2),
                                 "max_abs_diff_vs_local": float(np.abs(got - ref).max())}
    return {"texts": len(texts), "mean_chars": round(chars / len(texts), 1),
            "model": embedder_from_env(progress=False).name, "load_1min": round(os.getloadavg()[0], 2), "engines": res}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5, help="size of the repeated-seed corpus (default 5)")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each engine (default 2)")
    ap.add_argument("--texts", type=int, default=200, help="texts to embed (default 200; 0: skip embedding)")
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "ray_results.json",
                    help="write the results here (default bench/ray_results.json)")
    args = ap.parse_args(argv)
    import ray

    from extract.ray_engine import connect

    work = Path(tempfile.mkdtemp(prefix="extract-ray-"))
    results: dict = {"cpus": os.cpu_count(), "date": time.strftime("%Y-%m-%d"), "ray": ray.__version__,
                     "python": sys.version.split()[0]}
    try:
        print(f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f} at the start", file=sys.stderr)
        inputs = _corpus()(work / "corpus", args.mb)
        p = results["pipeline"] = pipeline(inputs, args.repeat, work)
        print(f"pipeline: {p['documents']} documents, {p['mb']} MB (Ray start {p['ray_start_s']} s and a first run "
              f"starting its workers {p['ray_first_run_s']} s, once, untimed)")
        for name, r in p["engines"].items():
            print(f"  {name:<9} {r['docs_per_s']:>6.1f} docs/s  (median {r['median_s']} s, best {r['best_s']} s; "
                  f"driver CPU {r['driver_cpu_ms_per_doc']} ms/doc, of which store {r['driver_store_ms_per_doc']})")
        if args.texts:
            connect(num_cpus=2)
            texts = sample_texts(args.texts, work)
            e = results["embedding"] = embedding(texts)
            print(f"embedding: {e['texts']} texts of {e['mean_chars']} characters on average, {e['model']}")
            for name, r in e["engines"].items():
                print(f"  {name:<9} {r['texts_per_s']:>6.2f} texts/s  (embedding {r['embed_s']} s; model load "
                      f"{r['model_load_s']} s)")
    finally:
        if ray.is_initialized():
            ray.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"-> {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
