#!/usr/bin/env python
"""Offline pipeline benchmark: throughput beside its floor, peak memory, memory against the
number of documents, and where the time goes. Not part of the test suite.

    python bench/run.py                          # ~2 minutes on 2 cores; writes bench/results.json
    python bench/run.py --mb 5 --out /tmp/b.json # a quick look

The corpus is the seed documents (data/docs) copied under distinct names until it holds at least
``--mb`` MB (10^6 bytes) of source text: many documents of normal size, not one giant file.
Every measurement runs in its own child process, so each peak RSS belongs to that measurement:

* floor: read the bytes, decode UTF-8, NFKC, Traditional to Simplified (the converter of
  ``extract.normalise``), one file at a time; best of three passes.
* pipeline: ``extract.pipeline.run(RunConfig(...))`` on the whole corpus into a fresh run
  directory (rules backend), with a wall-clock timer around each stage and the RSS sampled as the
  documents go by.
* half: the same on the first half of the documents, to compare peak RSS at N and 2N documents.
* profile: cProfile over the pipeline on a ~5 MB slice: the hottest functions.

The results go to ``--out`` (default bench/results.json) and are compared with the last committed
results (``git show HEAD:bench/results.json``; without git, the file at ``--out`` before this run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "docs"
DEFAULT_OUT = ROOT / "bench" / "results.json"
MB = 1_000_000
SCHEMA = "bench.v1"
PROFILE_MB = 5
NOISE = 0.05  # relative changes below this are reported as noise


# -- measurements (child side) -----------------------------------------------------------------

def _rss_mb() -> float | None:
    """Current resident set size of this process, from /proc (Linux); None elsewhere."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return None


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB on Linux


def child_floor(files: list[Path]) -> dict:
    import unicodedata

    from extract.normalise import to_simplified  # the same OpenCC("t2s") converter as the pipeline

    to_simplified("預熱")  # load the dictionaries outside the timed passes
    passes, cpu = [], []
    chars = 0
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        chars = 0
        for path in files:
            text = to_simplified(unicodedata.normalize("NFKC", path.read_bytes().decode("utf-8")))
            chars += len(text)
        passes.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return {"seconds": min(passes), "passes": [round(p, 3) for p in passes], "cpu_seconds": min(cpu),
            "chars": chars, "peak_rss_mb": _peak_rss_mb()}


# (label, module, attribute, part of): a wall-clock timer goes around each; nested ones name their parent
STAGES = [
    ("ingest", "extract.pipeline", "read_document", None),
    ("fingerprint check", "extract.store", "Store.fingerprint", None),
    ("normalise", "extract.prepared", "normalise", None),
    ("structure", "extract.prepared", "structure", None),
    ("extract (rules)", "extract.rules", "RulesExtractor.extract", None),
    ("ground", "extract.pipeline", "ground", None),
    ("canonical text for grounding", "extract.normalise", "Normalised.canonical_mapped", "ground"),
    ("dedupe", "extract.pipeline", "_dedupe", None),
    # the store's rows are put together with the document's work (``document_rows``, in a worker when there are
    # workers) and inserted by the driver (``Store.save_rows``, one transaction per document)
    ("store rows", "extract.pipeline", "document_rows", None),
    ("store (one transaction per document)", "extract.store", "Store.save_rows", None),
    ("write records.jsonl", "extract.store", "Store.write_jsonl", None),
]


def _install_timers(totals: dict[str, float]) -> list[str]:
    """Wrap each stage function with a timer; returns the stages that could not be found."""
    import functools
    import importlib

    missing = []
    for label, module_name, attr, _parent in STAGES:
        try:
            owner = importlib.import_module(module_name)
            *path, name = attr.split(".")
            for part in path:
                owner = getattr(owner, part)
            fn = getattr(owner, name)
        except (ImportError, AttributeError):
            missing.append(label)
            continue
        totals[label] = 0.0

        def make(fn=fn, label=label):
            @functools.wraps(fn)
            def timed(*args, **kwargs):
                t0 = time.perf_counter()
                try:
                    return fn(*args, **kwargs)
                finally:
                    totals[label] += time.perf_counter() - t0
            return timed

        setattr(owner, name, make())
    return missing


