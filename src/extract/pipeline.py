"""The main job: ingest -> normalise -> structure -> extract -> ground -> store, per document.

A batch goes on past a document that fails and reports it. A document whose text, backend and
pipeline versions are unchanged since the last successful run into the same directory is not
processed again (``force`` overrides).

``run`` is the driver: one loop for every engine (``extract.engine``) that checks ids, looks up
fingerprints, writes the store (only here, in this process), collects outcomes and shows progress.
Only the per-document work (``DocWork``: read, fingerprint, process, errors turned into results)
goes through the engine, in this process, in worker processes (``RunConfig.workers``) or as Ray
tasks on a cluster (``RunConfig.engine = "ray"``).
Results are stored as they finish; ``records.jsonl`` is written from the store in a fixed order,
so it is the same whatever the engine and the order of completion.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import queue
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from extract.data import SCHEMA_VERSION, DocResult, Document, record_key
from extract.engine import RULES_PRELOAD, Engine, LocalEngine, Lost, make_engine, release_forkserver
from extract.errors import ExtractError, IngestError, UserError
from extract.extractor import Extractor, get_extractor
from extract.llm.config import LLMConfig
from extract.ground import ground
from extract.ingest import DEFAULT_MAX_BYTES, discover, doc_id_for, read_document
from extract.normalise import NORMALISER_VERSION
from extract.prepared import prepare
from extract.store import DocumentRows, Store, document_rows
from extract.structure import STRUCTURE_VERSION


class RunConfig(BaseModel):
    inputs: list[Path]
    out_dir: Path
    backend: str = "rules"
    max_bytes: int = DEFAULT_MAX_BYTES
    force: bool = False
    progress: bool = False
    llm: LLMConfig | None = None  # for the hybrid and llm backends (default: from the environment)
    # processes doing the per-document work (rules backend); 1: in this process, one after another.
    # With the ray engine: documents in flight at once (None: one per CPU of the cluster)
    workers: int | None = Field(default=1, ge=1)
    engine: Literal["local", "ray"] = "local"  # local: this machine's processes; ray: Ray tasks
    ray_address: str | None = None  # ray engine: the cluster to join (None: $RAY_ADDRESS, else a private one)


class DocOutcome(BaseModel):
    doc_id: str
    path: str
    status: str  # ok | skipped (unchanged) | failed
    counts: dict[str, int] = Field(default_factory=dict)
    ungrounded: int = 0
    llm_failures: int = 0  # LLM calls that failed for this document; it is redone on the next run
    llm_usage: dict | None = None  # this document's share of the LLM calls and tokens
    seconds: float = 0.0
    error: str | None = None


class RunSummary(BaseModel):
    run_id: str
    out_dir: str
    backend: str
    documents: list[DocOutcome]
    records_path: str
    seconds: float
    llm_usage: dict | None = None  # calls, cached, failed, attempts, tokens in/out, seconds

    @property
    def failed(self) -> list[DocOutcome]:
        return [d for d in self.documents if d.status == "failed"]


def process_document(doc: Document, extractor: Extractor | str) -> DocResult:
    if isinstance(extractor, str):
        extractor = get_extractor(extractor)
    prepared = prepare(doc)
    records = ground(extractor.extract(prepared), doc.text, prepared.normalised)
    keys: list[str] = []
    records = _dedupe(records, keys)
    return DocResult(doc=doc, meta=prepared.structured.meta, sections=prepared.structured.sections,
                     records=records, defects=prepared.normalised.defects, record_keys=keys)


def _dedupe(records: list, keys: list[str] | None = None) -> list:
    """Drop records that repeat another's identity (``record_key``: type, span, spec fields); the
    kept records' keys are appended to ``keys``."""
    seen: set[str] = set()
    out = []
    for r in records:
        key = record_key(r)
        if key not in seen:
            seen.add(key)
            out.append(r)
            if keys is not None:
                keys.append(key)
    return out


def _fingerprint(doc: Document, backend: str, version: str) -> str:
    parts = [doc.sha256, backend, version, NORMALISER_VERSION, STRUCTURE_VERSION, SCHEMA_VERSION]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


# -- the per-document work: the part an engine may run in another process -------------------------

@dataclass(frozen=True)
class DocTask:
    """One document to do: ``known_fingerprint`` is what the store holds for it (None: do it anyway)."""

    index: int  # its place in the batch
    path: Path
    doc_id: str
    known_fingerprint: str | None


@dataclass
class DocDone:
    result: DocResult | None  # None once it has crossed to the driver from a worker: ``rows`` hold it
    fingerprint: str
    seconds: float
    llm_failures: int = 0
    llm_usage: dict | None = None
    rows: DocumentRows | None = None  # the store's rows, put together where the work was done
    ungrounded: int = 0

    def __getstate__(self) -> dict:  # a worker sends the rows, not the result's objects (cheaper both ways)
        return {**self.__dict__, "result": None} if self.rows is not None else self.__dict__


