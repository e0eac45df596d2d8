"""Search, thirty-second round (srchB35): a cap of hits per document (``index.PER_DOC``) and the document's title as a
lower-weight BM25 field of its items (``index.TITLE_FIELD``); both measured on the development sets and left off."""

import pytest


def _run(tmp_path):
    from extract.pipeline import RunConfig, run
    docs = tmp_path / "docs"
    docs.mkdir()
    # made-up texts: one document says the asked thing in four paragraphs, another once
    (docs / "a.txt").write_text("示例甲县示例书屋建设方案\n\n" + "".join(
        f"{i}.新建示例书屋{i}家,配备示例图书{i}00册。\n\n" for i in range(1, 5)), encoding="utf-8")
    (docs / "b.txt").write_text("示例乙县示例阅读工作要点\n\n全县新建示例书屋9家。\n\n开展示例读书活动。\n",
                                encoding="utf-8")
    run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    return tmp_path / "run"


def test_the_cap_per_document_lets_another_document_in(tmp_path, monkeypatch):
    from extract.embed import HashEmbedder
    from extract.search import SearchIndex
    import extract.search.index as I
    rd = _run(tmp_path)
    with SearchIndex(rd, embedder=HashEmbedder()) as idx:
        monkeypatch.setattr(I, "PER_DOC", None)
        free = idx.search("新建示例书屋", mode="bm25", top_k=3)
        monkeypatch.setattr(I, "PER_DOC", 1)
        capped = idx.search("新建示例书屋", mode="bm25", top_k=3)
    assert len({h.doc for h in capped}) == len(capped)  # one hit a document
    assert {h.doc for h in capped} == {"a", "b"}
    assert len(free) == 3


def test_the_title_field_scores_every_item_of_the_titled_document(tmp_path):
    from extract.embed import HashEmbedder
    from extract.search import SearchIndex
    from extract.search.bm25 import tokenize
    rd = _run(tmp_path)
    with SearchIndex(rd, embedder=HashEmbedder()) as idx:
        idx.search("示例书屋", mode="bm25", top_k=1)  # builds the index
        s = idx.title_field_scores(tokenize("示例甲县"))
        docs = [r["doc_id"] for r in idx.rows]
        a = [float(v) for v, d in zip(s, docs) if d == "a"]
        b = [float(v) for v, d in zip(s, docs) if d == "b"]
    assert a and min(a) > 0 and len(set(a)) == 1  # the same for every item of the document
    assert b and max(b) < min(a)  # the other title holds only the shared word


def test_both_switches_are_off_on_main():
    import extract.search.index as I
    assert I.PER_DOC is None and I.TITLE_FIELD == 0.0
