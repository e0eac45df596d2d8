"""The LLM client and backends against a local server that fails on purpose: 429 storms, 500s,
malformed JSON, timeouts and connection resets. The run finishes, every call is either answered
or recorded as failed, failures are not cached, and a re-run completes them."""

import hashlib
import json
import sqlite3

import pytest

from extract.cli import main
from extract.data import Document
from extract.llm.backend import HybridExtractor
from extract.llm.cache import ResponseCache
from extract.llm.client import LLMUnavailable, StructuredClient
from extract.llm.config import LLMConfig, NeedsKeyError
from extract.llm.prompts import render
from extract.llm.schemas import GoalCheck
from extract.pipeline import process_document

from openai_stub import StubServer

MSGS = render("goal_check", section="主要任务", sentence="2022年完成新市民学校整治")


def client(server, tmp_path, **kw) -> StructuredClient:
    cfg = LLMConfig(base_url=server.url, model="stub", timeout=kw.pop("timeout", 2.0), backoff=0.01, **kw)
    return StructuredClient(cfg, ResponseCache(tmp_path / "cache.sqlite"))


@pytest.mark.parametrize("script", [["429", "429", "ok"], ["500", "ok"], ["reset", "ok"], ["slow", "ok"]])
def test_transient_faults_are_retried(tmp_path, script):
    with StubServer(script, slow_seconds=3.0) as srv:
        c = client(srv, tmp_path, timeout=1.0)
        obj, err = c.call("goal_check", MSGS, GoalCheck)
    assert err is None and obj.is_goal is False
    assert c.usage.attempts == len(script) and c.usage.failed == 0


def test_malformed_json_is_reasked_then_answered(tmp_path):
    with StubServer(["bad_json", "ok"]) as srv:
        c = client(srv, tmp_path, reask=1)
        obj, err = c.call("goal_check", MSGS, GoalCheck)
    assert err is None and obj.is_goal is False
    assert srv.requests == ["bad_json", "ok"]


def test_persistent_failure_is_recorded_not_cached_and_retried_next_time(tmp_path):
    with StubServer(default="500") as srv:
        c = client(srv, tmp_path, retries=2)
        obj, err = c.call("goal_check", MSGS, GoalCheck)
        assert obj is None and "InternalServerError" in err
        assert len(srv.requests) == 3  # 1 + 2 retries, then it gives up
    with StubServer(default="ok") as srv:
        c2 = client(srv, tmp_path)
        obj, err = c2.call("goal_check", MSGS, GoalCheck)
        assert obj is not None and srv.requests == ["ok"]  # the failure was not cached
        obj, err = c2.call("goal_check", MSGS, GoalCheck)
        assert srv.requests == ["ok"] and c2.usage.cached == 1  # the success was
    db = sqlite3.connect(tmp_path / "cache.sqlite")
    statuses = [r[0] for r in db.execute("SELECT status FROM calls ORDER BY id")]
    assert statuses == ["failed", "ok", "ok"]


def test_unreachable_server_is_one_clear_error(tmp_path):
    cfg = LLMConfig(base_url="http://127.0.0.1:9/v1", model="x")
    with pytest.raises(LLMUnavailable, match=r"127\.0\.0\.1:9/v1.*extract llm serve"):
        StructuredClient(cfg, ResponseCache(tmp_path / "c.sqlite")).check(timeout=2)


