"""The search index of a run directory: items in ``extract.db``, vectors in ``search.faiss``.

Tables (in the run's own ``extract.db``):

- ``search_items``: one row per indexed item; ``id`` is the faiss id, ``content_hash`` is the
  item's key (unique), so an unchanged item keeps its id across re-runs.
- ``search_vectors``: embedding cache, ``(model, text_hash) -> vector``: a text is embedded once
  per model, whatever document or re-run it comes back in.
- ``search_meta``: the signature of the documents the items were built from, and the model
  and the kind (``faiss_kind``: ``flat`` or ``ivf``) of ``search.faiss``.

``search.faiss`` holds the L2-normalised vectors (inner product = cosine) under the items' ids,
written atomically (temporary file + ``os.replace``). Below ``ANN_THRESHOLD`` vectors it is an
``IndexIDMap2(IndexFlatIP)``: exact search, every vector scanned. From the threshold on it is an
``IndexIVFFlat`` (approximate): ``2 * sqrt(N)`` lists (k-means on the inner product, trained on
a sample of the vectors), a query scans the ``IVF_NPROBE`` lists closest to it, and a filter that
keeps a share of the items scans proportionally more lists (every list, i.e. exact search over the
allowed items, when it keeps few); its hashtable direct map lets ids be removed and vectors be read
back (``similar``). A file of another kind than the item count calls for is rebuilt (none recorded:
flat, as every file before this kind existed), as is an IVF whose list count is more than 2x off what
its item count calls for (about 4x in items).
``sync`` brings everything up to date: it rebuilds the item list only when the documents changed,
embeds only texts with no cached vector, removes the ids of items that are gone, adds the new ones,
and rebuilds the faiss file from the cache whenever it does not hold exactly the items' ids.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

from extract.embed import Embedder, l2_normalise
from extract.errors import UserError
from extract.search.bm25 import (BIGRAM_WEIGHT, PLAIN_COVER, PLAIN_WEIGHT, BM25Index, absent_words, bigrams,
                                 normalise_query,
                                 plain_words, question_words, tokenize, unglued, without_yes_no)
from extract.search.regional import (REGIONAL_COVER, REGIONAL_WEIGHT, REVERSE_WEIGHT, mainland_to_regional,
                                     regional_to_mainland, written_mandarin)
from extract.normalise import canonical
import extract.search.fusion as fusion
from extract.search.fusion import (COVER_POWER, PHRASE_MIN, RRF_DEPTH, RRF_K, RRF_WEIGHTS, TIME_COVER, TIME_WEIGHT,
                                   ABOUT_FIGURE, MEASURE_UNIT, MONEY, POST, SCHOOL_COUNT, UNIT_CHARGE, UNIT_FIELD, WORD_COUNT, WORD_SUM,
                                   asks_lead, asks_quantity, asks_when, fuse, indexed_units, only_supports, query_phrase,
                                   held_tail, section_names, section_units, states_figure, states_other_time, states_time, unit_list_units, unit_place, weights_for)
from extract.search.items import ITEM_TYPES, build_items, items_version, region_matches

FAISS_FILE = "search.faiss"
# what a passage item must show to answer a query filtered by a record type
ABOUT_FIGURES = True  # a figure given as about so many (``12亿余元``) shows a quantity to the type filter (``fusion.ABOUT_FIGURE``)
PASSAGE_CUES = {
    "unit_assignment": re.compile(r"(牵头|责任单位|责任部门|配合单位|[\u4e00-\u9fff]{1,12}(?:局|委|办|政府|街道|中心|公司|科|处))|"
                                  + UNIT_CHARGE.pattern + "|" + POST.pattern + "|" + UNIT_FIELD.pattern),
    "numeric_target": re.compile(r"\d+(?:\.\d+)?\s*(?:%|‰|[万亿]?[个所名人元项次家座间户条处台辆场门批张套栋床吨亩]|万人|小时|"
                                 r"[万亿]?(?:平方米|平方公里|公里|千米|公顷))|" + WORD_COUNT.pattern + "|" + MONEY.pattern + "|"
                                 + WORD_SUM.pattern + "|" + MEASURE_UNIT.pattern + "|" + SCHOOL_COUNT.pattern
                                 + ("|" + ABOUT_FIGURE.pattern if ABOUT_FIGURES else "")),
    "goal": re.compile(r"(?:到|至)\s*20\d\d\s*年|20\d\d\s*年(?:底|末)?前"),
}
DENSE_DEPTH = 2000  # nearest items asked of faiss per query; measures fold within them
ANN_THRESHOLD = 20_000  # vectors from which search.faiss is an IVF index (approximate); below it, flat (exact)
IVF_LISTS_PER_SQRT = 2  # an IVF index has round(2 * sqrt(N)) lists
IVF_TRAIN_PER_LIST = 40  # k-means trains on this many vectors per list (a fixed-seed sample)
IVF_NPROBE = 64  # lists a query scans (recall against flat for 8-64: bench/README.md)
# A record's own text is narrow: a target's indicator as the rules cut it (``陕西今年将建设265所``, the counted noun
# ``中小学校园足球特色学校`` after the figure left out; ``计划增加15万个``, not ``普惠托位``), so a question filtered by the
# record's type (``校园足球特色学校要建多少所``) found neither the record nor the passage that says it whole, which the
# filter hid as a passage. Under a type filter the passage of a measure that holds a record of that type ranks too, and
# a hit of it stands for that record of its measure (``SearchIndex._stand_ins``): the filter still returns records only.
STAND_INS = True
SECTION_UNITS = True  # a section a question names after its department is the unit asked for (``fusion.section_units``)
PLACED_UNITS = True  # a unit named with its place no text holds is read as the unit, in the texts naming the place
# a unit named with a place that no text of the index holds (``钢城区司法局`` where the district's own list says ``区司法局`` and
# never the district's name) is read as the unit with its level (``区司法局``) in every text that holds it: held as a condition,
# the place left the unit's list empty (``placed_units``); the level keeps other levels' units of that name out (``州卫健委``
# for ``郑州市卫健委``), where the bare unit let them in
UNHELD_PLACE = True
TAIL_UNITS = True  # a unit run into the question's words before it (``…活动里区文旅局``) is read as its longest end the texts hold
ABSENT_FLOOR = 0.5  # the share of the question the best BM25 hit must hold once its absent words are set aside
# a passage that states no figure (a headline, a heading naming a district: ``fusion.states_figure``) ranked for a question
# that asks how many or how much: its fused score is scaled by this (records keep theirs: a goal without a figure answers)
FIGURELESS = 0.9
# likewise a passage that states no time besides the question's own (``fusion.states_other_time``: the headline
# ``某镇面向社会征集2031年惠民项目意见``) ranked for a question that asks when (``…2031年惠民项目意见征集到什么时候截止``)
TIMELESS = 0.9
# at most this many hits of one document in a search's top k (records folded under their passage count once), so a
# question with answers in several documents is not filled by one document's passage, its records and its table's copy
# of the same figure; None leaves the ranking as fused. Measured on the development sets (eval/search/README.md,
# srchB35); it applies where no per_region cap is asked for
PER_DOC: int | None = None
# the document's title (``items.doc_title``) as a lower-weight BM25 field of each of its items: an item that matches some
# of the question's words gains this times the BM25 score of the question's words over the documents' titles, so the
# name of what the document is about (a county, a project) counts for every passage of it, not for its lead only
# (a news body says 全县 once its lead has named the county); 0 leaves it off
TITLE_FIELD = 0.0
SCHEMA_VERSION = "search.v4"  # a change drops search_items (cached vectors stay valid) and rebuilds
MODES = ("hybrid", "dense", "bm25")

SCHEMA = """
CREATE TABLE IF NOT EXISTS search_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT, record_id TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE,
  text_hash TEXT NOT NULL, doc_id TEXT NOT NULL, region TEXT, type TEXT NOT NULL, year INTEGER, section TEXT,
  title TEXT, text TEXT NOT NULL, search_text TEXT NOT NULL, tokens TEXT NOT NULL, quote TEXT, start INTEGER,
  "end" INTEGER, lead_units TEXT, responsible_units TEXT, fields TEXT, part INTEGER NOT NULL DEFAULT 0, grp TEXT,
  m_title TEXT, m_start INTEGER, m_end INTEGER, lexical INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS search_items_record ON search_items(record_id);
