#!/usr/bin/env python
"""per_doc_diff.py BASE_EVAL.json NEW_EVAL.json : per-doc tp/fp/fn changes on dev texts only (never a text of
eval/gold/sealed or eval/gold/sealed-next: their split.json ids are skipped)"""
import json, os, sys
M = "/work/main"
HELD = set()
for s in ("sealed", "sealed-next"):
    if os.path.exists(f"{M}/eval/gold/{s}/split.json"):
        HELD |= set(json.load(open(f"{M}/eval/gold/{s}/split.json"))["ids"])
a = json.load(open(sys.argv[1]))["per_doc"]; b = json.load(open(sys.argv[2]))["per_doc"]
def trip(d, t):
    m = d.get(t, {})
    r = (m.get("tp", 0), m.get("fp", 0), m.get("fn", 0))
    return r + (round(m.get("strict_f1", 0), 3),) if t == "unit_assignment" else r
for doc in sorted(set(a) | set(b)):
    if doc in HELD: continue
    for t in ("numeric_target", "unit_assignment", "goal"):
        x, y = trip(a.get(doc, {}), t), trip(b.get(doc, {}), t)
        if x != y: print(f"{t[:4]} {doc[:60]:60s} {x} -> {y}")
