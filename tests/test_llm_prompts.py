"""Golden tests of the rendered prompts and the exported schemas (tier 1: no server)."""

import json
from pathlib import Path

import pytest

from extract.llm.prompts import PROMPT_VERSIONS, gold_examples, render
from extract.schemas import SCHEMA_DIR, all_schemas
from extract.schemas import render as render_schema

GOLDEN = Path(__file__).parent / "golden"

CASES = {
    "target_check": dict(section="主要任务 > 办学条件", sentence="“十三五”期间新增学位1.2万余个,到2025年,学前三年毛入园率达到95%以上",
                         candidates=[{"id": 1, "text": "新增学位1.2万余个"}, {"id": 2, "text": "学前三年毛入园率达到95%以上"}]),
    "goal_check": dict(section="主要任务", sentence="2022年完成新市民学校整治,有效推进教育公平"),
    "extract_chunk": dict(section="二、主要目标", text="到2025年,学前三年毛入园率达到95%以上。",
                          examples=[{"quote": "每班人数不超过45人", "record": "{\"numeric_target\": {\"value\": 45}}"}]),
}


def _rendered(task: str) -> str:
    msgs = render(task, **CASES[task])
    return "\n".join(f"[{m['role']}]\n{m['content']}" for m in msgs) + "\n"


@pytest.mark.parametrize("task", sorted(CASES))
def test_rendered_prompt_matches_golden(task):
    path = GOLDEN / f"{PROMPT_VERSIONS[task]}.txt"
    assert path.exists(), f"write the golden file: python -c 'from tests.test_llm_prompts import *; regen()'"
    assert _rendered(task) == path.read_text(encoding="utf-8")


def test_prompt_versions_name_their_files():
    base = Path(__file__).resolve().parents[1] / "prompts"
    for version in PROMPT_VERSIONS.values():
        assert (base / f"{version}.jinja").exists() or (base / f"{version}.txt").exists()


def test_few_shot_examples_come_from_other_documents():
    ex = gold_examples(exclude_doc="wujin-2022")
    assert ex and all("wujin" not in e["record"] for e in ex)
    quotes = {e["quote"] for e in gold_examples(exclude_doc="rongchang-2023")}
    rongchang = (Path(__file__).resolve().parents[1] / "data/docs/rongchang-2023.txt").read_text(encoding="utf-8")
    assert not any(q in rongchang for q in quotes)


def test_schemas_have_not_drifted():
    for name, schema in all_schemas().items():
        path = SCHEMA_DIR / name
        assert path.exists(), f"{path} missing: run python -m extract.schemas"
        assert path.read_text(encoding="utf-8") == render_schema(schema), f"{name} drifted: python -m extract.schemas"
    assert json.loads((SCHEMA_DIR / "record.numeric_target.json").read_text())["properties"]["comparator"]


def regen() -> None:  # pragma: no cover - a helper for a person updating the golden files
    GOLDEN.mkdir(exist_ok=True)
    for task in CASES:
        (GOLDEN / f"{PROMPT_VERSIONS[task]}.txt").write_text(_rendered(task), encoding="utf-8")


def test_chunks_without_anything_to_extract_are_not_sent():
    import hashlib

    from extract.chunk import chunk_document
    from extract.data import Document
    from extract.llm.backend import worth_asking
    from extract.prepared import prepare

    text = ("一、基本原则\n坚持党的领导,坚持立德树人,坚持改革创新。\n二、主要目标\n建成教育强区。\n"
            "三、重点任务\n(一)扩大资源。新建幼儿园5所。\n四、保障措施\n加强组织领导,强化督导考核。")
    doc = Document(doc_id="d", path="d.txt", text=text, encoding="utf-8", sha256=hashlib.sha256(text.encode()).hexdigest())
    prep = prepare(doc)
    sent = [c.text for c in chunk_document(prep, max_tokens=20) if worth_asking(c, prep)]
    assert any("建成教育强区" in t for t in sent) and any("5所" in t for t in sent)  # goal section, a number
    assert not any("坚持党的领导" in t or "加强组织领导" in t for t in sent)


@pytest.mark.parametrize("sentence,asked", [
    ("全区计划新增学位3000个,2024年全部投入使用", True),
    ("2024年全市教育工作的总体要求是:坚持立德树人", False),  # the year names a year's work
    ("继续按不高于2017年征收标准征收保障金", False),  # a reference year
    ("为到2020年全面建成小康社会奠定坚实基础", False),  # a vision (O6)
    ("2018年共计培训校长近1.7万人", False),  # a status
    ("县教育局2026年教育工作要点中强调,全县要扩大学前教育资源", False),  # the year names a year's work points
    ("根据全会精神,2026年县政府主要工作任务分解为6大方面、50项", False),  # the plan counting its own parts
    ("某市召开2026年教育工作推进会,部署全年新建学校任务", False),  # a report of a meeting
    ("根据原定计划,2026年全县应新建幼儿园20所", False),  # the plan as first set: a review of it
])
def test_worth_a_goal_check(sentence, asked):
    from extract.llm.backend import worth_a_goal_check
    assert worth_a_goal_check(sentence) is asked


def test_the_goal_check_leaves_past_and_list_intros_to_the_rules_cues():
    """A past marker and an intro to what follows (hybrid.v5's own checks once) are the rules' false-goal cues now:
    the rules hand hybrid no sentence they undo (``RulesExtractor.extract(undated=…)``)."""
    from extract.rules.goals import false_goal_cue
    assert false_goal_cue("“十三五”以来累计新增学位1.2万个,2025年新建幼儿园5所") == "past"
    assert false_goal_cue("经指挥部全面梳理,2026年将推进的重点项目整理如下:") == "list_intro"
