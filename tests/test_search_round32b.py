"""Search, thirty-second round (srch37): the document's title before the embedded text of each of its items
(``items.TITLE_IN_EMBED``), measured on the development sets. Made-up texts only."""

import sqlite3


def _run(tmp_path):
    from extract.pipeline import RunConfig, run
    docs = tmp_path / "docs"
    docs.mkdir()
    # made-up texts: a news page whose body says 全县 once its first line has named the county
    (docs / "a.txt").write_text("示例甲县示例书屋建设情况通报\n\n全县新建示例书屋12家,配备示例图书3000册。\n\n"
                                "下一步,全县将开展示例读书活动20场。\n", encoding="utf-8")
    (docs / "b.txt").write_text("示例乙县示例阅读工作要点\n\n全县新建示例书屋9家。\n\n开展示例读书活动。\n",
                                encoding="utf-8")
    run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    return tmp_path / "run"


def _items(rd):
    from extract.search.items import build_items
    db = sqlite3.connect(rd / "extract.db")
    try:
        return build_items(db, run_dir=rd)
    finally:
        db.close()


def _item(text, start=0, type_="passage"):
    from extract.search.items import Item
    return Item(record_id="r", doc_id="d", type=type_, title=text[:8], text=text, search_text=text, quote=text,
                start=start, end=start + len(text))


def test_the_meta_title_is_the_context_title():
    from extract.search.items import context_title
    assert context_title("示例丙县示例方案", [_item("示例丙县示例方案的正文第一段")]) == "示例丙县示例方案"


def test_without_a_meta_title_the_first_passage_cut_is_the_context_title():
    from extract.search.items import TITLE_CHARS, context_title
    later, first = _item("第二段" * 30, start=90), _item("示例丁镇示例工作总结" + "正文" * 40, start=0)
    got = context_title("", [later, first])
    assert got.startswith("示例丁镇示例工作总结") and len(got) == TITLE_CHARS
    assert context_title("", []) == ""


def test_the_title_goes_before_the_embedded_text_whole():
    from extract.search.items import EMBED_CHARS, with_doc_title
    long = _item("全县新建示例书屋" + "一" * EMBED_CHARS)
    long.text = long.text[:EMBED_CHARS]
    with_doc_title(long, "示例甲县示例书屋建设情况通报")
    assert long.text.startswith("示例甲县示例书屋建设情况通报｜全县新建示例书屋")
    assert len(long.text) == EMBED_CHARS + len("示例甲县示例书屋建设情况通报｜")  # the item's own text is not cut
    assert long.search_text.startswith("全县")  # what BM25 reads is left as it is


def test_an_item_that_holds_the_title_or_opens_with_it_is_left():
    from extract.search.items import with_doc_title
    holds = _item("关于示例甲县示例书屋建设情况通报的说明")
    with_doc_title(holds, "示例甲县示例书屋建设情况通报")
    assert holds.text == "关于示例甲县示例书屋建设情况通报的说明"
    line = _item("示例甲县示例书屋建设情况通报全县新建示例书屋")  # the first passage the title was cut from
    with_doc_title(line, "示例甲县示例书屋建设情况通报全县新建示例书屋12家")
    assert line.text == "示例甲县示例书屋建设情况通报全县新建示例书屋"
    empty = _item("全县新建示例书屋")
    with_doc_title(empty, "")
    assert empty.text == "全县新建示例书屋"


def test_on_every_item_of_a_document_carries_its_title_and_the_version_changes(tmp_path, monkeypatch):
    import extract.search.items as items
    rd = _run(tmp_path)
    monkeypatch.setattr(items, "TITLE_IN_EMBED", False)
    off_version = items.items_version()
    off = _items(rd)
    off_keys = {it.key for it in off}
    monkeypatch.setattr(items, "TITLE_IN_EMBED", True)
    assert items.items_version() != off_version
    on = _items(rd)
    assert not any("｜" in it.text for it in off)
    body = [it for it in on if it.doc_id == "a" and "全县新建" in it.text]
    assert body and all(it.text.startswith("示例甲县示例书屋建设情况通报") for it in body)
    other = [it for it in on if it.doc_id == "b" and "全县新建" in it.text]
    assert other and all(it.text.startswith("示例乙县示例阅读工作要点") for it in other)
    assert {it.key for it in on}.isdisjoint(off_keys)  # every item is new to an index built the other way


def test_an_index_built_the_other_way_embeds_again_on_its_next_sync(tmp_path, monkeypatch):
    import extract.search.items as items
    from extract.embed import HashEmbedder
    from extract.search import SearchIndex
    rd = _run(tmp_path)
    monkeypatch.setattr(items, "TITLE_IN_EMBED", False)
    with SearchIndex(rd, embedder=HashEmbedder()) as idx:
        first = idx.sync()
        assert idx.sync().added == 0
    monkeypatch.setattr(items, "TITLE_IN_EMBED", True)
    with SearchIndex(rd, embedder=HashEmbedder()) as idx:
        again = idx.sync()
        hits = idx.search("示例甲县新建示例书屋", mode="dense", top_k=3)
    assert first.added > 0 and again.added > 0 and again.removed > 0
    assert hits
