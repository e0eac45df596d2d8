"""End to end: ``extract.cli.main([...])`` and ``extract.pipeline.run(RunConfig(...))``.

The seed documents in data/docs are read only; every output goes under tmp_path.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest

from extract.cli import main
from extract.data import SPEC_FIELDS
from extract.ingest import read_document
from extract.pipeline import RunConfig, run

DOCS = Path(__file__).resolve().parents[1] / "data" / "docs"
SEED_PATHS = [str(DOCS / f"{d}.txt") for d in ("rongchang-2023", "huize-2021", "wujin-2022")]
SEED_IDS = ("huize-2021", "rongchang-2023", "wujin-2022")
pytestmark = pytest.mark.slow

GROUNDED = {"exact", "normalised", "fuzzy"}
COMPARATORS = {">=", "<=", "<", ">", "="}

PLAN = ("某区教育事业发展规划\n"
        "二、主要目标\n"
        "到2025年,学前三年毛入园率达到95%以上。\n")
PROSE = ("春天来了,公园里的花都开了。孩子们在草地上放风筝,老人们在树下下棋聊天。\n"
         "傍晚时分,大家陆续回家,街道又安静下来。\n")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def _db(out_dir: Path) -> sqlite3.Connection:
    return sqlite3.connect(out_dir / "extract.db")


def _count(db: sqlite3.Connection, sql: str, *args) -> int:
    return db.execute(sql, args).fetchone()[0]


# -- the seed run (once per module) -------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "run"
    t0 = time.perf_counter()
    code, stdout, stderr = _cli(["run", *SEED_PATHS, "--out", str(out), "--json"])
    seconds = time.perf_counter() - t0
    return {"code": code, "summary": json.loads(stdout), "stderr": stderr, "out": out, "seconds": seconds,
            "records": _jsonl(out / "records.jsonl"),
            "texts": {d: read_document(DOCS / f"{d}.txt").text for d in SEED_IDS}}


def test_seed_run_exit_code_and_summary(seed_run):
    assert seed_run["code"] == 0, seed_run["stderr"]
    s = seed_run["summary"]
    assert s["backend"] == "rules"
    assert s["records_path"] == str(seed_run["out"] / "records.jsonl")
    assert sorted(d["doc_id"] for d in s["documents"]) == sorted(SEED_IDS)
    assert all(d["status"] == "ok" and d["error"] is None for d in s["documents"])


def test_seed_run_is_fast(seed_run):
    assert seed_run["seconds"] < 60


def test_seed_records_cover_docs_and_types(seed_run):
    seen = Counter((r["doc"], r["type"]) for r in seed_run["records"])
    assert {doc for doc, _ in seen} == set(SEED_IDS)
    for doc in ("rongchang-2023", "wujin-2022"):
        for t in ("numeric_target", "unit_assignment", "goal"):
            assert seen[(doc, t)] > 0, (doc, t)
    assert seen[("huize-2021", "numeric_target")] > 0 and seen[("huize-2021", "goal")] > 0


def test_seed_quotes_are_the_text_at_their_span(seed_run):
    texts = seed_run["texts"]
    for r in seed_run["records"]:
        assert r["grounding"] in GROUNDED, r
        start, end = r["span"]["start"], r["span"]["end"]
        assert 0 <= start < end <= len(texts[r["doc"]])
        assert texts[r["doc"]][start:end] == r["quote"], r


def test_seed_records_have_spec_fields(seed_run):
    for r in seed_run["records"]:
        fields = SPEC_FIELDS[r["type"]]
        assert list(r)[:3 + len(fields)] == ["doc", "type", "quote", *fields], r  # spec fields first
        assert isinstance(r["quote"], str) and r["quote"].strip()
        assert r["backend"] == "rules"
        assert r["schema_version"] == "records.v1"
        if r["type"] == "numeric_target":
            assert isinstance(r["indicator"], str) and r["indicator"]
            assert isinstance(r["value"], (int, float))
            assert r["value_max"] is None or r["value_max"] >= r["value"]
            assert isinstance(r["unit"], str)
            assert r["comparator"] in COMPARATORS
            assert r["target_year"] is None or 2000 <= r["target_year"] <= 2100
        elif r["type"] == "unit_assignment":
            assert isinstance(r["task"], str) and r["task"]
            assert isinstance(r["lead_units"], list) and isinstance(r["responsible_units"], list)
            assert r["lead_units"] or r["responsible_units"]
            assert all(isinstance(u, str) and u for u in r["lead_units"] + r["responsible_units"])
        else:
            assert r["type"] == "goal"
            assert isinstance(r["text"], str) and r["text"]
            assert r["target_year"] is None or 2000 <= r["target_year"] <= 2100


def test_seed_known_records(seed_run):
    recs = seed_run["records"]
    ua = [r for r in recs if r["doc"] == "rongchang-2023" and r["type"] == "unit_assignment"
          and r["task"] == "坚持党建统领教育发展"]
    # the task is in the body (bracketed units) and again in the annex's task table
    assert len(ua) == 2
    assert {r["section"].split(" > ")[0] for r in ua} == {"重点任务", "附件"}
    for r in ua:
        assert r["lead_units"] == ["区委教育工委"] and r["responsible_units"] == ["区委组织部"]

    nt = [r for r in recs if r["doc"] == "rongchang-2023" and r["type"] == "numeric_target"
          and r["quote"] == "区教委直属中小学科技工作室的覆盖率达50%"]
    assert len(nt) == 1
    assert (nt[0]["value"], nt[0]["unit"], nt[0]["target_year"]) == (50, "%", 2025)

    nt = [r for r in recs if r["doc"] == "wujin-2022" and r["type"] == "numeric_target"
          and r["quote"] == "实现100%孩子都有专长"]
    assert len(nt) == 1
    assert (nt[0]["value"], nt[0]["unit"], nt[0]["target_year"]) == (100, "%", None)


def test_seed_database_matches_records_jsonl(seed_run):
    out, recs, summary = seed_run["out"], seed_run["records"], seed_run["summary"]
    db = _db(out)
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"documents", "sections", "records", "runs"} <= tables

        assert _count(db, "SELECT COUNT(*) FROM documents") == 3
        rows = db.execute("SELECT doc_id, status, error, encoding, n_chars, sha256 FROM documents").fetchall()
        for doc_id, status, error, encoding, n_chars, sha in rows:
            assert status == "ok" and error is None
            assert encoding == "utf-8"
            assert n_chars == len(seed_run["texts"][doc_id])

        assert _count(db, "SELECT COUNT(*) FROM runs") == 1
        run_row = db.execute("SELECT run_id, status, finished_at, backend FROM runs").fetchone()
        assert run_row[0] == summary["run_id"] and run_row[1] == "ok" and run_row[2] is not None
        assert run_row[3] == "rules"

        grounded = _count(db, "SELECT COUNT(*) FROM records WHERE grounding != 'not_found'")
        assert grounded == len(recs)
        ungrounded = sum(d["ungrounded"] for d in summary["documents"])
        assert _count(db, "SELECT COUNT(*) FROM records") == len(recs) + ungrounded
        assert _count(db, "SELECT COUNT(DISTINCT id) FROM records") == _count(db, "SELECT COUNT(*) FROM records")

        by_type = Counter((r["doc"], r["type"]) for r in recs)
        for d in summary["documents"]:
            assert {t: n for (doc, t), n in by_type.items() if doc == d["doc_id"]} == d["counts"]
            db_counts = dict(db.execute("SELECT type, COUNT(*) FROM records WHERE doc_id=? AND grounding!='not_found' "
                                        "GROUP BY type", (d["doc_id"],)).fetchall())
            assert db_counts == d["counts"]

        bodies = [json.loads(b) for (b,) in db.execute("SELECT body FROM records WHERE grounding!='not_found'")]
        assert sorted(map(json.dumps, bodies)) == sorted(map(json.dumps, recs))

        for doc_id in SEED_IDS:
            n = _count(db, "SELECT COUNT(*) FROM sections WHERE doc_id=?", doc_id)
            assert n > 0, doc_id
    finally:
        db.close()


# -- re-runs ------------------------------------------------------------------------------------------

def test_rerun_is_idempotent_and_skips_unchanged(tmp_path):
    out = tmp_path / "run"
    code1, s1, _ = _cli(["run", *SEED_PATHS, "--out", str(out), "--json"])
    first = (out / "records.jsonl").read_text(encoding="utf-8")
    db = _db(out)
    n1 = _count(db, "SELECT COUNT(*) FROM records")
    sec1 = _count(db, "SELECT COUNT(*) FROM sections")
    db.close()

    code2, s2, _ = _cli(["run", *SEED_PATHS, "--out", str(out), "--json"])
    assert code1 == code2 == 0
    assert (out / "records.jsonl").read_text(encoding="utf-8") == first
    summary2 = json.loads(s2)
    assert [d["status"] for d in summary2["documents"]] == ["skipped"] * 3
    # a skipped document still reports what the store holds for it
    assert {d["doc_id"]: d["counts"] for d in summary2["documents"]} == \
        {d["doc_id"]: d["counts"] for d in json.loads(s1)["documents"]}

    db = _db(out)
    try:
        assert _count(db, "SELECT COUNT(*) FROM records") == n1
        assert _count(db, "SELECT COUNT(*) FROM sections") == sec1
        assert _count(db, "SELECT COUNT(*) FROM documents") == 3
        assert _count(db, "SELECT COUNT(*) FROM runs") == 2
    finally:
        db.close()


def test_force_reextracts_without_duplicates(tmp_path):
    out = tmp_path / "run"
    s1 = run(RunConfig(inputs=[Path(p) for p in SEED_PATHS], out_dir=out))
    first = (out / "records.jsonl").read_text(encoding="utf-8")
    db = _db(out)
    n1 = _count(db, "SELECT COUNT(*) FROM records")
    db.close()

    s2 = run(RunConfig(inputs=[Path(p) for p in SEED_PATHS], out_dir=out, force=True))
    assert [d.status for d in s1.documents] == [d.status for d in s2.documents] == ["ok"] * 3
    assert (out / "records.jsonl").read_text(encoding="utf-8") == first

    code, stdout, _ = _cli(["run", *SEED_PATHS, "--out", str(out), "--force", "--json"])
    assert code == 0
    assert [d["status"] for d in json.loads(stdout)["documents"]] == ["ok"] * 3
    assert (out / "records.jsonl").read_text(encoding="utf-8") == first

    db = _db(out)
    try:
        assert _count(db, "SELECT COUNT(*) FROM records") == n1
        # every record now belongs to the last run
        assert {r[0] for r in db.execute("SELECT DISTINCT run_id FROM records")} == {json.loads(stdout)["run_id"]}
        assert _count(db, "SELECT COUNT(*) FROM runs") == 3
    finally:
        db.close()


def test_changed_document_is_reextracted(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    p = docs / "plan.txt"
    p.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "run"
    run(RunConfig(inputs=[docs], out_dir=out))
    p.write_text(PLAN.replace("95%", "97%"), encoding="utf-8")
    s = run(RunConfig(inputs=[docs], out_dir=out))
    assert [d.status for d in s.documents] == ["ok"]
    values = [r["value"] for r in _jsonl(out / "records.jsonl") if r["type"] == "numeric_target"]
    assert values == [97]


# -- failures in a batch ------------------------------------------------------------------------------

def _bad_files(tmp_path: Path) -> tuple[Path, Path]:
    bad = tmp_path / "bad"
    bad.mkdir()
    empty = bad / "empty.txt"
    empty.write_bytes(b"")
    binary = bad / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff\xfe\x89PNG\r\n\x1a\n" * 200)
    return empty, binary


def test_batch_with_bad_files_exits_1_and_keeps_good_records(tmp_path):
    empty, binary = _bad_files(tmp_path)
    good = DOCS / "wujin-2022.txt"
    out = tmp_path / "run"
    code, stdout, _ = _cli(["run", str(good), str(empty.parent), "--out", str(out), "--json"])
    assert code == 1
    summary = json.loads(stdout)
    by_id = {d["doc_id"]: d for d in summary["documents"]}
    assert set(by_id) == {"wujin-2022", "empty", "binary"}
    assert by_id["wujin-2022"]["status"] == "ok"

    assert by_id["empty"]["status"] == "failed"
    assert by_id["empty"]["path"] == str(empty)
    assert str(empty) in by_id["empty"]["error"] and "empty" in by_id["empty"]["error"]

    assert by_id["binary"]["status"] == "failed"
    assert by_id["binary"]["path"] == str(binary)
    assert str(binary) in by_id["binary"]["error"]
    assert "binary" in by_id["binary"]["error"] or "not decodable" in by_id["binary"]["error"]

    recs = _jsonl(out / "records.jsonl")
    assert recs and {r["doc"] for r in recs} == {"wujin-2022"}
    assert sum(by_id["wujin-2022"]["counts"].values()) == len(recs)

    db = _db(out)
    try:
        rows = dict(db.execute("SELECT doc_id, status FROM documents").fetchall())
        assert rows == {"wujin-2022": "ok", "empty": "failed", "binary": "failed"}
        err = db.execute("SELECT error FROM documents WHERE doc_id='empty'").fetchone()[0]
        assert "empty" in err
        assert db.execute("SELECT status FROM runs").fetchone()[0] == "failed"
    finally:
        db.close()


def test_batch_failures_are_printed_without_json(tmp_path):
    empty, binary = _bad_files(tmp_path)
    code, stdout, stderr = _cli(["run", str(DOCS / "rongchang-2023.txt"), str(empty), str(binary),
                                 "--out", str(tmp_path / "run")])
    assert code == 1
    assert f"FAILED {empty}" in stderr and f"FAILED {binary}" in stderr
    assert "from 1/3 documents" in stdout
    assert "Traceback" not in stderr


def test_oversized_file_fails_in_batch(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plan.txt").write_text(PLAN, encoding="utf-8")
    (docs / "huge.txt").write_text(PLAN * 20000, encoding="utf-8")  # about 1.3 MB
    code, stdout, _ = _cli(["run", str(docs), "--out", str(tmp_path / "run"), "--max-mb", "1", "--json"])
    assert code == 1
    by_id = {d["doc_id"]: d for d in json.loads(stdout)["documents"]}
    assert by_id["plan"]["status"] == "ok"
    assert by_id["huge"]["status"] == "failed" and "1 MB limit" in by_id["huge"]["error"]


# -- small documents ----------------------------------------------------------------------------------

def test_gbk_plan_gives_the_numeric_target(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    p = docs / "gbk-plan.txt"
    p.write_bytes(PLAN.encode("gbk"))
    out = tmp_path / "run"
    summary = run(RunConfig(inputs=[docs], out_dir=out))
    assert [(d.doc_id, d.status) for d in summary.documents] == [("gbk-plan", "ok")]
    assert summary.documents[0].counts.get("numeric_target") == 1

    text = read_document(p).text
    assert text == PLAN
    targets = [r for r in _jsonl(out / "records.jsonl") if r["type"] == "numeric_target"]
    assert len(targets) == 1
    t = targets[0]
    assert t["doc"] == "gbk-plan"
    assert t["indicator"] == "学前三年毛入园率"
    assert (t["value"], t["value_max"], t["unit"], t["comparator"], t["target_year"]) == (95, None, "%", ">=", 2025)
    assert t["quote"] in text
    assert text[t["span"]["start"]:t["span"]["end"]] == t["quote"]
    assert t["grounding"] == "exact"
    assert t["section"] == "主要目标"

    db = _db(out)
    try:
        enc = db.execute("SELECT encoding FROM documents WHERE doc_id='gbk-plan'").fetchone()[0]
        assert enc in ("gbk", "gb18030")
    finally:
        db.close()


def test_prose_without_targets_succeeds(tmp_path):
    p = tmp_path / "prose.txt"
    p.write_text(PROSE, encoding="utf-8")
    out = tmp_path / "run"
    code, stdout, _ = _cli(["run", str(p), "--out", str(out), "--json"])
    assert code == 0
    d = json.loads(stdout)["documents"]
    assert len(d) == 1 and d[0]["status"] == "ok" and d[0]["counts"].get("numeric_target", 0) == 0
    assert [r for r in _jsonl(out / "records.jsonl") if r["type"] == "numeric_target"] == []


def test_same_stem_in_two_folders_is_not_silently_lost(tmp_path):
    docs = tmp_path / "docs"
    (docs / "a").mkdir(parents=True)
    (docs / "b").mkdir()
    (docs / "a" / "plan.txt").write_text(PLAN, encoding="utf-8")
    (docs / "b" / "plan.txt").write_text(PLAN.replace("学前三年毛入园率达到95%以上", "九年义务教育巩固率不低于99%"),
                                         encoding="utf-8")
    summary = run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    recs = _jsonl(Path(summary.records_path))
    # what the summary reports must be what was written: either both kept, or the clash reported as a failure
    assert sum(sum(d.counts.values()) for d in summary.documents if d.status == "ok") == len(recs)


# -- usage errors -------------------------------------------------------------------------------------

def test_missing_path_exits_2_naming_it(tmp_path):
    missing = tmp_path / "no-such-folder"
    out = tmp_path / "run"
    code, stdout, stderr = _cli(["run", str(missing), "--out", str(out)])
    assert code == 2
    assert str(missing) in stderr
    assert stderr.startswith("error: ")
    assert "Traceback" not in stderr
    assert not out.exists()


def test_missing_path_among_good_ones_exits_2(tmp_path):
    missing = tmp_path / "gone.txt"
    code, _, stderr = _cli(["run", str(DOCS / "wujin-2022.txt"), str(missing), "--out", str(tmp_path / "run")])
    assert code == 2
    assert str(missing) in stderr


@pytest.mark.parametrize("argv", [["--help"], ["run", "--help"], ["eval", "--help"]], ids=["main", "run", "eval"])
def test_help(argv, capsys):
    with pytest.raises(SystemExit) as ei:
        main(argv)
    assert ei.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: extract")
    if argv == ["--help"]:
        assert "run" in out and "eval" in out
    elif argv[0] == "run":
        assert "--out" in out and "--force" in out and "--max-mb" in out and "--json" in out
    else:
        assert "--gold" in out and "--baseline" in out


@pytest.mark.parametrize("argv", [[], ["run"], ["run", "x"], ["frobnicate"]], ids=["none", "no-paths", "no-out", "bad"])
def test_bad_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as ei:
        main(argv)
    assert ei.value.code == 2
    assert "usage: extract" in capsys.readouterr().err


def test_records_carry_stable_ids_across_reruns(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    run(RunConfig(inputs=[Path(p) for p in SEED_PATHS], out_dir=a))
    run(RunConfig(inputs=[Path(p) for p in SEED_PATHS], out_dir=b, force=True))
    ids_a = [json.loads(x)["id"] for x in (a / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    ids_b = [json.loads(x)["id"] for x in (b / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids_a == ids_b and len(set(ids_a)) == len(ids_a)
    db = _db(a)
    try:
        stored = {r[0] for r in db.execute("SELECT id FROM records")}
    finally:
        db.close()
    assert set(ids_a) <= stored  # the id `extract similar` takes


def test_store_commits_in_batches_and_a_document_is_all_or_nothing(tmp_path):
    """Documents are committed in batches; a failure inside one document's writes rolls back that
    document only; close() commits what is pending."""
    import sqlite3

    from extract.store import Store

    store = Store(tmp_path)
    store.start_run("r1", "rules", "v", {})
    store.save_failure("a", "a.txt", "bad", "r1")
    other = sqlite3.connect(tmp_path / "extract.db")
    assert other.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0  # not committed yet
    try:
        with store._document():
            store.db.execute("INSERT INTO documents (doc_id, status) VALUES ('b', 'ok')")
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    store.close()
    assert [r[0] for r in other.execute("SELECT doc_id FROM documents")] == ["a"]


def test_spec_dict_project_fields_are_what_pydantic_dumps():
    """``spec_dict`` builds the project's fields itself; they must be what ``model_dump`` gives."""
    from extract.data import SPEC_FIELDS, Goal, GroundingStatus, NumericTarget, Span, UnitAssignment, _project_fields

    base = dict(doc="d", quote="q", backend="rules", backend_version="v")
    records = [
        NumericTarget(**base, indicator="i", value=95.0, unit="%", span=Span(start=1, end=5), norm_span=Span(start=0, end=4),
                      section="一 > 二", grounding=GroundingStatus.EXACT, cues=["deadline", "model:0.91"]),
        NumericTarget(**base, indicator="i", value=1.5, value_max=2.0, unit="万人", cues=[]),
        UnitAssignment(**base, task="t", lead_units=["区教委"], grounding=GroundingStatus.NOT_FOUND),
        Goal(**base, text="到2025年", target_year=2025, span=Span(start=0, end=3), grounding=GroundingStatus.FUZZY),
        Goal(doc="d", quote="q", text="x"),
    ]
    for r in records:
        slow = r.model_dump(mode="json", exclude={"doc", "type", "quote", *SPEC_FIELDS[r.type]}, exclude_none=True)
        fast = _project_fields(r)
        assert fast == slow and list(fast) == list(slow)


