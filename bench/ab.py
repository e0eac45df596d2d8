#!/usr/bin/env python
"""Two versions of the pipeline side by side: CPU time per stage, runs interleaved, best of each.

    python bench/ab.py /tmp/old/src src              # 5 MB, 4 rounds: ~2-3 minutes on 2 cores
    python bench/ab.py OLD_SRC NEW_SRC --mb 10 --rounds 6

On a shared machine one run of each (``bench/run.py``) differs by more than most single changes gain:
the load moves every figure, the floor's as much as the pipeline's. Here each round runs the old code
and the new (old first in odd rounds, new first in even ones), in fresh processes over the same corpus,
and each stage is timed in CPU time (``time.process_time``, not wall clock); the best of the rounds is
kept for each. The stages the change
did not touch give the noise of the comparison. ``OLD_SRC`` / ``NEW_SRC`` are ``src`` folders (e.g. of
``git archive <commit> | tar -x -C /tmp/old``); the corpus is ``bench/run.py``'s.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (label, module, attribute): a CPU timer goes around each; none of them calls another
STAGES = [
    ("ingest", "extract.pipeline", "read_document"),
    ("normalise", "extract.prepared", "normalise"),
    ("structure", "extract.prepared", "structure"),
    ("extract (rules)", "extract.rules", "RulesExtractor.extract"),
    ("ground", "extract.pipeline", "ground"),
    ("dedupe", "extract.pipeline", "_dedupe"),
    # the store's rows are put together with the document's work (``document_rows``) and inserted by the
    # driver (``Store.save_rows``); before that, ``Store.save_document`` did both (timed only where it is alone)
    ("store", "extract.pipeline", "document_rows"),
    ("store", "extract.store", "Store.save_rows"),
    ("store", "extract.store", "Store.save_document"),
    ("write records.jsonl", "extract.store", "Store.write_jsonl"),
]


def _install_cpu_timers(totals: dict[str, float]) -> None:
    for label, module_name, attr in STAGES:
        owner = importlib.import_module(module_name)
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part)
        fn = getattr(owner, name, None)
        if fn is None or (name == "save_document" and hasattr(owner, "save_rows")):
            continue  # a stage function of another version of the code

        def make(fn=fn, label=label):
            @functools.wraps(fn)
            def timed(*args, **kwargs):
                c0 = time.process_time()
                try:
                    return fn(*args, **kwargs)
                finally:
                    totals[label] = totals.get(label, 0.0) + time.process_time() - c0
            return timed

        setattr(owner, name, make())


def child(files: list[Path], out_dir: Path) -> dict[str, float]:
    """One pipeline run (after a warm-up on three documents): CPU seconds per stage and in all."""
    totals: dict[str, float] = {}
    _install_cpu_timers(totals)
    from extract.pipeline import RunConfig, run

    run(RunConfig(inputs=files[:3], out_dir=out_dir / "warm-up"))
    totals.clear()
    c0 = time.process_time()
    run(RunConfig(inputs=files, out_dir=out_dir / "run"))
    totals["total"] = time.process_time() - c0
    return totals


def _run_child(src: Path, listing: Path, work: Path) -> dict[str, float]:
    result = work / "result.json"
    env = dict(os.environ, PYTHONPATH=str(src))
    with tempfile.TemporaryDirectory(dir=work) as out:
        subprocess.run([sys.executable, __file__, "--child", str(listing), "--out-dir", out, "--result", str(result)],
                       env=env, check=True)
    return json.loads(result.read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path, nargs="?", help="src folder of the old version")
    ap.add_argument("new", type=Path, nargs="?", help="src folder of the new version")
    ap.add_argument("--mb", type=float, default=5, help="corpus size in MB (default 5)")
    ap.add_argument("--rounds", type=int, default=4, help="old/new pairs of runs (default 4)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--out-dir", help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        files = [Path(line) for line in Path(args.child).read_text(encoding="utf-8").splitlines() if line]
        Path(args.result).write_text(json.dumps(child(files, Path(args.out_dir))), encoding="utf-8")
        return 0
    if args.old is None or args.new is None:
        ap.error("give the old and the new src folders")
    sys.path.insert(0, str(HERE))
    from run import MB, build_corpus  # the corpus of bench/run.py

    best: dict[str, dict[str, float]] = {"old": {}, "new": {}}
    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="extract-ab-") as tmp:
        work = Path(tmp)
        files = build_corpus(work / "corpus", args.mb)
        mb = sum(f.stat().st_size for f in files) / MB
        listing = work / "files.txt"
        listing.write_text("\n".join(map(str, files)), encoding="utf-8")
        for i in range(args.rounds):
            # the order alternates (old, new / new, old / ...): a run's place in its pair has moved every stage
            # by up to ~11 % on a busy machine (the control in bench/README.md's fifth round)
            pair = (("old", args.old), ("new", args.new))
            for name, src in pair if i % 2 == 0 else pair[::-1]:
                for label, seconds in _run_child(src.resolve(), listing, work).items():
                    best[name][label] = min(best[name].get(label, float("inf")), seconds / mb * 1000)
            print(f"round {i + 1}/{args.rounds}: old {best['old']['total']:.0f}, new {best['new']['total']:.0f} "
                  "CPU ms/MB (best so far)", flush=True)
    load.append(os.getloadavg()[0])
    print(f"\n{len(files)} documents, {mb:.2f} MB; CPU ms/MB, best of {args.rounds} runs each; "
          f"load average {load[0]:.1f} -> {load[1]:.1f}")
    print(f"{'stage':<22}{'old':>8}{'new':>8}{'change':>9}")
    for label in list(dict.fromkeys(s[0] for s in STAGES)) + ["total"]:
        old, new = best["old"].get(label), best["new"].get(label)
        if old is None or new is None:
            continue
        print(f"{label:<22}{old:8.0f}{new:8.0f}{(new - old) / old:+9.1%}" if old else f"{label:<22}{old:8.0f}{new:8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