def child_pipeline(files: list[Path], out_dir: Path) -> dict:
    import extract.pipeline as pipeline

    totals: dict[str, float] = {}
    missing = _install_timers(totals)
    samples: list[tuple[int, float]] = []
    every = max(1, len(files) // 40)
    read = pipeline.read_document
    seen = 0

    def counting_read(*args, **kwargs):  # samples the RSS as the documents go by
        nonlocal seen
        if seen % every == 0:
            rss = _rss_mb()
            if rss is not None:
                samples.append((seen, round(rss, 1)))
        seen += 1
        return read(*args, **kwargs)

    pipeline.read_document = counting_read
    rss_before = _rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    summary = pipeline.run(pipeline.RunConfig(inputs=files, out_dir=out_dir))
    seconds, cpu_seconds = time.perf_counter() - t0, time.process_time() - c0
    rss = _rss_mb()
    if rss is not None:
        samples.append((seen, round(rss, 1)))
    with open(summary.records_path, encoding="utf-8") as f:
        n_records = sum(1 for _ in f)
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "documents": len(summary.documents), "failed": len(summary.failed),
            "records": n_records, "peak_rss_mb": _peak_rss_mb(), "rss_before_run_mb": rss_before,
            "rss_samples": samples, "stages": totals, "stages_missing": missing}


def _short(filename: str) -> str:
    for marker in ("/src/", "/site-packages/", "/lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def child_profile(files: list[Path], out_dir: Path) -> dict:
    import cProfile
    import pstats

    from extract.pipeline import RunConfig, run

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    run(RunConfig(inputs=files, out_dir=out_dir))
    prof.disable()
    seconds = time.perf_counter() - t0
    stats = pstats.Stats(prof).stats  # (file, line, func) -> (cc, nc, tottime, cumtime, callers)

    def row(key, v) -> dict:
        file, line, func = key
        where = f"{_short(file)}:{line}({func})" if line else func
        return {"function": where, "calls": v[1], "self_s": round(v[2], 3), "cumulative_s": round(v[3], 3)}

    items = list(stats.items())
    by_self = sorted(items, key=lambda kv: -kv[1][2])[:15]
    own = [kv for kv in items if "/extract/" in kv[0][0] and kv[0][2] not in ("run", "<module>")]
    by_cum = sorted(own, key=lambda kv: -kv[1][3])[:15]
    return {"documents": len(files), "seconds": seconds,
            "top_self": [row(k, v) for k, v in by_self], "top_cumulative_extract": [row(k, v) for k, v in by_cum]}


def child_main(args: argparse.Namespace) -> int:
    files = [Path(line) for line in Path(args.files).read_text(encoding="utf-8").splitlines() if line]
    if args.child == "floor":
        result = child_floor(files)
    elif args.child == "pipeline":
        result = child_pipeline(files, Path(args.run_dir))
    else:
        result = child_profile(files, Path(args.run_dir))
    Path(args.result).write_text(json.dumps(result), encoding="utf-8")
    return 0


# -- orchestration (parent side) ---------------------------------------------------------------

def build_corpus(dest: Path, mb: float) -> list[Path]:
    """Copy the seed documents under distinct names until the corpus holds ``mb`` MB."""
    seeds = sorted(p for p in SEEDS.iterdir() if p.is_file() and not p.name.startswith("."))
    if not seeds:
        raise SystemExit(f"no seed documents in {SEEDS}")
    blobs = [(p.stem, p.suffix, p.read_bytes()) for p in seeds]
    dest.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    total, i = 0, 0
    while total < mb * MB:
        for stem, suffix, raw in blobs:
            path = dest / f"{stem}-{i:05d}{suffix}"
            path.write_bytes(raw)
            files.append(path)
            total += len(raw)
        i += 1
    return files


def _child(mode: str, files: list[Path], work: Path, run_dir: Path | None = None) -> dict:
    listing = work / f"{mode}-{len(files)}.files"
    listing.write_text("\n".join(str(f) for f in files), encoding="utf-8")
    result = work / f"{mode}-{len(files)}.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--files", str(listing),
           "--result", str(result)]
    if run_dir is not None:
        cmd += ["--run-dir", str(run_dir)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=work)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child {mode!r} failed with exit code {proc.returncode}")
    out = json.loads(result.read_text(encoding="utf-8"))
    out["process_seconds"] = time.perf_counter() - t0
    return out


