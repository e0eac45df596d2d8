"""Scorer: compare predicted records with gold records (``shared/spec/records.md``).

Quotes are located in the *canonical* text of their document (``normalise.canonical_mapped``):
first by exact search of ``canonical(quote)`` (the first occurrence when it occurs several times; the
k-th record of one side, document and type with the same quote takes the k-th occurrence, as a page
that prints a sentence twice has one record per mention),
else by the best fuzzy alignment (``rapidfuzz.fuzz.partial_ratio_alignment``, score >= 80). A quote
found neither way is *unlocatable*: a predicted one is a grounding failure (it never matches and
counts as a false positive); a gold one can still match by indicator/task similarity.

Per document and per type, gold and predicted records are matched one to one, best match first:
every pair meeting the spec's match condition gets a score (quote overlap in canonical characters,
then indicator/task character F1), pairs are taken greedily in descending score order while both
sides are free (ties: earlier gold, then earlier prediction). Every precision/recall/F1 is
micro-averaged over documents (counts summed) and is 0 when undefined (see tp/fp/fn).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from rapidfuzz import fuzz

from extract.data import RECORD_TYPES, SPEC_FIELDS
from extract.errors import EvalError
from extract.normalise import canonical, canonical_mapped

FUZZY_CUTOFF = 80.0  # rapidfuzz score, i.e. similarity >= 0.8
SIMILAR_F1 = 0.5  # indicator / task character F1 for a match without quote overlap
REL_TOL = 1e-6
COMPARATORS = (">=", "<=", "<", ">", "=")
ATTRIBUTES = ("target_year", "comparator", "value_max")
BASELINE_F1S = ("numeric_target.f1", "unit_assignment.f1", "unit_assignment.strict.f1",
                "unit_assignment.micro_units.f1", "goal.f1")

_STR, _NUM, _INT, _STRLIST, _CMP = "a string", "a number", "an integer", "a list of strings", "a comparator"
# field -> (expected kind, may be null, may be absent (then null))
_FIELD_RULES: dict[str, dict[str, tuple[str, bool, bool]]] = {
    "numeric_target": {"indicator": (_STR, False, False), "value": (_NUM, False, False),
                       "value_max": (_NUM, True, True), "unit": (_STR, False, False),
                       "comparator": (_CMP, False, False), "target_year": (_INT, True, True)},
    "unit_assignment": {"task": (_STR, False, False), "lead_units": (_STRLIST, False, False),
                        "responsible_units": (_STRLIST, False, False)},
    "goal": {"text": (_STR, False, False), "target_year": (_INT, True, True)},
}


# -- loading -------------------------------------------------------------------------------
def _fail(where: str, problem: str) -> NoReturn:
    raise EvalError(f"{where}: {problem}")


def _kind_ok(value: Any, kind: str) -> bool:
    if kind == _STR:
        return isinstance(value, str)
    if kind == _NUM:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if kind == _INT:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == _CMP:
        return value in COMPARATORS
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def validate_record(rec: Any, where: str) -> dict:
    """Check one record's shape; returns a copy with absent nullable fields set to None."""
    if not isinstance(rec, dict):
        _fail(where, f"a record must be a JSON object, got {type(rec).__name__}")
    for key in ("doc", "type", "quote"):
        if key not in rec:
            _fail(where, f"missing field '{key}' (every record needs doc, type and quote)")
    if not isinstance(rec["doc"], str) or not rec["doc"]:
        _fail(where, "'doc' must be a non-empty string (the document file name without extension)")
    if rec["type"] not in RECORD_TYPES:
        _fail(where, f"unknown type {rec['type']!r}; expected one of {', '.join(RECORD_TYPES)}")
    if not isinstance(rec["quote"], str):
        _fail(where, "'quote' must be a string")
    out = dict(rec)
    for name, (kind, nullable, optional) in _FIELD_RULES[rec["type"]].items():
        if name not in rec:
            if optional:
                out[name] = None
                continue
            _fail(where, f"{rec['type']} record is missing field '{name}'")
        value = rec[name]
        if value is None and nullable:
            continue
        if not _kind_ok(value, kind):
            allowed = f"{kind} or null" if nullable else kind
            if kind == _CMP:
                allowed = "one of " + ", ".join(COMPARATORS)
            _fail(where, f"field '{name}' must be {allowed}, got {value!r}")
    return out


