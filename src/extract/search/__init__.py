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

from extract.search.index import (FAISS_FILE, MODES, Hit, SearchIndex, SyncReport, group_by_region, open_index,
                                  search, similar)
from extract.search.items import ITEM_TYPES, MEASURE_TYPES, Item, build_items

__all__ = ["FAISS_FILE", "ITEM_TYPES", "MEASURE_TYPES", "MODES", "Hit", "Item", "SearchIndex", "SyncReport",
           "build_items", "group_by_region", "open_index", "search", "similar"]
