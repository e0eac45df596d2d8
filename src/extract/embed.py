"""Sentence embeddings behind a small protocol.

An ``Embedder`` turns texts into L2-normalised float32 rows: ``embed_batch(texts, kind=...)``
with ``kind="document"`` for indexed passages and ``kind="query"`` for search queries (models
such as EmbeddingGemma use a different prompt for each). ``name`` identifies the model, the way
it runs and its settings; cached vectors are keyed by it, so changing any of them never mixes
vector spaces.

The model is configuration: ``EXTRACT_EMBED_MODEL`` is a local sentence-transformers folder or a
hub name (default: the EmbeddingGemma-300M folder that ``extract models fetch`` caches);
``EXTRACT_EMBED_DIM`` truncates the vectors (Matryoshka; default: the model's own size).

``EXTRACT_EMBED_BACKEND`` chooses how it runs on the CPU:

- ``onnx-int8`` (``OnnxEmbedder``): ONNX Runtime on the int8 export of the model that
  ``extract models fetch`` makes from the local weights (``extract.models.onnx``); 3.3x the speed
  of plain sentence-transformers on 2 cores (a query in ~23 ms), hybrid recall@5 on the
  hand-written queries 0.914 against 0.906 (``bench/README.md``);
- ``onnx``: the float32 export (the torch model's vectors to 1e-6), for when int8 is not wanted;
- ``torch`` (``SentenceTransformerEmbedder``): sentence-transformers itself; the only choice for
  a hub name;
- ``auto`` (default): ``onnx-int8`` when its export is ready and ONNX Runtime is installed, else
  ``torch`` with a one-line note naming ``extract models fetch``.

``EXTRACT_EMBED_THREADS`` sets the CPU threads (default ``auto``: the cores that other processes
are not using *now*, sampled from ``/proc/stat`` while the model loads, own use left out; not
the load average, which still counts work that finished up to minutes ago).
``EXTRACT_EMBED_MODEL=hash`` selects ``HashEmbedder``, a deterministic character n-gram embedder
for tests and smoke runs without the model (lexical only, not semantic).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
import threading
import time
import unicodedata
from pathlib import Path
from typing import Literal, Protocol, Sequence, runtime_checkable

import numpy as np

from extract.errors import UserError

Kind = Literal["query", "document"]
DEFAULT_MODEL_NAME = "embeddinggemma-300m"


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int

    def embed_batch(self, texts: Sequence[str], kind: Kind = "document") -> np.ndarray:
        """``(len(texts), dim)`` float32, each row L2-normalised."""
        ...


def l2_normalise(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 1:
        x = x[None, :]
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(x / norms, dtype=np.float32)


class HashEmbedder:
    """Deterministic bag of hashed character 1-3-grams (NFKC, Traditional -> Simplified).

    For tests and offline smoke runs: texts sharing characters get close vectors, nothing more.
    ``calls`` counts the texts embedded, so tests can check that a re-run embeds nothing.
    """

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"hash-ngram@{dim}"
        self.calls = 0

    def _vector(self, text: str) -> np.ndarray:
        from extract.normalise import to_simplified

        s = to_simplified(unicodedata.normalize("NFKC", text))
        s = re.sub(r"\s+", "", s)
        v = np.zeros(self.dim, dtype=np.float32)
        for n, weight in ((1, 0.5), (2, 1.0), (3, 1.0)):
            for i in range(len(s) - n + 1):
                h = int.from_bytes(hashlib.blake2b(s[i:i + n].encode("utf-8"), digest_size=8).digest(), "little")
                v[h % self.dim] += weight if (h >> 63) else -weight
        return v

    def embed_batch(self, texts: Sequence[str], kind: Kind = "document") -> np.ndarray:
        self.calls += len(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return l2_normalise(np.stack([self._vector(t) for t in texts]))


class _LoadsOnce:
    """The model of an embedder loads once: on first use, or earlier in a background thread
    (``preload``), so that ``extract index`` builds its items while the model loads (ONNX Runtime's
    session and the tokenizer release the GIL while they read and build). ``_loaded`` and ``_do_load``
    are the embedder's own; ``_do_load`` sets the attribute ``_loaded`` checks last."""

    _load_lock: threading.Lock
    _preloader: threading.Thread | None = None

    def _loaded(self) -> bool:
        raise NotImplementedError

    def _do_load(self) -> None:
        raise NotImplementedError

    def _ensure_loaded(self) -> None:
        if not self._loaded():
            with self._load_lock:  # a preload in flight: wait for it rather than load twice
                if not self._loaded():
                    self._do_load()

    def preload(self) -> bool:
        """Start loading the model in a background thread; False when it is loaded or loading
        already. A load that fails there is not lost: the first use loads again in the caller's
        thread and raises the error there (a missing export, a damaged file)."""
        if self._loaded() or self._preloader is not None:
            return False
        self._preloader = threading.Thread(target=self._load_quietly, name="extract-embed-load", daemon=True)
        self._preloader.start()
        return True

    def _load_quietly(self) -> None:
        with contextlib.suppress(Exception):  # raised again by the first use (``_ensure_loaded``)
            self._ensure_loaded()

    def join_preload(self) -> None:
        """Wait for a background load to end, whatever its outcome (errors surface on first use)."""
        if self._preloader is not None:
            self._preloader.join()

    def wait_loaded(self) -> float:
        """Wait for the model (loading it here if no preload ran); the seconds waited."""
        t = time.time()
        self._ensure_loaded()
        return time.time() - t


