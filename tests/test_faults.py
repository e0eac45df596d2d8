"""Fault tolerance of ``extract run``: a run killed with SIGKILL and re-run ends with the records of an
undisturbed run (none lost, none duplicated) and an intact SQLite store; a killed ``--force``
re-run leaves the previous ``records.jsonl`` whole.

The runs are real processes (``python -m extract.cli run``) on copies of the seed documents in
tmp_path; the kill comes once the store shows some documents done, read through a read-only
SQLite connection. Record bodies carry no run id or time (checked below), so ``records.jsonl``
of the two runs must be equal byte for byte; the database rows are compared without their
``run_id`` and ``updated_at`` columns.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "data" / "docs"
# 180 documents, ~10 MB: a run takes a few seconds even at 30 documents/s, and what is left for the run
# killed second is more than one batch of the store (64 documents or 2 s), so its kill lands before its end
COPIES = 60
OUT_FILES = {"extract.db", "extract.db-wal", "extract.db-shm", "records.jsonl"}

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]


def _start(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extract.cli", "run", str(corpus), "--out", str(out), "--json",
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen, timeout: float = 120) -> dict:
    stdout, stderr = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    return json.loads(stdout)


def _ro(out: Path) -> sqlite3.Connection:
    """Read-only, to watch a live run without touching it."""
    return sqlite3.connect(f"file:{out / 'extract.db'}?mode=ro", uri=True, timeout=5)


def _db(out: Path) -> sqlite3.Connection:
    """After a kill: an ordinary connection, as the next run opens it (SQLite recovers the WAL if needed)."""
    return sqlite3.connect(out / "extract.db", timeout=5)


def _done(out: Path, since: float = 0.0, live: bool = True) -> int:
    """Documents stored ``ok`` (after ``since``); 0 while the database does not exist yet."""
    if not (out / "extract.db").exists():
        return 0
    try:
        db = _ro(out) if live else _db(out)
        try:
            return db.execute("SELECT COUNT(*) FROM documents WHERE status='ok' AND updated_at > ?",
                              (since,)).fetchone()[0]
        finally:
            db.close()
    except sqlite3.OperationalError:  # not created yet, or its schema not yet written
        return 0


def _kill_when(proc: subprocess.Popen, out: Path, at_least: int, since: float = 0.0, timeout: float = 60) -> int:
    """SIGKILL ``proc`` once ``at_least`` documents are done; returns how many were done before the kill."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the run finished before it could be killed: make the corpus bigger"
        if _done(out, since) >= at_least:
            break
        time.sleep(0.02)
    else:
        proc.kill()
        pytest.fail(f"no {at_least} documents done within {timeout} s")
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return _done(out, since, live=False)


def _rows(out: Path) -> dict[str, list[tuple]]:
    db = _db(out)
    try:
        return {
            "documents": db.execute("SELECT doc_id, path, sha256, encoding, n_chars, meta, defects, status, error, "
                                    "fingerprint FROM documents ORDER BY doc_id").fetchall(),
            "sections": db.execute('SELECT doc_id, idx, heading, level, path, start, "end" FROM sections '
                                   "ORDER BY doc_id, idx").fetchall(),
            "records": db.execute('SELECT id, doc_id, type, grounding, start, "end", section, body FROM records '
                                  "ORDER BY id").fetchall(),
        }
    finally:
        db.close()


