#!/usr/bin/env python
"""Totals only of an eval --json report: F1 (tp/fp/fn) per type. Usage: tot.py REPORT.json [LABEL]"""
import json, sys
d = json.load(open(sys.argv[1])); lab = sys.argv[2] if len(sys.argv) > 2 else ""
out = []
for t in ("numeric_target", "unit_assignment", "goal"):
    m = d[t]
    if t == "unit_assignment":
        m = m.get("strict", m)
    tp, fp, fn = m.get("tp"), m.get("fp"), m.get("fn")
    p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
    f = 2 * p * r / (p + r) if p + r else 0
    out.append(f"{f:.3f} ({tp}/{fp}/{fn})")
unl = d.get("unlocatable", {})
print(lab, " / ".join(out), "unlocatable pred", unl.get("pred"), "gold", unl.get("gold"))