@dataclass
class DocUnchanged:
    fingerprint: str


@dataclass
class DocFailed:
    reason: str  # for the store
    error: str  # for the run summary
    fatal: bool = False  # configuration (LLM server, key): the batch stops with this error
    exc: BaseException | None = None  # a fatal error itself, in the process that raised it

    def __getstate__(self) -> dict:  # an exception may not survive pickling (IngestError does not)
        return {**self.__dict__, "exc": None}


DocWorkResult = DocDone | DocUnchanged | DocFailed


@dataclass(frozen=True)
class ExtractorIdentity:
    """What the driver of a parallel rules run needs of the extractor (the store's run row, the summary): its name
    and version, asked of a worker (``IDENTITY``) rather than built in the driver, whose import of the rules (~0.8 s
    of CPU, bench/README.md) would only duplicate the workers' own."""

    name: str
    version: str


IDENTITY = DocTask(-1, None, "", None)  # a task that asks a worker for ``ExtractorIdentity``


def _worker_identity(engine: Engine, work: "DocWork") -> ExtractorIdentity | None:
    """The extractor's identity from one of ``engine``'s started workers, or None (no worker answered it)."""
    answers = [res for _, res in engine.map(work, [IDENTITY])]
    return answers[0] if answers and isinstance(answers[0], ExtractorIdentity) else None


class DocWork:
    """Read a document, skip it if unchanged, else process it; every error becomes a ``DocFailed``.

    Picklable: a copy in a worker process builds its own extractor from the settings (and, inside
    the command line, the command line's logging), while the driver's copy uses the driver's own
    extractor, LLM client, cache and usage counters.
    """

    def __init__(self, backend: str, max_bytes: int, llm: LLMConfig | None = None,
                 extractor: Extractor | None = None) -> None:
        from extract import logs

        self.backend, self.max_bytes, self.llm = backend, max_bytes, llm
        self.run_id: str | None = None  # set by the driver: the store's rows are then put together here
        self.log_verbose = logs.cli_verbosity()
        # LLM cache, ledger and --concurrency shared by every worker (an engine's ``share_llm``)
        self.shared_llm = None
        self._extractor = extractor
        self._logging = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_extractor": None, "_logging": None}

    def _get_extractor(self) -> Extractor:
        if self._extractor is None:  # first call in a worker process
            from extract import logs

            if self.log_verbose is not None and logs.cli_verbosity() is None:
                # for the life of the worker (held: a context manager collected unclosed would undo it)
                self._logging = logs.cli_logging(self.log_verbose)
                self._logging.__enter__()
            client = self.shared_llm.client(self.llm) if self.shared_llm is not None else None
            self._extractor = get_extractor(self.backend, self.llm, client)
        return self._extractor

    def __call__(self, task: DocTask) -> DocWorkResult:
        t1 = time.time()
        path = task.path
        if path is None:  # ``IDENTITY``: the extractor's name and version, as a worker has them
            extractor = self._get_extractor()
            return ExtractorIdentity(extractor.name, extractor.version)
        try:
            extractor = self._get_extractor()
            doc = read_document(path, self.max_bytes)
            fp = _fingerprint(doc, extractor.name, extractor.version)
            if fp == task.known_fingerprint:
                return DocUnchanged(fp)
            before = extractor.usage() if hasattr(extractor, "usage") else None
            result = process_document(doc, extractor)
            doc_usage = None
            if before is not None:
                after = extractor.usage()
                doc_usage = {k: round(after[k] - before[k], 2) for k in after}
            failures = getattr(extractor, "failed", {}).pop(doc.doc_id, 0)
            # a document with failed LLM calls keeps no fingerprint, so the next run redoes it
            rows = (document_rows(result, self.run_id, None if failures else fp)
                    if self.run_id is not None else None)
            return DocDone(result, fp, time.time() - t1, failures, doc_usage, rows, result.ungrounded)
        except UserError as exc:
            if not isinstance(exc, IngestError):  # configuration (LLM server, key): stop the batch
                return DocFailed(str(exc), str(exc), fatal=True, exc=exc)
            return DocFailed(exc.reason, str(exc))
        except ExtractError as exc:
            return DocFailed(str(exc), str(exc))
        except Exception as exc:  # a bug on one document must not sink the batch: report it
            msg = f"{path}: internal error {type(exc).__name__}: {exc} (please report it with this file)"
            return DocFailed(msg, msg)


# -- the driver: one loop for every engine; the only writer of the store ----------------------------

