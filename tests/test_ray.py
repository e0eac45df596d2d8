"""``--engine ray``: the per-document work as Ray tasks, embedding in Ray actors.

One real local cluster for the module (``ray start --head --block`` on 127.0.0.1, two CPUs, token
authentication with a token made for the test), joined by this process and by the command lines the
tests start. Runs through Ray are compared with local runs (``records.jsonl`` bytes, outcomes, the
store; the faiss index); a worker process is killed from outside while it holds a document (Ray runs
the document again); a document whose worker always dies comes back as failed; the cluster and a
private instance stop without leaving a process behind. Skipped, with the reason, where Ray is not
installed (``pip install -e '.[ray]'``).
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from extract.cli import main
from extract.errors import UserError
from extract.pipeline import DocFailed, DocWork, RunConfig, run

# imported by the cluster fixture, once the authentication settings are in the environment (Ray reads
# them when it is first imported)
def _have_ray() -> bool:
    try:
        return importlib.util.find_spec("ray") is not None
    except (ImportError, ValueError):  # ValueError: blocked (sys.modules["ray"] is None)
        return False


HAVE_RAY = _have_ray()
ray = None

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "data" / "docs"
SEEDS = sorted(DOCS.glob("*.txt"))
WILD = sorted((DOCS / "wild").glob("*.txt"))[:8]
NO_RAY = "ray is not installed: pip install -e '.[ray]'"
needs_ray = pytest.mark.skipif(not HAVE_RAY, reason=NO_RAY)

pytestmark = pytest.mark.slow


# -- test-only work functions (this module is importable on the cluster: tests/ is on its path) ----

class KilledOnce:
    """The pipeline's work, except that the worker holding ``doc_id`` the first time writes its pid
    to ``mark`` and waits there to be killed from outside; the retry (a new worker) finds the mark,
    notes its own pid and does the work."""

    def __init__(self, work: DocWork, doc_id: str, mark: str) -> None:
        self.work, self.doc_id, self.mark = work, doc_id, mark

    def __call__(self, task):
        if task.doc_id == self.doc_id:
            if not os.path.exists(self.mark):
                Path(self.mark + ".tmp").write_text(str(os.getpid()))
                os.replace(self.mark + ".tmp", self.mark)
                time.sleep(120)  # killed long before this
            Path(self.mark + ".retry").write_text(str(os.getpid()))
        return self.work(task)


class AlwaysDies:
    def __init__(self, work: DocWork, doc_id: str) -> None:
        self.work, self.doc_id = work, doc_id

    def __call__(self, task):
        if task.doc_id == self.doc_id:
            os.kill(os.getpid(), signal.SIGKILL)
        return self.work(task)


class FatalOn:
    """A configuration error met in a worker (as an LLM backend meets an unreachable server)."""

    def __init__(self, work: DocWork, doc_id: str) -> None:
        self.work, self.doc_id = work, doc_id

    def __call__(self, task):
        if task.doc_id == self.doc_id:
            return DocFailed("server gone", "the server at http://x/v1 is gone (start it)", fatal=True)
        return self.work(task)


class Wrapped:
    """A RayEngine whose work function is wrapped in one of the above."""

    def __init__(self, engine, wrap, *args) -> None:
        self.engine, self.wrap, self.args = engine, wrap, args
        self.workers = engine.workers

    def map(self, fn, items):
        return self.engine.map(self.wrap(fn, *self.args), items)

    def close(self) -> None:
        self.engine.close()


# -- helpers ------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pids_with(marker: str) -> set[int]:
    """Live processes whose command line names ``marker`` (the cluster's own temporary folder)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (entry / "stat").read_text().split(") ")[1][0]
        except OSError:
            continue
        if marker in cmd and state != "Z":
            found.add(int(entry.name))
    return found


def _wait_gone(marker: str, seconds: float = 30.0) -> set[int]:
    deadline = time.monotonic() + seconds
    alive = _pids_with(marker)
    while alive and time.monotonic() < deadline:
        time.sleep(0.3)
        alive = _pids_with(marker)
    return alive


def _rows(out: Path) -> dict[str, list[tuple]]:
    import sqlite3

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


class Cluster:
    def __init__(self, proc: subprocess.Popen, address: str, env: dict[str, str], temp: str, log: Path) -> None:
        self.proc, self.address, self.env, self.temp, self.log = proc, address, env, temp, log

    def stop(self) -> None:
        if ray is not None and ray.is_initialized():
            ray.shutdown()
        if self.proc.poll() is None:
            self.proc.terminate()  # `ray start --block` drains its node and stops what it started, in order
            try:
                self.proc.wait(45)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A local cluster on 127.0.0.1 for the module; this process joins it."""
    global ray
    if not HAVE_RAY:
        pytest.skip(NO_RAY)

    base = tmp_path_factory.mktemp("ray")
    temp = tempfile.mkdtemp(prefix="rx", dir="/tmp")  # short: Ray's socket paths must fit
    port = _free_port()
    env = dict(os.environ, RAY_AUTH_MODE="token", RAY_AUTH_TOKEN=secrets.token_hex(16),
               RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER="0",  # stay on 127.0.0.1 (Linux would take the network address)
               PYTHONPATH=os.pathsep.join(p for p in [str(ROOT / "src"), str(ROOT / "tests"),
                                                      os.environ.get("PYTHONPATH", "")] if p))
    log = base / "ray-start.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "ray.scripts.scripts", "start", "--head", "--block", "--node-ip-address", "127.0.0.1",
                                 "--port", str(port), "--num-cpus", "2", "--object-store-memory", str(100 * 2**20),
                                 "--include-dashboard", "false", "--disable-usage-stats", "--temp-dir", temp],
                                env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True,
                                cwd=str(base))
    c = Cluster(proc, f"127.0.0.1:{port}", env, temp, log)
    mp = pytest.MonkeyPatch()
    try:
        deadline = time.monotonic() + 90
        while b"Ray runtime started" not in log.read_bytes():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"ray start failed:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.3)
        for k in ("RAY_AUTH_MODE", "RAY_AUTH_TOKEN"):
            mp.setenv(k, env[k])
        if "ray" in sys.modules:
            pytest.skip("ray was imported before the cluster's token was set (run this module on its own)")
        import ray as ray_module

        from extract.ray_engine import connect

        ray = ray_module
        connect(c.address)
        yield c
    finally:
        c.stop()
        mp.undo()
        import shutil

        shutil.rmtree(temp, ignore_errors=True)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """Seeds, a few wild texts and two bad files; run once locally (the reference)."""
    base = tmp_path_factory.mktemp("raybatch")
    bad = base / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x89PNG\r\n\x1a\n" * 200)
    inputs = [*SEEDS, bad, *WILD]
    local = run(RunConfig(inputs=inputs, out_dir=base / "local", workers=1))
    return base, inputs, local


def _engine(cluster, **kw):
    from extract.ray_engine import RayEngine

    return RayEngine(address=cluster.address, **kw)


# -- without a cluster ---------------------------------------------------------------------------

def test_import_extract_does_not_import_ray():
    code = ("import sys, extract, extract.cli, extract.pipeline, extract.engine, extract.search; "
            "from extract.cli import build_parser; build_parser(); "
            "print('ray' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_without_ray_the_engine_is_a_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ray", None)  # as if not installed
    code = main(["run", str(SEEDS[0]), "--out", str(tmp_path / "r"), "--engine", "ray"])
    assert code == 2
    assert "pip install 'extract[ray]'" in capsys.readouterr().err


def test_batches_are_sized_by_text_length():
    from extract.ray_engine import batches_by_length

    texts = ["a" * n for n in [1] * 10 + [50] * 4 + [400, 900]]
    got = batches_by_length(texts, max_chars=100, max_texts=8)
    assert got[0] == (0, 8) and got[-2:] == [(14, 15), (15, 16)]  # many short ones, a long one alone
    assert [i for a, b in got for i in range(a, b)] == list(range(len(texts)))
    assert all(sum(len(t) for t in texts[a:b]) <= 100 or b - a == 1 for a, b in got)
    assert batches_by_length([], 100, 8) == []


# -- the pipeline on the cluster -------------------------------------------------------------------

def test_ray_run_equals_local_run(cluster, batch):
    base, inputs, local = batch
    out = base / "ray"
    with _engine(cluster) as engine:
        assert engine.workers == 2  # one per CPU of the cluster
        summary = run(RunConfig(inputs=inputs, out_dir=out, engine="ray"), engine=engine)
    assert (out / "records.jsonl").read_bytes() == (base / "local" / "records.jsonl").read_bytes()
    assert _outcomes(summary) == _outcomes(local)  # in batch order, bad files reported word for word
    assert _rows(out) == _rows(base / "local")
    assert ray.is_initialized()  # the engine joined a Ray it did not start: it leaves it running


def test_cli_on_the_cluster_from_another_folder(cluster, batch, tmp_path):
    """The command line joins the cluster by address; relative paths are the driver's."""
    base, inputs, local = batch
    rel = [os.path.relpath(p, ROOT) for p in SEEDS]
    proc = subprocess.run([sys.executable, "-m", "extract.cli", "run", *rel, str(base / "bad"), "--out",
                           str(tmp_path / "out"), "--engine", "ray", "--ray-address", cluster.address],
                          capture_output=True, text=True, env=cluster.env, cwd=str(ROOT), timeout=300)
    assert proc.returncode == 1, proc.stderr
    expected = [ln for ln in (base / "local" / "records.jsonl").read_text(encoding="utf-8").splitlines()
                if any(f'"doc": "{p.stem}"' in ln for p in SEEDS)]
    assert (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines() == expected
    errors = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert errors == [f"FAILED {d.error}" for d in local.failed], proc.stderr


def test_a_worker_killed_mid_document_is_retried_and_the_run_completes(cluster, batch, tmp_path):
    base, inputs, local = batch
    victim = SEEDS[1].stem
    mark = str(tmp_path / "victim.pid")
    killed: list[int] = []

    def killer() -> None:
        deadline = time.monotonic() + 120
        while not os.path.exists(mark) and time.monotonic() < deadline:
            time.sleep(0.05)
        if os.path.exists(mark):
            pid = int(Path(mark).read_text())
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    t = threading.Thread(target=killer, daemon=True)
    t.start()
    out = tmp_path / "run"
    with _engine(cluster) as engine:
        summary = run(RunConfig(inputs=inputs, out_dir=out, engine="ray"),
                      engine=Wrapped(engine, KilledOnce, victim, mark))
    t.join(5)
    assert killed, "the worker was never killed"
    retry_pid = int(Path(mark + ".retry").read_text())
    assert retry_pid != killed[0]  # another worker process did the document
    assert _outcomes(summary) == _outcomes(local)
    assert (out / "records.jsonl").read_bytes() == (base / "local" / "records.jsonl").read_bytes()
    assert _rows(out) == _rows(base / "local")


def test_a_document_whose_worker_always_dies_fails_alone_and_the_rerun_redoes_it(cluster, batch, tmp_path):
    base, inputs, local = batch
    victim = WILD[2].stem
    out = tmp_path / "run"
    with _engine(cluster, max_retries=1) as engine:
        summary = run(RunConfig(inputs=inputs, out_dir=out, engine="ray"),
                      engine=Wrapped(engine, AlwaysDies, victim))
    by_id = {d.doc_id: d for d in summary.documents}
    assert by_id[victim].status == "failed"
    assert "Ray worker died" in by_id[victim].error and "2 times" in by_id[victim].error
    assert str(WILD[2]) in by_id[victim].error and "next run" in by_id[victim].error
    assert [o for o in _outcomes(summary) if o[0] != victim] == [o for o in _outcomes(local) if o[0] != victim]
    again = run(RunConfig(inputs=inputs, out_dir=out, engine="ray", ray_address=cluster.address))
    status = {d.doc_id: d.status for d in again.documents}
    assert status[victim] == "ok"
    assert {s for k, s in status.items() if k != victim} == {"skipped", "failed"}
    assert (out / "records.jsonl").read_bytes() == (base / "local" / "records.jsonl").read_bytes()
    assert _rows(out) == _rows(base / "local")


def test_a_configuration_error_on_the_cluster_stops_the_batch(cluster, tmp_path):
    with _engine(cluster) as engine, pytest.raises(UserError, match=r"http://x/v1 is gone \(start it\)"):
        run(RunConfig(inputs=[*SEEDS, *WILD], out_dir=tmp_path / "run", engine="ray"),
            engine=Wrapped(engine, FatalOn, SEEDS[2].stem))


# -- the search index ----------------------------------------------------------------------------

def test_index_on_ray_actors_equals_local_index(cluster, batch, tmp_path, monkeypatch, capsys):
    import shutil

    import faiss
    import numpy as np

    from extract.embed import HashEmbedder
    from extract.search import SearchIndex

    base, inputs, local = batch
    monkeypatch.setenv("EXTRACT_EMBED_MODEL", "hash")
    for name in ("idx-local", "idx-ray"):
        shutil.copytree(base / "local", tmp_path / name)
    with SearchIndex(tmp_path / "idx-local", embedder=HashEmbedder()) as idx:
        rep_local = idx.sync()
    code = main(["index", "--run", str(tmp_path / "idx-ray"), "--engine", "ray", "--ray-address", cluster.address,
                 "--json"])
    assert code == 0
    import json

    rep_ray = json.loads(capsys.readouterr().out)
    assert rep_ray["embedded"] == rep_local.embedded > 500 and rep_ray["items"] == rep_local.items
    a = faiss.read_index(str(tmp_path / "idx-local" / "search.faiss"))
    b = faiss.read_index(str(tmp_path / "idx-ray" / "search.faiss"))
    assert np.array_equal(faiss.vector_to_array(a.id_map), faiss.vector_to_array(b.id_map))
    assert np.allclose(a.index.reconstruct_n(0, a.ntotal), b.index.reconstruct_n(0, b.ntotal), atol=1e-6)
    with SearchIndex(tmp_path / "idx-ray", embedder=HashEmbedder()) as idx:  # and it searches like the local one
        assert idx.sync().embedded == 0
        hits = idx.search("学前三年毛入园率", top_k=5)
    with SearchIndex(tmp_path / "idx-local", embedder=HashEmbedder()) as idx:
        assert [h.record_id for h in hits] == [h.record_id for h in idx.search("学前三年毛入园率", top_k=5)]


# -- LLM backends on the cluster -------------------------------------------------------------------

def test_llm_calls_share_one_cache_ledger_and_concurrency_across_documents(cluster, tmp_path, monkeypatch):
    """hybrid over the seeds and a copy of one (the copy asks the same questions: two workers answer
    the same keys at once): records as in a local run; calls from all documents in flight together up to
    --concurrency and never over it; one ledger row per call made or answered from the cache, one cache
    row per key."""
    import shutil
    import sqlite3

    from openai_stub import StubServer

    from extract.llm.config import LLMConfig

    docs = tmp_path / "docs"
    docs.mkdir()
    for p in SEEDS:
        shutil.copy(p, docs / p.name)
    shutil.copy(SEEDS[0], docs / f"{SEEDS[0].stem}-copy.txt")
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path / "cache-local"))
    with StubServer(delay=0.05) as srv:
        cfg = LLMConfig(base_url=srv.url, model="stub", backoff=0.01, concurrency=3)
        local = run(RunConfig(inputs=[docs], out_dir=tmp_path / "local", backend="hybrid", llm=cfg))
        srv.requests.clear()
        srv.peak_in_flight = 0
        cache = tmp_path / "cache-ray"
        cfg_ray = cfg.model_copy(update={"cache_dir": str(cache)})
        # two documents in flight, each wanting up to 3 calls at once: the gate holds them to 3 in all
        # (two workers, not eight: each imports openai and instructor, seconds of CPU here)
        with _engine(cluster, workers=2, task_cpus=0.5) as engine:
            summary = run(RunConfig(inputs=[docs], out_dir=tmp_path / "ray", backend="hybrid", llm=cfg_ray,
                                    engine="ray"), engine=engine)
        sent, peak = len(srv.requests), srv.peak_in_flight
    assert (tmp_path / "ray" / "records.jsonl").read_bytes() == (tmp_path / "local" / "records.jsonl").read_bytes()
    assert [d.status for d in summary.documents] == ["ok"] * 4
    assert 2 <= peak <= 3  # more than one document's calls at once, never over --concurrency
    u, lu = summary.llm_usage, local.llm_usage
    assert u["failed"] == 0 and u["calls"] == sent and u["calls"] + u["cached"] == lu["calls"] + lu["cached"]
    db = sqlite3.connect(cache / "llm-cache.sqlite")
    try:
        made = db.execute("SELECT COUNT(*) FROM calls WHERE cached=0").fetchone()[0]
        hits = db.execute("SELECT COUNT(*) FROM calls WHERE cached=1").fetchone()[0]
        keys = db.execute("SELECT COUNT(DISTINCT key) FROM calls").fetchone()[0]
        rows = db.execute("SELECT COUNT(*), COUNT(DISTINCT key) FROM responses").fetchone()
        bad = [k for (k, body) in db.execute("SELECT key, body FROM responses") if not body.startswith("{")]
    finally:
        db.close()
    assert (made, hits) == (u["calls"], u["cached"])  # no ledger row lost or doubled
    assert rows == (keys, keys) and not bad  # one valid cache row per key, whichever worker answered it
    assert keys < u["calls"] + u["cached"]  # the copy asked the same questions


