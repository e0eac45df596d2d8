"""Scorer tests on small hand-made documents and records (no gold files)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from extract.errors import EvalError
from extract.evaluate import (
    DocLocator,
    baseline_from_report,
    char_f1,
    check_baseline,
    format_report,
    load_records,
    locate,
    score,
)

DOC = (
    "一、发展目标\n"
    "到2025年，全区学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率达到90%。\n"
    "小学、初中就近划片入学比例分别达到100%和95%以上。\n"
    "每班人数不超过45人。\n"
    "二、重点任务\n"
    "（一）优化学校布局。新建改扩建学校10所。（牵头单位：区教委；责任单位：区财政局、区规划自然资源局、各镇街）\n"
    "（二）加强教师队伍建设。（牵头单位：区教委；责任单位：区人力社保局、区财政局）\n"
)
TRAD = "三、目標\n到2025年，鄉(xiāng)村學校寄宿制覆蓋率達到80%，辦好每一所學校。\n"
DOCS = {"a": DOC, "t": TRAD}


def nt(quote: str, indicator: str, value: float, unit: str = "%", comparator: str = "=",
       target_year: int | None = None, value_max: float | None = None, doc: str = "a", **kw) -> dict:
    return {"doc": doc, "type": "numeric_target", "quote": quote, "indicator": indicator, "value": value,
            "value_max": value_max, "unit": unit, "comparator": comparator, "target_year": target_year, **kw}


def ua(quote: str, task: str, lead: list[str], resp: list[str], doc: str = "a") -> dict:
    return {"doc": doc, "type": "unit_assignment", "quote": quote, "task": task, "lead_units": lead,
            "responsible_units": resp}


def goal(quote: str, text: str | None = None, doc: str = "a", year: int | None = None, **kw) -> dict:
    return {"doc": doc, "type": "goal", "quote": quote, "text": text or quote, "target_year": year, **kw}


def counts(m: dict) -> tuple[int, int, int]:
    return m["tp"], m["fp"], m["fn"]


# -- locate and char_f1 -------------------------------------------------------------------
def test_char_f1_exact_numbers() -> None:
    assert char_f1("毛入园率", "入园率") == pytest.approx(6 / 7)
    assert char_f1("aab", "ab") == pytest.approx(2 * 2 / 5)
    assert char_f1("", "ab") == 0.0
    assert char_f1("区教委", "区教委") == 1.0


def test_locate_exact_first_occurrence_and_fuzzy() -> None:
    norm = DocLocator(DOC).norm
    assert "\n" not in norm and "，" not in norm  # canonical: no whitespace, NFKC punctuation
    span = locate("普惠性幼儿园覆盖率达到90%", norm)
    assert span == (31, 45)
    # "95%以上" occurs twice: the first occurrence wins
    first = norm.find("95%以上")
    assert norm.find("95%以上", first + 1) > first
    assert locate("95%以上", norm) == (first, first + 5)
    # two characters differ (园->圆, 覆->复): found only by fuzzy alignment, at the true span
    assert norm.find("普惠性幼儿圆复盖率达到90%") == -1
    assert locate("普惠性幼儿圆复盖率达到90%", norm) == (31, 45)
    # three of fourteen differ: similarity < 0.8, unlocatable
    assert locate("普惠性幼儿圆复盖率达至90%", norm) is None
    assert locate("", norm) is None


def test_locator_traditional_and_pinyin() -> None:
    loc = DocLocator(TRAD)
    span = loc.locate("鄉(xiāng)村學校寄宿制覆蓋率達到80%")
    assert span is not None
    assert loc.norm[span[0]:span[1]] == "乡村学校寄宿制覆盖率达到80%"
    assert loc.locate("乡村学校寄宿制覆盖率达到80%") == span


# -- numeric_target -----------------------------------------------------------------------
def test_exact_match() -> None:
    g = [nt("全区学前三年毛入园率达到95%以上", "学前三年毛入园率", 95, comparator=">=", target_year=2025)]
    p = [nt("学前三年毛入园率达到95%以上", "学前三年毛入园率", 95.0, unit="％", comparator=">=",
            target_year=2025)]
    r = score(g, p, DOCS)
    m = r["numeric_target"]
    assert counts(m) == (1, 0, 0)
    assert (m["precision"], m["recall"], m["f1"]) == (1.0, 1.0, 1.0)
    assert m["attributes"] == {"target_year": 1.0, "comparator": 1.0, "value_max": 1.0}
    assert r["errors"] == [] and r["unlocatable"]["pred"] == 0
    assert r["per_doc"]["a"]["numeric_target"]["tp"] == 1
    assert r["per_doc"]["t"]["numeric_target"]["f1"] == 0.0
    assert counts(r["goal"]) == (0, 0, 0) and r["goal"]["f1"] == 0.0


def test_fuzzy_located_prediction_matches_by_overlap() -> None:
    g = [nt("普惠性幼儿园覆盖率达到90%", "普惠性幼儿园覆盖率", 90, target_year=2025)]
    # quote has two wrong characters and the indicator is worded differently (char F1 < 0.5)
    p = [nt("普惠性幼儿圆复盖率达到90%", "普惠园比例", 90, target_year=2025)]
    r = score(g, p, DOCS)
    assert counts(r["numeric_target"]) == (1, 0, 0)
    assert r["unlocatable"] == {"pred": 0, "gold": 0, "per_doc": {"a": {"pred": 0, "gold": 0},
                                                                  "t": {"pred": 0, "gold": 0}}}


def test_value_or_unit_mismatch_does_not_match() -> None:
    g = [nt("普惠性幼儿园覆盖率达到90%", "普惠性幼儿园覆盖率", 90)]
    p = [nt("普惠性幼儿园覆盖率达到90%", "普惠性幼儿园覆盖率", 90.001),
         nt("普惠性幼儿园覆盖率达到90%", "普惠性幼儿园覆盖率", 90, unit="个")]
    assert counts(score(g, p, DOCS)["numeric_target"]) == (0, 2, 1)
    # within relative tolerance 1e-6
    p2 = [nt("普惠性幼儿园覆盖率达到90%", "普惠性幼儿园覆盖率", 90.00000001, unit="百分之")]
    assert counts(score(g, p2, DOCS)["numeric_target"]) == (1, 0, 0)


def test_fenbie_two_records_match_one_to_one() -> None:
    q = "小学、初中就近划片入学比例分别达到100%和95%以上"
    g = [nt(q, "小学就近划片入学比例", 100, comparator=">="), nt(q, "初中就近划片入学比例", 95, comparator=">=")]
    p = [nt(q, "初中就近划片入学比例", 95, comparator=">="), nt(q, "小学就近划片入学比例", 100, comparator=">=")]
    r = score(g, p, DOCS)
    assert counts(r["numeric_target"]) == (2, 0, 0)
    assert r["numeric_target"]["attributes"]["comparator"] == 1.0
    # a single prediction cannot take both gold records
    r1 = score(g, p[:1], DOCS)
    assert counts(r1["numeric_target"]) == (1, 0, 1)
    assert [e["indicator"] for e in r1["errors"]] == ["小学就近划片入学比例"]


def test_duplicate_prediction_is_false_positive() -> None:
    g = [nt("每班人数不超过45人", "每班人数", 45, unit="人", comparator="<=")]
    p = [nt("每班人数不超过45人", "每班人数", 45, unit="人", comparator="<=", section="一、发展目标")] * 2
    r = score(g, p, DOCS)
    m = r["numeric_target"]
    assert counts(m) == (1, 1, 0)
    assert (m["precision"], m["recall"]) == (0.5, 1.0)
    assert m["f1"] == pytest.approx(2 / 3)
    assert [(e["kind"], e["side"], e["section"]) for e in r["errors"]] == [
        ("false_positive", "pred", "一、发展目标")]
    # the other way round: one prediction takes only one of two identical gold records
    assert counts(score(p, g, DOCS)["numeric_target"]) == (1, 0, 1)


def test_unlocatable_prediction_is_counted_and_false_positive() -> None:
    g = [nt("全区学前三年毛入园率达到95%以上", "学前三年毛入园率", 95, comparator=">=")]
    # same indicator and value, but the quote is not in the document: a grounding failure
    p = [nt("到2030年学前三年毛入园率达到95%以上并保持稳定发展", "学前三年毛入园率", 95, comparator=">=")]
    r = score(g, p, DOCS)
    assert counts(r["numeric_target"]) == (0, 1, 1)
    assert r["unlocatable"]["pred"] == 1 and r["unlocatable"]["gold"] == 0
    assert r["unlocatable"]["per_doc"]["a"] == {"pred": 1, "gold": 0}
    kinds = sorted((e["kind"], e["side"]) for e in r["errors"])
    assert kinds == [("false_negative", "gold"), ("false_positive", "pred"), ("unlocatable", "pred")]


def test_unlocatable_gold_can_match_by_indicator() -> None:
    g = [nt("每班学生人数最多45人", "每班人数", 45, unit="人", comparator="<=")]
    p = [nt("每班人数不超过45人", "每班人数", 45, unit="人", comparator="<=")]
    r = score(g, p, DOCS)
    assert counts(r["numeric_target"]) == (1, 0, 0)
    assert r["unlocatable"]["gold"] == 1 and r["unlocatable"]["pred"] == 0


def test_attribute_accuracy() -> None:
    g = [nt("全区学前三年毛入园率达到95%以上", "学前三年毛入园率", 95, comparator=">=", target_year=2025),
         nt("普惠性幼儿园覆盖率达到90%", "普惠性幼儿园覆盖率", 90, target_year=2025),
         nt("新建改扩建学校10所", "新建改扩建学校", 10, unit="所")]
    p = [nt("学前三年毛入园率达到95%以上", "学前三年毛入园率", 95, comparator=">=", target_year=None),
         nt("普惠性幼儿园覆盖率达到90%", "普惠性幼儿园覆盖率", 90, comparator=">=", target_year=2025),
         nt("新建改扩建学校10所", "新建改扩建学校", 10, unit="所", value_max=12)]
    r = score(g, p, DOCS)
    assert counts(r["numeric_target"]) == (3, 0, 0)
    a = r["numeric_target"]["attributes"]
    assert a["target_year"] == pytest.approx(2 / 3)
    assert a["comparator"] == pytest.approx(2 / 3)
    assert a["value_max"] == pytest.approx(2 / 3)
    assert sorted(m["field"] for m in r["mismatches"]) == ["comparator", "target_year", "value_max"]


# -- unit_assignment ----------------------------------------------------------------------
Q1 = "优化学校布局。新建改扩建学校10所。（牵头单位：区教委；责任单位：区财政局、区规划自然资源局、各镇街）"
Q2 = "加强教师队伍建设。（牵头单位：区教委；责任单位：区人力社保局、区财政局）"


def test_unit_assignment_strict_vs_micro() -> None:
    g = [ua(Q1, "优化学校布局", ["区教委"], ["区财政局", "区规划自然资源局", "各镇街"]),
         ua(Q2, "加强教师队伍建设", ["区教委"], ["区人力社保局", "区财政局"])]
    p = [ua(Q1, "优化学校布局", ["区教委"], ["区财政局", "区规划局", "各镇街"]),  # one unit wrong
         ua(Q2, "教师队伍建设", ["区教委"], ["区财政局", "区人力社保局"])]  # order differs: sets equal
    r = score(g, p, DOCS)
    u = r["unit_assignment"]
    assert counts(u) == (2, 0, 0)
    assert counts(u["strict"]) == (1, 1, 1)
    assert u["strict"]["f1"] == pytest.approx(0.5)
    assert counts(u["micro_units"]) == (6, 1, 1)
    assert u["micro_units"]["f1"] == pytest.approx(6 / 7)
    assert r["per_doc"]["a"]["unit_assignment"]["strict_f1"] == pytest.approx(0.5)
    assert [m["field"] for m in r["mismatches"]] == ["responsible_units"]


def test_unit_assignment_unmatched_triples() -> None:
    g = [ua(Q2, "加强教师队伍建设", ["区教委"], ["区人力社保局", "区财政局"])]
    p = [ua("优化学校布局", "优化学校布局", ["区教委"], ["各镇街"])]  # different task, no overlap
    u = score(g, p, DOCS)["unit_assignment"]
    assert counts(u) == (0, 1, 1)
    assert counts(u["strict"]) == (0, 1, 1)
    assert counts(u["micro_units"]) == (0, 2, 3)


def test_best_match_first() -> None:
    g = [ua(Q1, "优化学校布局", ["区教委"], []), ua(Q2, "加强教师队伍建设", ["区教委"], [])]
    # p[0] has g[0]'s task (char F1 1.0, no overlap) but g[1]'s quote; p[1] only overlaps g[0]
    p = [ua(Q2, "优化学校布局", ["区教委"], []), ua(Q1, "学校调整", ["区教委"], [])]
    r = score(g, p, DOCS)
    assert counts(r["unit_assignment"]) == (2, 0, 0)


# -- goal ---------------------------------------------------------------------------------
def test_goal_traditional_pinyin_gold_matches_simplified_pred() -> None:
    g = [goal("到2025年，鄉(xiāng)村學校寄宿制覆蓋率達到80%，辦好每一所學校。", doc="t", year=2025)]
    p = [goal("到2025年,乡村学校寄宿制覆盖率达到80%", doc="t", year=2025)]
    r = score(g, p, DOCS)
    assert counts(r["goal"]) == (1, 0, 0)
    assert r["unlocatable"]["gold"] == 0


def test_goal_needs_half_of_shorter_quote() -> None:
    g = [goal("到2025年，全区学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率达到90%。")]
    inside = [goal("普惠性幼儿园覆盖率达到90%")]
    assert counts(score(g, inside, DOCS)["goal"]) == (1, 0, 0)
    # 4 of its 24 characters lie in the gold goal: below half of the shorter quote
    straddle = [goal("达到90%。小学、初中就近划片入学比例分别达到100%")]
    assert counts(score(g, straddle, DOCS)["goal"]) == (0, 1, 1)


def test_predictions_of_doc_without_gold_are_false_positives() -> None:
    p = [goal("辦好每一所學校", doc="t"), nt("每班人数不超过45人", "每班人数", 45, unit="人")]
    r = score([], p, DOCS)
    assert counts(r["goal"]) == (0, 1, 0)
    assert counts(r["per_doc"]["t"]["goal"]) == (0, 1, 0)
    assert counts(r["numeric_target"]) == (0, 1, 0)


def test_unknown_document_raises() -> None:
    with pytest.raises(EvalError, match=r"nanan-2024.*--docs"):
        score([goal("x", doc="nanan-2024")], [], DOCS)
    with pytest.raises(EvalError, match=r"predicted.*other"):
        score([], [goal("x", doc="other")], DOCS)


# -- reports and baselines ----------------------------------------------------------------
def _report() -> dict:
    g = [nt("每班人数不超过45人", "每班人数", 45, unit="人", comparator="<="),
         goal("普惠性幼儿园覆盖率达到90%"),
         ua(Q2, "加强教师队伍建设", ["区教委"], ["区人力社保局", "区财政局"])]
    p = [nt("每班人数不超过45人", "每班人数", 45, unit="人", comparator="<="),
         goal("每班人数不超过45人", section="一、发展目标"),
         ua(Q2, "加强教师队伍建设", ["区教委"], ["区人力社保局", "区财政局"])]
    return score(g, p, DOCS)


def test_format_report() -> None:
    r = _report()
    text = format_report(r)
    assert "numeric_target" in text and "micro_units" in text and "Per document" in text
    assert "Errors" not in text
    json.dumps(r)  # plain JSON-able
    full = format_report(r, show_errors=True)
    assert "[FP/pred] a goal" in full and "[FN/gold] a goal" in full
    long_quote = "很" * 200
    r["errors"].append({"doc": "a", "type": "goal", "kind": "false_positive", "side": "pred",
                        "quote": long_quote, "section": None, "text": long_quote, "target_year": None})
    line = [ln for ln in format_report(r, show_errors=True).splitlines() if ln.startswith("    quote: 很")][0]
    assert len(line) == len("    quote: ") + 80


def test_baseline_check() -> None:
    r = _report()
    base = baseline_from_report(r)
    assert "errors" not in base and "per_doc" not in base
    assert base["goal"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert base["unit_assignment"]["strict"]["f1"] == 1.0
    assert base["unlocatable"] == {"pred": 0, "gold": 0}
    assert check_baseline(r, base) == []
    base["numeric_target"]["f1"] = 1.0
    base["goal"]["f1"] = 0.3
    worse = copy.deepcopy(r)
    worse["numeric_target"]["f1"] = 0.98  # drop 0.02
    worse["unit_assignment"]["micro_units"]["f1"] = 0.995  # drop 0.005
    msgs = check_baseline(worse, base)
    assert len(msgs) == 2
    assert msgs[0].startswith("numeric_target.f1 dropped from 1.000 to 0.980")
    assert msgs[1].startswith("goal.f1")
    assert check_baseline(worse, base, tolerance=0.5) == []


# -- loading ------------------------------------------------------------------------------
def test_load_records_skips_comments_and_reports_bad_line(tmp_path: Path) -> None:
    good = json.dumps(nt("每班人数不超过45人", "每班人数", 45, unit="人"), ensure_ascii=False)
    f = tmp_path / "gold.jsonl"
    f.write_text(f"// a comment\n\n{good}\n  // indented comment\n"
                 + json.dumps({"doc": "a", "type": "goal", "quote": "q", "text": "t"}) + "\n", encoding="utf-8")
    recs = load_records([f])
    assert len(recs) == 2
    assert recs[0]["value"] == 45 and recs[1]["target_year"] is None
    bad = tmp_path / "bad.jsonl"
    bad.write_text(f"{good}\n// ok\n{{\"doc\": \"a\", \"type\": \n", encoding="utf-8")
    with pytest.raises(EvalError, match=rf"{bad}:3: not valid JSON"):
        load_records([f, bad])


@pytest.mark.parametrize("rec, problem", [
    ({"doc": "a", "type": "target", "quote": "q"}, "unknown type 'target'"),
    ({"doc": "a", "type": "goal", "text": "t"}, "missing field 'quote'"),
    ({"doc": "a", "type": "numeric_target", "quote": "q", "indicator": "i", "value": "95", "unit": "%",
      "comparator": "="}, "field 'value' must be a number"),
    ({"doc": "a", "type": "numeric_target", "quote": "q", "indicator": "i", "value": 95, "unit": "%",
      "comparator": "≥"}, "field 'comparator' must be one of"),
    ({"doc": "a", "type": "unit_assignment", "quote": "q", "task": "t", "lead_units": "区教委",
      "responsible_units": []}, "field 'lead_units' must be a list of strings"),
    ({"doc": "a", "type": "unit_assignment", "quote": "q", "task": "t", "lead_units": []},
     "missing field 'responsible_units'"),
    ([1, 2], "must be a JSON object"),
])
def test_load_records_field_errors(tmp_path: Path, rec: object, problem: str) -> None:
    f = tmp_path / "p.jsonl"
    f.write_text("// header\n" + json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(EvalError) as exc:
        load_records([f])
    assert str(exc.value).startswith(f"{f}:2: ")
    assert problem in str(exc.value)


def test_sentence_printed_twice_has_one_record_per_mention() -> None:
    # a page that prints its lead sentence again in the body: gold gives each mention a record with
    # the same quote (eval/README.md G4); the k-th such record lies at the k-th occurrence
    s = "到2030年，全镇普惠性幼儿园覆盖率达到92%。"
    docs = {"d": "导读：" + s + "\n正文\n一、目标\n" + s + "各村同步推进。\n"}
    g = [goal(s, doc="d", year=2030), goal(s, doc="d", year=2030)]
    body = goal(s + "各村同步推进", doc="d", year=2030)  # the body mention, quoted with its next clause
    assert counts(score(g, [body], docs)["goal"]) == (1, 0, 1)
    assert counts(score(g, [goal(s, doc="d", year=2030), body], docs)["goal"]) == (2, 0, 0)
    # two predictions with the same quote take the two mentions too; a third has no mention left
    assert counts(score(g, [goal(s, doc="d", year=2030)] * 2, docs)["goal"]) == (2, 0, 0)
    assert counts(score(g, [goal(s, doc="d", year=2030)] * 3, docs)["goal"]) == (2, 1, 0)
    loc = DocLocator(docs["d"])
    assert loc.locate(s, 1)[0] > loc.locate(s)[0]
    assert loc.locate(s, 5) == loc.locate(s)  # fewer occurrences than asked: the first


def test_goal_year_accuracy_on_matched_goals() -> None:
    """Goals pair by their quotes only (the spec's F1); the year of each matched pair is scored beside it, as a
    target's year is, and a wrong one is listed among the mismatches."""
    g = [goal("到2025年，全区学前三年毛入园率达到95%以上", year=2025), goal("每班人数不超过45人", year=None)]
    p = [goal("到2025年，全区学前三年毛入园率达到95%以上", year=2024), goal("每班人数不超过45人", year=None)]
    r = score(g, p, DOCS)
    assert counts(r["goal"]) == (2, 0, 0) and r["goal"]["f1"] == 1.0
    assert r["goal"]["attributes"] == {"target_year": 0.5}
    assert [(m["type"], m["field"], m["gold"], m["pred"]) for m in r["mismatches"]] == [("goal", "target_year", 2025, 2024)]
    assert "goal target_year on 2 matched pairs: 0.500" in format_report(r)
    assert score([], [], DOCS)["goal"]["attributes"] == {"target_year": 0.0}