CREATE TABLE IF NOT EXISTS search_vectors (
  model TEXT NOT NULL, text_hash TEXT NOT NULL, dim INTEGER NOT NULL, vec BLOB NOT NULL,
  PRIMARY KEY (model, text_hash)
);
"""
META_SCHEMA = "CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT);"


@dataclass
class Hit:
    item_id: int
    record_id: str
    doc: str
    region: str | None
    type: str
    title: str
    section: str | None
    quote: str
    span: dict | None
    score: float
    dense: float | None = None  # cosine similarity, when computed
    bm25: float | None = None
    year: int | None = None
    lead_units: list[str] = field(default_factory=list)
    responsible_units: list[str] = field(default_factory=list)
    fields: dict = field(default_factory=dict)
    related: list[str] = field(default_factory=list)  # record ids of overlapping hits folded into this one
    part: int = 0  # 0: the whole record; k: its k-th sentence (quote and span are that sentence's)
    measure: str | None = None  # the title of the measure (task) the hit belongs to
    measure_span: dict | None = None  # and that measure's span
    records: list[dict] = field(default_factory=list)  # a passage's records: record_id, type, title

    def to_dict(self) -> dict:
        return {"item_id": self.item_id, "record_id": self.record_id, "doc": self.doc, "region": self.region,
                "type": self.type, "title": self.title, "section": self.section, "quote": self.quote,
                "span": self.span, "score": round(self.score, 6),
                "dense": None if self.dense is None else round(self.dense, 4),
                "bm25": None if self.bm25 is None else round(self.bm25, 4), "year": self.year,
                "lead_units": self.lead_units, "responsible_units": self.responsible_units,
                "fields": self.fields, "part": self.part, "measure": self.measure,
                "measure_span": self.measure_span, "related": self.related, "records": self.records}


@dataclass
class SyncReport:
    items: int = 0
    added: int = 0
    removed: int = 0
    embedded: int = 0  # texts embedded now (the rest came from the cache)
    rebuilt: bool = False  # search.faiss written from scratch
    embed_seconds: float = 0.0
    load_seconds: float = 0.0
    seconds: float = 0.0
    missing_sources: list[str] = field(default_factory=list)  # documents indexed without their passages

    def to_dict(self) -> dict:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


def group_by_region(hits: Sequence[Hit]) -> list[tuple[str, list[Hit]]]:
    """Hits grouped by district, groups in the order of their best hit."""
    groups: dict[str, list[Hit]] = {}
    for h in hits:
        groups.setdefault(h.region or h.doc, []).append(h)
    return list(groups.items())


class SearchIndex:
    """Search over one run directory. ``embedder`` (or ``embedder_factory``, called on first
    need) supplies vectors; BM25-only use never loads a model."""

    def __init__(self, run_dir: Path | str, embedder: Embedder | None = None,
                 embedder_factory: Callable[[], Embedder] | None = None, progress: bool = False,
                 with_paragraphs: bool = True, embed_pool=None, ann_threshold: int | None = ANN_THRESHOLD,
                 nprobe: int = IVF_NPROBE) -> None:
        self.run_dir = Path(run_dir)
        # vectors from which search.faiss is approximate (IVF); None: always flat (exact)
        self.ann_threshold = ann_threshold
        self.nprobe = nprobe
        db_path = self.run_dir / "extract.db"
        if not db_path.is_file():
            raise UserError(f"{self.run_dir}: no extract.db here; run `extract run DOCS --out {self.run_dir}` first")
        self.db = sqlite3.connect(db_path, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(META_SCHEMA)
        if self._meta("schema") != SCHEMA_VERSION:
            with self.db:  # items of an older layout: rebuild them (ids are never reused, faiss too)
                self.db.execute("DROP TABLE IF EXISTS search_items")
                self.db.execute("DELETE FROM search_meta")
                self._set_meta("schema", SCHEMA_VERSION)
        self.db.executescript(SCHEMA)
        self._embedder = embedder
        self._factory = embedder_factory
        # texts to embed go to this pool when set (``extract.ray_engine.RayEmbedPool``: Ray actors);
        # the embedder here then only names the model (its vectors' key) and embeds queries
        self.embed_pool = embed_pool
        self.progress = progress
        self.with_paragraphs = with_paragraphs
        self.faiss_path = self.run_dir / FAISS_FILE
        self._rows: list[dict] | None = None
        self._bm25: BM25Index | None = None
        self._bm25_pairs: BM25Index | None = None  # over the items' character bigrams
        self._faiss = None
        self._faiss_model: str | None = None
        self._synced: tuple | None = None  # (data_version, model) of the last full sync
        self._cols: dict[str, np.ndarray] | None = None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "SearchIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- configuration -----------------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            if self._factory is None:
                from extract.embed import embedder_from_env

                self._factory = embedder_from_env
            self._embedder = self._factory()
        return self._embedder

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM search_meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO search_meta VALUES (?,?)", (key, value))

    def _signature(self) -> str:
        h = hashlib.sha256(f"{items_version()}|{self.with_paragraphs}".encode())
        for row in self.db.execute("SELECT doc_id, fingerprint, updated_at, status, sha256 FROM documents "
                                   "ORDER BY doc_id"):
            h.update(repr(row).encode())
        h.update(repr(self.db.execute("SELECT COUNT(*), group_concat(id) FROM (SELECT id FROM records ORDER BY id)")
                      .fetchone()).encode())
        return h.hexdigest()

    # -- sync --------------------------------------------------------------------------------
    def sync(self, vectors: bool = True) -> SyncReport:
        """Bring items (and, with ``vectors``, the embedding cache and ``search.faiss``) up to date."""
        t0 = time.time()
        rep = SyncReport()
        # nothing committed to extract.db by another connection since our last full sync: up to date
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        state = (version, vectors and self.embedder.name)
        if self._synced == state and (not vectors or self._faiss is not None):
            rep.items = len(self.rows)
            return rep
        # a cold index (no vector of this model yet) loads the model while it builds the items
        preloading = vectors and self._preload_model()
        try:
            sig = self._signature()
            if sig != self._meta("signature"):
                self._sync_items(sig, rep)
            rep.items = self.db.execute("SELECT COUNT(*) FROM search_items").fetchone()[0]
            if vectors:
                self._sync_vectors(rep, preloading)
        finally:
            if preloading:  # never leave the load running past the sync (nothing to embed; an error)
                self.embedder.join_preload()
        self._synced = state
        rep.seconds = time.time() - t0
        return rep

    def _sync_items(self, sig: str, rep: SyncReport) -> None:
        missing: list[str] = []
        items = build_items(self.db, with_paragraphs=self.with_paragraphs, run_dir=self.run_dir, missing=missing)
        if missing:  # indexed without their passages; tried again on the next sync
            rep.missing_sources = missing
            print(f"warning: source not found or changed for {', '.join(missing)}: its passages are not "
                  "indexed (run from the folder where `extract run` ran, or re-run it)", file=sys.stderr)
            sig = "retry"
        wanted = {it.key: it for it in items}
        have = dict(self.db.execute("SELECT content_hash, id FROM search_items"))
        gone = [have[k] for k in have.keys() - wanted.keys()]
        new = [(k, it) for k, it in wanted.items() if k not in have]
        with self.db:
            self.db.executemany("DELETE FROM search_items WHERE id=?", [(i,) for i in gone])
            self.db.executemany(
                "INSERT INTO search_items (record_id, content_hash, text_hash, doc_id, region, type, year, section, "
                "title, text, search_text, tokens, quote, start, \"end\", lead_units, responsible_units, fields, part, "
                "grp, m_title, m_start, m_end, lexical) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(it.record_id, k, it.embed_hash, it.doc_id, it.region, it.type, it.year, it.section, it.title,
                  it.text, it.search_text, " ".join(tokenize(it.search_text)), it.quote, it.start, it.end,
                  json.dumps(it.lead_units, ensure_ascii=False), json.dumps(it.responsible_units, ensure_ascii=False),
                  json.dumps(it.fields, ensure_ascii=False), it.part, it.group,
                  *(it.measure or (None, None, None)), int(it.lexical)) for k, it in new])
            self._set_meta("signature", sig)
        rep.added, rep.removed = len(new), len(gone)
        if new or gone:
            self._rows = None
            self._bm25 = None
            self._bm25_pairs = None
            self._held_cache = None
            self._lexical_text = None

    def _preload_model(self) -> bool:
        """Start loading the embedding model in the background when this sync will surely embed: no
        vector of the model is cached yet (a first index, or another model) and this process embeds
        (no pool). True if a load was started (``Embedder.preload``; embedders without it load on use)."""
        preload = getattr(self.embedder, "preload", None)
        if preload is None or self.embed_pool is not None:
            return False
        if self.db.execute("SELECT 1 FROM search_vectors WHERE model=? LIMIT 1", (self.embedder.name,)).fetchone():
            return False
        return bool(preload())

    def _sync_vectors(self, rep: SyncReport, preloading: bool = False) -> None:
        emb = self.embedder
        model = emb.name
        missing = self.db.execute(
            "SELECT DISTINCT i.text_hash, i.text FROM search_items i LEFT JOIN search_vectors v "
            "ON v.model=? AND v.text_hash=i.text_hash WHERE v.text_hash IS NULL", (model,)).fetchall()
        if missing:
            t1 = time.time()
            load0 = getattr(emb, "load_seconds", None)
            if preloading:  # loaded beside the item build: its wait here is load time, not embedding time
                t1 += emb.wait_loaded()
                load0 = None
            missing.sort(key=lambda r: len(r[1]))
            bar = None
            if self.progress and sys.stderr.isatty():
                from tqdm import tqdm

                bar = tqdm(total=len(missing), unit="text", desc="embedding", file=sys.stderr)
            elif self.progress:
                print(f"embedding {len(missing)} new texts with {model}", file=sys.stderr, flush=True)
            done = 0
            try:
                for chunk, vecs in self._embedded(emb, missing):
                    with self.db:  # committed per chunk: a killed run keeps what it embedded
                        self.db.executemany("INSERT OR REPLACE INTO search_vectors VALUES (?,?,?,?)",
                                            [(model, h, vecs.shape[1], v.tobytes()) for (h, _), v in zip(chunk, vecs)])
                    done += len(chunk)
                    if bar is not None:
                        bar.update(len(chunk))
                    elif self.progress:
                        print(f"  embedded {done}/{len(missing)} ({time.time() - t1:.0f}s)", file=sys.stderr, flush=True)
            finally:
                if bar is not None:
                    bar.close()
            rep.embedded = len(missing)
            if self.embed_pool is not None:
                rep.load_seconds = self.embed_pool.load_seconds
            else:
                load1 = getattr(emb, "load_seconds", None)
                rep.load_seconds = (load1 or 0.0) if load0 is None else 0.0
            # a preloaded model's load overlapped the item build: only the embedding since it is timed here
            rep.embed_seconds = time.time() - t1 - (0.0 if preloading else rep.load_seconds)
            with self.db:  # drop cached vectors of this model that no item uses any more
                self.db.execute("DELETE FROM search_vectors WHERE model=? AND text_hash NOT IN "
                                "(SELECT text_hash FROM search_items)", (model,))
        self._sync_faiss(model, rep)

    def _embedded(self, emb: Embedder, missing: list) -> Iterable[tuple[list, np.ndarray]]:
        """``(rows, vectors)`` for the ``(text_hash, text)`` rows (sorted by length), a batch at a
        time: here in batches of 64, or in the pool's batches (sized by text length) as they finish."""
        if self.embed_pool is None:
            for i in range(0, len(missing), 64):
                chunk = missing[i:i + 64]
                yield chunk, l2_normalise(emb.embed_batch([t for _, t in chunk], kind="document"))
            return
        self.embed_pool.check(emb.name)
        for start, end, vecs in self.embed_pool.embed([t for _, t in missing], kind="document"):
            yield missing[start:end], l2_normalise(vecs)

    def _item_vectors(self, model: str, ids: Iterable[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        sql = ("SELECT i.id, v.dim, v.vec FROM search_items i JOIN search_vectors v ON v.model=? "
               "AND v.text_hash=i.text_hash")
        rows = self.db.execute(sql + " ORDER BY i.id", (model,)).fetchall()
        if ids is not None:
            keep = set(ids)
            rows = [r for r in rows if r[0] in keep]
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
        dim = rows[0][1]
        mat = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.float32).reshape(len(rows), dim)
        return np.array([r[0] for r in rows], dtype=np.int64), mat

    def faiss_kind(self, n: int) -> str:
        """The kind of faiss index ``n`` vectors get: ``flat`` (exact) or ``ivf`` (approximate)."""
        return "ivf" if self.ann_threshold is not None and n >= max(1, self.ann_threshold) else "flat"

    def _sync_faiss(self, model: str, rep: SyncReport) -> None:
        import faiss

        item_ids = {r[0] for r in self.db.execute("SELECT id FROM search_items")}
        kind = self.faiss_kind(len(item_ids))
        index = self._faiss if self._faiss_model == model else None
        if index is None and self.faiss_path.exists() and self._meta("faiss_model") == model \
                and (self._meta("faiss_kind") or "flat") == kind:
            try:
                index = faiss.read_index(str(self.faiss_path))
            except RuntimeError:
                index = None  # unreadable: rebuilt below
        if index is not None and not _fits(index, kind, len(item_ids)):
            index = None  # another kind, or an IVF trained for a size 4x off: rebuilt below
        have = set(_faiss_ids(index).tolist()) if index is not None else set()
        if index is not None and have == item_ids:
            self._set_faiss(index, model)
            return
        changed = False
        if index is not None:
            gone = have - item_ids
            if gone:
                index.remove_ids(np.array(sorted(gone), dtype=np.int64))
            new = item_ids - have
            if new:
                ids, mat = self._item_vectors(model, new)
                if mat.shape[0] and mat.shape[1] != index.d:
                    index = None
                else:
                    index.add_with_ids(mat, ids)
            changed = True
            if index is not None and set(_faiss_ids(index).tolist()) != item_ids:
                index = None
        if index is None:
            ids, mat = self._item_vectors(model)
            index = _build_faiss(ids, mat, kind, mat.shape[1] if mat.size else self.embedder.dim)
            rep.rebuilt = True
            changed = True
        if changed:
            self._write_faiss(index)
            with self.db:
                self._set_meta("faiss_model", model)
                self._set_meta("faiss_kind", kind)
        self._set_faiss(index, model)

    def _set_faiss(self, index, model: str) -> None:
        self._faiss, self._faiss_model = index, model
        if _is_ivf(index):
            index.nprobe = min(self.nprobe, index.nlist)  # not kept in the file

    def _write_faiss(self, index) -> None:
        import faiss

        fd, tmp = tempfile.mkstemp(prefix=".search.", suffix=".faiss", dir=self.run_dir)
        os.close(fd)
        try:
            faiss.write_index(index, tmp)
            os.replace(tmp, self.faiss_path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise

    # -- reading -----------------------------------------------------------------------------
    @property
    def rows(self) -> list[dict]:
        if self._rows is None:
            cur = self.db.execute("SELECT * FROM search_items ORDER BY id")
            cols = [c[0] for c in cur.description]
            self._rows = [dict(zip(cols, r)) for r in cur.fetchall()]
            self._pos = {r["id"]: i for i, r in enumerate(self._rows)}
            self._bm25 = None
            self._bm25_pairs = None
            self._held_cache = None
            self._lexical_text = None
            self._cols = None
        return self._rows

    @property
    def cols(self) -> dict[str, np.ndarray]:
        """The rows' filter and folding fields as arrays (one entry per row, in row order): a query's
        filter is a few vector operations, not a loop over every item."""
        rows = self.rows
        if self._cols is None:
            def codes(values: list) -> tuple[np.ndarray, dict]:
                table: dict = {}
                return np.array([table.setdefault(v, len(table)) for v in values], dtype=np.int64), table

            c: dict = {}
            c["type"], c["type_codes"] = codes([r["type"] for r in rows])
            c["doc"], c["doc_codes"] = codes([r["doc_id"] for r in rows])
            c["region"], c["region_codes"] = codes([r["region"] for r in rows])
            c["year"] = np.array([-1 if r["year"] is None else r["year"] for r in rows], dtype=np.int64)
            c["measure"], _ = codes([(r["doc_id"], r["grp"] or r["record_id"]) for r in rows])
            ids = np.array([r["id"] for r in rows], dtype=np.int64)
            c["id_to_pos"] = np.full(int(ids.max()) + 1 if len(ids) else 1, -1, dtype=np.int64)
            c["id_to_pos"][ids] = np.arange(len(ids))
            c["ids"] = ids
            for t, cue in PASSAGE_CUES.items():
                # a passage that shows what a record type holds (unit names, a quantity, a deadline) where
                # extraction found no record of that type in its measure: a gap the filter must not hide
                found = {m for m, r in zip(c["measure"].tolist(), rows) if r["type"] == t}
                c["holds_" + t] = np.array([r["type"] == "passage" and m not in found and bool(cue.search(r["text"] or ""))
                                            for m, r in zip(c["measure"].tolist(), rows)], dtype=bool)
                # a passage whose measure holds a record of that type: it ranks for its records (``STAND_INS``)
                c["with_" + t] = np.array([r["type"] == "passage" and m in found
                                           for m, r in zip(c["measure"].tolist(), rows)], dtype=bool)
            self._cols = c
        return self._cols

    @property
    def known_units(self) -> list[str]:
        """The units the items' records name (``fusion.indexed_units``), for finding them in a question."""
        rows = self.rows
        if getattr(self, "_units_cache", None) is None or self._units_cache[0] is not rows:
            names = {u for r in rows for col in ("lead_units", "responsible_units") for u in json.loads(r[col] or "[]")}
            self._units_cache = (rows, indexed_units(sorted(names)))
        return self._units_cache[1]

    @property
    def bm25(self) -> BM25Index:
        rows = self.rows
        if self._bm25 is None:
            # an item for the dense side only (``Item.lexical``) is no document of BM25's: it changes no idf or length
            self._bm25 = BM25Index([r["tokens"].split() for r in rows], keep=[bool(r["lexical"]) for r in rows])
        return self._bm25

    def title_field_scores(self, qtokens: Sequence[str]) -> np.ndarray:
        """Each row's document title's BM25 score for ``qtokens``, one title per document (``TITLE_FIELD``)."""
        rows = self.rows
        cache = getattr(self, "_title_field", None)
        if cache is None or cache[0] is not rows:
            from extract.search.items import TITLE_CHARS, doc_title
            titles: dict[str, str] = {}
            for doc_id, meta_s in self.db.execute("SELECT doc_id, meta FROM documents WHERE status='ok'"):
                titles[doc_id] = doc_title(json.loads(meta_s or "{}").get("title"))
            first: dict[str, tuple[int, str]] = {}  # a document without a title: its first passage (its title line)
            for r in rows:
                if r["type"] == "passage" and r["start"] is not None and not titles.get(r["doc_id"]) and (
                        r["doc_id"] not in first or r["start"] < first[r["doc_id"]][0]):
                    first[r["doc_id"]] = (r["start"], r["search_text"][:TITLE_CHARS])
            for d, (_, text) in first.items():
                titles[d] = text
            order = sorted(titles)
            at = {d: i for i, d in enumerate(order)}
            idx = BM25Index([tokenize(titles[d]) for d in order]) if order else None
            row_doc = np.array([at.get(r["doc_id"], -1) for r in rows], dtype=np.int64)
            cache = self._title_field = (rows, idx, row_doc)
        _, idx, row_doc = cache
        out = np.zeros(len(rows), dtype=np.float32)
        if idx is None:
            return out
        per_doc = np.asarray(idx.scores(list(qtokens)), dtype=np.float32)
        ok = row_doc >= 0
        out[ok] = per_doc[row_doc[ok]]
        return out

    @property
    def bm25_pairs(self) -> BM25Index:
        """BM25 over the character bigrams of the items' BM25 text (built from it on first use, not stored)."""
        rows = self.rows
        if self._bm25_pairs is None:
            self._bm25_pairs = BM25Index([bigrams(r["search_text"]) for r in rows], keep=[bool(r["lexical"]) for r in rows])
        return self._bm25_pairs

    @property
    def lexical_text(self) -> str:
        """Every BM25 item's text, one a line (``bm25.absent_words``: which query words no text holds)."""
        if getattr(self, "_lexical_text", None) is None:
            self._lexical_text = "\n".join(r["search_text"] or "" for r in self.rows if r["lexical"])
        return self._lexical_text

    @property
    def section_names(self) -> set[str]:
        """The names of a section's shape the BM25 items' texts hold (``fusion.section_names``), built once per
        ``lexical_text``."""
        text = self.lexical_text
        cached = getattr(self, "_section_names", None)
        if cached is None or cached[0] is not text:
            cached = self._section_names = (text, section_names(text))
        return cached[1]

    @property
    def doc_texts(self) -> dict[str, str]:
        """Each document's items' texts, joined (which texts name a place: ``_unit_hits``)."""
        rows = self.rows
        if getattr(self, "_doc_texts", None) is None or self._doc_texts[0] is not rows:
            texts: dict[str, list[str]] = {}
            for r in rows:
                texts.setdefault(r["doc_id"], []).append(r["search_text"] or "")
            self._doc_texts = (rows, {d: "\n".join(t) for d, t in texts.items()})
        return self._doc_texts[1]

    def holds_place(self, place: str) -> bool:
        """Whether a document's texts (``doc_texts``) name ``place``."""
        return any(place in t for t in self.doc_texts.values())

    def placed_units(self, units: Sequence[str]) -> tuple[list[str], dict[str, str]]:
        """``units`` with each one named with its place that no text holds read as the unit the texts hold
        (``袁州区教体局`` -> ``教体局``), and those units' places (``{"教体局": "袁州"}``: ``fusion.unit_place``); a place
        no document names is no condition (``UNHELD_PLACE``): the unit is read with its level (``区司法局``) where a text holds that."""
        out: list[str] = []
        places: dict[str, str] = {}
        text = self.lexical_text
        for u in units:
            split = unit_place(u) if PLACED_UNITS and u not in text else None
            if split is not None and UNHELD_PLACE and not self.holds_place(split[0]):
                level = u[len(split[0]):]  # ``钢城区司法局`` -> ``区司法局``: how the place's own texts name it
                if level in text:
                    if level not in out:
                        out.append(level)
                    continue
            if split is not None and split[1] in text and split[1] not in out:
                out.append(split[1])
                places[split[1]] = split[0]
                continue
            tail = held_tail(u, text.__contains__) if TAIL_UNITS and u not in text else None
            if tail is not None:
                u = tail
            if u not in out:
                out.append(u)
        return out, places

    def bm25_scores(self, query: str, qtokens: Sequence[str]) -> np.ndarray:
        """The BM25 side of a query: its words' scores plus ``BIGRAM_WEIGHT`` of its character pairs'."""
        out = self.bm25.scores(qtokens)
        if BIGRAM_WEIGHT:
            out = out + np.float32(BIGRAM_WEIGHT) * self.bm25_pairs.scores(bigrams(query))
        return out

    def _mask(self, types: Sequence[str] | None, region: str | None, doc: str | None, year: int | None,
              exclude_docs: Sequence[str] = (), exclude_regions: Sequence[str] = ()) -> np.ndarray | None:
        """Rows a query may return (None: every row)."""
        if types:
            bad = [t for t in types if t not in ITEM_TYPES]
            if bad:
                raise UserError(f"unknown type {', '.join(bad)}; use one of {', '.join(ITEM_TYPES)}")
        if not (types or region or doc or year is not None or exclude_docs or exclude_regions):
            return None
        c = self.cols
        out = np.ones(len(self.rows), dtype=bool)

        def isin(col: str, values) -> np.ndarray:
            table = c[col + "_codes"]
            return np.isin(c[col], [table[v] for v in values if v in table])

        if types:
            # a passage that shows what the type asks for, where no record of the type was extracted,
            # answers too (as a passage): search must not inherit every gap of extraction
            typed = isin("type", types)
            for t in types:
                if "holds_" + t in c:
                    typed |= c["holds_" + t]
                if STAND_INS and "with_" + t in c:
                    typed |= c["with_" + t]
            out &= typed
        if doc:
            out &= isin("doc", [doc])
        if region:
            out &= isin("region", [v for v in c["region_codes"] if region_matches(v, region)])
        if year is not None:
            out &= c["year"] == year
        if exclude_docs:
            out &= ~isin("doc", exclude_docs)
        if exclude_regions:
            out &= ~isin("region", exclude_regions)
        return out

    def _dense_scores(self, qv: np.ndarray, mask: np.ndarray | None = None, k: int = DENSE_DEPTH) -> np.ndarray:
        """Cosine of ``qv`` with the ``k`` nearest rows that pass ``mask`` (NaN elsewhere): the search
        and the filter run inside faiss (an ID selector), so no score of every row leaves it. An IVF
        index scans ``nprobe`` lists, more when the filter keeps a share of the rows (nprobe / share,
        up to every list: an exact search of the allowed rows), so about as many allowed vectors are
        compared whatever the filter."""
        import faiss

        scores = np.full(len(self.rows), np.nan, dtype=np.float32)
        index = self._faiss
        if index is None or index.ntotal == 0:
            return scores
        c = self.cols
        sel = None
        allowed = index.ntotal
        if mask is not None:
            allowed = int(np.count_nonzero(mask))
            if not allowed:
                return scores
            bits = np.zeros(len(c["id_to_pos"]), dtype=bool)  # one bit per id: membership is one lookup
            bits[c["ids"][mask]] = True
            bitmap = np.packbits(bits, bitorder="little")
            sel = faiss.IDSelectorBitmap(bitmap)
        if _is_ivf(index):
            share = allowed / index.ntotal
            nprobe = min(index.nlist, max(1, int(np.ceil(index.nprobe / share))))
            params = faiss.SearchParametersIVF(sel=sel, nprobe=nprobe) if sel is not None else \
                faiss.SearchParametersIVF(nprobe=nprobe)
        else:
            params = faiss.SearchParameters(sel=sel) if sel is not None else None
        k = min(k, index.ntotal)
        d, ids = index.search(l2_normalise(qv), k, params=params)
        ok = ids[0] >= 0
        ids, d = ids[0][ok], d[0][ok]
        inside = ids < len(c["id_to_pos"])
        pos = np.where(inside, c["id_to_pos"][np.where(inside, ids, 0)], -1)
        good = pos >= 0
        scores[pos[good]] = d[good]
        return scores

    def _rank(self, dense: np.ndarray | None, bm: np.ndarray | None, mask: np.ndarray | None, mode: str,
              by_measure: bool = True, depth: int = RRF_DEPTH, phrase: str = "",
              qtokens: Sequence[str] = (), units: Sequence[str] = (),
              cover_scale: dict[str, float] | None = None, lead: bool = False,
              places: dict[str, str] | None = None, when: bool = False) -> list[tuple[int, float]]:
        """Candidates best first: one side's scores, or both fused by reciprocal rank. With
        ``by_measure`` each list keeps only the best item of each measure, so a long task with
        many matching sentences gets one vote per side, like a short target. Each side is sorted
        only as far as its best ``depth`` measures."""
        dense_list: list[int] = []
        bm_list: list[int] = []
        if dense is not None:
            ok = ~np.isnan(dense) if mask is None else (mask & ~np.isnan(dense))
            dense_list = self._top(dense, ok, depth, by_measure)
        if bm is not None:
            ok = bm > 0 if mask is None else (mask & (bm > 0))
            bm_list = self._top(bm, ok, depth, by_measure)
        if mode == "dense":
            return [(p, float(dense[p])) for p in dense_list]
        if mode == "bm25":
            return [(p, float(bm[p])) for p in bm_list]
        # a third list: the BM25 candidates that hold the query's words as one phrase (a term typed
        # as written: ``课后服务全覆盖``), best BM25 first; else those that hold a unit the query names
        # (``教体局负责的民生实事任务``: the measures of that unit, whatever else they share with the query)
        phrase_list = self._phrase_hits(bm_list, phrase) if bm is not None else []
        by_unit = False
        if not phrase_list and units and bm is not None:
            phrase_list = self._unit_hits(bm_list, units, lead, places)
            by_unit = bool(phrase_list)
        timed = not phrase_list and when and bm is not None
        weights = RRF_WEIGHTS  # (``similar``: the BM25 list of a record's own tokens keeps its weight)
        scales: tuple = ()
        if bm_list and qtokens:
            # an added word (an everyday word's or another region's) counts its share of its idf
            cover = self.bm25.coverages(qtokens, cover_scale)[bm_list[:RRF_DEPTH]]
            cover = cover.astype(np.float64)
            if cover_scale and any(v == 0.0 for v in cover_scale.values()) and cover.max() < ABSENT_FLOOR:
                # words no text holds are set aside only where the rest of the question then finds a hit that holds
                # most of it (``bm25.absent_words``); else the list is chance matches, and the words count as before
                cs = {t: v for t, v in cover_scale.items() if v != 0.0}
                cover = self.bm25.coverages(qtokens, cs)[bm_list[:RRF_DEPTH]].astype(np.float64)
            # a question that names a unit asks for that unit's measures: their list weighs more
            weights = weights_for(float(cover[0]), by_unit)
            scales = (None, fusion.cover_scales(cover))
            if fusion.KEEP_WEAK:  # a weak list's hits well above its run keep their relative share (``fusion.weak_list_scales``)
                head = bm_list[:RRF_DEPTH]
                scales = (None, fusion.weak_list_scales(scales[1], bm[head].tolist(), cover.tolist()))
            if timed:
                # a question that asks when (``fusion.asks_when``): the BM25 hits that state a time and hold at least
                # ``TIME_COVER`` of the best hit's share of the question vote again, each at its own BM25 rank (so a
                # time deep in the list does not rise over the hits above it), at ``TIME_WEIGHT`` of the BM25 list's weight
                rows, head = self.rows, bm_list[:RRF_DEPTH]
                at = fusion.time_hits(cover.tolist(), [rows[p]["search_text"] for p in head], [rows[p]["doc_id"] for p in head])
                phrase_list = [bm_list[i] for i in at]
                scales = scales + ([(RRF_K + j) / (RRF_K + i + 1) for j, i in enumerate(at, start=1)],)
                weights = (weights[0], weights[1], TIME_WEIGHT * weights[1])  # a weak BM25 list's times weigh less
        keep: list[int] = []
        if fusion.KEEP_TOP and bm_list and qtokens:
            # a BM25 hit that holds most of the question well above its list's run keeps a place (``fusion.strong_lexical``)
            head = bm_list[:RRF_DEPTH]
            keep = [head[i] for i in fusion.strong_lexical(bm[head].tolist(), cover.tolist())]
        return fuse((dense_list, bm_list, phrase_list), self.cols["measure"], by_measure, dense, weights, scales, keep)

    def _unit_hits(self, order: list[int], units: Sequence[str], lead: bool = False,
                   places: dict[str, str] | None = None) -> list[int]:
        """The hits of ``order`` that hold a unit of ``units`` (one of ``places``: in a text that names its place);
        with ``lead`` (the question asks what the unit leads), not those that name it only as a helper
        (``fusion.only_supports``)."""
        rows = self.rows
        places = places or {}
        docs = self.doc_texts if places else {}
        out = [p for p in order if any(u in rows[p]["search_text"] and (u not in places or places[u] in docs[rows[p]["doc_id"]])
                                       for u in units)]
        if lead:
            out = [p for p in out if not all(only_supports(canonical(rows[p]["quote"] or ""), u)
                                             for u in units if u in rows[p]["search_text"])]
        return out

    def _phrase_hits(self, order: list[int], phrase: str) -> list[int]:
        if len(phrase) < PHRASE_MIN:
            return []
        rows = self.rows
        return [p for p in order if phrase in rows[p]["search_text"]]

    def _top(self, scores: np.ndarray, ok: np.ndarray, depth: int, by_measure: bool) -> list[int]:
        """Positions of the best ``depth`` measures (best item of each) among rows ``ok``, best first;
        ties keep row order. Only the head of the list is sorted, widened until it holds enough."""
        cand = np.flatnonzero(ok)
        if not len(cand):
            return []
        n = depth * 4
        while True:
            if n < len(cand):
                head = cand[np.argpartition(-scores[cand], n)[:n]]
                cutoff = scores[head].min()
                head = cand[scores[cand] >= cutoff]  # keep every tie at the cut
            else:
                head = cand
            order = head[np.lexsort((head, -scores[head]))]
            out = self._per_measure(order, by_measure)
            if len(out) >= depth or len(head) == len(cand):
                return out
            n *= 4

    def _held(self) -> dict[tuple, list[dict]]:
        """(doc, passage record id) -> the records linked to that passage, in text order."""
        if getattr(self, "_held_cache", None) is None:
            held: dict[tuple, list[dict]] = {}
            for r in sorted(self.rows, key=lambda r: (r["start"] is None, r["start"] or 0)):
                if r["part"] == 0 and r["type"] != "passage" and r["grp"] and r["grp"] != r["record_id"]:
                    held.setdefault((r["doc_id"], r["grp"]), []).append(
                        {"record_id": r["record_id"], "type": r["type"], "title": r["title"]})
            self._held_cache = held
        return self._held_cache

    def _per_measure(self, order: np.ndarray, by_measure: bool) -> list[int]:
        """``order`` (positions, best first) keeping only the first of each measure."""
        if not by_measure or not len(order):
            return order.tolist()
        _, first = np.unique(self.cols["measure"][order], return_index=True)  # first occurrence of each
        return order[np.sort(first)].tolist()

    def _hits(self, ranked: list[tuple[int, float]], dense: np.ndarray | None, bm: np.ndarray | None,
              top_k: int, collapse: bool, per_region: int | None, per_doc: int | None = None) -> list[Hit]:
        """The top ``top_k`` hits of ``ranked``: records folded under a passage they overlap (``collapse``), at most
        ``per_region`` a region and ``per_doc`` a document (``PER_DOC``)."""
        hits: list[Hit] = []
        groups: dict[int, str] = {}
        per: dict[str, int] = {}
        in_doc: dict[str, int] = {}
        for pos, score in ranked:
            r = self.rows[pos]
            if collapse and r["start"] is not None:
                host = next((h for h in hits if h.doc == r["doc_id"] and h.span and (
                    groups[h.item_id] == r["grp"] or min(h.span["end"], r["end"]) > max(h.span["start"], r["start"]))),
                    None)
                if host is not None:
                    if r["record_id"] != host.record_id and r["record_id"] not in host.related:
                        host.related.append(r["record_id"])
                    if not host.lead_units and not host.responsible_units:
                        host.lead_units = json.loads(r["lead_units"] or "[]")
                        host.responsible_units = json.loads(r["responsible_units"] or "[]")
                    continue
            reg = r["region"] or r["doc_id"]
            if per_region is not None and per.get(reg, 0) >= per_region:
                continue
            if per_doc is not None and in_doc.get(r["doc_id"], 0) >= per_doc:
                continue
            per[reg] = per.get(reg, 0) + 1
            in_doc[r["doc_id"]] = in_doc.get(r["doc_id"], 0) + 1
            dv = None if dense is None or np.isnan(dense[pos]) else float(dense[pos])
            hits.append(Hit(item_id=r["id"], record_id=r["record_id"], doc=r["doc_id"], region=r["region"],
                            type=r["type"], title=r["title"], section=r["section"], quote=r["quote"],
                            span=None if r["start"] is None else {"start": r["start"], "end": r["end"]},
                            score=score, dense=dv, bm25=None if bm is None else float(bm[pos]), year=r["year"],
                            lead_units=json.loads(r["lead_units"] or "[]"),
                            responsible_units=json.loads(r["responsible_units"] or "[]"),
                            fields=json.loads(r["fields"] or "{}"), part=r["part"], measure=r["m_title"],
                            measure_span=None if r["m_start"] is None else {"start": r["m_start"], "end": r["m_end"]}))
            if r["type"] == "passage":
                hits[-1].records = self._held().get((r["doc_id"], r["record_id"]), [])
            groups[r["id"]] = r["grp"]
            if len(hits) >= top_k:
                break
        return hits

    def search(self, query: str, top_k: int = 10, types: Sequence[str] | None = None, region: str | None = None,
               doc: str | None = None, year: int | None = None, mode: str = "hybrid", collapse: bool = True,
               per_region: int | None = None, sync: bool = True) -> list[Hit]:
        """The ``top_k`` items closest to ``query`` (Simplified or Traditional), best first."""
        if mode not in MODES:
            raise UserError(f"unknown search mode {mode!r}; use one of {', '.join(MODES)}")
        query = written_mandarin(query)  # a Cantonese question's own words (幾多, 邊度, 係, 有冇) as written Mandarin
        q = normalise_query(query).strip()
        if not q:
            raise UserError("empty query; pass the words to search for")
        if sync:
            self.sync(vectors=mode != "bm25")
        mask = self._mask(types, region, doc, year)
        dense = bm = None
        qtokens: list[str] = []
        xtokens: list[str] = []
        rtokens: list[str] = []
        depth = max(RRF_DEPTH, 5 * top_k)
        if mode != "bm25":
            if self._faiss is None:
                self._sync_faiss(self.embedder.name, SyncReport())
            dense = self._dense_scores(self.embedder.embed_batch([dense_query(q)], kind="query"), mask,
                                       max(DENSE_DEPTH, 20 * depth))
        if mode != "dense":
            # the question's own words (``谁``, ``几所``) are no text's; a word jieba glued a particle to (``要建``) is read
            # as the word the items hold
            bq = without_yes_no(q)  # ``能不能``, ``有没有``: no word of the texts' sense
            qtokens = unglued(question_words(tokenize(bq)), self.bm25.vocab)
            bm = self.bm25_scores(bq, qtokens)
            extra = plain_words(q)  # the texts' words for its everyday ones, at a lower weight
            if extra and PLAIN_WEIGHT:
                xtokens = [t for t in tokenize(extra) if t not in qtokens]
                bm = bm + np.float32(PLAIN_WEIGHT) * self.bm25_scores(extra, xtokens)
                qtokens = qtokens + xtokens
            # the other regions' words for its terms (國中 -> 初中; 学位 -> 学额 at a lower weight)
            for words, weight in ((regional_to_mainland(q), REGIONAL_WEIGHT), (mainland_to_regional(q), REVERSE_WEIGHT)):
                other = " ".join(words)
                added = [t for t in tokenize(other) if t not in qtokens] if other and weight else []
                if added:
                    bm = bm + np.float32(weight) * self.bm25_scores(other, added)
                    qtokens = qtokens + added
                    rtokens = rtokens + added
        if bm is not None and TITLE_FIELD and qtokens:
            bm = bm + np.float32(TITLE_FIELD) * self.title_field_scores(qtokens) * (bm > 0)
        cover = {t: PLAIN_COVER for t in xtokens}
        cover.update({t: REGIONAL_COVER for t in rtokens})
        cover.update({t: 0.0 for t in absent_words(qtokens, self.bm25, self.lexical_text, cover)} if qtokens else {})
        units = unit_list_units(query, self.known_units)
        if SECTION_UNITS and units:  # a section named after its department stands for it (``fusion.section_units``)
            units = section_units(query, units, self.section_names.__contains__)
        units, places = self.placed_units(units)
        ranked = self._rank(dense, bm, mask, mode, collapse, depth, query_phrase(query), qtokens,
                            units, cover, asks_lead(query), places, asks_when(query))
        if mode == "hybrid" and FIGURELESS < 1.0 and asks_quantity(query):
            # a headline or heading that states no figure cannot answer how many (``FIGURELESS``)
            rows = self.rows
            ranked = sorted(((p, sc * (FIGURELESS if rows[p]["type"] == "passage"
                                       and not states_figure(rows[p]["search_text"]) else 1.0)) for p, sc in ranked),
                            key=lambda kv: -kv[1])
        if mode == "hybrid" and TIMELESS < 1.0 and asks_when(query):
            # a headline or passage that states no time but the question's own cannot answer when (``TIMELESS``)
            # (not one whose measure holds a goal: the goal's deadline is the measure's answer)
            rows, with_goal = self.rows, self.cols["with_goal"]
            ranked = sorted(((p, sc * (TIMELESS if rows[p]["type"] == "passage" and not with_goal[p]
                                       and not states_other_time(rows[p]["search_text"], query) else 1.0)) for p, sc in ranked),
                            key=lambda kv: -kv[1])
        if types:
            ranked = self._stand_ins(ranked, types, dense if mode != "bm25" else bm)
        return self._hits(ranked, dense, bm, top_k, collapse, per_region,
                          PER_DOC if per_region is None else None)

    def _stand_ins(self, ranked: list[tuple[int, float]], types: Sequence[str],
                   scores: np.ndarray | None) -> list[tuple[int, float]]:
        """``ranked`` with each passage that ranked for the records of ``types`` its measure holds (``STAND_INS``)
        replaced by the closest of those records (by ``scores``; else the first in the text)."""
        if not STAND_INS:
            return ranked
        c, rows = self.cols, self.rows
        with_type = np.zeros(len(rows), dtype=bool)
        for t in types:
            if "with_" + t in c:
                with_type |= c["with_" + t]
        if not with_type.any():
            return ranked
        wanted = np.isin(c["type"], [c["type_codes"][t] for t in types if t in c["type_codes"]])
        out: list[tuple[int, float]] = []
        seen: set[int] = set()
        for pos, score in ranked:
            if with_type[pos]:
                cand = np.flatnonzero(wanted & (c["measure"] == c["measure"][pos]))
                if len(cand):
                    if scores is not None:
                        vals = np.nan_to_num(scores[cand], nan=-np.inf)
                        pos = int(cand[np.argmax(vals)])  # ties: the first in row order
                    else:
                        pos = int(cand[0])
            if pos not in seen:
                seen.add(pos)
                out.append((pos, score))
        return out

    def lookup(self, ref: str) -> dict:
        """The item of a record id (or a unique prefix of one), or of ``#ITEM_ID``."""
        ref = ref.strip()
        rows = self.rows
        if ref.startswith("#") and ref[1:].isdigit():
            found = [r for r in rows if r["id"] == int(ref[1:])]
        else:
            found = [r for r in rows if r["record_id"] == ref] or [r for r in rows if r["record_id"].startswith(ref)]
            found.sort(key=lambda r: r["part"])  # the whole record, not one of its sentences
        if not found:
            raise UserError(f"no indexed record {ref!r} in {self.run_dir}; take a record_id (or #item_id) "
                            "from `extract search --json` output")
        if len({r["record_id"] for r in found}) > 1:
            raise UserError(f"record id prefix {ref!r} is ambiguous ({len(found)} records); give more characters")
        return found[0]

    def similar(self, ref: str, top_k: int = 10, types: Sequence[str] | None = None, per_region: int | None = 3,
                mode: str = "hybrid", collapse: bool = True, sync: bool = True) -> tuple[dict, list[Hit]]:
        """The closest items to a record in the other districts (other documents when a
        document has no region). Returns the record's item and the hits."""
        if mode not in MODES:
            raise UserError(f"unknown search mode {mode!r}; use one of {', '.join(MODES)}")
        if sync:
            self.sync(vectors=mode != "bm25")
        src = self.lookup(ref)
        exclude_regions = [src["region"]] if src["region"] else []
        mask = self._mask(types, None, None, None, exclude_docs=[src["doc_id"]], exclude_regions=exclude_regions)
        depth = max(RRF_DEPTH, 5 * top_k * (1 + (per_region is not None)))
        dense = bm = None
        if mode != "bm25":
            if self._faiss is None:
                self._sync_faiss(self.embedder.name, SyncReport())
            qv = self._faiss.reconstruct(int(src["id"]))
            dense = self._dense_scores(np.asarray(qv, dtype=np.float32), mask, max(DENSE_DEPTH, 20 * depth))
        if mode != "dense":
            bm = self.bm25.scores(src["tokens"].split())
        ranked = self._rank(dense, bm, mask, mode, collapse, depth)
        if types:
            ranked = self._stand_ins(ranked, types, dense if mode != "bm25" else bm)
        return src, self._hits(ranked, dense, bm, top_k, collapse, per_region)


def dense_query(query: str) -> str:
    """What the dense side embeds: the (normalised) query, with the texts' words for its everyday ones in
    brackets (``要培养多少护工(护理员)``): the model places a plain word far from the term the texts use."""
    extra = plain_words(query)
    return f"{query}({extra})" if extra else query


def _is_ivf(index) -> bool:
    import faiss

    return isinstance(index, faiss.IndexIVF)


def _fits(index, kind: str, n: int) -> bool:
    """Whether ``index`` is of ``kind`` and, for an IVF, has a list count within 2x of what ``n``
    vectors get (about 4x in size): beyond that it is trained again."""
    if kind == "flat":
        return not _is_ivf(index) and hasattr(index, "id_map")
    if not _is_ivf(index):
        return False
    want = ivf_lists(n)
    return want / 2 <= index.nlist <= want * 2


def ivf_lists(n: int) -> int:
    return max(1, int(round(IVF_LISTS_PER_SQRT * np.sqrt(n))))


def _faiss_ids(index) -> np.ndarray:
    """The ids ``index`` holds."""
    import faiss

    if not _is_ivf(index):
        return faiss.vector_to_array(index.id_map)
    inv = index.invlists
    parts = [faiss.rev_swig_ptr(inv.get_ids(i), inv.list_size(i)).copy() for i in range(index.nlist)
             if inv.list_size(i)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _build_faiss(ids: np.ndarray, mat: np.ndarray, kind: str, dim: int):
    """A faiss index of ``kind`` over the vectors ``mat`` under ``ids``."""
    import faiss

    if kind == "flat":
        index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))
        if len(ids):
            index.add_with_ids(mat, ids)
        return index
    nlist = min(ivf_lists(len(ids)), max(1, len(ids)))
    index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, nlist, faiss.METRIC_INNER_PRODUCT)
    index.cp.spherical = True  # centroids on the unit sphere, like the vectors
    n_train = min(len(ids), IVF_TRAIN_PER_LIST * nlist)
    sample = np.sort(np.random.default_rng(0).choice(len(ids), n_train, replace=False))
    index.train(np.ascontiguousarray(mat[sample]))
    index.set_direct_map_type(faiss.DirectMap.Hashtable)  # ids removable, vectors readable by id
    index.add_with_ids(mat, ids)
    return index


def open_index(run_dir: Path | str, embedder: Embedder | None = None, progress: bool = False) -> SearchIndex:
    return SearchIndex(run_dir, embedder=embedder, progress=progress)


def search(run_dir: Path | str, query: str, embedder: Embedder | None = None, **kwargs) -> list[Hit]:
    """One-shot search of a run directory (see ``SearchIndex.search`` for the options)."""
    with SearchIndex(run_dir, embedder=embedder) as idx:
        return idx.search(query, **kwargs)


def similar(run_dir: Path | str, record_id: str, embedder: Embedder | None = None, **kwargs) -> list[Hit]:
    """One-shot ``SearchIndex.similar``; returns the hits."""
    with SearchIndex(run_dir, embedder=embedder) as idx:
        return idx.similar(record_id, **kwargs)[1]
