"""`extract eval` end to end: pipeline + scorer + the regression gate."""

import json

from extract.cli import main

DOC = "二、主要目标\n到2025年,学前三年毛入园率达到95%以上,九年义务教育巩固率不低于99%。\n"


def _setup(tmp_path, gold_records):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(DOC, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("// hand-made\n" + "\n".join(json.dumps(r, ensure_ascii=False) for r in gold_records) + "\n",
                    encoding="utf-8")
    return docs, gold


GOLD = [
    {"doc": "plan", "type": "numeric_target", "quote": "学前三年毛入园率达到95%以上", "indicator": "学前三年毛入园率",
     "value": 95, "value_max": None, "unit": "%", "comparator": ">=", "target_year": 2025},
    {"doc": "plan", "type": "numeric_target", "quote": "九年义务教育巩固率不低于99%", "indicator": "九年义务教育巩固率",
     "value": 99, "value_max": None, "unit": "%", "comparator": ">=", "target_year": 2025},
    {"doc": "plan", "type": "goal", "quote": "到2025年,学前三年毛入园率达到95%以上,九年义务教育巩固率不低于99%",
     "text": "到2025年,学前三年毛入园率达到95%以上,九年义务教育巩固率不低于99%", "target_year": 2025},
]


def test_eval_runs_pipeline_and_writes_json(tmp_path, capsys):
    docs, gold = _setup(tmp_path, GOLD)
    report = tmp_path / "report.json"
    code = main(["eval", "--docs", str(docs), "--gold", str(gold), "--backend", "rules",
                 "--out", str(tmp_path / "run"), "--json", str(report), "--show-errors"])
    assert code == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["numeric_target"]["f1"] == 1.0 and data["goal"]["f1"] == 1.0
    assert data["numeric_target"]["attributes"]["target_year"] == 1.0
    assert "per_doc" in data and "strict" in data["unit_assignment"]


def test_gate_fails_on_a_drop_and_passes_after_update(tmp_path, capsys):
    extra = dict(GOLD[0], quote="到2025年", indicator="不存在的指标", value=50)
    docs, gold = _setup(tmp_path, GOLD + [extra])  # a gold target the rules cannot find
    base = tmp_path / "baseline.json"
    base.write_text(json.dumps({"numeric_target": {"f1": 1.0}, "goal": {"f1": 1.0}}), encoding="utf-8")
    args = ["eval", "--docs", str(docs), "--gold", str(gold), "--backend", "rules", "--out", str(tmp_path / "run"),
            "--baseline", str(base)]
    assert main(args) == 1
    assert "REGRESSION" in capsys.readouterr().err
    assert main(args + ["--update-baseline"]) == 0
    assert main(args) == 0


def test_eval_errors_are_usage_errors(tmp_path, capsys):
    docs, gold = _setup(tmp_path, GOLD)
    gold.write_text("{not json\n", encoding="utf-8")
    assert main(["eval", "--docs", str(docs), "--gold", str(gold), "--pred", str(gold)]) == 2
    assert str(gold) in capsys.readouterr().err


def test_eval_runs_the_pipeline_over_labelled_documents_only(tmp_path, capsys):
    docs, gold = _setup(tmp_path, GOLD)
    (docs / "other.txt").write_text("到2030年,新建中学3所。\n", encoding="utf-8")  # in the folder, not in the gold
    out = tmp_path / "run"
    assert main(["eval", "--docs", str(docs), "--gold", str(gold), "--backend", "rules", "--out", str(out)]) == 0
    run_docs = {json.loads(line)["doc"] for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()}
    assert run_docs == {"plan"}


def test_eval_without_a_labelled_document_is_a_usage_error(tmp_path, capsys):
    docs, gold = _setup(tmp_path, GOLD)
    (docs / "plan.txt").rename(docs / "elsewhere.txt")
    assert main(["eval", "--docs", str(docs), "--gold", str(gold), "--backend", "rules",
                 "--out", str(tmp_path / "run")]) == 2
    assert "labelled by --gold" in capsys.readouterr().err


def test_gold_folder_stands_for_its_own_jsonl_files(tmp_path, capsys):
    docs, gold = _setup(tmp_path, GOLD)
    folder = tmp_path / "goldset"
    (folder / "sealed").mkdir(parents=True)
    gold.rename(folder / "plan.jsonl")
    # a subfolder's gold is never scored by accident: this wrong record would cost a false negative
    (folder / "sealed" / "plan.jsonl").write_text(json.dumps(dict(GOLD[0], value=12), ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
    report = tmp_path / "report.json"
    assert main(["eval", "--docs", str(docs), "--gold", str(folder), "--backend", "rules",
                 "--out", str(tmp_path / "run"), "--json", str(report)]) == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["numeric_target"]["tp"] == 2 and data["numeric_target"]["fn"] == 0


def test_gold_folder_without_gold_files_is_named(tmp_path, capsys):
    docs, _ = _setup(tmp_path, GOLD)
    empty = tmp_path / "nothing"
    empty.mkdir()
    assert main(["eval", "--docs", str(docs), "--gold", str(empty), "--pred", str(tmp_path / "gold.jsonl")]) == 2
    assert str(empty) in capsys.readouterr().err
