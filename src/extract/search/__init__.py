"""Semantic search over the measures, goals and targets of a run directory.

    from extract.search import SearchIndex, group_by_region
    with SearchIndex("runs/seeds") as idx:          # embedder from EXTRACT_EMBED_MODEL
        idx.sync()                                  # index new content only
        hits = idx.search("學前三年毛入園率", top_k=10, types=["numeric_target"])
        for region, group in group_by_region(hits): ...
        source, hits = idx.similar(hits[0].record_id)

Retrieval is hybrid: dense cosine (faiss, ``extract.embed``) fused with BM25 over jieba tokens by
reciprocal rank fusion (k=60); ``mode="dense"`` or ``"bm25"`` uses one side only.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# the names below, each from its module on first use (PEP 562): the command line imports ``extract.search.commands``
# for every command, and ``extract.search.index`` (numpy, the embedder's modules: ~0.1 s) is needed by search only
_FROM = {"extract.search.index": ("FAISS_FILE", "MODES", "Hit", "SearchIndex", "SyncReport", "group_by_region",
                                  "open_index", "search", "similar"),
         "extract.search.items": ("ITEM_TYPES", "MEASURE_TYPES", "Item", "build_items")}
_MODULE_OF = {name: module for module, names in _FROM.items() for name in names}

__all__ = sorted(_MODULE_OF)

if TYPE_CHECKING:
    from extract.search.index import (FAISS_FILE, MODES, Hit, SearchIndex, SyncReport, group_by_region, open_index,
                                      search, similar)
    from extract.search.items import ITEM_TYPES, MEASURE_TYPES, Item, build_items


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: later reads find it here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))
