#!/usr/bin/env python
"""``extract run --workers N``: wall time against the number of worker processes. Not part of the
test suite.

    python bench/workers.py                       # data/docs, then the seeds repeated to 5 and 20 MB
    python bench/workers.py --workers 1 2 4 --repeat 5 --mb 5

Each measurement is the whole command, ``python -m extract.cli run INPUT --out DIR --force
--workers N``, as a user runs it (start-up, worker start-up, store, records.jsonl), into a fresh
temporary directory; the runs for each N alternate, and the best and the median wall time are
reported with the load average at the start of the runs and the CPU time (user + system) of the
run and its workers. Every run's ``records.jsonl`` must be the same
bytes as the ``--workers 1`` one (checked).

The workers are forked by a forkserver that outlives the run by a moment (it exits once the run and
its workers are gone) and is then nobody's child: on Linux this process makes itself the subreaper of
what the run starts and reaps them all after each run, so their CPU time is counted too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "data" / "docs"
MB = 1_000_000


def corpus(dest: Path, mb: float) -> Path:
    """The seed documents copied under distinct names until ``mb`` MB."""
    seeds = sorted(DOCS.glob("*.txt"))
    dest.mkdir(parents=True)
    total, i = 0, 0
    while total < mb * MB:
        for seed in seeds:
            raw = seed.read_bytes()
            (dest / f"{seed.stem}-{i:04d}.txt").write_bytes(raw)
            total += len(raw)
        i += 1
    return dest


def _subreaper() -> bool:
    """Become the parent of this process's orphaned descendants (Linux ``PR_SET_CHILD_SUBREAPER``)."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


SUBREAPER = _subreaper()


def _reap() -> None:
    """Wait for every descendant the run left (the forkserver, the resource tracker) to exit."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)  # the run and its workers, once they have exited
    return ru.ru_utime + ru.ru_stime


def one_run(inputs: Path, workers: int, work: Path) -> tuple[float, float, str, float]:
    out = Path(tempfile.mkdtemp(prefix="run-", dir=work))
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), _cpu()
    proc = subprocess.run([sys.executable, "-m", "extract.cli", "run", str(inputs), "--out", str(out), "--force",
                           "--workers", str(workers)], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    _reap()
    cpu = _cpu() - c0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"extract run failed ({proc.returncode}): {proc.stderr}")
    digest = hashlib.sha256((out / "records.jsonl").read_bytes()).hexdigest()
    shutil.rmtree(out)
    return seconds, cpu, digest, load


def measure(name: str, inputs: Path, workers: list[int], repeat: int, work: Path) -> dict:
    files = [p for p in inputs.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files) / MB
    times: dict[int, list[float]] = {w: [] for w in workers}
    cpus: dict[int, list[float]] = {w: [] for w in workers}
    digests: set[str] = set()
    loads: list[float] = []
    for _ in range(repeat):
        for w in workers:
            seconds, cpu, digest, load = one_run(inputs, w, work)
            times[w].append(seconds)
            cpus[w].append(cpu)
            digests.add(digest)
            loads.append(load)
    if len(digests) != 1:
        raise SystemExit(f"{name}: records.jsonl differs between worker counts")
    base = statistics.median(times[workers[0]])
    rows = {w: {"best_s": round(min(t), 2), "median_s": round(statistics.median(t), 2),
                "speedup_median": round(base / statistics.median(t), 2),
                "cpu_s_median": round(statistics.median(cpus[w]), 2)} for w, t in times.items()}
    return {"input": name, "documents": len(files), "mb": round(size, 2), "runs_each": repeat,
            "load_1min_min_max": [round(min(loads), 2), round(max(loads), 2)], "workers": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    ap.add_argument("--repeat", type=int, default=3, help="runs for each worker count (default 3)")
    ap.add_argument("--mb", type=float, nargs="*", default=[5, 20], help="sizes of the repeated-seed corpora")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="extract-workers-"))
    results = []
    try:
        inputs = [("data/docs", DOCS)] + [(f"seeds x{mb:g} MB", corpus(work / f"c{mb:g}", mb)) for mb in args.mb]
        print(f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f} at the start"
              + ("" if SUBREAPER else "; CPU time leaves out what outlives a run (no subreaper here)"), file=sys.stderr)
        for name, path in inputs:
            res = measure(name, path, args.workers, args.repeat, work)
            results.append(res)
            cells = "  ".join(f"w{w}: {r['median_s']:.2f}s (best {r['best_s']:.2f}, x{r['speedup_median']:.2f}, "
                              f"CPU {r['cpu_s_median']:.2f}s)"
                              for w, r in res["workers"].items())
            print(f"{name:<16} {res['documents']:>4} docs {res['mb']:>6.2f} MB  {cells}  "
                  f"load {res['load_1min_min_max'][0]:.2f}-{res['load_1min_min_max'][1]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps({"cpus": os.cpu_count(), "results": results}, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
