"""Totals of the forward evaluation's held-out records on parts of a held-out round, scored by ``extract eval``.

    PYTHONPATH=src python tools/target_forward_halves.py --records /tmp/fwd-records \\
        --split /work/r33/w52-split.json --totals-only B [--json halves.json]

``tools/target_forward.py --records DIR`` writes the held-out records of the hand cues and of each model
variant (``hand.jsonl``, ``others-chosen.jsonl`` ...). This script scores every such file on each part of a
split file (a JSON object of id lists, e.g. ``{"A": [...], "B": [...]}``) and on all of them together, by
``extract eval`` with that part's gold list (``eval/gold/wild/ID.jsonl``) and its texts
(``data/docs/wild/ID.txt``, named one by one: no other text is opened). A part named by ``--totals-only`` (a
forward half) keeps its totals only: its report's ``per_doc``, ``errors`` and ``mismatches`` are dropped
before anything is printed or kept, and nothing of ``extract eval``'s own output is shown.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("numeric_target", "unit_assignment", "goal")
KEYS = ("precision", "recall", "f1", "tp", "fp", "fn")


def totals(report: dict) -> dict:
    """The three record types' totals of an ``extract eval --json`` report (unit: the strict figure too)."""
    out = {t: {k: report[t].get(k) for k in KEYS} for t in TYPES}
    strict = report["unit_assignment"].get("strict", {})
    out["unit_assignment"]["strict"] = {k: strict.get(k) for k in KEYS}
    return out


def score_part(pred: Path, ids: list[str], root: Path = ROOT) -> dict:
    """``extract eval`` of ``pred`` on the texts ``ids``: totals only (nothing per document is returned)."""
    with tempfile.TemporaryDirectory() as tmp:
        rep = Path(tmp) / "report.json"
        cmd = [sys.executable, "-c", "import sys; from extract.cli import main; sys.argv[0] = 'extract'; sys.exit(main())",
               "eval", "--gold", *[str(root / "eval/gold/wild" / f"{i}.jsonl") for i in ids],
               "--docs", *[str(root / "data/docs/wild" / f"{i}.txt") for i in ids],
               "--pred", str(pred), "--json", str(rep)]
        subprocess.run(cmd, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not rep.exists():
            raise SystemExit(f"extract eval wrote no report for {pred.name} (run it by hand on an open part to see why)")
        return totals(json.loads(rep.read_text(encoding="utf-8")))


def line(name: str, t: dict) -> str:
    n, u, g = t["numeric_target"], t["unit_assignment"]["strict"], t["goal"]
    return (f"{name:<28} target {n['precision']:.3f}/{n['recall']:.3f}/{n['f1']:.3f} ({n['tp']}/{n['fp']}/{n['fn']})  "
            f"unit {u['f1']:.3f} ({u['tp']}/{u['fp']}/{u['fn']})  goal {g['f1']:.3f} ({g['tp']}/{g['fp']}/{g['fn']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", required=True, help="the --records folder of tools/target_forward.py")
    ap.add_argument("--split", required=True, help="a JSON object of id lists (the parts)")
    ap.add_argument("--totals-only", nargs="*", default=[], help="parts kept as totals only (forward halves)")
    ap.add_argument("--json", help="write the totals here")
    args = ap.parse_args(argv)
    parts = json.loads(Path(args.split).read_text(encoding="utf-8"))
    bad = [k for k in args.totals_only if k not in parts]
    if bad:
        ap.error(f"--totals-only {' '.join(bad)}: no such part in {args.split} ({' '.join(parts)})")
    parts = {**parts, "all": sorted({i for ids in parts.values() for i in ids})}
    files = sorted(Path(args.records).glob("*.jsonl"), key=lambda p: (p.name != "hand.jsonl", p.name))
    if not files:
        ap.error(f"--records {args.records}: no records files")
    out: dict = {"split": args.split, "totals_only": args.totals_only, "parts": {k: len(v) for k, v in parts.items()},
                 "scores": {}}
    for part, ids in parts.items():
        print(f"[{part}: {len(ids)} texts]", flush=True)
        for f in files:
            t = score_part(f.resolve(), ids)
            out["scores"].setdefault(part, {})[f.stem] = t
            print(line(f.stem, t), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
