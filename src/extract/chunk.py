"""Chunk stage: the normalised text cut along its structure for the LLM.

A chunk never splits a sentence: paragraphs are packed whole while they fit the token budget; a
paragraph longer than the budget is split at sentence ends. A table row is one unit (its cells
joined with `` | ``). Each chunk carries its section path, which the prompt shows as context.
Token counts are estimated (one CJK character ~ 0.75 token for Qwen-style tokenizers; Latin text
by words), which is enough to size chunks; the LLM ledger records the server's real counts.
"""

from __future__ import annotations

import re

from extract.data import Chunk, Span
from extract.prepared import PreparedDoc

CHUNKER_VERSION = "chunk.v1"
_CJK = re.compile(r"[\u3400-\u9fff]")
_SENT_END = re.compile(r"[。!?！？;；]")


def estimate_tokens(text: str) -> int:
    cjk = len(_CJK.findall(text))
    other = len(re.findall(r"[A-Za-z]+|\d+(?:\.\d+)?|[^\sA-Za-z\d\u3400-\u9fff]", text))
    return int(cjk * 0.75 + other) + 1


def _units(doc: PreparedDoc) -> list[tuple[int, int, list[str]]]:
    """Paragraphs and table rows as (start, end, section path), in text order."""
    s = doc.structured
    units: list[tuple[int, int, list[str]]] = []
    for p in s.paragraphs:
        if p.kind == "text":
            units.append((p.span.start, p.span.end, p.section_path))
    for t in s.tables:
        for row in t.rows:
            units.append((row.cell_spans[0].start, row.cell_spans[-1].end, t.section_path))
    units.sort()
    return units


def _split_long(text: str, start: int, end: int, budget: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cur = start
    last_cut = start
    for m in _SENT_END.finditer(text, start, end):
        if estimate_tokens(text[cur:m.end()]) > budget and last_cut > cur:
            pieces.append((cur, last_cut))
            cur = last_cut
        last_cut = m.end()
    if cur < end:
        pieces.append((cur, end))
    return pieces


def chunk_document(doc: PreparedDoc, max_tokens: int = 600) -> list[Chunk]:
    text = doc.text
    chunks: list[Chunk] = []
    cur: list[tuple[int, int]] = []
    cur_path: list[str] = []
    cur_tokens = 0

    def flush() -> None:
        nonlocal cur, cur_tokens
        if cur:
            a, b = cur[0][0], cur[-1][1]
            chunks.append(Chunk(doc_id=doc.doc.doc_id, index=len(chunks), span=Span(start=a, end=b),
                                text=text[a:b], section_path=cur_path))
        cur, cur_tokens = [], 0

    for start, end, path in _units(doc):
        n = estimate_tokens(text[start:end])
        pieces = [(start, end)] if n <= max_tokens else _split_long(text, start, end, max_tokens)
        for a, b in pieces:
            m = estimate_tokens(text[a:b])
            gap = a - cur[-1][1] if cur else 0  # skipped text between units (TOC, headings of other parts)
            if cur and (cur_tokens + m > max_tokens or path[:2] != cur_path[:2] or gap > 8):
                flush()
            if not cur:
                cur_path = path
            cur.append((a, b))
            cur_tokens += m
    flush()
    return chunks
