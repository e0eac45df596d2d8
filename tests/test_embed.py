"""The embedder without the real model: thread rule, backend choice, ONNX export and runner on a
tiny random model (tests/tiny_st.py), export cache states."""

import json
import os
import time
from pathlib import Path

import numpy as np
import pytest

from extract import embed
from extract.embed import (HashEmbedder, OnnxEmbedder, SentenceTransformerEmbedder, _busy_cores, _cpu_snapshot,
                           _threads, embedder_from_env)
from extract.errors import UserError
from extract.models import onnx as mo


# -- threads ---------------------------------------------------------------------------------
def _proc(tmp_path: Path, name: str, busy: int, idle: int, mine: int, cpus: int = 2) -> tuple[str, str]:
    stat = tmp_path / f"{name}-stat"
    user = busy  # all busy ticks as user time
    lines = [f"cpu  {user} 0 0 {idle} 0 0 0 0 0 0"] + [f"cpu{i} 0 0 0 0 0 0 0 0 0 0" for i in range(cpus)]
    stat.write_text("\n".join(lines + ["intr 1 2 3", "ctxt 5"]) + "\n")
    own = tmp_path / f"{name}-self"
    # pid (comm with ") " inside) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
    own.write_text(f"123 (py) thon) R 1 1 1 0 -1 0 0 0 0 0 {mine} 0 0 0 20 0 1 0\n")
    return str(stat), str(own)


def test_cpu_snapshot_parses_proc_files(tmp_path):
    snap = _cpu_snapshot(*_proc(tmp_path, "a", busy=300, idle=700, mine=40))
    assert snap[:4] == (300, 1000, 2, 40)
    assert _cpu_snapshot(str(tmp_path / "none"), str(tmp_path / "none")) is None


def test_busy_cores_leaves_this_process_out(tmp_path):
    a = _cpu_snapshot(*_proc(tmp_path, "a", busy=0, idle=0, mine=0))
    # 1 s on 2 CPUs = 200 ticks: 150 busy, of which 50 this process's: others kept 1 core busy
    b = _cpu_snapshot(*_proc(tmp_path, "b", busy=150, idle=50, mine=50))
    assert _busy_cores(a, b) == pytest.approx(1.0)
    c = _cpu_snapshot(*_proc(tmp_path, "c", busy=60, idle=140, mine=60))  # only this process worked
    assert _busy_cores(a, c) == 0.0
    assert _busy_cores(None, b) is None and _busy_cores(a, a) is None


def test_threads_follow_idle_cores_now_not_the_load_average(tmp_path, monkeypatch):
    monkeypatch.setattr(embed, "_usable_cores", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (8.0, 8.0, 8.0), raising=False)  # a run that just finished
    snaps = {}

    def fake(stat="/proc/stat", own="/proc/self/stat"):
        return snaps["now"]

    monkeypatch.setattr(embed, "_cpu_snapshot", fake)
    start = (0, 0, 2, 0, time.monotonic() - 1)
    snaps["now"] = (20, 200, 2, 0, time.monotonic())  # others: 0.2 cores busy
    assert _threads("auto", start) == 2
    assert _threads("", start) == 2
    snaps["now"] = (200, 200, 2, 0, time.monotonic())  # others keep both cores busy
    assert _threads("auto", start) == 1
    snaps["now"] = (100, 200, 2, 0, time.monotonic())  # one core busy
    assert _threads("auto", start) == 1
    snaps["now"] = None  # no /proc: every core
    assert _threads("auto", start) == 2
    assert _threads("3") == 3 and _threads("0") == 1
    with pytest.raises(UserError, match="EXTRACT_EMBED_THREADS"):
        _threads("many")


def test_threads_sample_a_real_window():
    t = time.monotonic()
    n = _threads("auto", None, min_window=0.05)
    assert 1 <= n <= (os.cpu_count() or 1) and time.monotonic() - t >= 0.05


# -- backend choice --------------------------------------------------------------------------
@pytest.fixture
def fake_model(tmp_path, monkeypatch):
    """A model folder in an empty cache (enough for the choice; nothing is loaded)."""
    cache = tmp_path / "cache"
    model = cache / "embeddinggemma-300m"
    model.mkdir(parents=True)
    (model / "modules.json").write_text("[]")
    (model / "model.safetensors").write_bytes(b"weights")
    monkeypatch.setenv("EXTRACT_MODEL_CACHE", str(cache))
    for var in ("EXTRACT_EMBED_MODEL", "EXTRACT_EMBED_BACKEND", "EXTRACT_EMBED_DIM"):
        monkeypatch.delenv(var, raising=False)
    embed._noted.clear()
    return model


