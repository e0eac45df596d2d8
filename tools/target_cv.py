"""Cross-validation by document of the learned target score against the hand cues.

    PYTHONPATH=src python tools/target_cv.py [--folds 5] [--c 0.3 1 3] [--json eval/reports/target-cv.json]

Development gold only (seeds + wild dev; ``extract.learn.dev_docs`` refuses the sealed split). The
documents are split into folds by GroupKFold (a document is never in its own training fold); for each
fold a model is trained on the other folds' candidates and the rules backend runs on the held-out
documents with each variant's decider; the held-out records of all folds are scored together with
``evaluate.score``, micro-averaged over documents as ``extract eval`` does (all, seeds, wild dev).

Picking the best of many variants on the same folds flatters it, so the script also runs a *nested*
selection: in each outer fold the variant (C, policy, thresholds; the hand cues included) is chosen by
an inner cross-validation on the training documents alone (candidate-level F1), then scored on the
held-out fold. That figure is the honest estimate of "train a model and pick how to use it".
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from extract.evaluate import load_records, score  # noqa: E402
from extract.ingest import read_document  # noqa: E402
from extract.learn import Row, dev_docs, dump, fit, run_docs  # noqa: E402
from extract.rules.learned import ModelDecider, TargetModel  # noqa: E402

TYPES = ("numeric_target", "unit_assignment", "goal")


def variants() -> list[tuple[str, dict]]:
    out: list[tuple[str, dict]] = [("hand", {"policy": "hand"})]
    out += [(f"model@{t}", {"policy": "model", "threshold": t}) for t in (0.3, 0.4, 0.5, 0.6, 0.7)]
    out += [(f"weak@{t}", {"policy": "weak", "threshold": t}) for t in (0.3, 0.4, 0.5, 0.6, 0.7)]
    out += [(f"override@{lo}/{hi}", {"policy": "override", "low": lo, "high": hi})
            for lo, hi in ((0.05, 0.95), (0.1, 0.9), (0.2, 0.8), (0.3, 0.7), (0.1, 0.7), (0.2, 0.6))]
    return out


def _row_decision(r: Row, p: float, kw: dict) -> bool:
    """A variant's decision on a dumped candidate (the candidate-level twin of ``ModelDecider``)."""
    policy = kw["policy"]
    if policy == "hand":
        return r.hand
    if policy == "model" or (policy == "weak" and r.weak):
        return p >= kw["threshold"]
    if policy == "override":
        return p >= kw["low"] if r.hand else p > kw["high"]
    return r.hand


def _row_f1(rows: list[Row], probs: list[float], kw: dict) -> float:
    tp = sum(1 for r, p in zip(rows, probs) if r.label and _row_decision(r, p, kw))
    fp = sum(1 for r, p in zip(rows, probs) if not r.label and _row_decision(r, p, kw))
    fn = sum(1 for r in rows if r.label) - tp
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _probs(model: TargetModel, rows: list[Row]) -> list[float]:
    import math

    return [1 / (1 + math.exp(-max(-35.0, model.margin(r.features)))) for r in rows]


def _group_folds(ids: list[str], n: int) -> list[tuple[list[int], list[int]]]:
    from sklearn.model_selection import GroupKFold

    return [(list(a), list(b)) for a, b in GroupKFold(n_splits=n).split(ids, groups=ids)]


def inner_choice(rows: list[Row], doc_ids: list[str], cs: list[float], n: int) -> tuple[float, str, dict]:
    """The (C, variant) with the best candidate-level F1 in a CV on ``doc_ids`` alone; the hand cues
    unless a model variant is strictly better."""
    pooled: dict[float, tuple[list[Row], list[float]]] = {}
    for c in cs:
        rs, ps = [], []
        for tr, te in _group_folds(doc_ids, n):
            train = {doc_ids[i] for i in tr}
            test = {doc_ids[i] for i in te}
            model = fit([r for r in rows if r.doc in train], c=c)
            held = [r for r in rows if r.doc in test]
            rs += held
            ps += _probs(model, held)
        pooled[c] = (rs, ps)
    rs, ps = pooled[cs[0]]
    best = (_row_f1(rs, ps, {"policy": "hand"}), cs[0], "hand", {"policy": "hand"})
    for c, (rs, ps) in pooled.items():
        for name, kw in variants()[1:]:
            f = _row_f1(rs, ps, kw)
            if f > best[0] + 1e-9:
                best = (f, c, name, kw)
    return best[1], best[2], best[3]


