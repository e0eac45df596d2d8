"""LLM-path benchmarks against a local OpenAI-compatible server that answers valid replies after
a fixed delay (``tests/openai_stub.py``): what the client and pipeline add, not what a model costs.

- throughput vs ``--concurrency`` (1, 4, 16, 64) for the ``llm`` backend over the seed documents,
  as a fraction of the ideal ``min(N, chunks) / delay`` calls per second;
- tokens sent per document, as a ratio to the document's own tokens (same estimator for both);
- calls made by a re-run over the same cache (must be 0).

    python bench/llm.py [--delay 0.25] [--out bench/llm_results.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from openai_stub import StubServer  # noqa: E402

from extract.chunk import chunk_document, estimate_tokens  # noqa: E402
from extract.ingest import read_document  # noqa: E402
from extract.llm.backend import LLMExtractor  # noqa: E402
from extract.llm.cache import ResponseCache  # noqa: E402
from extract.llm.client import StructuredClient  # noqa: E402
from extract.llm.config import LLMConfig  # noqa: E402
from extract.llm.prompts import gold_examples, render  # noqa: E402
from extract.pipeline import process_document  # noqa: E402
from extract.prepared import prepare  # noqa: E402

DOCS = sorted((ROOT / "data" / "docs").glob("*.txt"))


def run_once(url: str, concurrency: int, cache_path: Path) -> dict:
    cfg = LLMConfig(base_url=url, model="stub", concurrency=concurrency, timeout=30)
    client = StructuredClient(cfg, ResponseCache(cache_path))
    ext = LLMExtractor(cfg, client)
    t0 = time.perf_counter()
    chunks = 0
    for path in DOCS:
        doc = read_document(path)
        chunks += len(chunk_document(prepare(doc)))
        process_document(doc, ext)
    seconds = time.perf_counter() - t0
    usage = client.usage.as_dict()
    client.close()
    usage["call_seconds"] = usage.pop("seconds")  # summed latency of the calls, not wall time
    return {**usage, "wall_seconds": round(seconds, 3), "chunks": chunks}


def tokens_per_document() -> list[dict]:
    out = []
    for path in DOCS:
        doc = read_document(path)
        prepared = prepare(doc)
        examples = gold_examples(exclude_doc=doc.doc_id)
        sent = 0
        for c in chunk_document(prepared):
            msgs = render("extract_chunk", section=" > ".join(c.section_path), text=c.text, examples=examples)
            sent += sum(estimate_tokens(m["content"]) for m in msgs)
        own = estimate_tokens(prepared.text)
        out.append({"doc": doc.doc_id, "doc_tokens": own, "sent_tokens": sent, "ratio": round(sent / own, 2)})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--delay", type=float, default=0.25, help="seconds the stub server waits before each reply")
    ap.add_argument("--out", default=str(ROOT / "bench" / "llm_results.json"))
    args = ap.parse_args()
    results: dict = {"delay": args.delay, "documents": [p.stem for p in DOCS], "concurrency": []}
    with tempfile.TemporaryDirectory() as tmp, StubServer(delay=args.delay) as srv:
        for n in (1, 4, 16, 64):
            r = run_once(srv.url, n, Path(tmp) / f"cache-{n}.sqlite")
            ideal = min(n, r["chunks"]) / args.delay
            r["calls_per_s"] = round(r["calls"] / r["wall_seconds"], 2)
            r["fraction_of_ideal"] = round(r["calls_per_s"] / ideal, 3)
            results["concurrency"].append({"concurrency": n, **r})
            print(f"concurrency {n:>3}: {r['calls']} calls in {r['wall_seconds']:.2f}s = {r['calls_per_s']} calls/s, "
                  f"{r['fraction_of_ideal']:.0%} of ideal {ideal:.1f}/s", flush=True)
        rerun = run_once(srv.url, 4, Path(tmp) / "cache-4.sqlite")
        results["cached_rerun"] = {"calls": rerun["calls"], "cached": rerun["cached"], "wall_seconds": rerun["wall_seconds"]}
        print(f"cached re-run: {rerun['calls']} calls, {rerun['cached']} from cache, {rerun['wall_seconds']:.2f}s")
    results["tokens"] = tokens_per_document()
    for t in results["tokens"]:
        print(f"{t['doc']}: {t['sent_tokens']} tokens sent for {t['doc_tokens']} of text ({t['ratio']}x)")
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