def _fake_export(model: Path) -> Path:
    folder = mo.onnx_folder(model)
    folder.mkdir()
    files = {}
    for name in mo.FILES.values():
        (folder / name).write_bytes(b"graph")
        files[name] = 5
    marker = {"recipe": mo.RECIPE, "source": mo.source_stamp(model), "files": files}
    (folder / mo.MARKER).write_text(json.dumps(marker))
    return folder


def test_auto_backend_falls_back_to_torch_with_one_note(fake_model, capsys):
    e = embedder_from_env(progress=False)
    assert isinstance(e, SentenceTransformerEmbedder) and e.name == "st:embeddinggemma-300m@full"
    embedder_from_env(progress=False)
    err = capsys.readouterr().err
    assert err.count("note:") == 1 and "extract models fetch" in err


def test_auto_backend_takes_the_int8_export_when_ready(fake_model, monkeypatch):
    _fake_export(fake_model)
    e = embedder_from_env(progress=False)
    assert isinstance(e, OnnxEmbedder) and e.variant == "onnx-int8"
    assert e.name == f"onnx-int8.r{mo.RECIPE}:embeddinggemma-300m@full"
    monkeypatch.setenv("EXTRACT_EMBED_BACKEND", "onnx")
    monkeypatch.setenv("EXTRACT_EMBED_DIM", "256")
    assert embedder_from_env().name == "onnx:embeddinggemma-300m@256"
    monkeypatch.setenv("EXTRACT_EMBED_BACKEND", "Torch")
    assert embedder_from_env().name == "st:embeddinggemma-300m@256"


def test_backend_names_never_share_a_cache_key(fake_model):
    _fake_export(fake_model)
    names = {OnnxEmbedder(str(fake_model), variant=v).name for v in mo.VARIANTS}
    names.add(SentenceTransformerEmbedder(str(fake_model)).name)
    names.add(HashEmbedder(768).name)
    assert len(names) == 4


def test_bad_backend_settings_are_usage_errors(fake_model, monkeypatch):
    monkeypatch.setenv("EXTRACT_EMBED_BACKEND", "tensorrt")
    with pytest.raises(UserError, match="auto, onnx-int8, onnx, torch"):
        embedder_from_env()
    monkeypatch.setenv("EXTRACT_EMBED_BACKEND", "onnx-int8")
    with pytest.raises(UserError, match="extract models fetch"):  # asked for, not exported
        embedder_from_env()
    monkeypatch.setenv("EXTRACT_EMBED_MODEL", "some-org/some-model")  # a hub name: torch only
    with pytest.raises(UserError, match="local model folder"):
        embedder_from_env()
    monkeypatch.setenv("EXTRACT_EMBED_BACKEND", "auto")
    assert isinstance(embedder_from_env(), SentenceTransformerEmbedder)


def test_export_state_follows_the_source_and_the_recipe(fake_model, monkeypatch):
    assert mo.onnx_status(fake_model)[0] == "missing"
    folder = _fake_export(fake_model)
    assert mo.onnx_status(fake_model) == ("ready", folder)
    assert mo.onnx_file(fake_model, "onnx-int8") == folder / "model-int8.onnx"
    (folder / "model-int8.onnx").write_bytes(b"cut")  # a damaged file
    assert mo.onnx_status(fake_model)[0] == "stale" and mo.onnx_file(fake_model, "onnx") is None
    (folder / "model-int8.onnx").write_bytes(b"graph")
    assert mo.onnx_status(fake_model)[0] == "ready"
    (fake_model / "model.safetensors").write_bytes(b"new weights")  # the model changed
    assert mo.onnx_status(fake_model)[0] == "stale"
    _fake_export_again = json.loads((folder / mo.MARKER).read_text())
    _fake_export_again["source"] = mo.source_stamp(fake_model)
    _fake_export_again["recipe"] = mo.RECIPE - 1  # an older recipe
    (folder / mo.MARKER).write_text(json.dumps(_fake_export_again))
    assert mo.onnx_status(fake_model)[0] == "stale"


