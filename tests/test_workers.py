"""``extract run --workers N``: the per-document work in worker processes (``extract.engine``).

A parallel run writes the same ``records.jsonl``, byte for byte, and the same store as a serial
one; a document that fails in a worker is reported as it is in a serial run; a worker process that
dies loses only the document it held (failed, no fingerprint: the next run redoes it) and the batch
goes on. The crashes come from test-only work functions handed to the engine (``DieOn``), never
from anything in the production code.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from extract.cli import main
from extract.engine import START_METHOD, EngineError, LocalEngine, Lost, ProcessEngine, make_engine
from extract.errors import UserError
from extract.pipeline import DocFailed, RunConfig, run

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "data" / "docs"
SEEDS = sorted(DOCS.glob("*.txt"))
WILD = sorted((DOCS / "wild").glob("*.txt"))[:8]

pytestmark = pytest.mark.slow


# -- test-only work functions (module level: a spawned worker imports them by name) ---------------

def collector_state(_: int) -> tuple[int, bool]:
    import gc

    return gc.get_threshold()[0], gc.get_freeze_count() > 0


def square(x: int) -> int:
    if x == 7:
        raise ValueError("seven")
    if x == 5:
        os._exit(3)
    return x * x


def whoami(x: float) -> int:
    time.sleep(x)
    return os.getpid()


class DieOn:
    """The pipeline's own work, except that the worker process dies on the named documents:
    ``os._exit(3)`` on ``exit``, SIGKILL (as the kernel's out-of-memory killer does) on ``kill``."""

    def __init__(self, work, exit: str = "", kill: str = "") -> None:
        self.work, self.exit, self.kill = work, exit, kill

    def __call__(self, task):
        if task.doc_id == self.exit:
            os._exit(3)
        if task.doc_id == self.kill:
            os.kill(os.getpid(), signal.SIGKILL)
        return self.work(task)


class DyingEngine(ProcessEngine):
    def __init__(self, workers: int, **die) -> None:
        super().__init__(workers)
        self.die = die

    def map(self, fn, items):
        return super().map(DieOn(fn, **self.die), items)


class FatalOn:
    """A configuration error met in a worker (as an LLM backend meets an unreachable server)."""

    def __init__(self, work, doc_id: str) -> None:
        self.work, self.doc_id = work, doc_id

    def __call__(self, task):
        if task.doc_id == self.doc_id:
            return DocFailed("server gone", "the server at http://x/v1 is gone (start it)", fatal=True)
        time.sleep(0.2)
        return self.work(task)


class FatalEngine(ProcessEngine):
    def map(self, fn, items):
        return super().map(FatalOn(fn, WILD[0].stem), items)


class BreaksInWorkers:
    """Unpickles only in the process that made it: every worker dies as it starts."""

    def __init__(self) -> None:
        self.pid = os.getpid()

    def __setstate__(self, state) -> None:
        if state["pid"] != os.getpid():
            raise RuntimeError("cannot start here")
        self.__dict__.update(state)

    def __call__(self, x):
        return x


# -- helpers ------------------------------------------------------------------------------------

def _rows(out: Path) -> dict[str, list[tuple]]:
    """The store without the columns that say when and in which run."""
    db = sqlite3.connect(out / "extract.db")
    try:
        return {
            "documents": db.execute("SELECT doc_id, path, sha256, encoding, n_chars, meta, defects, status, error, "
                                    "fingerprint FROM documents ORDER BY doc_id").fetchall(),
            "sections": db.execute("SELECT * FROM sections ORDER BY doc_id, idx").fetchall(),
            "records": db.execute('SELECT id, doc_id, type, grounding, start, "end", section, body FROM records '
                                  "ORDER BY id").fetchall(),
        }
    finally:
        db.close()


def _outcomes(summary) -> list[tuple]:
    return [(d.doc_id, d.path, d.status, d.counts, d.ungrounded, d.error) for d in summary.documents]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """Seeds, a few wild texts and two bad files; run once serially (the reference)."""
    base = tmp_path_factory.mktemp("workers")
    bad = base / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x89PNG\r\n\x1a\n" * 200)
    inputs = [*SEEDS, bad, *WILD]
    serial = run(RunConfig(inputs=inputs, out_dir=base / "serial", workers=1))
    return base, inputs, serial


# -- the engines --------------------------------------------------------------------------------

def test_process_engine_reports_errors_and_deaths_and_goes_on():
    with ProcessEngine(2) as engine:
        got = dict(engine.map(square, range(12)))
        assert set(got) == set(range(12))
        assert {k: v for k, v in got.items() if not isinstance(v, Lost)} == {
            x: x * x for x in range(12) if x not in (5, 7)}
        assert got[7] == Lost("the work raised ValueError: seven")
        assert "died while working on it: exit code 3" in got[5].reason
        assert dict(engine.map(square, [2, 3])) == {2: 4, 3: 9}  # the same workers serve a second map


def test_a_dying_worker_loses_only_the_item_it_works_on_not_the_next_it_holds():
    from extract.engine import ITEMS_IN_HAND

    assert ITEMS_IN_HAND == 2
    with ProcessEngine(1) as engine:  # one worker: it holds 5 and 6 when it dies on 5
        got = list(engine.map(square, [4, 5, 6, 8]))
    assert sorted(k for k, _ in got) == [4, 5, 6, 8]
    values = dict(got)
    assert "died while working on it: exit code 3" in values[5].reason
    assert (values[4], values[6], values[8]) == (16, 36, 64)  # 6 done by the fresh worker, not lost
    with ProcessEngine(1, depth=1) as engine:  # one at a time, as before
        assert dict(engine.map(square, [2, 3])) == {2: 4, 3: 9}


def test_the_driver_asks_a_worker_for_the_extractors_identity():
    from extract.extractor import get_extractor
    from extract.pipeline import DocWork, ExtractorIdentity, _worker_identity

    work = DocWork("rules", 10**6)
    with ProcessEngine(2) as engine:
        engine.start(work)
        ident = _worker_identity(engine, work)
        assert dict(engine.map(square, [3])) == {3: 9}  # the engine serves on
    ours = get_extractor("rules")
    assert ident == ExtractorIdentity(ours.name, ours.version) and ident.name == "rules"
    with ProcessEngine(1) as engine:  # work that cannot answer it: None, the driver builds its own extractor
        assert _worker_identity(engine, square) is None


def test_a_worker_paces_its_collector_like_the_serial_loop():
    from extract.engine import WORKER_GC_YOUNG

    with ProcessEngine(1) as engine:
        (_, (young, frozen)), = engine.map(collector_state, [0])
    assert young >= WORKER_GC_YOUNG and frozen


def test_local_engine_same_results_in_order():
    got = list(LocalEngine().map(square, [1, 7, 2]))
    assert got == [(1, 1), (7, Lost("the work raised ValueError: seven")), (2, 4)]
    assert isinstance(make_engine(1), LocalEngine) and isinstance(make_engine(2), ProcessEngine)


def test_workers_that_cannot_start_are_one_clear_error():
    with ProcessEngine(2) as engine, pytest.raises(EngineError, match="die as they start"):
        list(engine.map(BreaksInWorkers(), range(4)))


def test_nothing_outlives_a_killed_driver(tmp_path):
    """The workers (busy for 30 s) and the forkserver that forked them, and the resource tracker: every
    process the driver started is gone soon after the driver is killed with SIGKILL."""
    marker = f"extract-test-{os.getpid()}-{time.time_ns()}"  # in the environment of everything it starts
    script = tmp_path / "driver.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from extract.engine import ProcessEngine
        from test_workers import whoami
        if __name__ == "__main__":
            engine = ProcessEngine(2, preload=["extract.pipeline"])
            for _, pid in engine.map(whoami, [0.0, 0.0]):
                print(pid, flush=True)
            for _ in engine.map(whoami, [30.0, 30.0, 30.0]):  # both busy when the driver dies
                pass
    """), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, EXTRACT_TEST_MARKER=marker))
    pids = {int(proc.stdout.readline()), int(proc.stdout.readline())}
    time.sleep(0.5)
    started = _marked(marker) - {proc.pid}
    assert pids <= started
    if START_METHOD == "forkserver":
        assert len(started) > len(pids)  # the server too (and the resource tracker)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    proc.stdout.close()
    deadline = time.monotonic() + 10  # not the 30 s of their items: they watch their parent

    alive = set(started)
    while alive and time.monotonic() < deadline:
        alive = {p for p in alive if _alive(p)}
        time.sleep(0.2)
    assert not alive
    assert not _marked(marker)


def _marked(marker: str) -> set[int]:
    """The live processes with ``EXTRACT_TEST_MARKER=marker`` in their environment (Linux)."""
    if not Path("/proc/self/environ").exists():
        pytest.skip("no /proc")
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                env = (entry / "environ").read_bytes()
            except OSError:
                continue
            if f"EXTRACT_TEST_MARKER={marker}".encode() in env.split(b"\0") and _alive(int(entry.name)):
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by init) counts as gone
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


# -- the pipeline -------------------------------------------------------------------------------

def test_parallel_run_equals_serial_run(batch):
    base, inputs, serial = batch
    out = base / "parallel"
    parallel = run(RunConfig(inputs=inputs, out_dir=out, workers=2))
    assert (out / "records.jsonl").read_bytes() == (base / "serial" / "records.jsonl").read_bytes()
    assert _outcomes(parallel) == _outcomes(serial)  # in batch order, bad files reported word for word
    assert _rows(out) == _rows(base / "serial")
    by_id = {d.doc_id: d for d in parallel.documents}
    assert by_id["empty"].status == by_id["binary"].status == "failed"
    assert "empty" in by_id["empty"].error and str(inputs[len(SEEDS)] / "empty.txt") in by_id["empty"].error
    assert sum(d.status == "ok" for d in parallel.documents) == len(SEEDS) + len(WILD)


def test_cli_workers_2_same_records_and_failures(batch, capsys):
    base, inputs, serial = batch
    out = base / "cli"
    code = main(["run", *map(str, inputs), "--out", str(out), "--workers", "2"])
    _, err = capsys.readouterr()
    assert code == 1
    assert (out / "records.jsonl").read_bytes() == (base / "serial" / "records.jsonl").read_bytes()
    for d in serial.failed:
        assert f"FAILED {d.error}" in err
    assert "Traceback" not in err


def test_a_dying_worker_loses_only_its_document_and_the_rerun_redoes_it(batch):
    base, inputs, serial = batch
    out = base / "dying"
    gone_exit, gone_kill = WILD[1].stem, SEEDS[0].stem
    summary = run(RunConfig(inputs=inputs, out_dir=out, workers=2), engine=DyingEngine(2, exit=gone_exit,
                                                                                        kill=gone_kill))
    by_id = {d.doc_id: d for d in summary.documents}
    assert by_id[gone_exit].status == "failed"
    assert "worker process" in by_id[gone_exit].error and "died" in by_id[gone_exit].error
    assert "exit code 3" in by_id[gone_exit].error and str(WILD[1]) in by_id[gone_exit].error
    assert by_id[gone_kill].status == "failed" and "killed by SIGKILL" in by_id[gone_kill].error
    assert "next run" in by_id[gone_kill].error
    # every other document as in the serial run
    others = [o for o in _outcomes(serial) if o[0] not in (gone_exit, gone_kill)]
    assert [o for o in _outcomes(summary) if o[0] not in (gone_exit, gone_kill)] == others
    expected = [line for line in (base / "serial" / "records.jsonl").read_text(encoding="utf-8").splitlines()
                if json.loads(line)["doc"] not in (gone_exit, gone_kill)]
    assert (out / "records.jsonl").read_text(encoding="utf-8").splitlines() == expected
    db = sqlite3.connect(out / "extract.db")
    try:
        rows = dict(db.execute("SELECT doc_id, status || ':' || coalesce(fingerprint, '-') FROM documents"))
    finally:
        db.close()
    assert rows[gone_exit] == rows[gone_kill] == "failed:-"

    again = run(RunConfig(inputs=inputs, out_dir=out, workers=2))  # no --force: only what is missing is done
    status = {d.doc_id: d.status for d in again.documents}
    assert status[gone_exit] == status[gone_kill] == "ok"
    assert {s for k, s in status.items() if k not in (gone_exit, gone_kill)} == {"skipped", "failed"}
    assert (out / "records.jsonl").read_bytes() == (base / "serial" / "records.jsonl").read_bytes()
    assert _rows(out) == _rows(base / "serial")  # nothing duplicated, nothing left over


def test_a_configuration_error_in_a_worker_stops_the_batch_and_the_workers(tmp_path):
    engine = FatalEngine(2)
    with pytest.raises(UserError, match=r"http://x/v1 is gone \(start it\)"):
        run(RunConfig(inputs=[*SEEDS, *WILD], out_dir=tmp_path / "run", workers=2), engine=engine)
    assert not engine._busy  # the documents in hand were dropped with the batch
    procs = [w.proc for w in engine._idle]
    engine.close()
    assert not any(p.is_alive() for p in procs)


def test_workers_flag_usage(tmp_path, capsys):
    with pytest.raises(SystemExit) as ei:
        main(["run", str(SEEDS[0]), "--out", str(tmp_path / "r"), "--workers", "0"])
    assert ei.value.code == 2 and "--workers" in capsys.readouterr().err
    code = main(["run", str(SEEDS[0]), "--out", str(tmp_path / "r"), "--backend", "hybrid", "--workers", "2"])
    assert code == 2 and "--concurrency" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    assert "--workers" in capsys.readouterr().out


def test_workers_log_like_the_command_line(tmp_path):
    """A library's warning met in a worker (pypdf on a broken PDF) goes where the command line sends
    it: nowhere by default, to the debug lines with -v."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\ngarbage without a trailer\n")
    (docs / "good.txt").write_text("到2025年，全区学前三年毛入园率达到95%以上。\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    for extra in ([], ["-v"]):
        proc = subprocess.run([sys.executable, "-m", "extract.cli", "run", str(docs), "--out", str(tmp_path / "out"),
                               "--force", "--workers", "2", *extra], capture_output=True, text=True, env=env,
                              timeout=120)
        assert proc.returncode == 1, proc.stderr
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        assert any(ln.startswith("FAILED ") and "broken.pdf: cannot read PDF" in ln for ln in lines)
        if extra:
            assert any(ln.startswith("DEBUG extract.lib.pypdf") and "EOF marker" in ln for ln in lines), lines
        else:
            assert len(lines) == 1, lines
