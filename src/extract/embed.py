"""Sentence embeddings behind a small protocol.

An ``Embedder`` turns texts into L2-normalised float32 rows: ``embed_batch(texts, kind=...)``
with ``kind="document"`` for indexed passages and ``kind="query"`` for search queries (models
such as EmbeddingGemma use a different prompt for each). ``name`` identifies the model and its
settings; cached vectors are keyed by it, so changing the model never mixes vector spaces.

The model is configuration: ``EXTRACT_EMBED_MODEL`` is a local sentence-transformers folder or a
hub name (default: the EmbeddingGemma-300M folder that ``extract models fetch`` caches);
``EXTRACT_EMBED_DIM`` truncates the vectors (Matryoshka; default: the model's own size);
``EXTRACT_EMBED_THREADS`` sets torch's CPU threads (default ``auto``: one per idle core, at least
one: on a machine busy with other work, two threads that wait on each other run at half the
speed of one).
``EXTRACT_EMBED_MODEL=hash`` selects ``HashEmbedder``, a deterministic character n-gram embedder
for tests and smoke runs without the model (lexical only, not semantic).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
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


class SentenceTransformerEmbedder:
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
        self.load_seconds: float | None = None
        self.calls = 0

    @property
    def model(self):
        if self._model is None:
            self._model = self._load()
        return self._model

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
        import torch

        torch.set_num_threads(_threads(os.environ.get("EXTRACT_EMBED_THREADS", "").strip()))
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


def _threads(setting: str) -> int:
    cores = os.cpu_count() or 1
    if setting and setting != "auto":
        try:
            return max(1, int(setting))
        except ValueError:
            raise UserError(f"EXTRACT_EMBED_THREADS={setting!r} is not a whole number or 'auto'") from None
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = 0.0
    return max(1, min(cores, int(cores - load + 0.5)))


def _is_local(ref: str) -> bool:
    return ref.startswith(("/", ".", "~")) or Path(ref).expanduser().exists()


def default_model_path() -> Path:
    from extract.models import cache_root

    return cache_root() / DEFAULT_MODEL_NAME


def missing_model_message(path: str) -> str:
    return (f"embedding model not found at {path}: run `extract models fetch` "
            "(or set EXTRACT_EMBED_MODEL to a sentence-transformers folder or hub name)")


def embedder_from_env(progress: bool | None = None) -> Embedder:
    """The configured embedder; a missing default model is a ``UserError`` naming the fix."""
    ref = os.environ.get("EXTRACT_EMBED_MODEL", "").strip()
    dim_s = os.environ.get("EXTRACT_EMBED_DIM", "").strip()
    try:
        dim = int(dim_s) if dim_s else None
    except ValueError:
        raise UserError(f"EXTRACT_EMBED_DIM={dim_s!r} is not a whole number (unset it or use e.g. 256)") from None
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
    return SentenceTransformerEmbedder(ref, dim=dim, progress=progress)
