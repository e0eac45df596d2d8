"""Training data and training for the learned target score (``rules.learned``).

``dump``: every number the numeric-target rules consider in a labelled document (accepted and
rejected by the hand cues, review sections included), with its features and a label from gold: does
a gold numeric_target match it by the scorer's condition (``evaluate``: same value and unit, and an
overlapping quote or a similar indicator)? ``fit`` trains the logistic regression (scikit-learn, at
training time only); ``run_docs`` runs the rules backend with a decider and returns records as
``records.jsonl`` lines, for scoring held-out documents exactly as ``extract eval`` does.

Only development gold is read: the seed gold (``eval/gold/*.jsonl``) and the wild dev gold
(``eval/gold/wild/*.jsonl``). The sealed split (``eval/gold/sealed/``, its ids in ``split.json``) is
never read, and refused by id should one of its files stand beside the dev gold.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extract.cues import Decision
from extract.data import Document, NumericTarget, Span, spec_dict
from extract.errors import UserError
from extract.evaluate import DocLocator, _pair_score, _prepare, load_records
from extract.ground import ground
from extract.ingest import read_document
from extract.learn_commands import DEFAULT_C, DEFAULT_HIGH, DEFAULT_LOW, DEFAULT_POLICY
from extract.pipeline import _dedupe
from extract.prepared import PreparedDoc, prepare
from extract.rules import RulesExtractor
from extract.rules.learned import TargetModel, features, is_weak
from extract.rules.targets import Candidate, Decider

SEALED_SPLIT = Path("eval/gold/sealed/split.json")


def sealed_ids(root: Path) -> set[str]:
    """The ids of the current sealed split (``eval/gold/sealed/split.json``, key ``ids``)."""
    import json

    p = root / SEALED_SPLIT
    if not p.exists():
        return set()
    try:
        return set(json.loads(p.read_text(encoding="utf-8"))["ids"])
    except (ValueError, KeyError, TypeError) as e:
        raise UserError(f"{p}: not a split file with an \"ids\" list ({e}); fix or remove it") from e


@dataclass(frozen=True)
class DevDoc:
    doc_id: str
    doc_path: Path
    gold_path: Path


def dev_docs(root: Path) -> list[DevDoc]:
    """The development documents with gold: the seeds (``eval/gold/*.jsonl`` over ``data/docs``) and
    the wild dev texts (``eval/gold/wild/*.jsonl`` over ``data/docs/wild``). Never the sealed split."""
    out = []
    sealed = sealed_ids(root)
    for gold_dir, doc_dir in ((root / "eval/gold", root / "data/docs"), (root / "eval/gold/wild", root / "data/docs/wild")):
        for g in sorted(gold_dir.glob("*.jsonl")):
            if g.stem in sealed:
                continue  # a sealed text must never be trained or tuned on
            d = doc_dir / f"{g.stem}.txt"
            if not d.exists():
                raise UserError(f"{g}: no document {d}")
            out.append(DevDoc(g.stem, d, g))
    return out


@dataclass
class Row:
    """One candidate of one document: its features, the hand decision and the gold label."""

    doc: str
    features: list[str]
    label: bool
    hand: bool
    hard: bool  # rejected by a labelling rule: no model decides it
    past: bool  # in a review section (the hand cues skip them)
    weak: bool  # where the hand cues are weakest (``learned.is_weak``)
    value: float
    unit: str
    indicator: str
    quote: str
    cues: tuple[str, ...]
    sentence: str = ""
    pos: int = 0


class _Recorder:
    def __init__(self) -> None:
        self.seen: list[Candidate] = []

    def __call__(self, c: Candidate) -> Decision:
        self.seen.append(c)
        return c.hand


def candidates(prepared: PreparedDoc) -> list[Candidate]:
    """Every numeric-target candidate of a document, review sections included."""
    rec = _Recorder()
    RulesExtractor(decider=rec, past_sections=True).extract(prepared)
    return rec.seen


def label(cands: list[Candidate], doc: Document, prepared: PreparedDoc, gold: list[dict]) -> list[tuple[bool, str]]:
    """(matches a gold numeric_target, the candidate's quote) per candidate: the candidate as a record
    (its clause up to the number) is grounded like any record and matched by the scorer's condition."""
    recs = [NumericTarget(doc=doc.doc_id, quote="", norm_span=Span(start=c.start, end=max(c.end, c.start + 1)),
                          indicator=c.indicator or "?", value=c.value, unit=c.unit) for c in cands]
    grounded = ground(recs, doc.text, prepared.normalised)
    loc = DocLocator(doc.text)
    golds = [_prepare(g, loc.locate(g["quote"])) for g in gold if g["type"] == "numeric_target"]
    out = []
    for r in grounded:
        p = _prepare(spec_dict(r), loc.locate(r.quote) if r.quote else None)
        hit = p.span is not None and any(_pair_score("numeric_target", g, p) is not None for g in golds)
        out.append((hit, r.quote))
    return out


def dump(docs: list[DevDoc]) -> list[Row]:
    rows: list[Row] = []
    for d in docs:
        doc = read_document(d.doc_path)
        prepared = prepare(doc)
        cands = candidates(prepared)
        gold = [g for g in load_records([d.gold_path]) if g["doc"] == d.doc_id]
        for c, (y, quote) in zip(cands, label(cands, doc, prepared, gold)):
            rows.append(Row(doc=d.doc_id, features=features(c), label=y, hand=c.hand.target, hard=c.hard,
                            past=c.role == "past", weak=is_weak(c), value=c.value, unit=c.unit,
                            indicator=c.indicator, quote=quote, cues=c.hand.cues, sentence=c.sentence,
                            pos=c.pos))
    return rows


def fit(rows: list[Row], c: float = 1.0, min_count: int = 2, version: str = "target-lr") -> TargetModel:
    """A logistic regression on ``rows`` (scikit-learn, imported here: run time needs none): features
    seen fewer than ``min_count`` times are dropped; weights are kept to five decimals."""
    try:
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:  # pragma: no cover - scikit-learn is a dependency
        raise UserError("training needs scikit-learn: pip install scikit-learn") from exc
    counts: dict[str, int] = {}
    for r in rows:
        for f in r.features:
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    data, indices, indptr = [], [], [0]
    for r in rows:
        idx = sorted({vocab[f] for f in r.features if f in vocab})
        indices += idx
        data += [1.0] * len(idx)
        indptr.append(len(indices))
    x = csr_matrix((data, indices, indptr), shape=(len(rows), len(vocab)))
    y = np.array([r.label for r in rows], dtype=int)
    if len(set(y.tolist())) < 2:
        raise UserError("training needs both target and non-target candidates")
    lr = LogisticRegression(C=c, max_iter=2000, solver="liblinear", random_state=0)  # liblinear shuffles
    lr.fit(x, y)
    names = sorted(vocab, key=vocab.__getitem__)
    weights = {n: round(float(w), 5) for n, w in zip(names, lr.coef_[0]) if abs(w) >= 1e-4}
    return TargetModel(weights=weights, bias=round(float(lr.intercept_[0]), 5), version=version)


def run_docs(docs: list[DevDoc], decider: Decider | None) -> list[dict]:
    """The rules backend's grounded records on ``docs`` with ``decider``, as ``records.jsonl`` lines."""
    extractor = RulesExtractor(decider=decider)  # None: the hand cues alone
    out = []
    for d in docs:
        doc = read_document(d.doc_path)
        prepared = prepare(doc)
        recs = _dedupe(ground(extractor.extract(prepared), doc.text, prepared.normalised))
        out += [spec_dict(r) for r in recs if r.is_grounded]
    return out




def train(root: Path, c: float = DEFAULT_C, policy: str = DEFAULT_POLICY, low: float = DEFAULT_LOW,
          high: float = DEFAULT_HIGH, threshold: float = 0.5) -> TargetModel:
    """The target model trained on every development document's candidates (those a labelling rule
    did not reject, outside review sections); its version is a digest of what it computes."""
    import hashlib
    import json

    docs = dev_docs(root)
    if not docs:
        raise UserError(f"{root}: no development gold under eval/gold/*.jsonl or eval/gold/wild/*.jsonl")
    rows = [r for r in dump(docs) if not r.hard and not r.past]
    model = fit(rows, c=c)
    model.policy, model.low, model.high, model.threshold = policy, low, high, threshold
    body = json.dumps([model.bias, sorted(model.weights.items()), policy, low, high, threshold], ensure_ascii=False)
    model.version = "tlr1-" + hashlib.sha256(body.encode()).hexdigest()[:10]
    model.meta = {"C": c, "documents": len(docs), "candidates": len(rows), "targets": sum(r.label for r in rows),
                  "features": len(model.weights), "trained_on": [d.doc_id for d in docs]}
    return model
