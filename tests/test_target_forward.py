"""tools/target_forward.py: which development texts the forward evaluation may read."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[1] / "tools"


@pytest.fixture(scope="module")
def fwd():
    sys.path.insert(0, str(TOOLS))
    spec = importlib.util.spec_from_file_location("target_forward", TOOLS / "target_forward.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _corpus(root: Path, wild_ids: list[str], sealed: list[str] | None) -> None:
    (root / "eval/gold/wild").mkdir(parents=True)
    (root / "data/docs/wild").mkdir(parents=True)
    (root / "eval/gold/seed-a.jsonl").write_text("", encoding="utf-8")
    (root / "data/docs/seed-a.txt").write_text("某区规划", encoding="utf-8")
    for i in wild_ids:
        (root / f"eval/gold/wild/{i}.jsonl").write_text("", encoding="utf-8")
        (root / f"data/docs/wild/{i}.txt").write_text("到2030年建成5所学校。", encoding="utf-8")
    if sealed is not None:
        (root / "eval/gold/sealed").mkdir(parents=True)
        (root / "eval/gold/sealed/split.json").write_text(json.dumps({"ids": sealed}), encoding="utf-8")


def test_round_of_and_number(fwd):
    assert fwd.round_of("w16-some-page") == "w16"
    assert fwd.round_of("w-some-page") == "w"
    assert fwd.round_of("rongchang-2023") == "seed"
    assert [fwd.round_no(r) for r in ("seed", "w", "w2", "w16")] == [0, 1, 2, 16]


def test_sealed_round_and_later_rounds_are_dropped(fwd, tmp_path):
    # a stray gold file of the sealed round (not in the split) and one of a later round: neither is read
    _corpus(tmp_path, ["w-a", "w15-b", "w16-c", "w17-stray", "w18-next"], sealed=["w17-x", "w17-y"])
    assert fwd.unread_rounds(tmp_path) == 17
    assert [d.doc_id for d in fwd.usable_docs(tmp_path)] == ["seed-a", "w-a", "w15-b", "w16-c"]


def test_without_a_split_file_every_dev_text_is_usable(fwd, tmp_path):
    _corpus(tmp_path, ["w13-a", "w16-b"], sealed=None)
    assert fwd.unread_rounds(tmp_path) is None
    assert [d.doc_id for d in fwd.usable_docs(tmp_path)] == ["seed-a", "w13-a", "w16-b"]


def test_unknown_round_is_refused(fwd, capsys):
    with pytest.raises(SystemExit):
        fwd.main(["--rounds", "w9999"])  # no such round (a round at or above the sealed split's is refused the same way)
    assert "w9999" in capsys.readouterr().err


def test_unknown_fixed_variant_is_refused(fwd, capsys):
    with pytest.raises(SystemExit):
        fwd.main(["--rounds", "w16", "--fixed", "model@0.55"])
    assert "model@0.55" in capsys.readouterr().err


def test_totals_only_ids_from_a_list_or_a_key(fwd, tmp_path):
    (tmp_path / "split.json").write_text(json.dumps({"A": ["w9-a"], "B": ["w9-b", "w9-c"]}), encoding="utf-8")
    (tmp_path / "ids.json").write_text(json.dumps(["w9-d"]), encoding="utf-8")
    assert fwd.totals_only_ids(f"{tmp_path / 'split.json'}:B") == {"w9-b", "w9-c"}
    assert fwd.totals_only_ids(str(tmp_path / "ids.json")) == {"w9-d"}
    assert fwd.totals_only_ids(None) == set()
    with pytest.raises(ValueError):
        fwd.totals_only_ids(str(tmp_path / "split.json"))  # an object without a key is no list of ids


def test_hidden_texts_are_counted_never_named(fwd):
    hand = {"w9-a": (1, 0, 0), "w9-b": (2, 1, 0), "w9-c": (0, 0, 1)}
    model = {"w9-a": (1, 1, 0), "w9-b": (2, 0, 0), "w9-c": (0, 0, 1)}
    out = fwd.changed_docs(hand, model, {"w9-b"})
    assert out == {"w9-a": {"hand": (1, 0, 0), "model": (1, 1, 0)}, "hidden": 1}
    assert fwd.changed_docs(hand, model, set()).keys() == {"w9-a", "w9-b"}


def test_unknown_totals_only_file_is_refused(fwd, tmp_path, capsys):
    with pytest.raises(SystemExit):
        fwd.main(["--rounds", "w16", "--totals-only", f"{tmp_path / 'none.json'}:B"])
    assert "--totals-only" in capsys.readouterr().err


def test_top_weights_by_size(fwd):
    from extract.rules.learned import TargetModel

    m = TargetModel(weights={"a": 0.1, "b": -2.0, "c": 1.5}, bias=0.0, version="t")
    assert list(fwd.top_weights(m, 2)) == ["b", "c"]


def _halves():
    sys.path.insert(0, str(TOOLS))
    spec = importlib.util.spec_from_file_location("target_forward_halves", TOOLS / "target_forward_halves.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_halves_keep_totals_only():
    halves = _halves()
    fig = {"precision": 1.0, "recall": 0.5, "f1": 0.667, "tp": 1, "fp": 0, "fn": 1}
    report = {"numeric_target": dict(fig), "unit_assignment": {**fig, "strict": dict(fig)}, "goal": dict(fig),
              "per_doc": {"w9-b": {}}, "errors": [{"doc": "w9-b"}], "mismatches": [{"doc": "w9-b"}]}
    t = halves.totals(report)
    assert set(t) == {"numeric_target", "unit_assignment", "goal"}
    assert "w9-b" not in json.dumps(t)
    assert t["unit_assignment"]["strict"]["tp"] == 1


def test_halves_refuse_an_unknown_part(tmp_path, capsys):
    halves = _halves()
    (tmp_path / "split.json").write_text(json.dumps({"A": ["w9-a"]}), encoding="utf-8")
    (tmp_path / "hand.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(SystemExit):
        halves.main(["--records", str(tmp_path), "--split", str(tmp_path / "split.json"), "--totals-only", "B"])
    assert "B" in capsys.readouterr().err