def _figures(gold: list[dict], pred: list[dict], texts: dict[str, str], docs: set[str]) -> dict:
    rep = score([g for g in gold if g["doc"] in docs], [p for p in pred if p["doc"] in docs],
                {k: v for k, v in texts.items() if k in docs})
    out = {t: {k: rep[t][k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")} for t in TYPES}
    out["unit_assignment"]["strict_f1"] = rep["unit_assignment"]["strict"]["f1"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, nargs="+", default=[0.3, 1.0, 3.0], help="inverse regularisation strengths")
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args(argv)

    t0 = time.time()
    docs = dev_docs(ROOT)
    rows = [r for r in dump(docs) if not r.hard and not r.past]
    texts = {d.doc_id: read_document(d.doc_path).text for d in docs}
    gold = load_records([d.gold_path for d in docs])
    ids = [d.doc_id for d in docs]
    seeds = {i for i in ids if not re.match(r"w\d*-", i)}  # every wild round (w-, w2-, ... w12-) is wild
    splits = {"all": set(ids), "seeds": seeds, "wild": set(ids) - seeds}
    folds = _group_folds(ids, args.folds)
    print(f"{len(docs)} documents ({len(seeds)} seeds), {len(rows)} decidable candidates "
          f"({sum(r.label for r in rows)} match gold; hand accepts {sum(r.hand for r in rows)}), {args.folds} folds",
          file=sys.stderr)

    preds: dict[str, list[dict]] = {}
    nested: list[dict] = []
    chosen: list[str] = []
    for k, (train_idx, test_idx) in enumerate(folds):
        train_ids = [ids[i] for i in train_idx]
        held = [docs[i] for i in test_idx]
        train_rows = [r for r in rows if r.doc in set(train_ids)]
        for c in args.c:
            model = fit(train_rows, c=c)
            for name, kw in variants():
                if name == "hand" and c != args.c[0]:
                    continue
                key = "hand" if name == "hand" else f"C={c:g} {name}"
                preds.setdefault(key, []).extend(run_docs(held, ModelDecider(model, **kw)))
        c, name, kw = inner_choice(train_rows, train_ids, args.c, max(2, args.folds - 1))
        chosen.append(f"fold {k + 1}: {'hand' if name == 'hand' else f'C={c:g} {name}'}")
        nested.extend(run_docs(held, ModelDecider(fit(train_rows, c=c), **kw)))
    preds["nested selection"] = nested

    results = {key: {s: _figures(gold, pred, texts, d) for s, d in splits.items()} for key, pred in preds.items()}
    head = f"{'variant':<26}" + "".join(f"{s + ' P/R/F1':>22}" for s in splits) + "   unit/strict/goal F1 (all)"
    print(head)
    for key, m in results.items():
        cells = "".join(f"{m[s]['numeric_target']['precision']:>8.3f}{m[s]['numeric_target']['recall']:>7.3f}"
                        f"{m[s]['numeric_target']['f1']:>7.3f}" for s in splits)
        a = m["all"]
        print(f"{key:<26}{cells}   {a['unit_assignment']['f1']:.3f}/{a['unit_assignment']['strict_f1']:.3f}/"
              f"{a['goal']['f1']:.3f}")
    print("nested choices: " + "; ".join(chosen))
    print(f"({time.time() - t0:.0f}s)", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps({"folds": args.folds, "documents": ids, "nested_choices": chosen,
                                               "results": results}, ensure_ascii=False, indent=1) + "\n",
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
