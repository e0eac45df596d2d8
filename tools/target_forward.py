"""Leave-one-round-out ("forward") evaluation of the learned target score against the hand cues.

    PYTHONPATH=src python tools/target_forward.py [--rounds w16 w15] [--c 0.3 1 3]
        [--hand-read-through w15] [--json eval/reports/target-forward.json]

The wild development texts come in collection rounds by id prefix (``w-`` first, then ``w2-`` ...
``w16-``); the hand cues were written round by round. For each held-out round G this script trains
the model on the seeds and the wild dev texts of the other rounds (regime ``others``) and, stricter,
on the seeds and the rounds older than G only (regime ``older``); chooses C and the policy/threshold
by the nested inner cross-validation of ``tools/target_cv.py`` (``inner_choice``: GroupKFold by
document on the training documents alone, candidate-level F1, the hand cues unless a model variant
is strictly better); runs the rules backend with that decider on G's texts; and scores the records
with ``evaluate.score`` (micro over documents, as ``extract eval``). The hand cues alone are scored on
the same texts. The shipped fixed variant (override 0.2/0.6, C=0.3) trained on the same documents is
reported beside it, and so is each variant named by ``--fixed`` (``target_cv.variants`` names, e.g.
``model@0.5``: the model alone at that cut; C=0.3), chosen in advance, not by looking at the held-out
round. Pooled figures score the records of several held-out rounds together.

``--totals-only PATH[:KEY]`` names held-out texts whose figures may be seen as totals only (a forward half,
e.g. ``/work/r33/w52-split.json:B``: a JSON list of ids, or the list under KEY of a JSON object): no per-document
entry of them is written (``docs_changed_*`` keep the other texts and count the hidden ones).
``--records DIR`` writes the held-out records of the hand cues and of every variant run (``hand.jsonl``,
``REGIME-chosen.jsonl``, ``REGIME-shipped.jsonl``, ``REGIME-fixed-VARIANT.jsonl``) so that any part of the held-out
texts can be scored by ``extract eval`` with its own gold list (``tools/target_forward_halves.py``).
``--weights N`` writes the N largest weights (by size) of each round's C=0.3 model.

``--hand-read-through`` names the last round the hand cues at the worktree's commit were written on
(in-sample there; default w15: the tenth round's start rules were written on w-, w2- ... w15-, never on
w16-). Development gold only: ``extract.learn.dev_docs`` (the sealed split refused by id); on top of
that every text of the sealed split's collection round and of any later round (``unread_rounds``: the
rounds of the ids in ``eval/gold/sealed/split.json`` and every round numbered above them, so the
sealed-next round too) is dropped before anything of it is read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from extract.evaluate import load_records  # noqa: E402
from extract.ingest import read_document  # noqa: E402
from extract.learn import DevDoc, dev_docs, dump, fit, run_docs, sealed_ids  # noqa: E402
from extract.rules.learned import ModelDecider  # noqa: E402
from target_cv import _figures, inner_choice, variants  # noqa: E402

SHIPPED = {"policy": "override", "low": 0.2, "high": 0.6}


def round_of(doc_id: str) -> str:
    m = re.match(r"(w\d*)-", doc_id)
    return m.group(1) if m else "seed"


def round_no(r: str) -> int:
    return 0 if r == "seed" else 1 if r == "w" else int(r[1:])


def unread_rounds(root: Path) -> int | None:
    """The lowest round number that must never be read: that of the sealed split's ids
    (``eval/gold/sealed/split.json``); every round from it on is dropped (the sealed-next round is
    numbered above it). None when the split file names no wild round."""
    nos = [round_no(round_of(i)) for i in sealed_ids(root) if round_of(i) != "seed"]
    return min(nos) if nos else None


def usable_docs(root: Path) -> list[DevDoc]:
    """``dev_docs`` without any text of the sealed split's round or a later one (by id: nothing of
    them is opened)."""
    cut = unread_rounds(root)
    return [d for d in dev_docs(root) if cut is None or round_of(d.doc_id) == "seed"
            or round_no(round_of(d.doc_id)) < cut]


def totals_only_ids(spec: str | None) -> set[str]:
    """The ids of ``--totals-only PATH[:KEY]``: a JSON list, or the list under KEY of a JSON object."""
    if not spec:
        return set()
    path, _, key = spec.rpartition(":") if not Path(spec).exists() else (spec, "", "")
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if key:
        data = data[key]
    if not isinstance(data, list) or not all(isinstance(i, str) for i in data):
        raise ValueError(f"--totals-only {spec}: not a list of ids")
    return set(data)


def changed_docs(hand_doc: dict, model_doc: dict, hidden: set[str]) -> dict:
    """The texts where a variant's (tp, fp, fn) differs from the hand cues', without the hidden ones
    (those are only counted, under ``hidden``)."""
    out = {d: {"hand": hand_doc[d], "model": model_doc[d]} for d in sorted(hand_doc)
           if hand_doc[d] != model_doc[d] and d not in hidden}
    n = sum(1 for d in hand_doc if d in hidden and hand_doc[d] != model_doc[d])
    if n:
        out["hidden"] = n
    return out


def top_weights(model, n: int) -> dict[str, float]:
    return dict(sorted(model.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:n])


def write_records(path: Path, recs: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")


def nt(fig: dict) -> dict:
    return fig["numeric_target"]


def per_doc(gold, pred, texts, docs) -> dict[str, tuple[int, int, int]]:
    out = {}
    for d in sorted(docs):
        f = nt(_figures(gold, pred, texts, {d}))
        out[d] = (f["tp"], f["fp"], f["fn"])
    return out


def f1_of(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def bootstrap(hand: dict, model: dict, n: int = 2000, seed: int = 0) -> dict:
    """Resampling documents: the model's F1 minus the hand's, its 2.5/97.5 percentiles and the share
    of resamples where it is > 0."""
    ids = sorted(hand)
    rnd = random.Random(seed)
    diffs = []
    for _ in range(n):
        s = [rnd.choice(ids) for _ in ids]
        h = [sum(hand[d][k] for d in s) for k in range(3)]
        m = [sum(model[d][k] for d in s) for k in range(3)]
        diffs.append(f1_of(*m) - f1_of(*h))
    diffs.sort()
    return {"resamples": n, "p2.5": round(diffs[int(0.025 * n)], 4), "p97.5": round(diffs[int(0.975 * n) - 1], 4),
            "share_model_better": round(sum(x > 0 for x in diffs) / n, 3),
            "share_equal": round(sum(x == 0 for x in diffs) / n, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", nargs="+", default=["w16", "w15"],
                    help="held-out rounds in the order to run them ('all' for every wild round)")
    ap.add_argument("--regimes", nargs="+", default=["others", "older"], choices=["others", "older"])
    ap.add_argument("--c", type=float, nargs="+", default=[0.3, 1.0, 3.0])
    ap.add_argument("--inner-folds", type=int, default=4)
    ap.add_argument("--fixed", nargs="*", default=["model@0.5"],
                    help="fixed variants (names of target_cv's variants) also reported, each trained at C=0.3")
    ap.add_argument("--hand-read-through", default="w15",
                    help="the last round the hand cues were written on (in-sample up to it; default w15)")
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--totals-only", metavar="PATH[:KEY]",
                    help="held-out texts whose figures are written as totals only (a JSON list of ids, or KEY's list)")
    ap.add_argument("--records", metavar="DIR", help="write the held-out records of every variant here")
    ap.add_argument("--weights", type=int, default=0, metavar="N",
                    help="write the N largest weights of each round's C=0.3 model")
    args = ap.parse_args(argv)
    try:
        hidden = totals_only_ids(args.totals_only)
    except (OSError, ValueError, KeyError) as e:
        ap.error(f"--totals-only {args.totals_only}: {e}")

    t0 = time.time()
    docs = usable_docs(ROOT)
    ids = [d.doc_id for d in docs]
    rounds = {i: round_of(i) for i in ids}
    all_rounds = sorted(set(rounds.values()) - {"seed"}, key=round_no)
    targets = all_rounds[::-1] if args.rounds == ["all"] else args.rounds
    missing = [g for g in targets if g not in all_rounds]
    if missing:
        ap.error(f"--rounds {' '.join(missing)}: no development texts of that round (rounds with gold: "
                 f"{' '.join(all_rounds)}; the sealed split's round and later ones are never read)")
    known = dict(variants())
    bad = [v for v in args.fixed if v not in known or v == "hand"]
    if bad:
        ap.error(f"--fixed {' '.join(bad)}: not a model variant; choose from {' '.join(list(known)[1:])}")
    hand_on = {r for r in all_rounds if round_no(r) <= round_no(args.hand_read_through)}
    texts = {d.doc_id: read_document(d.doc_path).text for d in docs}
    gold = load_records([d.gold_path for d in docs])
    rows = [r for r in dump(docs) if not r.hard and not r.past]
    t_dump = time.time() - t0
    t1 = time.time()
    hand_pred = run_docs(docs, None)
    t_hand = time.time() - t1
    print(f"{len(docs)} documents, {len(rows)} decidable candidates; dump {t_dump:.1f}s, hand run {t_hand:.1f}s",
          file=sys.stderr)

    out: dict = {"documents": len(docs), "candidates": len(rows), "C": args.c, "inner_folds": args.inner_folds,
                 "hand_read_through": args.hand_read_through,
                 "rounds": {}, "timing_s": {"dump_all": round(t_dump, 1), "hand_run_all": round(t_hand, 1)}}
    preds: dict[str, list[dict]] = {}  # (regime) -> held-out records of every round run
    ship_preds: dict[str, list[dict]] = {}
    fixed_preds: dict[str, dict[str, list[dict]]] = {v: {} for v in args.fixed}
    train_s = eval_s = 0.0
    for g in targets:
        held_docs = [d for d in docs if rounds[d.doc_id] == g]
        held = {d.doc_id for d in held_docs}
        hand_fig = _figures(gold, hand_pred, texts, held)
        hand_doc = per_doc(gold, hand_pred, texts, held)
        entry = {"texts": len(held), "hand_in_sample": g in hand_on, "hand": hand_fig}
        for regime in args.regimes:
            train_ids = [i for i in ids if rounds[i] != g and
                         (regime == "others" or round_no(rounds[i]) < round_no(g))]
            tset = set(train_ids)
            train_rows = [r for r in rows if r.doc in tset]
            if len(train_ids) < args.inner_folds:
                entry[regime] = {"skipped": f"{len(train_ids)} training documents"}
                continue
            ta = time.time()
            c, name, kw = inner_choice(train_rows, train_ids, args.c, args.inner_folds)
            model = fit(train_rows, c=c)
            shipped_model = fit(train_rows, c=0.3)
            tb = time.time()
            pred = run_docs(held_docs, ModelDecider(model, **kw)) if name != "hand" else \
                [p for p in hand_pred if p["doc"] in held]
            spred = run_docs(held_docs, ModelDecider(shipped_model, **SHIPPED))
            fpreds = {v: run_docs(held_docs, ModelDecider(shipped_model, **known[v])) for v in args.fixed}
            tc = time.time()
            train_s += tb - ta
            eval_s += tc - tb
            preds.setdefault(regime, []).extend(pred)
            ship_preds.setdefault(regime, []).extend(spred)
            for v, fp in fpreds.items():
                fixed_preds[v].setdefault(regime, []).extend(fp)
            mdoc = per_doc(gold, pred, texts, held)
            sdoc = per_doc(gold, spred, texts, held)
            entry[regime] = {
                "train_documents": len(train_ids), "train_candidates": len(train_rows),
                "chosen": "hand" if name == "hand" else f"C={c:g} {name}",
                "model": _figures(gold, pred, texts, held),
                "shipped_override_0.2_0.6_C0.3": _figures(gold, spred, texts, held),
                "docs_changed_chosen": changed_docs(hand_doc, mdoc, hidden),
                "docs_changed_shipped": changed_docs(hand_doc, sdoc, hidden),
                "bootstrap_chosen_minus_hand": bootstrap(hand_doc, mdoc),
                "bootstrap_shipped_minus_hand": bootstrap(hand_doc, sdoc),
                "train_s": round(tb - ta, 1), "eval_s": round(tc - tb, 1),
            }
            if args.weights:
                entry[regime]["top_weights_C0.3"] = top_weights(shipped_model, args.weights)
                entry[regime]["bias_C0.3"] = shipped_model.bias
            for v, fp in fpreds.items():
                fdoc = per_doc(gold, fp, texts, held)
                entry[regime][f"fixed {v} C0.3"] = _figures(gold, fp, texts, held)
                entry[regime][f"bootstrap_fixed {v}_minus_hand"] = bootstrap(hand_doc, fdoc)
                entry[regime][f"docs_changed_fixed {v}"] = changed_docs(hand_doc, fdoc, hidden)
            h, m, s = nt(hand_fig), nt(entry[regime]["model"]), nt(entry[regime]["shipped_override_0.2_0.6_C0.3"])
            print(f"{g:<4} {len(held):>3} {regime:<6} hand {h['precision']:.3f}/{h['recall']:.3f}/{h['f1']:.3f} "
                  f"({h['tp']}/{h['fp']}/{h['fn']})  {entry[regime]['chosen']:<22} "
                  f"{m['precision']:.3f}/{m['recall']:.3f}/{m['f1']:.3f} ({m['tp']}/{m['fp']}/{m['fn']})  "
                  f"shipped {s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f} ({s['tp']}/{s['fp']}/{s['fn']})  "
                  + "".join(f"{v} {nt(entry[regime][f'fixed {v} C0.3'])['f1']:.3f} "
                            f"({nt(entry[regime][f'fixed {v} C0.3'])['tp']}/{nt(entry[regime][f'fixed {v} C0.3'])['fp']}/"
                            f"{nt(entry[regime][f'fixed {v} C0.3'])['fn']})  " for v in fpreds)
                  + f"[{tb - ta:.0f}s train, {tc - tb:.0f}s eval]", flush=True)
        out["rounds"][g] = entry
        if args.records:
            rd = Path(args.records)
            done = {i for i, r in rounds.items() if r in out["rounds"]}
            write_records(rd / "hand.jsonl", [p for p in hand_pred if p["doc"] in done])
            for regime in args.regimes:
                for label, src in [("chosen", preds), ("shipped", ship_preds)] + \
                        [(f"fixed-{v}", fp) for v, fp in fixed_preds.items()]:
                    if regime in src:
                        write_records(rd / f"{regime}-{label}.jsonl", src[regime])
        if args.json:  # written after every round, so a late stop keeps what was measured
            _pool(out, preds, ship_preds, fixed_preds, hand_pred, gold, texts, rounds, targets, args.regimes, hand_on)
            out["timing_s"].update({"train_total": round(train_s, 1), "eval_total": round(eval_s, 1),
                                    "wall": round(time.time() - t0, 1)})
            Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    _pool(out, preds, ship_preds, fixed_preds, hand_pred, gold, texts, rounds, targets, args.regimes, hand_on)
    out["timing_s"].update({"train_total": round(train_s, 1), "eval_total": round(eval_s, 1),
                            "wall": round(time.time() - t0, 1)})
    for name, p in out["pooled"].items():
        print(f"pooled {name}: " + json.dumps({k: {kk: v.get(kk) for kk in ("precision", "recall", "f1", "tp", "fp", "fn")}
                                                for k, v in p.items() if isinstance(v, dict) and "f1" in v}),
              flush=True)
    print(f"({time.time() - t0:.0f}s; training {train_s:.0f}s, evaluation {eval_s:.0f}s)", file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def _pool(out, preds, ship_preds, fixed_preds, hand_pred, gold, texts, rounds, targets, regimes, hand_on) -> None:
    done = [g for g in targets if g in out["rounds"]]
    last = max(hand_on, key=round_no) if hand_on else "none"
    groups = {"all held-out rounds run": set(done),
              f"rounds the hand cues were not written on (after {last})": {g for g in done if g not in hand_on},
              f"hand in-sample rounds (w-..{last})": {g for g in done if g in hand_on}}
    pooled = {}
    for name, gs in groups.items():
        if not gs:
            continue
        held = {i for i, r in rounds.items() if r in gs}
        p = {"rounds": sorted(gs, key=round_no), "texts": len(held),
             "hand": nt(_figures(gold, hand_pred, texts, held))}
        hdoc = per_doc(gold, hand_pred, texts, held)
        for regime in regimes:
            for label, src in [("chosen", preds), ("shipped", ship_preds)] + [(f"fixed {v}", fp) for v, fp in
                                                                          fixed_preds.items()]:
                recs = [x for x in src.get(regime, []) if x["doc"] in held]
                if not all(out["rounds"][g].get(regime, {}).get("model") for g in gs):
                    continue  # a round of the group was not run (or skipped) in this regime
                p[f"{regime} {label}"] = nt(_figures(gold, recs, texts, held))
                p[f"{regime} {label} bootstrap"] = bootstrap(hdoc, per_doc(gold, recs, texts, held))
        pooled[name] = p
    out["pooled"] = pooled


if __name__ == "__main__":
    sys.exit(main())
