"""Store stage: the run directory's SQLite database and its ``records.jsonl``.

``extract.db`` holds documents, sections, records and runs. Each document's records are
replaced in one transaction, so a re-run never duplicates them and a killed run leaves the
database as it was before that document. ``records.jsonl`` is rewritten from the database
through a temporary file and ``os.replace``: readers see the old file or the new one.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from json.encoder import encode_basestring  # the string encoder of ensure_ascii=False (C when available)
from pathlib import Path

from extract.data import GROUNDED, SPEC_FIELDS, DocResult, GroundingStatus, Span, record_key, spec_dict
from extract.errors import StoreError

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  run_id TEXT PRIMARY KEY, started_at REAL, finished_at REAL, backend TEXT, backend_version TEXT,
  config TEXT, status TEXT, summary TEXT
);
CREATE TABLE IF NOT EXISTS documents (
  doc_id TEXT PRIMARY KEY, path TEXT, sha256 TEXT, encoding TEXT, n_chars INTEGER, meta TEXT,
  defects TEXT, status TEXT, error TEXT, run_id TEXT, fingerprint TEXT, updated_at REAL
);
CREATE TABLE IF NOT EXISTS sections (
  doc_id TEXT, idx INTEGER, heading TEXT, level INTEGER, path TEXT, start INTEGER, "end" INTEGER,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS records (
  id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, type TEXT NOT NULL, grounding TEXT, run_id TEXT,
  start INTEGER, "end" INTEGER, section TEXT, body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_doc ON records(doc_id, type);
"""


_GROUNDED = [g.value for g in GROUNDED]
_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False), without a new encoder per record
_IN = ",".join("?" * len(_GROUNDED))


# -- a record's JSON body, written directly ------------------------------------------------------
# ``_JSON.encode(spec_dict(record) | {"id": key})`` cost ~12 us a record (the dict, then the encoder set
# up anew for each call); the same text is put together here from the record's fields, each value encoded
# as ``json`` encodes it, in ~7.6 us. Values of another kind (none today) take the general path.

def _json_str_list(values: list) -> str | None:
    if all(type(x) is str for x in values):
        return "[" + ", ".join(map(encode_basestring, values)) + "]"
    return None


