"""A learned score for numeric-target candidates: is this number a future target?

The rules find every candidate (``rules.targets.Candidate``) and decide it by hand cues. Here a
logistic regression over the same cues, as binary features, and over character n-grams of the
clause before the number gives each candidate a probability. ``ModelDecider`` lets it decide where
the hand cues are weakest; a hard rejection by a labelling rule (a name, an age, a baseline) is never
overridden. The model is a JSON file of named weights (``TARGET_MODEL``), trained from the gold by
``extract train-targets``; scoring is a sum of weights, no library needed.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from extract.cues import Decision, commitment_cues, status_cue
from extract.rules.targets import _SUFFIX, Candidate, _comparator
from extract.rules.target_hand_decisions import _YEARS_VALUE, _year_stated_before
from extract.rules.text import FUTURE_MARKERS, PAST_MARKERS, deadline_year, is_past, is_past_at

FEATURES_VERSION = "f1"
TARGET_MODEL = Path(__file__).resolve().parent.parent / "models" / "target_model.json"


def _ngrams(text: str, prefix: str, n_max: int = 3) -> list[str]:
    text = re.sub(r"\d+(?:\.\d+)?", "0", text)
    out = []
    for n in range(1, n_max + 1):
        out += [prefix + text[i:i + n] for i in range(len(text) - n + 1)]
    return out


def _length_bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-8" if n <= 8 else "9-20" if n <= 20 else "21+"


def features(c: Candidate) -> list[str]:
    """The candidate's binary features, by name: every cue the hand decision reads (each on its
    own, not only the first that decided), where the number stands, and character n-grams of the
    last ten characters of its clause and of the four after it."""
    before, after, clause = c.before, c.after, c.clause_head
    f = [f"role={c.role}", f"origin={c.origin}", f"hand={'T' if c.hand.target else 'F'}"]
    f += [f"hand:{cue}" for cue in c.hand.cues]
    f += [f"c:{cue}" for cue in commitment_cues(clause, after)]
    f += [f"s:{cue}" for cue in commitment_cues(before)]
    strong, weak = status_cue(clause, "plan"), status_cue(clause, "none")
    if strong:
        f.append("st:" + strong)
    elif weak:
        f.append("wst:" + weak)
    if is_past_at(c.sentence, c.pos):
        f.append("past_at")
    if is_past(c.sentence):
        f.append("past_sent")
    if PAST_MARKERS.search(clause):
        f.append("past_clause")
    if FUTURE_MARKERS.search(before):
        f.append("future_before")
    if deadline_year(c.sentence) is not None:
        f.append("deadline_sent")
    ys = _year_stated_before(before)
    if ys is not None:
        f.append("year:nodoc" if c.doc_year is None else
                 "year<doc" if ys < c.doc_year else "year=doc" if ys == c.doc_year else "year>doc")
    if _YEARS_VALUE.search(before):
        f.append("years_value")
    sm = _SUFFIX.match(after)
    if sm:
        f.append("sfx=" + sm.group(1))
    if _comparator(before, sm.group(1) if sm else "") != "=":
        f.append("cmp")
    f.append(f"u={c.unit}")
    f.append("int" if c.value == int(c.value) else "dec")
    if c.value >= 100:
        f.append("v>=100")
    if "分别" in clause:
        f.append("fenbie")
    if clause.count("、") >= 2 or "、" in after[:8]:
        f.append("enum")
    f.append("clen=" + _length_bucket(len(clause)))
    if re.match(r"^(?:在|到|至)?\s*20\d\d\s*年", c.sentence):
        f.append("open_year")
    f += _ngrams(clause[-10:], "b:")
    f += _ngrams(after[:4], "a:", 2)
    return sorted(set(f))


@dataclass
class TargetModel:
    """Named feature weights of a logistic regression; ``score`` is its probability."""

    weights: dict[str, float]
    bias: float
    version: str
    threshold: float = 0.5  # the model's own cut
    policy: str = "model"  # how ModelDecider combines it with the hand cues
    low: float = 0.5  # override policy: the hand's accept is vetoed below ``low`` ...
    high: float = 0.5  # ... and its cue rejection overturned above ``high``
    meta: dict = field(default_factory=dict)  # what it was trained on, its CV figures

    def margin(self, feats: list[str]) -> float:
        return self.bias + sum(self.weights.get(x, 0.0) for x in feats)

    def score(self, c: Candidate) -> float:
        z = self.margin(features(c))
        return 1.0 / (1.0 + math.exp(-z)) if z > -35 else 0.0

    def to_json(self) -> dict:
        return {"version": self.version, "features_version": FEATURES_VERSION, "bias": self.bias,
                "threshold": self.threshold, "policy": self.policy, "low": self.low, "high": self.high,
                "meta": self.meta, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: dict) -> "TargetModel":
        if data.get("features_version") != FEATURES_VERSION:
            raise ValueError(f"target model built for features {data.get('features_version')!r}, "
                             f"this code computes {FEATURES_VERSION!r}: retrain with `extract train-targets`")
        return cls(weights={k: float(v) for k, v in data["weights"].items()}, bias=float(data["bias"]),
                   version=str(data["version"]), threshold=float(data.get("threshold", 0.5)),
                   policy=str(data.get("policy", "model")), low=float(data.get("low", 0.5)),
                   high=float(data.get("high", 0.5)), meta=data.get("meta", {}))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = TARGET_MODEL) -> "TargetModel":
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


_WEAK = ("bare",)  # the hand cues' weakest decisions: a bare number, or one admitted by its section only


def is_weak(c: Candidate) -> bool:
    """Where the hand cues are weakest: a number with no cue of its own (``bare``), one admitted
    only by its section (``section:plan``/``section:goal``), or any number outside an outline."""
    cues = c.hand.cues
    return (bool(cues) and (cues[0] in _WEAK or cues[0].startswith("section:"))) or c.role == "none"


class ModelDecider:
    """Combines the hand cues and the model (``rules.targets.Decider``). Policies:
    ``hand`` the hand cues alone; ``model`` the model alone on every candidate a labelling rule did
    not reject; ``override`` the hand cues, vetoed below ``low`` and overturned above ``high``;
    ``weak`` the model only where the hand cues are weakest (``is_weak``). A decision the model took
    part in carries ``model:P``; one that overturns the hand cues names theirs as ``overrides:CUE``."""

    def __init__(self, model: TargetModel, policy: str | None = None, threshold: float | None = None,
                 low: float | None = None, high: float | None = None) -> None:
        self.model = model
        self.policy = policy or model.policy
        self.threshold = model.threshold if threshold is None else threshold
        self.low = model.low if low is None else low
        self.high = model.high if high is None else high
        if self.policy not in ("hand", "model", "override", "weak"):
            raise ValueError(f"unknown policy {self.policy!r}")

    def __call__(self, c: Candidate) -> Decision:
        hand = c.hand
        if self.policy == "hand" or c.hard or (not hand.target and hand.cues[:1] == ("section:past",)
                                                and self.policy != "model"):
            return hand
        p = self.model.score(c)
        tag = f"model:{p:.2f}"
        if self.policy == "model" or (self.policy == "weak" and is_weak(c)):
            target = p >= self.threshold
        elif self.policy == "override":
            target = p >= self.low if hand.target else p > self.high
        else:
            return hand
        if target == hand.target:
            return Decision(target, hand.cues + (tag,))
        return Decision(target, tuple("overrides:" + cue for cue in hand.cues) + (tag,))


_DEFAULT: list = []


def default_decider() -> ModelDecider | None:
    """The shipped model (``TARGET_MODEL``) with its own policy, loaded once, when
    ``EXTRACT_TARGET_MODEL`` is ``on``; None (the hand cues alone) otherwise or when the package holds
    no model. Off by default: in cross-validation by document it ties the hand cues (numeric_target F1
    0.946 against 0.945 with the variant chosen inside each fold; no change on ten texts added later)
    and doubles the rules' time."""
    import os

    setting = os.environ.get("EXTRACT_TARGET_MODEL", "off").strip().lower()
    if setting not in ("on", "off", "1", "0", "true", "false", ""):
        from extract.errors import UserError

        raise UserError(f"EXTRACT_TARGET_MODEL={setting!r}: use on or off")
    if setting not in ("on", "1", "true"):
        return None
    if not _DEFAULT:
        if TARGET_MODEL.exists():
            _DEFAULT.append(ModelDecider(TargetModel.load(TARGET_MODEL)))
        else:
            import logging

            logging.getLogger(__name__).warning("no target model at %s: the hand cues decide alone", TARGET_MODEL)
            _DEFAULT.append(None)
    return _DEFAULT[0]