def test_models_status_reports_the_export(fake_model, monkeypatch, capsys):
    from extract.cli import main
    from extract.models import fetch

    monkeypatch.setattr(fetch, "is_ready", lambda *a, **k: True)
    from extract.models import commands

    monkeypatch.setattr(commands, "is_ready", lambda *a, **k: True)
    assert main(["models", "status"]) == 1
    assert "ONNX export" in capsys.readouterr().out
    _fake_export(fake_model)
    assert main(["models", "status"]) == 0
    out = capsys.readouterr().out
    assert "ready" in out.splitlines()[1]


def test_fetch_exports_after_the_model_and_a_failed_export_is_a_warning(fake_model, monkeypatch, capsys):
    from extract.cli import main
    from extract.models import commands

    calls = []
    monkeypatch.setattr(commands, "fetch_model", lambda spec, **k: fake_model)

    def export(path, force=False):
        calls.append((path, force))
        raise mo.OnnxExportError("no exporter here")

    monkeypatch.setattr(mo, "export_onnx", export)
    assert main(["models", "fetch"]) == 1
    assert calls == [(fake_model, False)]
    assert "no exporter here" in capsys.readouterr().err
    assert main(["models", "fetch", "--no-onnx"]) == 0 and len(calls) == 1


# -- the ONNX path on a tiny random model ----------------------------------------------------
@pytest.fixture(scope="module")
def tiny_export(tmp_path_factory):
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnxscript")
    from tiny_st import make_tiny_st

    model = make_tiny_st(tmp_path_factory.mktemp("tiny"))
    logs = []
    folder = mo.export_onnx(model, log=logs.append)
    return model, folder, logs


TEXTS = ["学前 教育 毛入园率 达到 90% 以上", "课后 服务 覆盖率 达到 100%", "区教委 牵头", "义务 教育 巩固率 保持 98%",
         "学前", "未知 的 词 学前 教育 达到 达到 达到 达到"]


def test_export_matches_sentence_transformers(tiny_export):
    from sentence_transformers import SentenceTransformer

    model, folder, logs = tiny_export
    marker = mo.read_marker(folder)
    assert mo.onnx_status(model) == ("ready", folder)
    assert marker["float32_min_cosine"] >= mo.FLOAT_MIN_COSINE and marker["int8_mean_cosine"] >= 0.95
    assert (folder / "model.onnx").is_file() and (folder / "model-int8.onnx").is_file()
    assert not list(folder.parent.glob(".export-*"))  # the work folder is gone
    assert any("ready at" in line for line in logs)
    st = SentenceTransformer(str(model), device="cpu")
    for kind in ("document", "query"):
        ref = st.encode(TEXTS, prompt_name=kind, normalize_embeddings=True)
        got = OnnxEmbedder(str(model), variant="onnx", batch_size=4).embed_batch(TEXTS, kind=kind)
        assert got.dtype == np.float32 and got.shape == ref.shape
        assert np.allclose(got, ref, atol=1e-4)
        q8 = OnnxEmbedder(str(model), variant="onnx-int8").embed_batch(TEXTS, kind=kind)
        assert float(np.mean(np.sum(q8 * ref, axis=1))) > 0.9
    # a ready export is reused, not made again
    logs2 = []
    assert mo.export_onnx(model, log=logs2.append) == folder and "cached" in logs2[0]


def test_onnx_embedder_batches_keep_order_and_truncate(tiny_export, monkeypatch):
    model, _, _ = tiny_export
    monkeypatch.setenv("EXTRACT_EMBED_THREADS", "1")
    e = OnnxEmbedder(str(model), variant="onnx", batch_size=2)
    whole = e.embed_batch(TEXTS)
    one_by_one = np.concatenate([e.embed_batch([t]) for t in TEXTS])
    assert np.allclose(whole, one_by_one, atol=1e-5)  # padding and length-sorting change nothing
    assert e.threads == 1 and e.calls == 2 * len(TEXTS) and e.dim == 32 and e.load_seconds is not None
    assert e.embed_batch([]).shape == (0, 32)
    short = OnnxEmbedder(str(model), variant="onnx", dim=8)
    v = short.embed_batch(TEXTS[:2])
    assert v.shape == (2, 8) and np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert np.allclose(v, whole[:2, :8] / np.linalg.norm(whole[:2, :8], axis=1, keepdims=True), atol=1e-5)
    # the model's max_seq_length (32) caps long texts: still one row each, and equal beyond the cap
    long_a = " ".join(["学前"] * 60)
    long_b = " ".join(["学前"] * 60 + ["课后"] * 10)
    a, b = e.embed_batch([long_a, long_b])
    assert np.allclose(a, b, atol=1e-5)


