"""What skipping chunks costs: the share of gold records whose quote lies in a chunk that the
``llm`` backend does not send (``extract.llm.backend.worth_asking``), per type, and the share of
chunks and tokens saved. A perfect model would lose exactly these records.

    python bench/chunk_skip.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from extract.chunk import chunk_document, estimate_tokens  # noqa: E402
from extract.evaluate import load_records  # noqa: E402
from extract.ground import locate_quote  # noqa: E402
from extract.ingest import read_document  # noqa: E402
from extract.llm.backend import worth_asking  # noqa: E402
from extract.prepared import prepare  # noqa: E402


def main() -> int:
    lost, total = Counter(), Counter()
    chunks = kept = tokens = kept_tokens = 0
    for gold_path in sorted((ROOT / "eval" / "gold").glob("*.jsonl")):
        doc = read_document(ROOT / "data" / "docs" / f"{gold_path.stem}.txt")
        prep = prepare(doc)
        cs = chunk_document(prep)
        skipped = [c for c in cs if not worth_asking(c, prep)]
        chunks += len(cs)
        kept += len(cs) - len(skipped)
        tokens += sum(estimate_tokens(c.text) for c in cs)
        kept_tokens += sum(estimate_tokens(c.text) for c in cs if c not in skipped)
        for rec in load_records([gold_path]):
            total[rec["type"]] += 1
            _span, nspan, _status = locate_quote(rec["quote"], doc.text, prep.normalised)
            if nspan is not None and any(c.span.start <= nspan.start < c.span.end for c in skipped):
                lost[rec["type"]] += 1
    report = {"chunks": chunks, "chunks_sent": kept, "tokens": tokens, "tokens_sent": kept_tokens,
              "gold_records_in_skipped_chunks": dict(lost), "gold_records": dict(total),
              "recall_ceiling": {t: round(1 - lost[t] / total[t], 4) for t in total}}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
