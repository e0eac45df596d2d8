"""A training variant of the learned target score, measured forward and in cross-validation by document.

    PYTHONPATH=src python tools/target_variant.py --variant nohand forward -- --rounds w21 w20 ...
    PYTHONPATH=src python tools/target_variant.py --variant c10 cv [--folds 5] [--json out.json]

Variants (each a change of ``extract.learn.fit`` only; the candidates, the features computed at run time
and the deciders are unchanged):

``base``    the model as shipped (as ``tools/target_forward.py`` / ``tools/target_cv.py``).
``nohand``  every hand-decision feature (``hand=T``/``hand=F`` and ``hand:CUE``) dropped before training:
            the model has no weight for them, so the hand decision enters only through the policies.
``c10``     the regularisation ten times weaker everywhere: every C the tools ask for is multiplied by 10
            (nested grid 0.3/1/3 -> 3/10/30; the fixed variants and the shipped override at C=3).

``forward`` runs ``tools/target_forward.py`` (its options after ``--``) with the variant's ``fit``.
``cv`` is a lean twin of ``tools/target_cv.py``: the same GroupKFold by document and the same nested
selection (``target_cv.inner_choice``), but only the variants named in ``--fixed`` (at C=0.3 before the
variant's scaling) and the hand cues are run on the held-out folds, so it takes a quarter of the time.
Development gold only (``target_forward.usable_docs``: ``extract.learn.dev_docs`` without any text of the
sealed split's round or a later one, by id).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import extract.learn as learn  # noqa: E402

_FIT = learn.fit


def make_fit(variant: str):
    def fit(rows, c: float = 1.0, **kw):
        if variant == "nohand":
            rows = [dataclasses.replace(r, features=[f for f in r.features if not f.startswith(("hand=", "hand:"))])
                    for r in rows]
        elif variant == "c10":
            c = c * 10
        return _FIT(rows, c=c, **kw)
    return fit


def patch(variant: str) -> None:
    import target_cv
    import target_forward

    f = make_fit(variant)
    learn.fit = f
    target_cv.fit = f
    target_forward.fit = f


def cv(argv: list[str], variant: str) -> int:
    import target_cv
    from extract.evaluate import load_records
    from extract.ingest import read_document
    from extract.learn import dump, run_docs
    from extract.rules.learned import ModelDecider
    from target_forward import usable_docs

    ap = argparse.ArgumentParser(prog="target_variant.py cv")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, nargs="+", default=[0.3, 1.0, 3.0])
    ap.add_argument("--fixed", nargs="*", default=["model@0.5", "weak@0.5", "override@0.2/0.6"])
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    fit = target_cv.fit
    known = dict(target_cv.variants())
    t0 = time.time()
    docs = usable_docs(ROOT)  # dev_docs without the sealed split's round and later ones
    rows = [r for r in dump(docs) if not r.hard and not r.past]
    texts = {d.doc_id: read_document(d.doc_path).text for d in docs}
    gold = load_records([d.gold_path for d in docs])
    ids = [d.doc_id for d in docs]
    seeds = {i for i in ids if not re.match(r"w\d*-", i)}
    splits = {"all": set(ids), "seeds": seeds, "wild": set(ids) - seeds}
    folds = target_cv._group_folds(ids, args.folds)
    print(f"{variant}: {len(docs)} documents, {len(rows)} decidable candidates, {args.folds} folds", file=sys.stderr)
    preds: dict[str, list[dict]] = {"hand": run_docs(docs, None)}
    chosen = []
    for k, (tr, te) in enumerate(folds):
        train_ids = [ids[i] for i in tr]
        held = [docs[i] for i in te]
        train_rows = [r for r in rows if r.doc in set(train_ids)]
        model = fit(train_rows, c=0.3)
        for v in args.fixed:
            preds.setdefault(f"C=0.3 {v}", []).extend(run_docs(held, ModelDecider(model, **known[v])))
        c, name, kw = target_cv.inner_choice(train_rows, train_ids, args.c, max(2, args.folds - 1))
        chosen.append(f"fold {k + 1}: {'hand' if name == 'hand' else f'C={c:g} {name}'}")
        preds.setdefault("nested selection", []).extend(
            [p for p in preds["hand"] if p["doc"] in {d.doc_id for d in held}] if name == "hand"
            else run_docs(held, ModelDecider(fit(train_rows, c=c), **kw)))
        print(f"fold {k + 1} done ({time.time() - t0:.0f}s): {chosen[-1]}", file=sys.stderr, flush=True)
    results = {key: {s: target_cv._figures(gold, p, texts, d) for s, d in splits.items()} for key, p in preds.items()}
    print(f"variant {variant} (C as asked; c10 multiplies it by 10)")
    for key, m in results.items():
        cells = "  ".join(f"{s} {m[s]['numeric_target']['precision']:.3f}/{m[s]['numeric_target']['recall']:.3f}/"
                          f"{m[s]['numeric_target']['f1']:.3f} ({m[s]['numeric_target']['tp']}/"
                          f"{m[s]['numeric_target']['fp']}/{m[s]['numeric_target']['fn']})" for s in splits)
        print(f"{key:<24} {cells}")
    print("nested choices: " + "; ".join(chosen))
    if args.json:
        Path(args.json).write_text(json.dumps({"variant": variant, "folds": args.folds, "documents": len(ids),
                                               "nested_choices": chosen, "results": results,
                                               "wall_s": round(time.time() - t0, 1)},
                                              ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--variant", choices=["base", "nohand", "c10"], required=True)
    ap.add_argument("mode", choices=["forward", "cv"])
    ap.add_argument("rest", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    rest = a.rest[1:] if a.rest[:1] == ["--"] else a.rest
    if a.variant != "base":
        patch(a.variant)
    if a.mode == "cv":
        return cv(rest, a.variant)
    import target_forward

    return target_forward.main(rest)


if __name__ == "__main__":
    sys.exit(main())
