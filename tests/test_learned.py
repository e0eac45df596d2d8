"""The learned numeric-target score: candidates and their hand decisions, features, the shipped
model's loading and scoring, the deciders, the labels from gold, and training on a toy corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.cues import Decision
from extract.rules import RULES_VERSION, RulesExtractor
from extract.errors import UserError
from extract.rules.learned import TARGET_MODEL, ModelDecider, TargetModel, default_decider, features, is_weak
from extract.rules.targets import Candidate, find_targets


def _cands(text: str, role: str = "plan", doc_year: int | None = None) -> list[Candidate]:
    seen: list[Candidate] = []

    def rec(c: Candidate) -> Decision:
        seen.append(c)
        return c.hand

    find_targets(text, role=role, doc_year=doc_year, decider=rec)
    return seen


def test_candidates_carry_hand_decisions():
    cs = _cands("到2025年,学前三年毛入园率达到95%以上。全市现有幼儿园120所。3-6周岁幼儿。", role="none")
    by_value = {c.value: c for c in cs}
    assert by_value[95].hand.target and "comparator" in by_value[95].hand.cues
    assert not by_value[120].hand.target and by_value[120].hand.cues[0].startswith("status:")
    assert not by_value[120].hard  # a cue decision: a model may overturn it
    assert by_value[3].hand.cues == ("age",) and by_value[3].hard
    assert 2025 not in by_value  # a year is no candidate
    c = by_value[95]
    assert c.sentence[c.pos:c.num_end] == "95%" and c.before.endswith("达到") and c.after.startswith("以上")


def test_decider_sees_every_candidate_and_decides():
    text = "全市现有幼儿园120所,新建幼儿园5所。"
    assert [h.value for h in find_targets(text, role="none")] == [5.0]
    hits = find_targets(text, role="none", decider=lambda c: Decision(True, ("test",)))
    assert [h.value for h in hits] == [120.0, 5.0] and hits[0].cues == ("test",)
    assert find_targets(text, role="none", decider=lambda c: Decision(False, ())) == []


def test_features_name_the_cues():
    c = {x.value: x for x in _cands("到2025年,学前三年毛入园率达到95%以上。", role="none")}[95]
    f = features(c)
    assert {"role=none", "origin=prose", "hand=T", "c:comparator", "c:target_verb", "sfx=以上", "u=%",
            "cmp", "deadline_sent"} <= set(f)
    assert "b:达到" in f and "b:率" in f  # character n-grams of the clause before the number
    assert f == sorted(set(f))
    past = {x.value: x for x in _cands("2019年全市共有幼儿园30所。", role="none", doc_year=2021)}[30]
    assert {"hand=F", "st:status:共有", "year<doc"} <= set(features(past))


def _toy_model(**kw) -> TargetModel:
    return TargetModel(weights={"b:做到": 4.0, "hand:bare": -1.0, "c:comparator": 2.0}, bias=0.0, version="toy", **kw)


def test_model_json_round_trip_and_score(tmp_path: Path):
    m = _toy_model(policy="override", low=0.1, high=0.7)
    path = tmp_path / "m.json"
    m.save(path)
    back = TargetModel.load(path)
    assert back.weights == m.weights and back.version == "toy" and (back.policy, back.low, back.high) == ("override", 0.1, 0.7)
    assert back.margin(["b:做到", "c:comparator", "unknown"]) == 6.0
    data = json.loads(path.read_text(encoding="utf-8"))
    data["features_version"] = "f0"
    with pytest.raises(ValueError, match="retrain"):
        TargetModel.from_json(data)


def test_policies():
    status = {x.value: x for x in _cands("做到全区现有公厕3座。", role="none")}[3]
    assert not status.hand.target
    assert ModelDecider(_toy_model(), policy="hand")(status) == status.hand
    d = ModelDecider(_toy_model(), policy="override", low=0.2, high=0.6)(status)
    assert d.target and d.cues[-1].startswith("model:") and d.cues[0].startswith("overrides:status:")
    assert not ModelDecider(_toy_model(), policy="override", low=0.2, high=0.999)(status).target
    age = {x.value: x for x in _cands("为3-6周岁幼儿提供服务。", role="none")}[3]
    assert ModelDecider(_toy_model(), policy="model", threshold=0.0)(age) == age.hand  # a hard rule stands
    bare = {x.value: x for x in _cands("全市幼儿园30所。", role="none")}[30]
    assert bare.hand.cues == ("bare",) and is_weak(bare)
    with pytest.raises(ValueError):
        ModelDecider(_toy_model(), policy="nope")


@pytest.fixture
def model_on(monkeypatch):
    monkeypatch.setenv("EXTRACT_TARGET_MODEL", "on")


def test_model_is_off_by_default(monkeypatch):
    monkeypatch.delenv("EXTRACT_TARGET_MODEL", raising=False)
    assert default_decider() is None and RulesExtractor().version == RULES_VERSION
    monkeypatch.setenv("EXTRACT_TARGET_MODEL", "maybe")
    with pytest.raises(UserError, match="EXTRACT_TARGET_MODEL"):
        default_decider()


def test_shipped_model_loads_and_names_itself(model_on):
    assert TARGET_MODEL.exists()
    m = TargetModel.load()
    assert m.version.startswith("tlr1-") and m.policy in ("hand", "model", "override", "weak")
    assert 100 < len(m.weights) < 20000 and TARGET_MODEL.stat().st_size < 400_000
    from extract.learn import sealed_ids

    assert not set(m.meta["trained_on"]) & sealed_ids(Path(__file__).resolve().parents[1])  # never the sealed split
    decider = default_decider()
    assert decider is not None and decider.model.version == m.version
    rules = RulesExtractor()
    assert rules.version == f"{RULES_VERSION}+{m.version}" and rules.decider is decider
    assert RulesExtractor(decider=None).version == RULES_VERSION and RulesExtractor(decider=None).decider is None
    good = {x.value: x for x in _cands("到2025年,学前三年毛入园率达到95%以上。", role="none")}[95]
    assert m.score(good) > 0.8


def test_records_say_which_cues_decided(tmp_path: Path, model_on):
    from extract.data import Document
    from extract.prepared import prepare

    text = "一、主要目标\n到2025年,学前三年毛入园率达到95%以上。\n"
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    recs = [r for r in RulesExtractor().extract(prepare(doc)) if r.type == "numeric_target"]
    assert len(recs) == 1 and "comparator" in recs[0].cues and recs[0].cues[-1].startswith("model:")
    hand = [r for r in RulesExtractor(decider=None).extract(prepare(doc)) if r.type == "numeric_target"]
    assert hand[0].cues == ["comparator", "target_verb"]  # (the deadline stands in the clause before)


def _toy_project(root: Path) -> None:
    (root / "data/docs/wild").mkdir(parents=True)
    (root / "eval/gold/wild").mkdir(parents=True)
    docs = {
        "a": "到2025年,新建幼儿园5所,学前三年毛入园率达到95%以上。全市现有幼儿园120所。",
        "b": "全县共有小学30所。计划新建学校3所,普惠率达到90%。",
    }
    gold = {
        "a": [("新建幼儿园5所", "幼儿园", 5, "所"), ("学前三年毛入园率达到95%以上", "学前三年毛入园率", 95, "%")],
        "b": [("计划新建学校3所", "学校", 3, "所"), ("普惠率达到90%", "普惠率", 90, "%")],
    }
    for k, t in docs.items():
        (root / f"data/docs/wild/w-{k}.txt").write_text(t, encoding="utf-8")
        lines = [json.dumps({"doc": f"w-{k}", "type": "numeric_target", "quote": q, "indicator": i, "value": v,
                             "unit": u, "comparator": "=", "target_year": None}, ensure_ascii=False)
                 for q, i, v, u in gold[k]]
        (root / f"eval/gold/wild/w-{k}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # a sealed text's gold is never read, even when it sits beside the dev gold
    (root / "eval/gold/sealed").mkdir(parents=True)
    (root / "eval/gold/sealed/split.json").write_text('{"ids": ["w5-sealed"]}', encoding="utf-8")
    (root / "eval/gold/wild/w5-sealed.jsonl").write_text("not json\n", encoding="utf-8")


def test_dump_labels_and_train(tmp_path: Path):
    pytest.importorskip("sklearn")
    from extract.learn import dev_docs, dump, train

    _toy_project(tmp_path)
    docs = dev_docs(tmp_path)
    assert [d.doc_id for d in docs] == ["w-a", "w-b"]
    rows = dump(docs)
    labels = {(r.doc, r.value): r.label for r in rows}
    assert labels == {("w-a", 5.0): True, ("w-a", 95.0): True, ("w-a", 120.0): False,
                      ("w-b", 30.0): False, ("w-b", 3.0): True, ("w-b", 90.0): True}
    assert {(r.doc, r.value): r.hand for r in rows}[("w-a", 120.0)] is False
    model = train(tmp_path, c=1.0)
    assert model.version.startswith("tlr1-") and model.meta["documents"] == 2 and model.policy == "override"
    out = tmp_path / "m.json"
    model.save(out)
    assert TargetModel.load(out).weights == model.weights


def test_train_targets_command(tmp_path: Path, capsys):
    pytest.importorskip("sklearn")
    from extract.cli import main

    _toy_project(tmp_path)
    out = tmp_path / "model.json"
    assert main(["train-targets", "--root", str(tmp_path), "--out", str(out)]) == 0
    assert "target model tlr1-" in capsys.readouterr().out and TargetModel.load(out).meta["candidates"] == 6