def _slope(samples: list[list[float]], skip: float = 0.1) -> float | None:
    """Least-squares RSS growth in MB per 1000 documents, after the first ``skip`` of the run."""
    if not samples:
        return None
    last = samples[-1][0]
    pts = [(x, y) for x, y in samples if x >= skip * last]
    if len(pts) < 3:
        return None
    n = len(pts)
    mx = sum(x for x, _ in pts) / n
    my = sum(y for _, y in pts) / n
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    if sxx == 0:
        return None
    return 1000 * sum((x - mx) * (y - my) for x, y in pts) / sxx


def _git(*args: str) -> str | None:
    try:
        proc = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return proc.stdout if proc.returncode == 0 else None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def measure(mb: float, keep: Path | None) -> dict:
    import sqlite3

    work = Path(tempfile.mkdtemp(prefix="extract-bench-")) if keep is None else keep
    work.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        load_before = os.getloadavg()
        files = build_corpus(work / "corpus", mb)
        n_bytes = sum(f.stat().st_size for f in files)
        corpus_mb = n_bytes / MB
        print(f"corpus: {len(files)} documents, {corpus_mb:.1f} MB in {work / 'corpus'}", file=sys.stderr)

        print("floor: read + decode + NFKC + t2s ...", file=sys.stderr)
        floor = _child("floor", files, work)
        print(f"pipeline on {len(files)} documents ...", file=sys.stderr)
        full = _child("pipeline", files, work, work / "run-full")
        half_files = files[: len(files) // 2]
        print(f"pipeline on {len(half_files)} documents (memory at N and 2N) ...", file=sys.stderr)
        half = _child("pipeline", half_files, work, work / "run-half")
        n_prof = max(1, min(len(files), round(len(files) * PROFILE_MB * MB / n_bytes)))
        print(f"profile on {n_prof} documents ...", file=sys.stderr)
        prof = _child("profile", files[:n_prof], work, work / "run-profile")
        load_after = os.getloadavg()
        half_mb = sum(f.stat().st_size for f in half_files) / MB

        floor_mbps = corpus_mb / floor["seconds"]
        pipe_mbps = corpus_mb / full["seconds"]
        floor_cpu, pipe_cpu = corpus_mb / floor["cpu_seconds"], corpus_mb / full["cpu_seconds"]
        stages = []
        for label, _m, _a, parent in STAGES:
            if label in full["stages"]:
                s = full["stages"][label]
                stages.append({"stage": label, "part_of": parent, "seconds": round(s, 3),
                               "share": round(s / full["seconds"], 4), "ms_per_mb": round(1000 * s / corpus_mb, 1)})
        top = sum(st["seconds"] for st in stages if st["part_of"] is None)
        stages.append({"stage": "other (loop, logging, outcomes)", "part_of": None,
                       "seconds": round(full["seconds"] - top, 3), "share": round(1 - top / full["seconds"], 4),
                       "ms_per_mb": round(1000 * (full["seconds"] - top) / corpus_mb, 1)})
        samples = full["rss_samples"]
        growth = full["peak_rss_mb"] - half["peak_rss_mb"]
        slope = _slope(samples)
        # in-run rise: the RSS at the end against the RSS after the first tenth of the documents
        early = [y for x, y in samples if x >= 0.1 * samples[-1][0]] if samples else []
        rise = (samples[-1][1] - early[0]) if early else None
        limit = max(10.0, 0.05 * half["peak_rss_mb"])
        flat = growth <= limit and (rise is None or rise <= limit)
        rev = (_git("rev-parse", "HEAD") or "").strip() or None
        dirty = bool((_git("status", "--porcelain", "--", "src") or "").strip())
        import opencc

        return {
            "schema": SCHEMA,
            "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "git": {"commit": rev, "src_dirty": dirty},
            "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpu": _cpu_model(),
                        "cpus": os.cpu_count(), "sqlite": sqlite3.sqlite_version,
                        "opencc": getattr(opencc, "__version__", None),
                        "load_avg_1min_before_after": [round(load_before[0], 2), round(load_after[0], 2)]},
            "corpus": {"documents": len(files), "bytes": n_bytes, "mb": round(corpus_mb, 2),
                       "seeds": sorted(p.name for p in SEEDS.iterdir() if p.is_file()),
                       "copies_of_each_seed": len(files) // max(1, len(list(SEEDS.iterdir())))},
            "floor": {"what": "read bytes + UTF-8 decode + NFKC + OpenCC t2s, per file (best of 3 passes)",
                      "seconds": round(floor["seconds"], 3), "passes": floor["passes"],
                      "mb_per_s": round(floor_mbps, 2), "cpu_seconds": round(floor["cpu_seconds"], 3),
                      "mb_per_cpu_s": round(floor_cpu, 2), "peak_rss_mb": round(floor["peak_rss_mb"], 1)},
            "pipeline": {"what": "extract.pipeline.run, rules backend, fresh run directory",
                         "seconds": round(full["seconds"], 3), "mb_per_s": round(pipe_mbps, 3),
                         "cpu_seconds": round(full["cpu_seconds"], 3), "mb_per_cpu_s": round(pipe_cpu, 3),
                         "docs_per_s": round(full["documents"] / full["seconds"], 2),
                         "documents": full["documents"], "failed": full["failed"], "records": full["records"],
                         "peak_rss_mb": round(full["peak_rss_mb"], 1),
                         "rss_before_run_mb": full["rss_before_run_mb"] and round(full["rss_before_run_mb"], 1)},
            "ratio": {"pipeline_over_floor": round(pipe_mbps / floor_mbps, 4),
                      "slowdown_x": round(floor_mbps / pipe_mbps, 1),
                      "cpu_pipeline_over_floor": round(pipe_cpu / floor_cpu, 4),
                      "cpu_slowdown_x": round(floor_cpu / pipe_cpu, 1)},
            "memory": {"half": {"documents": half["documents"], "mb": round(half_mb, 2),
                                "peak_rss_mb": round(half["peak_rss_mb"], 1), "seconds": round(half["seconds"], 3)},
                       "full": {"documents": full["documents"], "mb": round(corpus_mb, 2),
                                "peak_rss_mb": round(full["peak_rss_mb"], 1)},
                       "growth_mb": round(growth, 1),
                       "rise_in_run_mb": None if rise is None else round(rise, 1),
                       "flat_limit_mb": round(limit, 1),
                       "slope_mb_per_1000_docs": None if slope is None else round(slope, 2),
                       "rss_samples_docs_mb": samples,
                       "verdict": "flat" if flat else "GROWS"},
            "stages": stages,
            "stages_missing": full["stages_missing"],
            "profile": {"documents": prof["documents"], "seconds_under_cprofile": round(prof["seconds"], 3),
                        "top_self": prof["top_self"], "top_cumulative_extract": prof["top_cumulative_extract"]},
            "bench_seconds": round(time.perf_counter() - t0, 1),
        }
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


# -- tracking ----------------------------------------------------------------------------------

# (label, path, better): "higher" / "lower"; "same" means a change is news, not good or bad
METRICS = [
    ("floor MB/s", "floor.mb_per_s", "higher"),
    ("pipeline MB/s", "pipeline.mb_per_s", "higher"),
    ("pipeline / floor", "ratio.pipeline_over_floor", "higher"),
    ("floor MB per CPU second", "floor.mb_per_cpu_s", "higher"),
    ("pipeline MB per CPU second", "pipeline.mb_per_cpu_s", "higher"),
    ("pipeline / floor, CPU time", "ratio.cpu_pipeline_over_floor", "higher"),
    ("pipeline documents/s", "pipeline.docs_per_s", "higher"),
    ("pipeline peak RSS MB", "pipeline.peak_rss_mb", "lower"),
    ("peak RSS at N/2 documents MB", "memory.half.peak_rss_mb", "lower"),
    ("RSS growth N/2 -> N MB", "memory.growth_mb", "lower"),
    ("RSS rise within the run MB", "memory.rise_in_run_mb", "lower"),
    ("records", "pipeline.records", "same"),
    ("failed documents", "pipeline.failed", "lower"),
]


def _get(d: dict, path: str):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return None
        d = d[part]
    return d


def _stage_metrics(res: dict) -> dict[str, float]:
    return {f"ms/MB {s['stage']}": s["ms_per_mb"] for s in res.get("stages", [])}


def compare(old: dict | None, new: dict, source: str) -> list[str]:
    """Print old -> new for every metric; returns the lines saying what moved."""
    if old is None:
        print("\nno earlier results to compare with (first run)")
        return []
    print(f"\ncompared with {source} ({old.get('when', '?')}, commit {str(_get(old, 'git.commit'))[:10]})")
    warnings = []
    if _get(old, "corpus.documents") != _get(new, "corpus.documents"):
        warnings.append(f"corpus differs: {_get(old, 'corpus.documents')} -> {_get(new, 'corpus.documents')} documents")
    if _get(old, "machine.cpu") != _get(new, "machine.cpu") or _get(old, "machine.cpus") != _get(new, "machine.cpus"):
        warnings.append("different machine: absolute speeds are not comparable, the ratio to the floor is")
    for res, which in ((old, "earlier"), (new, "this")):
        load, cpus = (_get(res, "machine.load_avg_1min_before_after") or [0])[0], _get(res, "machine.cpus") or 1
        if load > 0.5 * cpus:
            warnings.append(f"{which} run started at load average {load} on {cpus} CPUs: wall-clock figures "
                            "are unreliable, compare the CPU-time ones")
    rows = [(label, _get(old, path), _get(new, path), better) for label, path, better in METRICS]
    old_st, new_st = _stage_metrics(old), _stage_metrics(new)
    rows += [(k, old_st.get(k), new_st.get(k), "lower") for k in dict.fromkeys([*new_st, *old_st])]
    moved = []
    print(f"{'metric':<52}{'old':>12}{'new':>12}{'change':>10}  verdict")
    for label, a, b, better in rows:
        if a is None or b is None:
            verdict, change = ("new metric" if a is None else "gone"), ""
        elif a == b:
            verdict, change = "same", "0%"
        else:
            rel = (b - a) / abs(a) if a else float("inf")
            change = f"{rel:+.1%}" if a else "n/a"
            small = (abs(rel) < NOISE or (label.startswith(("RSS growth", "RSS rise")) and abs(b - a) < 2)
                     or (label.startswith("ms/MB") and (abs(rel) < 2 * NOISE or abs(b - a) < 5)))
            if better == "same":
                verdict = "CHANGED"
            elif small:
                verdict = "~ (noise)"
            else:
                verdict = "better" if (b > a) == (better == "higher") else "WORSE"
        fmt = (lambda v: "-" if v is None else f"{v:.4g}" if isinstance(v, float) else str(v))
        print(f"{label:<52}{fmt(a):>12}{fmt(b):>12}{change:>10}  {verdict}")
        if verdict in ("better", "WORSE", "CHANGED"):
            moved.append(f"{label}: {fmt(a)} -> {fmt(b)} ({change}, {verdict.lower()})")
    for w in warnings:
        print(f"note: {w}")
    print("what moved: " + ("; ".join(moved) if moved else f"nothing beyond noise (±{NOISE:.0%})"))
    return moved


def summary(res: dict) -> None:
    f, p, m = res["floor"], res["pipeline"], res["memory"]
    print(f"\nfloor     {f['mb_per_s']:8.2f} MB/s   ({f['what']})")
    print(f"pipeline  {p['mb_per_s']:8.3f} MB/s   {p['docs_per_s']} documents/s, {p['records']} records, "
          f"{p['failed']} failed, {p['seconds']:.1f} s")
    print(f"ratio     {res['ratio']['pipeline_over_floor']:.4f} of the floor ({res['ratio']['slowdown_x']}x slower)")
    print(f"CPU time  floor {f['mb_per_cpu_s']:.2f} MB/s, pipeline {p['mb_per_cpu_s']:.3f} MB/s: "
          f"{res['ratio']['cpu_pipeline_over_floor']:.4f} ({res['ratio']['cpu_slowdown_x']}x); "
          f"load average before/after {res['machine']['load_avg_1min_before_after']}")
    print(f"peak RSS  {p['peak_rss_mb']:.0f} MB at {m['full']['documents']} documents, "
          f"{m['half']['peak_rss_mb']:.0f} MB at {m['half']['documents']} "
          f"(growth {m['growth_mb']:+.1f} MB; in-run rise after the first tenth {m['rise_in_run_mb']} MB, "
          f"slope {m['slope_mb_per_1000_docs']} MB/1000 documents: {m['verdict']})")
    print("\nwhere the time goes (wall clock, full run):")
    for s in res["stages"]:
        indent = "    " if s["part_of"] else "  "
        print(f"{indent}{s['stage']:<44}{s['seconds']:8.2f} s {s['share']:7.1%} {s['ms_per_mb']:8.1f} ms/MB")
    print(f"\nhottest functions by self time (cProfile, {res['profile']['documents']} documents):")
    for r in res["profile"]["top_self"][:10]:
        print(f"  {r['self_s']:7.2f} s {r['calls']:>9} calls  {r['function']}")


def markdown(res: dict) -> str:
    f, p, m, r = res["floor"], res["pipeline"], res["memory"], res["ratio"]
    top = sorted((s for s in res["stages"] if s["part_of"] is None), key=lambda s: -s["share"])[:3]
    return "\n".join([
        "| figure | value |",
        "| --- | --- |",
        f"| corpus | {res['corpus']['documents']} documents, {res['corpus']['mb']} MB (seed documents repeated) |",
        f"| floor: read + decode + NFKC + t2s | {f['mb_per_s']:.1f} MB/s |",
        f"| pipeline, ingest -> records (rules) | {p['mb_per_s']:.2f} MB/s ({p['docs_per_s']:.0f} documents/s) |",
        f"| pipeline / floor | {r['pipeline_over_floor']:.3f} ({r['slowdown_x']:.0f}x slower); "
        f"in CPU time {r['cpu_pipeline_over_floor']:.3f} ({r['cpu_slowdown_x']:.0f}x) |",
        f"| peak RSS | {p['peak_rss_mb']:.0f} MB at {m['full']['documents']} documents, "
        f"{m['half']['peak_rss_mb']:.0f} MB at {m['half']['documents']} ({m['verdict']}) |",
        "| largest stages | " + ", ".join(f"{s['stage']} {s['share']:.0%}" for s in top) + " |",
        f"| measured | {res['when'][:10]}, {res['machine']['cpus']} CPUs, Python {res['machine']['python']}, "
        f"load average {res['machine']['load_avg_1min_before_after'][0]} |",
    ])


def load_previous(out: Path) -> tuple[dict | None, str]:
    try:
        rel = out.resolve().relative_to(ROOT)
    except ValueError:
        rel = Path("bench/results.json")
    text = _git("show", f"HEAD:{rel.as_posix()}")
    if text:
        return json.loads(text), f"the committed {rel.as_posix()}"
    if out.exists():
        return json.loads(out.read_text(encoding="utf-8")), f"{out} (not committed)"
    return None, ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50, help="corpus size in MB of source text (default 50)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON (default bench/results.json)")
    ap.add_argument("--compare", type=Path, help="results to compare with (default: the committed bench/results.json)")
    ap.add_argument("--keep", type=Path, help="build the corpus and run directories here and keep them")
    ap.add_argument("--child", choices=("floor", "pipeline", "profile"), help=argparse.SUPPRESS)
    ap.add_argument("--files", help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    ap.add_argument("--run-dir", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child_main(args)
    if args.compare:
        old, source = json.loads(args.compare.read_text(encoding="utf-8")), str(args.compare)
    else:
        old, source = load_previous(args.out)
    res = measure(args.mb, args.keep)
    summary(res)
    res["moved_since_last"] = compare(old, res, source)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nresults written to {args.out} ({res['bench_seconds']:.0f} s); README table:\n")
    print(markdown(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
