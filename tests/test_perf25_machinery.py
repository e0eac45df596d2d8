"""The twenty-fifth round's fast paths agree with the slow ones they replace (speedA25)."""

from __future__ import annotations

import random

from extract.data import Goal, GroundingStatus, NumericTarget, UnitAssignment, trusted_span, with_fields
from extract.store import _general_body, record_body

_CHARS = "学校率甲局乙县“”\"\\\n\t/é\u3000\x01\u2028%年 ,:{}[]"


def _text(rng: random.Random, empty: bool = True) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(rng.randint(0 if empty else 1, 12)))


def _maybe(rng: random.Random, value):
    return None if rng.random() < 0.3 else value


def _record(rng: random.Random):
    base = dict(doc=_text(rng, False), quote=_text(rng), section=_maybe(rng, _text(rng)),
                backend=_maybe(rng, "rules"), backend_version=_maybe(rng, _text(rng)),
                span=_maybe(rng, trusted_span(rng.randint(0, 10**6), rng.randint(0, 10**6))),
                norm_span=_maybe(rng, trusted_span(rng.randint(0, 99), rng.randint(0, 99))),
                grounding=_maybe(rng, rng.choice(list(GroundingStatus))))
    kind = rng.randrange(3)
    if kind == 0:
        value = rng.choice([rng.uniform(-1e9, 1e9), 1e-7, 0.0, -0.0, 3.0, 1e300, 12345678901234.5])
        return NumericTarget(**base, indicator=_text(rng), value=value,
                             value_max=_maybe(rng, rng.uniform(0, 100)), unit=_text(rng),
                             comparator=rng.choice(["=", ">=", "<=", ">", "<"]),
                             target_year=_maybe(rng, rng.randint(1990, 2060)),
                             cues=_maybe(rng, [_text(rng) for _ in range(rng.randint(0, 3))]))
    if kind == 1:
        return UnitAssignment(**base, task=_text(rng), lead_units=[_text(rng) for _ in range(rng.randint(0, 3))],
                              responsible_units=[_text(rng) for _ in range(rng.randint(0, 3))],
                              cues=_maybe(rng, [_text(rng) for _ in range(rng.randint(0, 3))]))
    return Goal(**base, text=_text(rng), target_year=_maybe(rng, rng.randint(1990, 2060)))


def test_record_body_writer_is_the_json_encoder_on_random_records() -> None:
    """The per-class writer of ``record_body`` writes what ``json`` writes of ``spec_dict`` and the id, whatever the
    fields hold (None, escapes, control characters, floats of every size, enums, lists)."""
    rng = random.Random(25)
    for _ in range(3000):
        r = _record(rng)
        key = _text(rng)
        assert record_body(r, key) == _general_body(r, key), r


def test_record_body_writer_takes_the_general_path_for_other_kinds() -> None:
    """A value of a kind the writer does not write itself (a float infinity, a tuple, a bool) goes
    through the general encoder, as before."""
    base = dict(doc="d", quote="q", span=trusted_span(1, 2))
    records = [with_fields(NumericTarget(**base, indicator="i", value=1.0, unit="u"), {"value": float("inf")}),
               with_fields(UnitAssignment(**base, task="t"), {"lead_units": ("甲", "乙")}),
               with_fields(Goal(**base, text="t"), {"target_year": True})]
    for r in records:
        assert record_body(r, "k") == _general_body(r, "k"), r


def test_collapse_blank_lines_both_ways_are_the_plain_substitution(monkeypatch) -> None:
    """``_collapse_blank_lines`` edit by edit (a few runs) and in whole-array passes (many) gives the text and map of
    ``mt.sub(_BLANK_LINES, "\\n")``, whichever way a text takes."""
    import re

    import extract.normalise as N
    from extract.mapped import MappedText

    rng = random.Random(2025)
    texts = ["".join(rng.choice("ab\n\n\n学??") for _ in range(rng.randint(0, 200))) for _ in range(600)]
    texts += ["\n\n", "\n" * 70, "a\n\n" * 40, "\n\nb", "b\n\n"]
    for few in (0, 10**9):
        monkeypatch.setattr(N, "_FEW_BLANK_RUNS", few)
        for text in texts:
            mt = MappedText.identity(text).sub(re.compile(r"\?\?"), "xyz")  # a map that is not the identity
            a, b = N._collapse_blank_lines(mt), mt.sub(N._BLANK_LINES, "\n")
            assert (a.text, list(a.starts), list(a.ends)) == (b.text, list(b.starts), list(b.ends)), text


def test_deletions_rebuild_the_map_once_as_step_by_step() -> None:
    """``normalise._Deletions``: steps that delete or replace runs by one character, run on the text with the map
    rebuilt once, give the text and map of the same steps applied one after another (``MappedText._apply``), whatever
    the steps do."""
    import re

    from extract.mapped import MappedText
    from extract.normalise import _Deletions

    rng = random.Random(11)
    for _ in range(4000):
        n = rng.randint(0, 120)
        text = "".join(rng.choice("ab 学\n?") for _ in range(n))
        mt = MappedText.identity(text).sub(re.compile(r"\?"), lambda m: rng.choice(["", "xy", "z"]))  # not the identity
        step_by_step, deletions = mt, _Deletions(mt)
        for _ in range(rng.randint(1, 4)):
            runs, pos, cur = [], 0, deletions.text
            assert cur == step_by_step.text
            while pos < len(cur):
                a = pos + rng.randint(0, 6)
                b = min(len(cur), a + rng.randint(0, 3))
                if a > len(cur):
                    break
                runs.append((a, b, rng.choice(["", "", " ", "x", "学"])))
                pos = max(b, a)
            step_by_step = step_by_step._apply([(a, b, c) for a, b, c in runs if b > a or not c])
            if all(not c for _a, _b, c in runs) and rng.random() < 0.5:
                deletions.delete(runs)
            else:
                deletions.edit(runs)
        got = deletions.mapped()
        assert got.text == deletions.text
        assert (got.text, list(got.starts), list(got.ends)) == \
            (step_by_step.text, list(step_by_step.starts), list(step_by_step.ends)), text