def _json_value(value) -> str | None:
    """``value`` as ``_JSON`` writes it, for the kinds a record holds; None for any other kind."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is float:
        return float.__repr__(value) if math.isfinite(value) else _JSON.encode(value)
    if kind is int:
        return int.__repr__(value)
    if kind is Span:
        return f'{{"start": {int.__repr__(value.start)}, "end": {int.__repr__(value.end)}}}'
    if kind is GroundingStatus:
        return encode_basestring(value._value_)  # ``.value``, without the enum's descriptor (~0.4 us)
    if kind is list:
        return _json_str_list(value)
    return None


@functools.lru_cache(maxsize=None)
def _body_layout(cls: type) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """((name, its key written with the separator before it) of the spec fields after doc, type and quote; the
    same of the project's fields), in ``spec_dict``'s order."""
    type_ = cls.model_fields["type"].default
    spec = SPEC_FIELDS[type_]
    skip = {"doc", "type", "quote", *spec}
    return (tuple((n, f', "{n}": ') for n in spec),
            tuple((n, f', "{n}": ') for n in cls.model_fields if n not in skip))


def record_body(record, key: str) -> str:
    """The stored JSON of a record (what ``records.jsonl`` holds): ``spec_dict(record)`` and its ``id``.
    Written by a function made once per record class (``_body_writer``): each key with its separator is a
    constant of the class."""
    return (_WRITERS.get(type(record)) or _body_writer(type(record)))(record, key)


# (speedA25) one writer per record class, its fields unrolled into straight-line code: the loop over the fields
# that stood here (a tuple unpacked, ``append`` called twice per field) cost ~40 % of the ~4.7 us a record took;
# the text is the same piece for piece (tests/test_perf25_machinery.py checks it against ``_general_body``)
_WRITERS: dict[type, object] = {}


def _encode_lines(target: str) -> list[str]:
    """Straight-line code: the value ``v`` as ``_json_value`` writes it, into ``target`` (None for a kind it does
    not write). The common kinds inline, the rest through ``_json_value`` itself."""
    return ["    tv = type(v)",
            "    if tv is str:",
            f"        {target} = enc(v)",
            "    elif v is None:",
            f"        {target} = 'null'",
            "    elif tv is Span:",
            f"        {target} = '{{\"start\": ' + irepr(v.start) + ', \"end\": ' + irepr(v.end) + '}}'",
            "    elif tv is GS:",
            f"        {target} = enc(v._value_)",
            "    elif tv is int:",
            f"        {target} = irepr(v)",
            "    else:",
            f"        {target} = value(v)",
            f"        if {target} is None:",
            "            return general(record, key)"]


def _body_writer(cls: type):
    spec, project = _body_layout(cls)
    code = ["def write(record, key):",
            "    values = record.__dict__"]
    for i, (name, _head) in enumerate(spec):  # spec fields are always written, None as null
        code.append(f"    v = values[{name!r}]")
        code += _encode_lines(f"t{i}")
    head = ", ".join(['\'{"doc": \'', 'enc(values["doc"])', '\', "type": \'', 'enc(values["type"])',
                      '\', "quote": \'', 'enc(values["quote"])']
                     + [x for i, (_n, h) in enumerate(spec) for x in (repr(h), f"t{i}")])
    code.append(f"    parts = [{head}]")
    for name, h in project:  # the project's fields only when set
        code += [f"    v = values[{name!r}]",
                 "    if v is not None:"]
        code += ["    " + line for line in _encode_lines("t")]
        code.append(f"        parts += ({h!r}, t)")
    code += ["    parts += (', \"id\": ', enc(key), '}')",
             "    return ''.join(parts)"]
    namespace = {"enc": encode_basestring, "value": _json_value, "general": _general_body, "Span": Span,
                 "GS": GroundingStatus, "irepr": int.__repr__}
    exec("\n".join(code), namespace)
    _WRITERS[cls] = namespace["write"]
    return namespace["write"]


def _general_body(record, key: str) -> str:
    body = spec_dict(record)
    body["id"] = key  # stable across re-runs of an unchanged document (`extract similar ID`)
    return _JSON.encode(body)


@dataclass(frozen=True)
class DocumentRows:
    """One document's rows of ``extract.db``, ready to insert: plain tuples, cheap to pickle, so a worker
    process puts them together and the driver (the store's only writer) only inserts them."""

    doc_id: str
    run_id: str  # the run the rows were put together for (every row carries it)
    document: tuple
    sections: list[tuple]
    records: list[tuple]
    counts: dict[str, int]  # grounded records by type (the run summary's counts)


def document_rows(result: DocResult, run_id: str, fingerprint: str | None) -> DocumentRows:
    """The rows ``Store.save_document`` writes for ``result`` (a record key seen twice keeps its last record)."""
    d = result.doc
    doc_id = d.doc_id
    # (speedB26) the defects by ``_JSON``: ``json.dumps(..., ensure_ascii=False)``'s text without a new encoder each time
    document = (doc_id, d.path, d.sha256, d.encoding, len(d.text), result.meta.model_dump_json(),
                _JSON.encode(result.defects), "ok", None, run_id, fingerprint, time.time())
    sections = [(doc_id, s.index, s.heading, s.level, " > ".join(s.path), s.span.start, s.span.end)
                for s in result.sections]
    rows = {}
    counts: dict[str, int] = {}
    keys = result.record_keys
    if keys is None or len(keys) != len(result.records):
        keys = [record_key(r) for r in result.records]
    for r, key in zip(result.records, keys):
        values = r.__dict__  # the fields themselves (``r.grounding.value`` goes through the enum's descriptor)
        grounding, span, type_ = values["grounding"], values["span"], values["type"]
        rows[key] = (key, doc_id, type_, grounding._value_ if grounding else None, run_id,
                     span.start if span else None, span.end if span else None, values["section"],
                     record_body(r, key))
        if r.is_grounded:
            counts[type_] = counts.get(type_, 0) + 1
    return DocumentRows(doc_id, run_id, document, sections, list(rows.values()), counts)


class Store:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            # one thread at a time, not always the one that opened it (``pipeline.run``'s writer thread)
            self.db = sqlite3.connect(out_dir / "extract.db", timeout=30, check_same_thread=False)
            # a new database's pages (no effect on an existing one): the records' id index takes its keys in random
            # order, and with 4 KiB pages a run of ~170,000 records splits and rewrites a third more pages (~-15 % of
            # the inserts' CPU at 50 MB; set before WAL mode, the one moment SQLite still takes it)
            self.db.execute(f"PRAGMA page_size={self.PAGE_SIZE}")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses nothing committed
            # the records' two indexes (id, doc_id) are written in random order: with SQLite's default 2 MB page cache
            # a run of ~100 MB of records reads and writes their pages back and forth (a third of the inserts' CPU)
            self.db.execute(f"PRAGMA cache_size=-{self.CACHE_KIB}")
            self.db.executescript(SCHEMA)
            self._pending, self._since = 0, None
            # (speedB26) the documents whose rows may be in the store: None, any (the store held records or sections
            # when opened); else the ids written since, the only ones ``save_rows`` has rows to delete for (a run into
            # a fresh directory skips two DELETEs a document, ~7 % of the inserts' CPU on the dev texts)
            had_rows = self.db.execute("SELECT EXISTS (SELECT 1 FROM records) OR EXISTS (SELECT 1 FROM sections)").fetchone()[0]
            self._written: set[str] | None = None if had_rows else set()
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{out_dir}: cannot open the run database: {exc}") from exc

    CACHE_KIB = 16384  # SQLite's page cache, KiB (default 2,000)
    PAGE_SIZE = 16384  # bytes, a new database's (default 4,096)
    BATCH_DOCS = 64  # documents per commit: one fsync per batch, not per document
    BATCH_SECONDS = 2.0  # ... or at most this long after the first uncommitted document

    def close(self) -> None:
        self.flush()
        self.db.close()

    def flush(self) -> None:
        """Commit the documents saved since the last commit (a batch is all or nothing: a killed run
        loses at most its last batch, whose documents keep no fingerprint and are redone)."""
        if self._pending:
            self.db.commit()
            self._pending, self._since = 0, None

    def _saved_one(self) -> None:
        self._pending += 1
        self._since = self._since or time.monotonic()
        if self._pending >= self.BATCH_DOCS or time.monotonic() - self._since >= self.BATCH_SECONDS:
            self.flush()

    @contextlib.contextmanager
    def _document(self):
        """One document's writes inside the open batch: all of them or none (a savepoint; the batch's
        own transaction is opened first, else releasing the savepoint would commit at once)."""
        if not self.db.in_transaction:
            self.db.execute("BEGIN")
        self.db.execute("SAVEPOINT doc")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK TO doc")
            self.db.execute("RELEASE doc")
            raise
        self.db.execute("RELEASE doc")
        self._saved_one()

    # -- runs --------------------------------------------------------------------------------
    def start_run(self, run_id: str, backend: str, version: str, config: dict) -> None:
        with self.db:
            # a run still 'running' here was killed: say so (one run at a time per directory)
            self.db.execute("UPDATE runs SET status='interrupted' WHERE status='running'")
            self.db.execute("INSERT INTO runs VALUES (?,?,?,?,?,?,?,?)",
                            (run_id, time.time(), None, backend, version, json.dumps(config, ensure_ascii=False),
                             "running", None))

    def finish_run(self, run_id: str, status: str, summary: dict) -> None:
        self.flush()
        with self.db:
            self.db.execute("UPDATE runs SET finished_at=?, status=?, summary=? WHERE run_id=?",
                            (time.time(), status, json.dumps(summary, ensure_ascii=False), run_id))

    # -- documents ---------------------------------------------------------------------------
    def fingerprint(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT fingerprint FROM documents WHERE doc_id=? AND status='ok'", (doc_id,)).fetchone()
        return row[0] if row else None

    def record_counts(self, doc_id: str) -> dict[str, int]:
        rows = self.db.execute(f"SELECT type, COUNT(*) FROM records WHERE doc_id=? AND grounding IN ({_IN}) GROUP BY type",
                               (doc_id, *_GROUNDED)).fetchall()
        return dict(rows)

    def save_document(self, result: DocResult, run_id: str, fingerprint: str | None) -> None:
        """Replace everything stored for this document, all or nothing, in the open batch."""
        self.save_rows(document_rows(result, run_id, fingerprint))

    def save_rows(self, rows: "DocumentRows") -> None:
        """``save_document`` for rows already put together (``document_rows``, maybe in a worker process)."""
        with self._document():
            written = self._written
            if written is None or rows.doc_id in written:
                self.db.execute("DELETE FROM records WHERE doc_id=?", (rows.doc_id,))
                self.db.execute("DELETE FROM sections WHERE doc_id=?", (rows.doc_id,))
            else:
                written.add(rows.doc_id)  # (before the inserts: a failed one leaves the id among the written)
            self.db.execute("INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows.document)
            self.db.executemany("INSERT INTO sections VALUES (?,?,?,?,?,?,?)", rows.sections)
            self.db.executemany("INSERT INTO records VALUES (?,?,?,?,?,?,?,?,?)", rows.records)

    def save_failure(self, doc_id: str, path: str, error: str, run_id: str) -> None:
        """Mark a document failed; its earlier records (if any) stay as they were."""
        with self._document():
            self.db.execute(
                "INSERT INTO documents (doc_id, path, status, error, run_id, updated_at) VALUES (?,?,?,?,?,?) "
                "ON CONFLICT(doc_id) DO UPDATE SET status='failed', error=excluded.error, run_id=excluded.run_id, "
                "updated_at=excluded.updated_at, fingerprint=NULL",
                (doc_id, path, "failed", error, run_id, time.time()))

    # -- output ------------------------------------------------------------------------------
    def write_jsonl(self, doc_ids: list[str] | None = None) -> Path:
        """Rewrite ``records.jsonl`` (grounded records only) atomically; returns its path."""
        self.flush()
        target = self.out_dir / "records.jsonl"
        sql = f"SELECT body FROM records WHERE grounding IN ({_IN})"
        args: list = list(_GROUNDED)
        if doc_ids is not None:
            sql += " AND doc_id IN (SELECT value FROM json_each(?))"  # one variable, any batch size
            args.append(json.dumps(doc_ids, ensure_ascii=False))
        for stale in self.out_dir.glob(".records.*.jsonl"):  # left by a run killed mid-write
            stale.unlink(missing_ok=True)
        sql += " ORDER BY doc_id, type, start, id"
        return write_atomic(target, _lines(self.db.execute(sql, args)), prefix=".records.")


def _lines(cursor, batch: int = 256):
    """The bodies a cursor gives, one per line, joined a batch at a time."""
    while rows := cursor.fetchmany(batch):
        yield "".join([body + "\n" for (body,) in rows])


def write_atomic(target: Path, chunks, prefix: str = ".tmp.", mode: int | None = None) -> Path:
    """Write ``chunks`` (strings) to ``target`` through a temporary file beside it, fsynced and renamed
    into place: a reader sees the old file or the new one, never half of it."""
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for chunk in chunks:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return target