def gold_files(paths: list[Path]) -> list[Path]:
    """Gold arguments as files: a folder stands for the ``*.jsonl`` files directly in it (not its
    subfolders: ``eval/gold`` holds the seeds' gold, and ``eval/gold/sealed`` must never be scored by
    accident). A folder with no ``*.jsonl`` file is an error that names it."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(path.glob("*.jsonl"))
            if not found:
                raise EvalError(f"{path}: a folder with no .jsonl gold file in it; pass gold JSONL files or their folder")
            out.extend(found)
        else:
            out.append(path)
    return out


def load_records(paths: list[Path]) -> list[dict]:
    """Read JSON Lines record files; blank lines and ``//`` lines are skipped."""
    records: list[dict] = []
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise EvalError(f"{path}: cannot read as UTF-8 text: {exc}") from exc
        for lineno, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("//"):
                continue
            where = f"{path}:{lineno}"
            try:
                rec = json.loads(stripped)
            except json.JSONDecodeError as exc:
                _fail(where, f"not valid JSON ({exc.msg} at column {exc.colno}); one record per line")
            records.append(validate_record(rec, where))
    return records


def load_docs(paths: list[Path]) -> dict[str, str]:
    """Documents for ``score``: doc id -> original text (files or folders)."""
    from extract.ingest import discover, read_document

    return {d.doc_id: d.text for d in (read_document(p) for p in discover(paths))}


# -- locating and similarity --------------------------------------------------------------
def locate(quote: str, doc_norm: str) -> tuple[int, int] | None:
    """Span of ``quote`` in the canonical document text ``doc_norm``, or None (unlocatable).
    Exact search first (the first occurrence wins), else the best fuzzy alignment >= 80."""
    q = canonical(quote)
    if not q or not doc_norm:
        return None
    i = doc_norm.find(q)
    if i >= 0:
        return i, i + len(q)
    al = fuzz.partial_ratio_alignment(q, doc_norm, score_cutoff=FUZZY_CUTOFF)
    if al is None or al.dest_end <= al.dest_start:
        return None
    return al.dest_start, al.dest_end


class DocLocator:
    """One document's canonical text with a cache of located quotes."""

    def __init__(self, text: str) -> None:
        self.mapped = canonical_mapped(text)
        self.norm = self.mapped.text
        self._cache: dict[str, tuple[int, int] | None] = {}

    def locate(self, quote: str, nth: int = 0) -> tuple[int, int] | None:
        """Span of ``quote``; ``nth`` > 0 asks for its (nth+1)-th exact occurrence, for the
        (nth+1)-th record of one side whose quote is the same (a sentence the page prints twice has
        one record per mention, eval/README.md G4). Falls back to the first occurrence (or the fuzzy
        alignment) when the text holds fewer exact occurrences."""
        if quote not in self._cache:
            self._cache[quote] = locate(quote, self.norm)
        first = self._cache[quote]
        if nth <= 0 or first is None:
            return first
        q = canonical(quote)
        i = self.norm.find(q)
        for _ in range(nth):
            if i < 0:
                break
            i = self.norm.find(q, i + len(q))
        return (i, i + len(q)) if i >= 0 and q else first


def _counter_f1(a: Counter[str], b: Counter[str]) -> float:
    na, nb = sum(a.values()), sum(b.values())
    if not na or not nb:
        return 0.0
    common = sum((a & b).values())
    return 2 * common / (na + nb)


def char_f1(a: str, b: str) -> float:
    """Character-level F1 of two normalised strings (characters as multisets); 0.0 if either is empty."""
    return _counter_f1(Counter(a), Counter(b))


def _unit(u: str) -> str:
    c = canonical(u).replace("％", "%")
    return "%" if c == "百分之" else c


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL)