def run(config: RunConfig, engine: Engine | None = None, *, release_server: bool = False) -> RunSummary:
    """Run a batch. The per-document work goes through ``engine`` (default: ``config.workers``
    processes, or this one); everything else, the store included, happens here. ``release_server``: this
    process asks for no more worker processes after this run (the command line), so the forkserver may end with
    the workers, while records.jsonl is written (``engine.release_forkserver``)."""
    t0 = time.time()
    if config.engine == "local" and (config.workers or 1) > 1 and config.backend != "rules":
        raise UserError(f"--workers {config.workers}: the {config.backend} backend runs in one process "
                        "(--workers 1); use --concurrency for parallel LLM requests")
    own_engine = engine is None
    run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    work: DocWork | None = None
    store: Store | None = None
    bar = None
    try:
        if own_engine and config.engine == "local" and config.backend == "rules" and (config.workers or 1) > 1:
            # worker processes: start them before anything else, so that their start-up (a fresh interpreter
            # importing the pipeline, compiling the rules) overlaps the driver's own (its extractor, the store)
            files = discover(config.inputs)
            if files:
                engine = _make_engine(config, len(files))
                work = DocWork(config.backend, config.max_bytes, config.llm)
                work.run_id = run_id
                if hasattr(engine, "start"):
                    engine.start(work)
            # the workers extract: the driver needs only the extractor's name and version
            extractor = (_worker_identity(engine, work) if files and hasattr(engine, "start") else None) \
                or get_extractor(config.backend, config.llm)
        else:
            extractor = get_extractor(config.backend, config.llm)
            files = discover(config.inputs)
        if hasattr(extractor, "preflight"):
            extractor.preflight()  # an unreachable server is one clear error before any work
        store = Store(config.out_dir)
        store.start_run(run_id, extractor.name, extractor.version, config.model_dump(mode="json"))
        outcomes: list[DocOutcome | None] = [None] * len(files)
        if config.progress:
            from tqdm import tqdm

            bar = tqdm(total=len(files), unit="doc", file=sys.stderr)
        tasks: list[DocTask] = []
        seen: dict[str, Path] = {}
        for i, path in enumerate(files):
            doc_id = doc_id_for(path)
            if doc_id in seen:  # ids are file stems: two files must not share one
                msg = (f"{path}: document id {doc_id!r} is already used by {seen[doc_id]} in this batch "
                       "(rename one of the files)")
                outcomes[i] = DocOutcome(doc_id=doc_id, path=str(path), status="failed", error=msg)
                if bar is not None:
                    bar.update(1)
                continue
            seen[doc_id] = path
            tasks.append(DocTask(i, path, doc_id, None if config.force else store.fingerprint(doc_id)))
        if engine is None:
            engine = _make_engine(config, len(tasks))
        if work is None:
            # the driver's LLM settings as resolved here (flags, environment), not a worker's environment
            work = DocWork(config.backend, config.max_bytes, getattr(extractor, "config", config.llm), extractor)
            work.run_id = run_id
        elif not isinstance(extractor, ExtractorIdentity):  # started early (rules): the driver's copy uses the
            work._extractor = extractor  # driver's extractor, as above
        if config.backend != "rules" and hasattr(engine, "share_llm"):
            work.shared_llm = engine.share_llm(work.llm)
        with _paced_collector(), contextlib.closing(engine.map(work, tasks)) as results:
            if isinstance(engine, LocalEngine):
                for task, res in results:  # as they finish: the store is written here only
                    outcomes[task.index] = _save(store, run_id, task, res)
                    if bar is not None:
                        bar.update(1)
            else:
                _save_meanwhile(store, run_id, results, outcomes, bar)
        if own_engine and hasattr(engine, "retire"):
            engine.retire()  # the workers exit while the driver writes records.jsonl
            if release_server:
                release_forkserver()  # and so does the server that forked them
        done = [o for o in outcomes if o is not None]
        ok_ids = [o.doc_id for o in done if o.status in ("ok", "skipped")]
        records_path = store.write_jsonl(ok_ids)
        usage = None
        if hasattr(extractor, "usage"):  # the driver's own client, or the documents' shares from the workers
            usage = extractor.usage() if isinstance(engine, LocalEngine) else _total_usage(extractor.usage(), done)
        summary = RunSummary(run_id=run_id, out_dir=str(config.out_dir), backend=extractor.name, documents=done,
                             records_path=str(records_path), seconds=round(time.time() - t0, 3), llm_usage=usage)
        store.finish_run(run_id, "failed" if summary.failed else "ok", summary.model_dump(mode="json"))
        return summary
    finally:
        if own_engine and engine is not None:
            engine.close()
        if bar is not None:
            bar.close()
        if store is not None:
            store.close()


