"""The main job: ingest -> normalise -> structure -> extract -> ground -> store, per document.

A batch goes on past a document that fails and reports it. A document whose text, backend and
pipeline versions are unchanged since the last successful run into the same directory is not
processed again (``force`` overrides).
"""

from __future__ import annotations

import hashlib
import sys
import time
import uuid
from pathlib import Path

from pydantic import BaseModel, Field

from extract.data import SCHEMA_VERSION, DocResult, Document, record_key
from extract.errors import ExtractError, IngestError, UserError
from extract.extractor import Extractor, get_extractor
from extract.llm.config import LLMConfig
from extract.ground import ground
from extract.ingest import DEFAULT_MAX_BYTES, discover, read_document
from extract.normalise import NORMALISER_VERSION
from extract.prepared import prepare
from extract.store import Store
from extract.structure import STRUCTURE_VERSION


class RunConfig(BaseModel):
    inputs: list[Path]
    out_dir: Path
    backend: str = "rules"
    max_bytes: int = DEFAULT_MAX_BYTES
    force: bool = False
    progress: bool = False
    llm: LLMConfig | None = None  # for the hybrid and llm backends (default: from the environment)


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
    records = _dedupe(records)
    return DocResult(doc=doc, meta=prepared.structured.meta, sections=prepared.structured.sections,
                     records=records, defects=prepared.normalised.defects)


def _dedupe(records: list) -> list:
    """Drop records that repeat another's identity (``record_key``: type, span, spec fields)."""
    seen: set[str] = set()
    out = []
    for r in records:
        key = record_key(r)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _fingerprint(doc: Document, backend: str, version: str) -> str:
    parts = [doc.sha256, backend, version, NORMALISER_VERSION, STRUCTURE_VERSION, SCHEMA_VERSION]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def run(config: RunConfig) -> RunSummary:
    t0 = time.time()
    extractor = get_extractor(config.backend, config.llm)
    files = discover(config.inputs)
    if hasattr(extractor, "preflight"):
        extractor.preflight()  # an unreachable server is one clear error before any work
    store = Store(config.out_dir)
    run_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    store.start_run(run_id, extractor.name, extractor.version, config.model_dump(mode="json"))
    outcomes: list[DocOutcome] = []
    bar = None
    if config.progress:
        from tqdm import tqdm

        bar = tqdm(total=len(files), unit="doc", file=sys.stderr)
    try:
        seen: dict[str, Path] = {}
        for path in files:
            t1 = time.time()
            doc_id = path.stem
            if doc_id in seen:  # ids are file stems: two files must not share one
                msg = (f"{path}: document id {doc_id!r} is already used by {seen[doc_id]} in this batch "
                       "(rename one of the files)")
                outcomes.append(DocOutcome(doc_id=doc_id, path=str(path), status="failed", error=msg))
                if bar is not None:
                    bar.update(1)
                continue
            seen[doc_id] = path
            try:
                doc = read_document(path, config.max_bytes)
                fp = _fingerprint(doc, extractor.name, extractor.version)
                if not config.force and store.fingerprint(doc.doc_id) == fp:
                    outcomes.append(DocOutcome(doc_id=doc.doc_id, path=str(path), status="skipped",
                                               counts=store.record_counts(doc.doc_id)))
                else:
                    before = extractor.usage() if hasattr(extractor, "usage") else None
                    result = process_document(doc, extractor)
                    doc_usage = None
                    if before is not None:
                        after = extractor.usage()
                        doc_usage = {k: round(after[k] - before[k], 2) for k in after}
                    failures = getattr(extractor, "failed", {}).pop(doc.doc_id, 0)
                    # a document with failed LLM calls keeps no fingerprint, so the next run redoes it
                    store.save_document(result, run_id, None if failures else fp)
                    counts: dict[str, int] = {}
                    for r in result.records:
                        if r.is_grounded:
                            counts[r.type] = counts.get(r.type, 0) + 1
                    outcomes.append(DocOutcome(doc_id=doc.doc_id, path=str(path), status="ok", counts=counts,
                                               ungrounded=result.ungrounded, llm_failures=failures,
                                               llm_usage=doc_usage,
                                               seconds=round(time.time() - t1, 3)))
            except UserError as exc:
                if not isinstance(exc, IngestError):
                    raise  # configuration (LLM server, key): stop the batch with one clear error
                reason = exc.reason
                store.save_failure(doc_id, str(path), reason, run_id)
                outcomes.append(DocOutcome(doc_id=doc_id, path=str(path), status="failed", error=str(exc)))
            except ExtractError as exc:
                reason = exc.reason if isinstance(exc, IngestError) else str(exc)
                store.save_failure(doc_id, str(path), reason, run_id)
                outcomes.append(DocOutcome(doc_id=doc_id, path=str(path), status="failed", error=str(exc)))
            except Exception as exc:  # a bug on one document must not sink the batch: report it
                msg = f"{path}: internal error {type(exc).__name__}: {exc} (please report it with this file)"
                store.save_failure(doc_id, str(path), msg, run_id)
                outcomes.append(DocOutcome(doc_id=doc_id, path=str(path), status="failed", error=msg))
            if bar is not None:
                bar.update(1)
        ok_ids = [o.doc_id for o in outcomes if o.status in ("ok", "skipped")]
        records_path = store.write_jsonl(ok_ids)
        usage = extractor.usage() if hasattr(extractor, "usage") else None
        summary = RunSummary(run_id=run_id, out_dir=str(config.out_dir), backend=extractor.name, documents=outcomes,
                             records_path=str(records_path), seconds=round(time.time() - t0, 3), llm_usage=usage)
        store.finish_run(run_id, "failed" if summary.failed else "ok", summary.model_dump(mode="json"))
        return summary
    finally:
        if bar is not None:
            bar.close()
        store.close()