def test_onnx_embedder_runs_batches_side_by_side_with_the_same_vectors(tiny_export, monkeypatch):
    model, _, _ = tiny_export
    monkeypatch.setenv("EXTRACT_EMBED_THREADS", "2")
    texts = TEXTS * 3  # nine batches of two
    alone = OnnxEmbedder(str(model), variant="onnx-int8", batch_size=2, concurrency=1)
    side = OnnxEmbedder(str(model), variant="onnx-int8", batch_size=2)
    a, b = alone.embed_batch(texts), side.embed_batch(texts)
    assert side.threads == 2 and side._callers(9) == 2 and side._callers(1) == 1
    assert side.intra_threads == 1 and alone.intra_threads == 2  # two batches on one thread each
    assert side._pool is not None and alone._pool is None
    # the same bits: a batch on one intra-op thread beside another is the batch alone on two threads
    assert np.array_equal(a, b)
    made_up = ["某某区 新建 幼儿园 三 所", "某某 局 牵头 负责", "覆盖率 达到 95%"]
    assert np.array_equal(side.embed_batch(made_up, kind="query"), alone.embed_batch(made_up, kind="query"))
    monkeypatch.setenv("EXTRACT_EMBED_THREADS", "4")
    four = OnnxEmbedder(str(model), variant="onnx-int8", batch_size=2)
    assert np.array_equal(four.embed_batch(texts), a) and four.intra_threads == 2 and four._callers(9) == 2
    monkeypatch.setenv("EXTRACT_EMBED_THREADS", "1")
    one = OnnxEmbedder(str(model), variant="onnx-int8", batch_size=2)
    assert np.array_equal(one.embed_batch(texts), a) and one._callers(9) == 1 and one._pool is None


def test_a_damaged_graph_is_a_usage_error(tiny_export, tmp_path):
    import shutil

    model, folder, _ = tiny_export
    copy = tmp_path / model.name
    shutil.copytree(model, copy)
    shutil.copytree(folder, mo.onnx_folder(copy))
    marker = json.loads((mo.onnx_folder(copy) / mo.MARKER).read_text())
    marker["source"] = mo.source_stamp(copy)
    (mo.onnx_folder(copy) / "model-int8.onnx").write_bytes(b"x" * marker["files"]["model-int8.onnx"])
    (mo.onnx_folder(copy) / mo.MARKER).write_text(json.dumps(marker))
    with pytest.raises(UserError, match="extract models fetch"):
        OnnxEmbedder(str(copy)).embed_batch(["学前"])


def test_a_preloaded_model_loads_once_and_gives_the_same_vectors(tiny_export, monkeypatch):
    model, _, _ = tiny_export
    monkeypatch.setenv("EXTRACT_EMBED_THREADS", "1")
    plain = OnnxEmbedder(str(model), variant="onnx-int8", batch_size=2)
    early = OnnxEmbedder(str(model), variant="onnx-int8", batch_size=2)
    loads = []
    real = early._load
    monkeypatch.setattr(early, "_load", lambda: (loads.append(1), real())[1])
    assert early.preload() is True and early.preload() is False  # one background load at most
    got = early.embed_batch(TEXTS)  # waits for the load in flight instead of loading again
    early.join_preload()
    assert loads == [1] and early.load_seconds is not None and early.wait_loaded() < 0.5
    assert np.array_equal(got, plain.embed_batch(TEXTS))
    assert early.preload() is False  # loaded: nothing to start


def test_a_preload_that_fails_raises_on_first_use(tiny_export, tmp_path):
    import shutil

    model, _, _ = tiny_export
    copy = tmp_path / model.name
    shutil.copytree(model, copy)  # no export next to it
    e = OnnxEmbedder(str(copy))
    assert e.preload() is True
    e.join_preload()  # the background load failed quietly ...
    with pytest.raises(UserError, match="extract models fetch"):
        e.embed_batch(["学前"])  # ... and its error is raised where the model is used
