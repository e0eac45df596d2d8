"""The metamorphic tool (tools/metamorphic.py) on made-up text: the same content under one scraping defect gives the
same records (layout-free keys), and the goal of a hard-wrapped goal section reads across the wrap (O1c)."""

import importlib.util
import random
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("metamorphic", Path(__file__).resolve().parents[1] / "tools" / "metamorphic.py")
metamorphic = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(metamorphic)

TEXT = (
    "某区教育事业发展规划(2031—2035年)\n"
    "一、发展目标\n"
    "到2035年,某区基本建成覆盖城乡、布局合理、质量优良的现代教育体系,学前三年毛入园率达到98%以上,"
    "义务教育巩固率保持在99%以上,新建改扩建甲园等中小学校12所,新增学位8000个,教育服务能力明显提升。\n"
    "二、主要任务\n"
    "(一)扩大优质学前教育资源。新建公办幼儿园5所,普惠性幼儿园覆盖率达到90%。\n"
)


def test_wrap_keeps_records():
    kept, lost, added = metamorphic.compare(TEXT, "wrap", "made-up")
    assert any(k[0] == "goal" for k in kept)
    assert not lost and not added, (lost, added)


def test_wrap_perturbation_breaks_lines():
    wrapped = metamorphic.perturb(TEXT, "wrap", "made-up")
    assert wrapped.count("\n") > TEXT.count("\n")
    assert wrapped.replace("\n", "") == TEXT.replace("\n", "")


def test_furniture_keeps_records():
    kept, lost, added = metamorphic.compare(TEXT, "furniture", "made-up")
    assert kept and not lost and not added, (lost, added)


def test_keys_see_a_changed_value():
    base = metamorphic.extract_keys(TEXT)
    other = metamorphic.extract_keys(TEXT.replace("12所", "13所"))
    assert base != other


def test_sentence_split_not_inside_bracket():
    line = "新建甲园。(某局、某委。列在首位的为牵头单位)改造乙园。"
    out = metamorphic.sentence_lines(line, random.Random(0))
    assert out == "新建甲园。\n(某局、某委。列在首位的为牵头单位)改造乙园。"


def test_wrapped_goal_grounded_across_the_break():
    from extract.data import Document
    from extract.pipeline import process_document

    wrapped = metamorphic.perturb(TEXT, "wrap", "made-up")
    doc = Document(doc_id="made-up", path="made-up", text=wrapped, encoding="utf-8", sha256=Document.hash_text(wrapped))
    goals = [r for r in process_document(doc, "rules").records if r.type == "goal"]
    assert goals and all(r.is_grounded and wrapped[r.span.start:r.span.end] == r.quote for r in goals)
    assert any("\n" in r.quote and "2035" in r.quote for r in goals)