def _integrity(out: Path) -> list[str]:
    db = _db(out)
    try:
        return [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    finally:
        db.close()


@pytest.fixture(scope="module")
def killed(tmp_path_factory):
    """An undisturbed run into ``ref`` and, beside it, a run into ``out`` killed twice and re-run."""
    base = tmp_path_factory.mktemp("faults")
    corpus = base / "corpus"
    corpus.mkdir()
    seeds = sorted(DOCS.glob("*.txt"))
    for i in range(COPIES):
        for seed in seeds:
            (corpus / f"{seed.stem}-{i:03d}.txt").write_bytes(seed.read_bytes())
    total = COPIES * len(seeds)
    ref, out = base / "ref", base / "out"

    reference = _start(corpus, ref)  # the undisturbed run, alongside the killed ones (2 cores)
    try:
        first = _kill_when(_start(corpus, out), out, at_least=5)
        assert _integrity(out) == ["ok"]
        second = _kill_when(_start(corpus, out), out, at_least=first + 20)
        assert _integrity(out) == ["ok"]
        final = _finish(_start(corpus, out))
        ref_summary = _finish(reference)
    finally:
        if reference.poll() is None:
            reference.kill()
            reference.communicate()
    return {"base": base, "corpus": corpus, "ref": ref, "out": out, "total": total, "first": first,
            "second": second, "final": final, "ref_summary": ref_summary}


def test_kills_landed_in_the_middle(killed):
    assert 5 <= killed["first"] < killed["second"] < killed["total"]


def test_rerun_after_kill_completes_and_resumes(killed):
    docs = killed["final"]["documents"]
    assert len(docs) == killed["total"]
    assert all(d["status"] in ("ok", "skipped") for d in docs), [d for d in docs if d["status"] == "failed"]
    # what the killed runs committed is not extracted again; the rest is
    assert sum(d["status"] == "skipped" for d in docs) == killed["second"]


def test_records_jsonl_same_as_undisturbed_run(killed):
    got = (killed["out"] / "records.jsonl").read_text(encoding="utf-8").splitlines()
    want = (killed["ref"] / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(want) > 1000
    bodies = [json.loads(line) for line in want[:50]]
    assert not any({"run_id", "run", "updated_at", "created_at", "timestamp"} & b.keys() for b in bodies)
    assert sorted(got) == sorted(want)
    assert got == want  # written in a fixed order too
    assert len(set(got)) == len(got), "a record is duplicated"
    assert {json.loads(line)["doc"] for line in got} == {p.stem for p in killed["corpus"].iterdir()}


def test_store_same_as_undisturbed_run_and_intact(killed):
    out, ref = killed["out"], killed["ref"]
    assert _integrity(out) == ["ok"]
    got, want = _rows(out), _rows(ref)
    for table in ("documents", "sections", "records"):
        assert got[table] == want[table], table
    db = _db(out)
    try:
        assert db.execute("SELECT COUNT(*) - COUNT(DISTINCT id) FROM records").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM documents WHERE status != 'ok'").fetchone()[0] == 0
        runs = db.execute("SELECT status FROM runs ORDER BY started_at").fetchall()
    finally:
        db.close()
    assert len(runs) == 3 and runs[-1] == ("ok",)  # two killed runs, then the one that finished


def test_no_stray_files_in_run_directory(killed):
    assert {p.name for p in killed["out"].iterdir()} <= OUT_FILES
    assert {p.name for p in killed["base"].iterdir()} == {"corpus", "ref", "out"}


def test_killed_force_rerun_keeps_previous_records(killed):
    """``--force`` over a finished run, killed half way: records.jsonl is the old file, whole; the
    store is intact and a plain re-run ends where the undisturbed run did."""
    ref = killed["ref"]
    before = (ref / "records.jsonl").read_bytes()
    rows_before = _rows(ref)
    t0 = time.time()
    done = _kill_when(_start(killed["corpus"], ref, "--force"), ref, at_least=5, since=t0)
    assert 5 <= done < killed["total"]
    assert (ref / "records.jsonl").read_bytes() == before
    assert _integrity(ref) == ["ok"]
    assert _rows(ref) == rows_before  # documents re-extracted before the kill were replaced by equal rows
    summary = _finish(_start(killed["corpus"], ref))
    assert all(d["status"] == "skipped" for d in summary["documents"])
    assert (ref / "records.jsonl").read_bytes() == before
    assert {p.name for p in ref.iterdir()} <= OUT_FILES


def test_random_kills_converge(killed, tmp_path):
    """Killed at arbitrary moments (during start-up, mid-document, mid-commit), run after run: the
    store stays intact and the last run ends with the records of the undisturbed run."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ids = set()
    for path in sorted(killed["corpus"].iterdir())[:60]:
        (corpus / path.name).write_bytes(path.read_bytes())
        ids.add(path.stem)
    out = tmp_path / "out"
    rng = random.Random(20240601)
    kills = 0
    for _ in range(5):
        proc = _start(corpus, out)
        time.sleep(rng.uniform(0.3, 1.5))
        if proc.poll() is not None:
            break
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        kills += 1
        if (out / "extract.db").exists():
            assert _integrity(out) == ["ok"]
    assert kills >= 2
    _finish(_start(corpus, out))
    want = [line for line in (killed["ref"] / "records.jsonl").read_text(encoding="utf-8").splitlines()
            if json.loads(line)["doc"] in ids]
    assert (out / "records.jsonl").read_text(encoding="utf-8").splitlines() == want
    assert _integrity(out) == ["ok"]


_KILL_IN_REPLACE = ("import os, signal, sys\n"
                    "os.replace = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)\n"
                    "from extract.cli import main\n"
                    "sys.exit(main(sys.argv[1:]))\n")


def _killed_while_writing_jsonl(corpus: Path, out: Path) -> None:
    """Run to the end and die between writing the new records.jsonl and renaming it into place."""
    proc = subprocess.run([sys.executable, "-c", _KILL_IN_REPLACE, "run", str(corpus), "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr


@pytest.fixture(scope="module")
def killed_in_write(killed, tmp_path_factory):
    base = tmp_path_factory.mktemp("kill-in-write")
    corpus = base / "corpus"
    corpus.mkdir()
    for path in sorted(killed["corpus"].iterdir())[:6]:
        (corpus / path.name).write_bytes(path.read_bytes())
    out = base / "out"
    _killed_while_writing_jsonl(corpus, out)
    state = {"files_after_kill": {p.name for p in out.iterdir()}}
    _finish(_start(corpus, out))
    state["files_after_rerun"] = {p.name for p in out.iterdir()}
    state["records"] = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    ids = {p.stem for p in corpus.iterdir()}
    state["want"] = [line for line in (killed["ref"] / "records.jsonl").read_text(encoding="utf-8").splitlines()
                     if json.loads(line)["doc"] in ids]
    state["integrity"] = _integrity(out)
    return state


def test_kill_while_writing_jsonl_then_rerun(killed_in_write):
    s = killed_in_write
    assert "records.jsonl" not in s["files_after_kill"]  # never a half-written records.jsonl
    assert s["records"] == s["want"]
    assert s["integrity"] == ["ok"]


def test_kill_while_writing_jsonl_leaves_no_temp_file(killed_in_write):
    assert killed_in_write["files_after_rerun"] <= OUT_FILES
