"""SQLite response cache and call ledger.

The cache key is the sha256 of a canonical JSON of (prompt version, schema version, the
rendered messages, the model parameters), so two calls share a key only when the server would
see the same request. Only successful, validated replies are cached: a failed call is retried on
the next run. Every call (hit or miss, success or failure) goes into the ledger with tokens,
latency, attempts and status.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import os


def default_cache_dir() -> Path:
    """``$EXTRACT_CACHE_DIR``, else ``~/.cache/extract`` (outside the repository)."""
    env = os.environ.get("EXTRACT_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache").expanduser() / "extract"

SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
  key TEXT PRIMARY KEY, prompt_version TEXT, schema_version TEXT, model TEXT, body TEXT, created REAL
);
CREATE TABLE IF NOT EXISTS calls (
  id INTEGER PRIMARY KEY AUTOINCREMENT, ts REAL, key TEXT, task TEXT, model TEXT, status TEXT,
  cached INTEGER, tokens_in INTEGER, tokens_out INTEGER, latency REAL, attempts INTEGER, error TEXT
);
"""


def cache_key(prompt_version: str, schema_version: str, messages: list[dict], params: dict) -> str:
    blob = json.dumps({"p": prompt_version, "s": schema_version, "m": messages, "x": params},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass
class Usage:
    calls: int = 0  # requests sent to the server (after the cache)
    cached: int = 0
    failed: int = 0
    attempts: int = 0  # including retries and re-asks
    tokens_in: int = 0
    tokens_out: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"calls": self.calls, "cached": self.cached, "failed": self.failed, "attempts": self.attempts,
                "tokens_in": self.tokens_in, "tokens_out": self.tokens_out, "seconds": round(self.seconds, 2)}


class ResponseCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (default_cache_dir() / "llm-cache.sqlite")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)

    def get(self, key: str) -> str | None:
        with self._lock:
            row = self.db.execute("SELECT body FROM responses WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, prompt_version: str, schema_version: str, model: str, body: str) -> None:
        with self._lock, self.db:
            self.db.execute("INSERT OR REPLACE INTO responses VALUES (?,?,?,?,?,?)",
                            (key, prompt_version, schema_version, model, body, time.time()))

    def log(self, key: str, task: str, model: str, status: str, cached: bool, tokens_in: int, tokens_out: int,
            latency: float, attempts: int, error: str | None) -> None:
        with self._lock, self.db:
            self.db.execute("INSERT INTO calls (ts,key,task,model,status,cached,tokens_in,tokens_out,latency,attempts,error)"
                            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                            (time.time(), key, task, model, status, int(cached), tokens_in, tokens_out, latency,
                             attempts, error))

    def close(self) -> None:
        self.db.close()