class SentenceTransformerEmbedder(_LoadsOnce):
    """A sentence-transformers model on the CPU, loaded on first use.

    Uses the model's ``query`` / ``document`` prompts when it defines them.
    """

    def __init__(self, model: str, dim: int | None = None, batch_size: int = 16, progress: bool = False,
                 max_seq_length: int | None = 512) -> None:
        self.model_ref = model
        self._dim = dim
        self.batch_size = batch_size
        self.progress = progress
        self.max_seq_length = max_seq_length
        base = Path(model).name if _is_local(model) else model
        self.name = f"st:{base}@{dim or 'full'}"
        self._model = None
        self._load_lock = threading.Lock()
        self.load_seconds: float | None = None
        self.threads: int | None = None
        self.calls = 0

    @property
    def model(self):
        self._ensure_loaded()
        return self._model

    def _loaded(self) -> bool:
        return self._model is not None

    def _do_load(self) -> None:
        self._model = self._load()

    def _load(self):
        t0 = time.time()
        if _is_local(self.model_ref):
            path = Path(self.model_ref).expanduser()
            if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
                raise UserError(missing_model_message(str(path)))
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            ref = str(path)
        else:
            ref = self.model_ref
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        before = _cpu_snapshot()  # other processes' CPU use is sampled over the load
        import torch
        from sentence_transformers import SentenceTransformer

        from extract.logs import adopt_library_logging

        # transformers prints through its own stderr handler: under the CLI its lines go to the
        # project's debug log (``-v``); a program that imports extract keeps its own logging set-up
        adopt_library_logging()
        try:
            with _no_loading_bars():
                model = SentenceTransformer(ref, device="cpu", truncate_dim=self._dim)
        except OSError as exc:
            raise UserError(f"cannot load the embedding model {ref}: {exc} (set EXTRACT_EMBED_MODEL to a local "
                            "sentence-transformers folder, or run `extract models fetch`)") from exc
        if self.max_seq_length:
            model.max_seq_length = min(model.max_seq_length or self.max_seq_length, self.max_seq_length)
        self.threads = _threads(os.environ.get("EXTRACT_EMBED_THREADS", "").strip(), before)
        torch.set_num_threads(self.threads)
        self.load_seconds = time.time() - t0
        return model

    @property
    def dim(self) -> int:
        if self._dim:
            return self._dim
        get = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get())

    def embed_batch(self, texts: Sequence[str], kind: Kind = "document") -> np.ndarray:
        self.calls += len(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        m = self.model
        prompts = getattr(m, "prompts", None) or {}
        kwargs = {"prompt_name": kind} if kind in prompts else {}
        out = m.encode(list(texts), batch_size=self.batch_size, show_progress_bar=self.progress,
                       convert_to_numpy=True, normalize_embeddings=True, **kwargs)
        return l2_normalise(out)


class OnnxEmbedder(_LoadsOnce):
    """A sentence-transformers folder run by ONNX Runtime from its export (``extract.models.onnx``).

    ``variant`` is ``"onnx-int8"`` or ``"onnx"`` (float32). Tokenisation, prompts and truncation
    are the folder's own (``tokenizer.json``, ``config_sentence_transformers.json``,
    ``max_seq_length`` capped at ``max_seq_length``), so the float32 graph gives the torch model's
    vectors; texts are run in batches of similar length, so little of each batch is padding, and
    (``concurrency``, default 2) as many batches at once as the model has threads, each batch on its
    share of them (one each on two cores); the vectors are the same bits as one batch at a time on
    all the threads.
    """

    def __init__(self, model: str, variant: str = "onnx-int8", dim: int | None = None, batch_size: int = 8,
                 max_seq_length: int | None = 512, concurrency: int = 2) -> None:
        from extract.models.onnx import FILES, RECIPE

        if variant not in FILES:
            raise ValueError(f"unknown ONNX variant {variant!r}")
        self.model_ref = model
        self.model_dir = Path(model).expanduser()
        self.variant = variant
        self._dim = dim
        self.batch_size = batch_size
        self.max_seq_length = max_seq_length
        # the export recipe is part of the name: a changed int8 recipe never reuses old vectors
        tag = variant if variant == "onnx" else f"{variant}.r{RECIPE}"
        self.name = f"{tag}:{self.model_dir.name}@{dim or 'full'}"
        self._session = None
        self._load_lock = threading.Lock()
        self.load_seconds: float | None = None
        self.threads: int | None = None
        self.intra_threads: int | None = None  # ONNX Runtime's threads per batch
        # batches run at once when texts come many at a time (``extract index``); measured in bench/README.md
        self.concurrency = concurrency
        self._pool = None
        self.calls = 0

    def _loaded(self) -> bool:
        return self._session is not None

    def _do_load(self) -> None:
        self._load()

    def _load(self) -> None:
        t0 = time.time()
        before = _cpu_snapshot()
        from extract.models.onnx import onnx_file

        path = onnx_file(self.model_dir, self.variant)
        if path is None:
            raise UserError(missing_onnx_message(str(self.model_dir)))
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise UserError(f"EXTRACT_EMBED_BACKEND={self.variant} needs {exc.name}: pip install onnxruntime "
                            "(or set EXTRACT_EMBED_BACKEND=torch)") from exc
        cfg = _read_json(self.model_dir / "config_sentence_transformers.json")
        self.prompts = dict(cfg.get("prompts") or {})
        # the folder's own limit: sentence_bert_config.json (sentence-transformers < 6), else the tokenizer's
        seq = int(_read_json(self.model_dir / "sentence_bert_config.json").get("max_seq_length") or 0)
        if not seq:
            seq = int(_read_json(self.model_dir / "tokenizer_config.json").get("model_max_length") or 0)
            seq = seq if seq < 1_000_000 else 0  # transformers' "no limit" is a huge number
        if self.max_seq_length:
            seq = min(seq or self.max_seq_length, self.max_seq_length)
        tok = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        tok.no_padding()
        if seq:
            tok.enable_truncation(seq)
        pad = tok.token_to_id("<pad>")
        self._pad_id = 0 if pad is None else pad
        self._tokenizer = tok
        self.threads = _threads(os.environ.get("EXTRACT_EMBED_THREADS", "").strip(), before)
        so = ort.SessionOptions()
        # with as many batches at once as threads, each batch runs on one intra-op thread: the same bits as
        # two threads per batch (checked on the seeds' 1,542 texts and in tests/test_embed.py), 8 % less CPU
        # than two threads per batch (no waking and waiting between the threads of one operator);
        # measured in bench/README.md (eighteenth round, idx19)
        self.intra_threads = max(1, self.threads // max(1, min(self.threads, self.concurrency)))
        so.intra_op_num_threads = self.intra_threads
        so.inter_op_num_threads = 1
        so.log_severity_level = 3
        # no busy-waiting between operators: on a shared machine a spinning thread takes the core
        # another process (or this one's other thread) needs
        so.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            session = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
        except Exception as exc:  # a damaged file: ONNX Runtime raises its own error types
            raise UserError(f"cannot load {path}: {exc} (run `extract models fetch` to export it again, or set "
                            "EXTRACT_EMBED_BACKEND=torch)") from exc
        self._full_dim = int(session.get_outputs()[0].shape[-1])
        self.load_seconds = time.time() - t0
        self._session = session  # last: a thread that sees it sees everything above

    @property
    def session(self):
        self._ensure_loaded()
        return self._session

    def _callers(self, n_batches: int) -> int:
        """Batches run at once: one per thread the model got, at most ``concurrency``; 1 for one batch
        (a query). Each batch gets ``intra_threads`` (``threads`` // batches at once)."""
        return max(1, min(n_batches, self.threads or 1, self.concurrency))

    def _executor(self, workers: int):
        pool = self._pool
        if pool is None or pool._max_workers != workers:
            from concurrent.futures import ThreadPoolExecutor

            if pool is not None:
                pool.shutdown(wait=False)
            pool = self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="extract-embed")
        return pool

    @property
    def dim(self) -> int:
        if self._dim:
            return self._dim
        self.session
        return self._full_dim

    def embed_batch(self, texts: Sequence[str], kind: Kind = "document") -> np.ndarray:
        self.calls += len(texts)
        sess = self.session
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        prompt = self.prompts.get(kind, "")
        encs = self._tokenizer.encode_batch([prompt + t for t in texts])
        order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
        out = np.zeros((len(encs), self._full_dim), dtype=np.float32)
        batches = []
        for start in range(0, len(order), self.batch_size):
            idx = order[start:start + self.batch_size]
            width = max(len(encs[i].ids) for i in idx)
            ids = np.full((len(idx), width), self._pad_id, dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(encs[i].ids)
                ids[row, :n] = encs[i].ids
                mask[row, :n] = 1
            batches.append((idx, ids, mask))

        def run(batch: tuple) -> np.ndarray:
            return sess.run(None, {"input_ids": batch[1], "attention_mask": batch[2]})[0]

        callers = self._callers(len(batches))
        if callers > 1:
            # batches run side by side: ONNX Runtime releases the GIL in ``run``, and a second batch fills
            # the gaps of the first one's operators (small matrices, the threads' wake-ups); each batch's
            # vectors are the same as when run alone
            results = self._executor(callers).map(run, batches)
        else:
            results = map(run, batches)
        for (idx, _, _), vecs in zip(batches, results):
            out[idx] = vecs
        if self._dim:
            out = out[:, :self._dim]
        return l2_normalise(out)


def _read_json(path: Path) -> dict:
    import json

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@contextlib.contextmanager
def _no_loading_bars():
    """No "Loading weights" bars from transformers (progress is the caller's to show); its setting
    is put back afterwards."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:
        yield
        return
    was = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was:
            hf_logging.enable_progress_bar()


def _usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


CpuSnapshot = tuple  # (cumulative busy ticks of all CPUs, total ticks, CPUs, this process's ticks, monotonic time)


def _cpu_snapshot(stat: str = "/proc/stat", own: str = "/proc/self/stat") -> CpuSnapshot | None:
    """Cumulative CPU ticks of the machine and of this process (None where /proc is not there)."""
    try:
        with open(stat, encoding="ascii") as f:
            lines = f.read().splitlines()
        vals = [int(x) for x in lines[0].split()[1:9]]  # user nice system idle iowait irq softirq steal
        cpus = sum(1 for ln in lines[1:] if ln.startswith("cpu") and ln[3:4].isdigit()) or 1
        with open(own, encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        mine = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of proc(5))
    except (OSError, ValueError, IndexError):
        return None
    total = sum(vals)
    return total - vals[3] - vals[4], total, cpus, mine, time.monotonic()


def _busy_cores(before: CpuSnapshot | None, after: CpuSnapshot | None) -> float | None:
    """How many cores other processes kept busy between two snapshots (this process left out)."""
    if before is None or after is None:
        return None
    per_cpu = (after[1] - before[1]) / max(after[2], 1)
    if per_cpu <= 0:
        return None
    return max(0.0, (after[0] - before[0] - (after[3] - before[3])) / per_cpu)


def _threads(setting: str, before: CpuSnapshot | None = None, min_window: float = 0.25) -> int:
    """CPU threads for the model: ``setting`` when it is a number, else (``auto``) one per core
    that other processes are not using now, at least one.

    The share of other processes is measured between ``before`` (taken as the model started to
    load) and now, over at least ``min_window`` seconds. The 1-minute load average is not used:
    it still counts work that finished up to a minute or more ago (the run's own extraction, a
    test suite), which left a just-idle 2-core machine embedding on one thread at ~60 % of the
    speed of two. What it guarded against is real: on a machine kept busy by others, two threads
    that wait on each other ran slower than one (ONNX int8, load ~6 on 2 cores: 3.2-3.7 texts/s on
    two threads, 4.8-6.0 on one).
    """
    cores = _usable_cores()
    if setting and setting != "auto":
        try:
            return max(1, int(setting))
        except ValueError:
            raise UserError(f"EXTRACT_EMBED_THREADS={setting!r} is not a whole number or 'auto'") from None
    if before is None:
        before = _cpu_snapshot()
    if before is not None:
        wait = min_window - (time.monotonic() - before[4])
        if wait > 0:
            time.sleep(wait)
    busy = _busy_cores(before, _cpu_snapshot())
    if busy is None:
        return cores
    return max(1, min(cores, int(cores - busy + 0.5)))


def _is_local(ref: str) -> bool:
    return ref.startswith(("/", ".", "~")) or Path(ref).expanduser().exists()


def default_model_path() -> Path:
    from extract.models import cache_root

    return cache_root() / DEFAULT_MODEL_NAME


def missing_model_message(path: str) -> str:
    return (f"embedding model not found at {path}: run `extract models fetch` "
            "(or set EXTRACT_EMBED_MODEL to a sentence-transformers folder or hub name)")


def missing_onnx_message(path: str) -> str:
    return (f"no ONNX export of {path} (or it is out of date): run `extract models fetch` to make it from the "
            "local weights (or set EXTRACT_EMBED_BACKEND=torch)")


BACKENDS = ("auto", "onnx-int8", "onnx", "torch")
_noted: set[str] = set()


def _note_once(msg: str) -> None:
    if msg not in _noted:
        _noted.add(msg)
        print(f"note: {msg}", file=sys.stderr)


def embedder_from_env(progress: bool | None = None) -> Embedder:
    """The configured embedder; a missing default model is a ``UserError`` naming the fix."""
    ref = os.environ.get("EXTRACT_EMBED_MODEL", "").strip()
    dim_s = os.environ.get("EXTRACT_EMBED_DIM", "").strip()
    backend = os.environ.get("EXTRACT_EMBED_BACKEND", "").strip().lower() or "auto"
    try:
        dim = int(dim_s) if dim_s else None
    except ValueError:
        raise UserError(f"EXTRACT_EMBED_DIM={dim_s!r} is not a whole number (unset it or use e.g. 256)") from None
    if backend not in BACKENDS:
        raise UserError(f"EXTRACT_EMBED_BACKEND={backend!r} is not one of {', '.join(BACKENDS)}")
    if ref.startswith("hash"):
        return HashEmbedder(dim or 256)
    if not ref:
        path = default_model_path()
        if not (path / "modules.json").is_file():
            raise UserError(missing_model_message(str(path)))
        ref = str(path)
    elif _is_local(ref) and not Path(ref).expanduser().exists():
        raise UserError(missing_model_message(ref))
    if progress is None:
        progress = sys.stderr.isatty()
    if backend != "torch":
        if not _is_local(ref):
            if backend != "auto":
                raise UserError(f"EXTRACT_EMBED_BACKEND={backend} needs a local model folder, not the hub name {ref!r}")
        else:
            from extract.models.onnx import onnx_file

            variant = "onnx-int8" if backend == "auto" else backend
            ready = onnx_file(ref, variant) is not None
            if backend != "auto" and not ready:
                raise UserError(missing_onnx_message(ref))
            if ready and (backend != "auto" or _onnxruntime_available()):
                return OnnxEmbedder(ref, variant=variant, dim=dim)
            why = (f"no ONNX export of {ref} yet (run `extract models fetch` to make it from the local weights)"
                   if _onnxruntime_available() else "onnxruntime is not installed (pip install onnxruntime)")
            _note_once(f"embedding with torch: {why}; the ONNX int8 embedder is about 3x as fast")
    return SentenceTransformerEmbedder(ref, dim=dim, progress=progress)


def _onnxruntime_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("onnxruntime") is not None