# -- shutting down -------------------------------------------------------------------------------

@needs_ray
def test_a_private_instance_stops_with_the_command(batch, tmp_path):
    """Without --ray-address the command starts its own instance (on 127.0.0.1) and stops it."""
    base, inputs, local = batch
    tmp = tempfile.mkdtemp(prefix="rp", dir="/tmp")
    env = {k: v for k, v in os.environ.items() if k not in ("RAY_ADDRESS", "RAY_AUTH_MODE", "RAY_AUTH_TOKEN")}
    env.update(RAY_TMPDIR=tmp, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    try:
        proc = subprocess.run([sys.executable, "-m", "extract.cli", "run", *map(str, SEEDS), "--out",
                               str(tmp_path / "out"), "--engine", "ray", "--workers", "1"],
                              capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr.strip() == ""  # Ray's own lines stay off the terminal
        expected = [ln for ln in (base / "local" / "records.jsonl").read_text(encoding="utf-8").splitlines()
                    if any(f'"doc": "{p.stem}"' in ln for p in SEEDS)]
        assert (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines() == expected
        assert not _wait_gone(tmp)  # no raylet, store, worker or agent of it is left
    finally:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


def test_the_cluster_shuts_down_cleanly(cluster):
    assert _pids_with(cluster.temp)  # it was running, with its processes under its own folder
    cluster.stop()
    assert cluster.proc.returncode is not None
    assert not _wait_gone(cluster.temp)
    assert not ray.is_initialized()


def test_ray_flags_without_the_ray_engine_are_usage_errors(tmp_path, capsys):
    assert main(["run", str(SEEDS[0]), "--out", str(tmp_path / "r"), "--ray-address", "auto"]) == 2
    assert "--ray-address auto needs --engine ray" in capsys.readouterr().err
    assert main(["index", "--run", str(tmp_path / "r"), "--workers", "2"]) == 2
    assert "--workers needs --engine ray" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["index", "--help"])
    assert "--engine" in capsys.readouterr().out