# -- matching -----------------------------------------------------------------------------
@dataclass
class _Rec:
    rec: dict
    span: tuple[int, int] | None
    key: Counter[str] = field(default_factory=Counter)  # indicator / task characters
    unit: str = ""
    lead: frozenset[str] = frozenset()
    resp: frozenset[str] = frozenset()


def _prepare(rec: dict, span: tuple[int, int] | None) -> _Rec:
    t = rec["type"]
    r = _Rec(rec, span)
    if t == "numeric_target":
        r.key, r.unit = Counter(canonical(rec["indicator"])), _unit(rec["unit"])
    elif t == "unit_assignment":
        r.key = Counter(canonical(rec["task"]))
        r.lead = frozenset(canonical(u) for u in rec["lead_units"])
        r.resp = frozenset(canonical(u) for u in rec["responsible_units"])
    return r


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _pair_score(t: str, g: _Rec, p: _Rec) -> tuple[float, float] | None:
    """The pair's score (higher is better) if it meets the spec's match condition, else None."""
    ov = _overlap(g.span, p.span)
    if t == "goal":
        if g.span is None or p.span is None:
            return None
        shorter = min(g.span[1] - g.span[0], p.span[1] - p.span[0])
        return (ov, 0.0) if ov > 0 and ov >= shorter / 2 else None
    if t == "numeric_target":
        if not (math.isclose(g.rec["value"], p.rec["value"], rel_tol=REL_TOL) and g.unit == p.unit):
            return None
    sim = _counter_f1(g.key, p.key)
    return (ov, sim) if ov > 0 or sim >= SIMILAR_F1 else None


