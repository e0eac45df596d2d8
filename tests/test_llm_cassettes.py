"""Tier 2: HTTP recorded with vcrpy against the real local server (llama.cpp serving
Qwen2.5-Coder-1.5B-Instruct, `extract llm serve`), replayed with recording off. The Authorization
header is filtered out of the cassettes. To re-record (prompt or schema change):

    extract llm serve --detach && EXTRACT_RECORD=1 python -m pytest tests/test_llm_cassettes.py
"""

import hashlib
import os
from pathlib import Path

import pytest
import vcr

from extract.data import Document
from extract.llm.backend import HybridExtractor
from extract.llm.cache import ResponseCache
from extract.llm.client import StructuredClient
from extract.llm.config import LLMConfig
from extract.llm.prompts import render
from extract.llm.schemas import GoalCheck, TargetCheck
from extract.pipeline import process_document

CASSETTES = Path(__file__).parent / "cassettes"
RECORD = bool(os.environ.get("EXTRACT_RECORD"))
VCR = vcr.VCR(cassette_library_dir=str(CASSETTES), record_mode="once" if RECORD else "none",
              filter_headers=["authorization"], match_on=["method", "scheme", "host", "port", "path", "body"],
              decode_compressed_response=True)
URL = "http://127.0.0.1:8080/v1"


def _client(tmp_path) -> StructuredClient:
    # target_veto: the hybrid cassettes were recorded with the veto on (the default before hybrid.v11), so the same
    # requests are made and replayed
    cfg = LLMConfig(base_url=URL, model="qwen2.5-coder-1.5b-instruct", timeout=600, target_veto=True)
    return StructuredClient(cfg, ResponseCache(tmp_path / "cache.sqlite"))


def test_target_check_replayed(tmp_path):
    msgs = render("target_check", section="三、主要任务 > 办学条件",
                  sentence="“十三五”期间新增学位1.2万余个,到2025年,学前三年毛入园率达到95%以上",
                  candidates=[{"id": 1, "text": "新增学位1.2万余个"}, {"id": 2, "text": "学前三年毛入园率达到95%以上"}])
    with VCR.use_cassette("target_check.yaml"):
        c = _client(tmp_path)
        obj, err = c.call("target_check", msgs, TargetCheck)
    assert err is None and sorted(v.id for v in obj.items) == [1, 2]
    assert next(v for v in obj.items if v.id == 2).is_target is True
    assert c.usage.tokens_in > 0 and c.usage.tokens_out > 0


def test_goal_check_replayed(tmp_path):
    msgs = render("goal_check", section="三、主要任务 > 规范民办义务教育发展",
                  sentence="2022年完成新市民学校整治,有效推进教育公平")
    with VCR.use_cassette("goal_check.yaml"):
        obj, err = _client(tmp_path).call("goal_check", msgs, GoalCheck)
    assert err is None and isinstance(obj.is_goal, bool)


TEXT = ("二、主要目标\n到2025年,学前三年毛入园率达到95%以上。\n三、重点任务\n"
        "(一)扩大资源。“十三五”以来累计新增学位1.2万个,到2025年新建幼儿园5所。2023年完成城区学校布局调整。\n"
        "(二)提升质量。完成骨干教师培训3000人次。")


def test_hybrid_document_replayed(tmp_path):
    doc = Document(doc_id="plan", path="plan.txt", text=TEXT, encoding="utf-8",
                   sha256=hashlib.sha256(TEXT.encode()).hexdigest())
    with VCR.use_cassette("hybrid_document.yaml"):
        c = _client(tmp_path)
        h = HybridExtractor(c.config, c)
        res = process_document(doc, h)
    assert h.failed == {}
    assert all(r.is_grounded for r in res.records)
    values = sorted(r.value for r in res.records if r.type == "numeric_target")
    assert 95 in values and 5 in values
    # the /models preflight is not a call; the target check is: 3000人次 (a 完成 sentence without a future cue
    # of its own) is asked; 5所 (its deadline, 到2025年) is a committed target whose veto would not be taken.
    # The dated sentence with a past marker (“十三五”以来累计…) is not put to the goal check (worth_a_goal_check)
    assert c.usage.calls >= 1
    assert 5 in values  # committed: kept whatever the model says


@pytest.mark.live
def test_live_server_answers():
    """Tier 3: a real server (EXTRACT_LLM_BASE_URL); run with `python -m pytest -m live`."""
    cfg = LLMConfig.from_env()
    assert StructuredClient(cfg).check()


CEILING_TEXT = ("三、重点任务\n(一)控辍保学。全面完成控辍任务,小学年辍学率控制在0.5%以下,"
                "初中年辍学率2%以下。\n(二)提升质量。完成骨干教师培训3000人次。")


def test_hybrid_keeps_a_written_bound(tmp_path):
    """hybrid.v5: a bound written out (``…2%以下``) commits as a deadline does: in a sentence with a past-ish
    word (完成) it is not put to the model's veto (the local model read such ceilings as thresholds); the
    sentence without a bound (完成…3000人次) still is."""
    doc = Document(doc_id="ceil", path="ceil.txt", text=CEILING_TEXT, encoding="utf-8",
                   sha256=hashlib.sha256(CEILING_TEXT.encode()).hexdigest())
    with VCR.use_cassette("hybrid_ceiling.yaml"):
        c = _client(tmp_path)
        h = HybridExtractor(c.config, c)
        res = process_document(doc, h)
    assert h.failed == {}
    values = sorted(r.value for r in res.records if r.type == "numeric_target")
    assert 0.5 in values and 2 in values
    assert c.usage.calls == 1  # one target check: the 3000人次 sentence, not the sentence of bounds