def _varied_records():
    from extract.data import Goal, GroundingStatus, NumericTarget, Span, UnitAssignment

    base = dict(doc="d", quote="“引号”\n\\ \t\u2028", backend="rules", backend_version="v")
    return [
        NumericTarget(**base, indicator="i", value=95.0, unit="%", span=Span(start=1, end=5), norm_span=Span(start=0, end=4),
                      section="一 > 二", grounding=GroundingStatus.EXACT, cues=["deadline", "model:0.91"]),
        NumericTarget(**base, indicator="i", value=1.5e-7, value_max=2e21, unit="万人", cues=[], target_year=2025),
        NumericTarget(**base, indicator="i", value=float("nan"), value_max=float("inf"), unit="", comparator=">="),
        UnitAssignment(**base, task="t", lead_units=["区教委", "a\"b"], grounding=GroundingStatus.NOT_FOUND),
        UnitAssignment(**base, task="t"),
        Goal(**base, text="到2025年", target_year=2025, span=Span(start=0, end=3), grounding=GroundingStatus.FUZZY),
        Goal(doc="d", quote="q", text="x"),
    ]


def test_record_body_is_the_json_of_spec_dict():
    """The store writes a record's JSON itself; it must be ``json.dumps(spec_dict(r) + id)`` byte for byte."""
    import json

    from extract.data import spec_dict
    from extract.store import record_body

    for r in _varied_records():
        assert record_body(r, "k1") == json.dumps({**spec_dict(r), "id": "k1"}, ensure_ascii=False)