def _match(t: str, golds: list[_Rec], preds: list[_Rec]) -> list[tuple[int, int]]:
    """One-to-one greedy matching, best score first; returns (gold index, pred index) pairs."""
    cands: list[tuple[tuple[float, float], int, int]] = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if p.span is None:  # a grounding failure never matches
                continue
            s = _pair_score(t, g, p)
            if s is not None:
                cands.append((s, gi, pi))
    cands.sort(key=lambda c: (-c[0][0], -c[0][1], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


# -- scoring ------------------------------------------------------------------------------
def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def _triples(r: _Rec) -> set[tuple[str, str]]:
    return {("lead", u) for u in r.lead} | {("responsible", u) for u in r.resp}


def _error(rec: dict, kind: str, side: str) -> dict[str, Any]:
    out: dict[str, Any] = {"doc": rec["doc"], "type": rec["type"], "kind": kind, "side": side,
                           "quote": rec["quote"], "section": rec.get("section")}
    out.update({name: rec.get(name) for name in SPEC_FIELDS[rec["type"]]})
    return out


def _check_docs(records: list[dict], docs: dict[str, str], side: str) -> None:
    missing = sorted({r["doc"] for r in records} - set(docs))
    if missing:
        raise EvalError(f"{side} records name document(s) not given: {', '.join(missing)}; pass each "
                        f"document's file with --docs (e.g. --docs data/docs/{missing[0]}.txt)")


def score(gold: list[dict], pred: list[dict], docs: dict[str, str]) -> dict[str, Any]:
    """Score ``pred`` against ``gold``; ``docs`` maps doc id -> original document text."""
    gold = [validate_record(r, f"gold record {i + 1}") for i, r in enumerate(gold)]
    pred = [validate_record(r, f"predicted record {i + 1}") for i, r in enumerate(pred)]
    _check_docs(gold, docs, "gold")
    _check_docs(pred, docs, "predicted")
    counts = {t: Counter[str]() for t in RECORD_TYPES}
    strict, micro, attrs = Counter[str](), Counter[str](), Counter[str]()
    goal_years = 0
    per_doc: dict[str, Any] = {}
    unloc_doc: dict[str, dict[str, int]] = {}
    errors: list[dict[str, Any]] = []
    mismatches: list[dict[str, Any]] = []
    for doc in sorted(docs):
        loc = DocLocator(docs[doc])
        per_doc[doc] = {}
        unloc_doc[doc] = {"pred": 0, "gold": 0}
        for t in RECORD_TYPES:
            sides: dict[str, list[_Rec]] = {}
            for side, recs in (("gold", gold), ("pred", pred)):
                seen: Counter[str] = Counter()
                sides[side] = []
                for r in recs:
                    if r["doc"] == doc and r["type"] == t:
                        sides[side].append(_prepare(r, loc.locate(r["quote"], seen[r["quote"]])))
                        seen[r["quote"]] += 1
                for r in sides[side]:
                    if r.span is None:
                        unloc_doc[doc][side] += 1
                        errors.append(_error(r.rec, "unlocatable", side))
            gs, ps = sides["gold"], sides["pred"]
            pairs = _match(t, gs, ps)
            mg, mp = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
            c = Counter(tp=len(pairs), fp=len(ps) - len(pairs), fn=len(gs) - len(pairs))
            counts[t].update(c)
            entry = prf(c["tp"], c["fp"], c["fn"])
            errors += [_error(gs[i].rec, "false_negative", "gold") for i in range(len(gs)) if i not in mg]
            errors += [_error(ps[i].rec, "false_positive", "pred") for i in range(len(ps)) if i not in mp]
            if t == "numeric_target":
                for gi, pi in pairs:
                    g, p = gs[gi].rec, ps[pi].rec
                    for a in ATTRIBUTES:
                        ok = _close(g[a], p[a]) if a == "value_max" else g[a] == p[a]
                        attrs[a] += ok
                        if not ok:
                            mismatches.append({"doc": doc, "type": t, "field": a, "quote": g["quote"],
                                               "section": g.get("section"), "gold": g[a], "pred": p[a]})
            elif t == "goal":  # the year of a matched goal (the spec's F1 pairs goals by their quotes only)
                for gi, pi in pairs:
                    g, p = gs[gi].rec, ps[pi].rec
                    ok = g["target_year"] == p["target_year"]
                    goal_years += ok
                    if not ok:
                        mismatches.append({"doc": doc, "type": t, "field": "target_year", "quote": g["quote"],
                                           "section": g.get("section"), "gold": g["target_year"],
                                           "pred": p["target_year"]})
            elif t == "unit_assignment":
                sc, mc = Counter[str](), Counter[str]()
                for gi, pi in pairs:
                    g, p = gs[gi], ps[pi]
                    sc["tp"] += g.lead == p.lead and g.resp == p.resp
                    gt, pt = _triples(g), _triples(p)
                    mc.update(tp=len(gt & pt), fp=len(pt - gt), fn=len(gt - pt))
                    for a, gv, pv in (("lead_units", g.lead, p.lead), ("responsible_units", g.resp, p.resp)):
                        if gv != pv:
                            mismatches.append({"doc": doc, "type": t, "field": a, "quote": g.rec["quote"],
                                               "section": g.rec.get("section"), "gold": g.rec[a],
                                               "pred": p.rec[a]})
                sc.update(fp=len(ps) - sc["tp"], fn=len(gs) - sc["tp"])
                mc.update(fp=sum(len(_triples(ps[i])) for i in range(len(ps)) if i not in mp),
                          fn=sum(len(_triples(gs[i])) for i in range(len(gs)) if i not in mg))
                strict.update(sc)
                micro.update(mc)
                entry["strict_f1"] = prf(sc["tp"], sc["fp"], sc["fn"])["f1"]
                entry["micro_units_f1"] = prf(mc["tp"], mc["fp"], mc["fn"])["f1"]
            per_doc[doc][t] = entry
    report: dict[str, Any] = {t: prf(counts[t]["tp"], counts[t]["fp"], counts[t]["fn"]) for t in RECORD_TYPES}
    n_matched = counts["numeric_target"]["tp"]
    report["numeric_target"]["attributes"] = {a: (attrs[a] / n_matched if n_matched else 0.0)
                                              for a in ATTRIBUTES}
    n_goals = counts["goal"]["tp"]
    report["goal"]["attributes"] = {"target_year": goal_years / n_goals if n_goals else 0.0}
    report["unit_assignment"]["strict"] = prf(strict["tp"], strict["fp"], strict["fn"])
    report["unit_assignment"]["micro_units"] = prf(micro["tp"], micro["fp"], micro["fn"])
    report["unlocatable"] = {"pred": sum(d["pred"] for d in unloc_doc.values()),
                             "gold": sum(d["gold"] for d in unloc_doc.values()), "per_doc": unloc_doc}
    report["per_doc"] = per_doc
    report["errors"] = errors
    report["mismatches"] = mismatches
    return report


# -- alignment for one document (the review page's diff view) ---------------------------------
@dataclass
class Aligned:
    """One item of a document's diff: a matched pair (``tp``; ``fields`` lists the fields the two
    disagree on, gold value then predicted), a prediction that matches nothing (``fp``) or a gold
    record nothing predicted (``fn``). Indexes point into the lists given to ``align``; ``gold_span``
    is the gold quote's span in the original text (None if unlocatable)."""

    type: str
    status: str  # tp | fp | fn
    gold: int | None = None
    pred: int | None = None
    gold_span: tuple[int, int] | None = None
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)


def _field_diffs(t: str, g: _Rec, p: _Rec) -> dict[str, tuple[Any, Any]]:
    out: dict[str, tuple[Any, Any]] = {}
    if t == "numeric_target":
        for a in ATTRIBUTES:
            ok = _close(g.rec[a], p.rec[a]) if a == "value_max" else g.rec[a] == p.rec[a]
            if not ok:
                out[a] = (g.rec[a], p.rec[a])
    elif t == "unit_assignment":
        for a, gv, pv in (("lead_units", g.lead, p.lead), ("responsible_units", g.resp, p.resp)):
            if gv != pv:
                out[a] = (g.rec[a], p.rec[a])
    elif t == "goal" and g.rec["target_year"] != p.rec["target_year"]:
        out["target_year"] = (g.rec["target_year"], p.rec["target_year"])
    return out


def align(gold: list[dict], pred: list[dict], text: str) -> list[Aligned]:
    """Match one document's gold and predicted records exactly as ``score`` does (same locating,
    same one-to-one matching) and say, per record, whether it is a true positive, a false positive or
    a false negative."""
    loc = DocLocator(text)
    mapped = loc.mapped
    out: list[Aligned] = []
    for t in RECORD_TYPES:
        gi_all = [i for i, r in enumerate(gold) if r["type"] == t]
        pi_all = [i for i, r in enumerate(pred) if r["type"] == t]
        gs = [_prepare(gold[i], loc.locate(gold[i]["quote"])) for i in gi_all]
        ps = [_prepare(pred[i], loc.locate(pred[i]["quote"])) for i in pi_all]
        pairs = _match(t, gs, ps)

        def raw(r: _Rec) -> tuple[int, int] | None:
            return mapped.to_orig(*r.span) if r.span is not None else None

        for gi, pi in pairs:
            out.append(Aligned(t, "tp", gi_all[gi], pi_all[pi], raw(gs[gi]), _field_diffs(t, gs[gi], ps[pi])))
        mg, mp = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        out += [Aligned(t, "fn", gold=gi_all[i], gold_span=raw(gs[i])) for i in range(len(gs)) if i not in mg]
        out += [Aligned(t, "fp", pred=pi_all[i]) for i in range(len(ps)) if i not in mp]
    return out


# -- reports and baselines ----------------------------------------------------------------
def _short(text: str, n: int = 80) -> str:
    s = " ".join(str(text).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _row(label: str, m: dict[str, Any], width: int = 18) -> str:
    return (f"{label:<{width}} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
            f"{m['tp']:5d} {m['fp']:5d} {m['fn']:5d}")


def format_report(report: dict[str, Any], show_errors: bool = False) -> str:
    """A plain-text view of a ``score`` report."""
    head = f"{'':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
    lines = [f"Scores (micro-averaged over {len(report['per_doc'])} documents)", head]
    for t in RECORD_TYPES:
        lines.append(_row(t, report[t]))
        if t == "unit_assignment":
            lines.append(_row("  strict", report[t]["strict"]))
            lines.append(_row("  micro_units", report[t]["micro_units"]))
    nt = report["numeric_target"]
    attrs = "  ".join(f"{a} {v:.3f}" for a, v in nt["attributes"].items())
    lines.append(f"numeric_target attributes on {nt['tp']} matched pairs: {attrs}")
    if "attributes" in report["goal"]:
        lines.append(f"goal target_year on {report['goal']['tp']} matched pairs: "
                     f"{report['goal']['attributes']['target_year']:.3f}")
    un = report["unlocatable"]
    lines.append(f"unlocatable quotes: predicted {un['pred']}, gold {un['gold']}")
    lines += ["", "Per document",
              f"{'doc':<24} {'type':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"
              f"  {'strict':>6} {'micro':>6}"]
    for doc, types in report["per_doc"].items():
        for t, m in types.items():
            extra = (f"  {m['strict_f1']:6.3f} {m['micro_units_f1']:6.3f}" if "strict_f1" in m else "")
            lines.append(f"{_short(doc, 24):<24} {t:<16} {m['precision']:6.3f} {m['recall']:6.3f} "
                         f"{m['f1']:6.3f} {m['tp']:4d} {m['fp']:4d} {m['fn']:4d}{extra}")
        u = un["per_doc"].get(doc, {"pred": 0, "gold": 0})
        if u["pred"] or u["gold"]:
            lines.append(f"{'':<24} unlocatable: predicted {u['pred']}, gold {u['gold']}")
    if show_errors:
        tags = {"false_positive": "FP", "false_negative": "FN", "unlocatable": "UNLOC"}
        lines += ["", f"Errors ({len(report['errors'])})"]
        for e in report["errors"]:
            keys = ", ".join(f"{k}={e[k]!r}" for k in SPEC_FIELDS[e["type"]] if k in e)
            lines.append(f"[{tags.get(e['kind'], e['kind'])}/{e.get('side', '')}] {e['doc']} {e['type']}"
                         f" section={e['section'] or '-'}")
            lines.append(f"    quote: {_short(e['quote'])}")
            lines.append(f"    {keys}")
        mism = report.get("mismatches", [])
        if mism:
            lines += ["", f"Matched pairs with wrong fields ({len(mism)})"]
            for m in mism:
                lines.append(f"[{m['field']}] {m['doc']} section={m['section'] or '-'}: gold {m['gold']!r}"
                             f" pred {m['pred']!r}")
                lines.append(f"    quote: {_short(m['quote'])}")
    return "\n".join(lines)


def _get(d: dict[str, Any], path: str) -> Any:
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return None
        d = d[part]
    return d


def baseline_from_report(report: dict[str, Any]) -> dict[str, Any]:
    """The subset of a report kept as a baseline: P/R/F1 per type (and unit sub-scores), unlocatable."""

    def prf_only(m: dict[str, Any]) -> dict[str, float]:
        return {k: round(m[k], 6) for k in ("precision", "recall", "f1")}

    out: dict[str, Any] = {t: prf_only(report[t]) for t in RECORD_TYPES}
    for sub in ("strict", "micro_units"):
        out["unit_assignment"][sub] = prf_only(report["unit_assignment"][sub])
    out["unlocatable"] = {"pred": report["unlocatable"]["pred"], "gold": report["unlocatable"]["gold"]}
    return out


def check_baseline(report: dict[str, Any], baseline: dict[str, Any], tolerance: float = 0.01) -> list[str]:
    """One message per F1 that dropped by more than ``tolerance`` below the baseline."""
    msgs: list[str] = []
    for path in BASELINE_F1S:
        base, cur = _get(baseline, path), _get(report, path)
        if not isinstance(base, (int, float)) or not isinstance(cur, (int, float)):
            continue
        if base - cur > tolerance + 1e-9:
            msgs.append(f"{path} dropped from {base:.3f} to {cur:.3f} ({cur - base:+.3f}, "
                        f"tolerance {tolerance:.3f})")
    return msgs