# young objects the cyclic garbage collector lets pile up before it looks at them, while documents are processed
# (Python's default: 700): a document makes hundreds of thousands of short-lived objects (matches, tuples, records)
# that reference counting frees, and each look at the young generation walks the ones still alive
_GC_YOUNG = 20_000


@contextlib.contextmanager
def _paced_collector():
    """The documents' loop with the cyclic garbage collector paced for it: what exists before the loop (modules,
    the rules' compiled patterns, the store) frozen out of its walks (``gc.freeze``: nothing of it is freed
    meanwhile, it is all alive), and its young generation looked at every ``_GC_YOUNG`` objects. Both undone on
    the way out, whatever happens; ~3-5 % of a run's CPU (bench/README.md, twelfth round). A collector switched
    off by the caller stays off; objects the caller has frozen stay frozen (nothing is frozen here then)."""
    before = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    if before[0]:
        gc.set_threshold(max(before[0], _GC_YOUNG), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if freeze:
            gc.unfreeze()


def _save_meanwhile(store: Store, run_id: str, results, outcomes: list, bar) -> None:
    """The results of other processes, stored by one writer thread in the order they finish, while this
    thread goes on handing the workers their next documents: a worker that finishes while a document's
    rows are being inserted gets its next one at once (SQLite does its work without the GIL). A
    result that stops the batch (``_save`` raises) is raised here once the writer has stopped."""
    pending: queue.SimpleQueue = queue.SimpleQueue()
    raised: list[BaseException] = []

    def write() -> None:
        while (item := pending.get()) is not None:
            if raised:
                continue  # the batch stops: what is left is dropped with it
            task, res = item
            try:
                outcomes[task.index] = _save(store, run_id, task, res)
            except BaseException as exc:
                raised.append(exc)

    writer = threading.Thread(target=write, name="extract-store-writer", daemon=True)
    writer.start()
    try:
        for item in results:
            if raised:
                break
            pending.put(item)
            if bar is not None:
                bar.update(1)
    finally:
        pending.put(None)
        writer.join()
    if raised:
        raise raised[0]


def _make_engine(config: RunConfig, n_tasks: int) -> Engine:
    if n_tasks == 0:
        return LocalEngine()
    workers = None if config.workers is None else min(config.workers, n_tasks)
    if config.engine == "ray":  # an LLM document mostly waits on the server: four in flight per CPU
        return make_engine(workers, "ray", address=config.ray_address,
                           task_cpus=1.0 if config.backend == "rules" else 0.25)
    # the forkserver imports what a worker needs once, while the driver sets itself up, and forks every
    # worker with it in place
    return make_engine(min(workers or 1, n_tasks), preload=RULES_PRELOAD)


def _total_usage(driver: dict, outcomes: list[DocOutcome]) -> dict:
    """The run's LLM usage when the calls were made elsewhere: the sum of the documents' shares."""
    total = {k: 0 for k in driver}
    for o in outcomes:
        for k, v in (o.llm_usage or {}).items():
            total[k] = total.get(k, 0) + v
    return {k: round(v, 2) if k == "seconds" else int(round(v)) for k, v in total.items()}


def _save(store: Store, run_id: str, task: DocTask, res: DocWorkResult | Lost) -> DocOutcome:
    """Store one document's result and say how it went."""
    path, doc_id = str(task.path), task.doc_id
    t1 = time.time()
    if isinstance(res, DocUnchanged):
        return DocOutcome(doc_id=doc_id, path=path, status="skipped", counts=store.record_counts(doc_id))
    if isinstance(res, Lost):  # no fingerprint is kept: the next run redoes it
        res = DocFailed(res.reason, f"{path}: not processed, {res.reason}; the next run tries it again")
    if isinstance(res, DocDone):
        try:
            rows = res.rows
            if rows is None or rows.run_id != run_id:  # not put together for this run
                # a document with failed LLM calls keeps no fingerprint, so the next run redoes it
                rows = document_rows(res.result, run_id, None if res.llm_failures else res.fingerprint)
            store.save_rows(rows)
        except Exception as exc:
            msg = f"{path}: internal error {type(exc).__name__}: {exc} (please report it with this file)"
            res = DocFailed(msg, msg)
        else:
            return DocOutcome(doc_id=rows.doc_id, path=path, status="ok", counts=rows.counts,
                              ungrounded=res.ungrounded, llm_failures=res.llm_failures, llm_usage=res.llm_usage,
                              seconds=round(res.seconds + time.time() - t1, 3))
    if res.fatal:
        if res.exc is not None:
            raise res.exc
        raise UserError(res.error)
    store.save_failure(doc_id, path, res.reason, run_id)
    return DocOutcome(doc_id=doc_id, path=path, status="failed", error=res.error)