def test_trusted_span_and_with_fields_are_what_pydantic_makes():
    from extract.data import GroundingStatus, Span, trusted_span, with_fields

    assert trusted_span(3, 7) == Span(start=3, end=7)
    assert hash(trusted_span(3, 7)) == hash(Span(start=3, end=7))
    assert trusted_span(3, 7).model_fields_set == Span(start=3, end=7).model_fields_set
    for r in _varied_records():
        update = {"span": trusted_span(1, 2), "quote": "x", "grounding": GroundingStatus.EXACT}
        fast, slow = with_fields(r, update), r.model_copy(update=update)
        assert fast == slow and fast.model_fields_set == slow.model_fields_set
        assert fast.model_dump_json() == slow.model_dump_json()
        assert r.quote != "x"  # the original is left as it was


def test_process_document_hands_the_store_its_record_keys():
    from extract.data import record_key
    from extract.ingest import read_document
    from extract.pipeline import process_document

    result = process_document(read_document(DOCS / "wujin-2022.txt"), "rules")
    assert result.record_keys == [record_key(r) for r in result.records]
    assert "record_keys" not in result.model_dump()


def test_a_worker_sends_the_store_rows_not_the_result_objects(tmp_path):
    """With ``run_id`` set (as ``run`` does), the work puts the store's rows together where it runs; the
    pickled answer carries those rows and no result objects, and the rows are what ``save_document``
    writes for the result."""
    import pickle

    from extract.engine import LocalEngine
    from extract.pipeline import DocDone, DocTask, DocWork
    from extract.store import Store, document_rows

    path = DOCS / "wujin-2022.txt"
    work = DocWork("rules", 10_000_000)
    work.run_id = "run-1"
    done = work(DocTask(0, path, path.stem, None))
    assert isinstance(done, DocDone) and done.rows is not None and done.rows.run_id == "run-1"
    sent = pickle.loads(pickle.dumps(done))
    assert sent.result is None and sent.rows == done.rows and sent.ungrounded == done.result.ungrounded
    assert done.rows.counts == dict(Counter(r.type for r in done.result.records if r.is_grounded))
    expected = document_rows(done.result, "run-1", done.fingerprint)
    assert expected.records == done.rows.records and expected.sections == done.rows.sections
    assert expected.document[:-1] == done.rows.document[:-1]  # all but the time it was put together

    def dump(out: Path) -> list:
        db = sqlite3.connect(out / "extract.db")
        return [db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in ("sections", "records")]

    a, b = Store(tmp_path / "a"), Store(tmp_path / "b")
    a.save_rows(sent.rows)
    b.save_document(done.result, "run-1", done.fingerprint)
    a.close(), b.close()
    assert dump(tmp_path / "a") == dump(tmp_path / "b")
    # the engine in this process hands back the same object: nothing is lost or redone
    assert next(LocalEngine().map(work, [DocTask(0, path, path.stem, None)]))[1].result is not None
