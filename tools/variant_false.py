"""False records a layout variant gains: records the rules give on a variant of a development text that its
(rewritten) gold does not hold and that the original text does not give falsely either.

usage (from the repository root, with this tree's code):
    PYTHONPATH=src python tools/variant_false.py [--ids FILE] [--variants V[,V]] [--workers K] [--root DIR]
                                                 [--out TSV]

For each text and variant (``layout_variants.VARIANTS``) the rules run on the original and on the variant, both are
scored against the gold (rewritten for the variant as ``layout_variants.rewrite_gold`` does); the false records of
each side are the scorer's false positives, and for unit rows also the matched rows with wrong units (strict).
The original's false records are rewritten for the variant the same way as the gold (``rewrite_gold``), and a
variant's false record is *gained* when no false record of the original has its type and quote (compared without
white space, under ``canonical``). Printed: the gained counts per variant and type, then one line per gained record
(doc, variant, type, kind, quote); ``--out`` writes the lines as tab-separated rows.

A dev tool, not part of the package; ``gained_false`` is what the tests call on a made-up text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import layout_variants as lv  # noqa: E402
from extract.data import Document  # noqa: E402
from extract.evaluate import DocLocator, load_records, score  # noqa: E402
from extract.normalise import canonical  # noqa: E402

_WS = re.compile(r"\s+")


def key(rtype: str, quote: str) -> tuple[str, str]:
    """A false record's identity across layouts: its type and its quote without white space, canonical."""
    return rtype, _WS.sub("", canonical(quote))


def false_records(report: dict) -> list[dict]:
    """The false records of a scored side: false positives (kind ``fp``), and unit rows matched with wrong units
    (kind ``units``, one per row, its gold quote)."""
    out = [{"type": e["type"], "kind": "fp", "quote": e["quote"]}
           for e in report["errors"] if e["kind"] == "false_positive"]
    seen = set()
    for m in report["mismatches"]:
        if m["type"] == "unit_assignment" and m["quote"] not in seen:
            seen.add(m["quote"])
            out.append({"type": m["type"], "kind": "units", "quote": m["quote"]})
    return out


def gained_false(doc: Document, gold: list[dict], names: list[str]) -> dict[str, list[dict]]:
    """Per variant name, the false records the variant of ``doc`` gains over the original (see the module doc)."""
    text = doc.text
    base = false_records(score(gold, lv.predict(doc), {doc.doc_id: text}))
    ctx, loc = lv.Ctx(text), DocLocator(text)
    out: dict[str, list[dict]] = {}
    for name in names:
        try:
            edits = lv.disjoint(lv.VARIANTS[name](ctx))
        except Exception:  # noqa: BLE001 - a variant that cannot be made gains nothing
            out[name] = []
            continue
        if not edits:
            out[name] = []
            continue
        new_text = lv.apply_edits(text, edits)
        char_fn = None
        if name in ("half_punct", "full_punct", "s2t"):
            char_fn = lambda s, f=lv.VARIANTS[name]: lv.apply_edits(s, f(lv.Ctx(s)))  # noqa: E731
        gm = lv.rewrite_gold(text, gold, edits, char_fn, loc)
        new_doc = doc.model_copy(update={"text": new_text, "sha256": Document.hash_text(new_text)})
        try:
            var = false_records(score(gm.gold, lv.predict(new_doc), {doc.doc_id: new_text}))
        except Exception:  # noqa: BLE001
            out[name] = []
            continue
        fake = [{"doc": doc.doc_id, "type": r["type"], "quote": r["quote"]} for r in base]
        mapped = lv.rewrite_gold(text, fake, edits, char_fn, loc).gold
        have = Counter(key(r["type"], r["quote"]) for r in base)
        have.update(key(r["type"], r["quote"]) for r in mapped if (r["type"], r["quote"]) not in
                    {(b["type"], b["quote"]) for b in base})
        gained = []
        for r in var:
            k = key(r["type"], r["quote"])
            if have[k]:
                have[k] -= 1
            else:
                gained.append(r)
        out[name] = gained
    return out


def _one(args) -> tuple[str, dict]:
    doc_id, text_path, gold_path, names = args
    from extract.ingest import read_document

    doc = read_document(Path(text_path)).model_copy(update={"doc_id": doc_id})
    gold = [r for r in load_records([Path(gold_path)]) if r["doc"] == doc_id]
    return doc_id, gained_false(doc, gold, names)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=str(lv.ROOT))
    ap.add_argument("--ids")
    ap.add_argument("--variants", default=",".join(lv.VARIANTS))
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--out")
    a = ap.parse_args(argv)
    names = [n for n in a.variants.split(",") if n]
    ids = [x.strip() for x in open(a.ids, encoding="utf-8") if x.strip()] if a.ids else None
    tasks = [(*t, names) for t in lv.doc_tasks(Path(a.root), ids)]
    if a.workers > 1:
        from multiprocessing import Pool

        with Pool(a.workers) as pool:
            results = list(pool.imap_unordered(_one, tasks, chunksize=2))
    else:
        results = [_one(t) for t in tasks]
    results.sort()
    rows = [(d, n, r["type"], r["kind"], r["quote"]) for d, res in results for n in names for r in res[n]]
    tally = Counter((n, t) for _, n, t, _, _ in rows)
    print(f"{len(results)} texts; false records gained per variant")
    print(f"{'variant':15} " + " ".join(f"{lv.SHORT[t]:>14}" for t in lv.TYPES))
    for n in names:
        print(f"{n:15} " + " ".join(f"{tally[(n, t)]:14}" for t in lv.TYPES))
    for d, n, t, k, q in rows:
        print(f"{d}\t{n}\t{t}\t{k}\t{q[:80]!r}")
    if a.out:
        Path(a.out).write_text("".join(f"{d}\t{n}\t{t}\t{k}\t{q!r}\n" for d, n, t, k, q in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