def test_remote_url_without_key_says_what_to_set(monkeypatch):
    monkeypatch.delenv("EXTRACT_LLM_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(NeedsKeyError, match="EXTRACT_LLM_API_KEY"):
        LLMConfig(base_url="https://api.example.com/v1").key()


def test_cli_run_with_unreachable_server_exits_2_quickly(tmp_path, capsys):
    doc = tmp_path / "d.txt"
    doc.write_text("二、主要目标\n到2025年,毛入园率达到95%。", encoding="utf-8")
    code = main(["run", str(doc), "--out", str(tmp_path / "out"), "--backend", "hybrid",
                 "--llm-base-url", "http://127.0.0.1:9/v1"])
    assert code == 2
    assert "127.0.0.1:9/v1" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


TEXT = ("二、主要目标\n到2025年,学前三年毛入园率达到95%以上。\n三、重点任务\n"
        "(一)扩大学位。全区计划新增学位3000个,2024年学位全部到位。")


def _doc(text=TEXT):
    return Document(doc_id="d", path="d.txt", text=text, encoding="utf-8",
                    sha256=hashlib.sha256(text.encode()).hexdigest())


def test_hybrid_keeps_rules_records_when_every_call_fails(tmp_path):
    rules = process_document(_doc(), "rules").records
    with StubServer(default="500") as srv:
        h = HybridExtractor(LLMConfig(base_url=srv.url, model="stub", retries=1, backoff=0.01, goal_check=True),
                            client(srv, tmp_path, retries=1))
        res = process_document(_doc(), h)
    assert [r.quote for r in res.records] == [r.quote for r in rules]
    assert h.failed["d"] >= 1


def test_hybrid_applies_decisions(tmp_path):
    with StubServer(default="ok", goal_answer=True) as srv:
        h = HybridExtractor(LLMConfig(base_url=srv.url, model="stub", goal_check=True), client(srv, tmp_path))
        res = process_document(_doc(), h)
    goals = [r.text for r in res.records if r.type == "goal"]
    # a dated sentence that commits without a deadline form the rules know: the model's yes makes it a goal
    # (twelfth round: ``2024年全部投入使用`` is a completion date the rules read now, ``rules.goals.completion_date``)
    assert "全区计划新增学位3000个,2024年学位全部到位" in goals


def test_hybrid_asks_no_goal_check_by_default(tmp_path):
    """hybrid.v10: without ``goal_check`` the model's yes to every goal ask adds no goal; the goals are the rules'."""
    rules_goals = [r.text for r in process_document(_doc(), "rules").records if r.type == "goal"]
    with StubServer(default="ok", goal_answer=True) as srv:
        h = HybridExtractor(LLMConfig(base_url=srv.url, model="stub"), client(srv, tmp_path))
        res = process_document(_doc(), h)
    goals = [r.text for r in res.records if r.type == "goal"]
    assert goals == rules_goals
    assert "全区计划新增学位3000个,2024年学位全部到位" not in goals
    assert "goal_check" not in h.version and h.version.startswith("hybrid.v11(")


def test_goal_check_setting_from_env(monkeypatch):
    monkeypatch.setenv("EXTRACT_LLM_GOAL_CHECK", "on")
    assert LLMConfig.from_env().goal_check is True
    monkeypatch.setenv("EXTRACT_LLM_GOAL_CHECK", "off")
    assert LLMConfig.from_env().goal_check is False
    monkeypatch.setenv("EXTRACT_LLM_GOAL_CHECK", "maybe")
    with pytest.raises(ValueError, match="EXTRACT_LLM_GOAL_CHECK"):
        LLMConfig.from_env()


def test_run_with_failing_server_finishes_and_rerun_completes(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EXTRACT_LLM_BACKOFF", "0.01")
    monkeypatch.setenv("EXTRACT_LLM_GOAL_CHECK", "on")  # the failing call of this text is its goal check (hybrid.v10)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "d.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    with StubServer(default="500") as srv:
        code = main(["run", str(docs), "--out", str(out), "--backend", "hybrid", "--llm-base-url", srv.url,
                     "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["documents"][0]["llm_failures"] >= 1 and summary["llm_usage"]["failed"] >= 1
    first = (out / "records.jsonl").read_text(encoding="utf-8")
    assert first  # the rules' records are there
    with StubServer(default="ok") as srv:
        code = main(["run", str(docs), "--out", str(out), "--backend", "hybrid", "--llm-base-url", srv.url,
                     "--json"])
        assert code == 0 and srv.requests  # the failed document was redone, not skipped
    summary = json.loads(capsys.readouterr().out)
    assert summary["documents"][0]["status"] == "ok" and summary["documents"][0]["llm_failures"] == 0
    with StubServer(default="500") as srv:
        main(["run", str(docs), "--out", str(out), "--backend", "hybrid", "--llm-base-url", srv.url, "--json"])
        assert srv.requests == []  # complete now: skipped, no calls
    capsys.readouterr()
