"""Search, thirteenth round: on a page whose lines are wrapped at a fixed width (a PDF's text layer), a line right
below a full-width line continues its paragraph, so a task, its units and its deadline are one passage."""


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


# a made-up work plan as a PDF's text layer gives it: every paragraph cut into lines of 24 characters
_PARAS = [
    "2025年是示例规划的收官之年,全市示例工作总的指导思想是,以示例思想为指导,全面落实示例会议精神,在示例设施建设、"
    "示例队伍提升等工作中守正创新,奋力推动全市示例工作走在前列。",
    "1.加快推进示例设施建设。续建示例小学、示例幼儿园和示例中学教学楼,加快推进示例操场改造工程,提升办学条件。"
    "(责任单位:示例装备科,各项目学校)",
    "2.做好示例配套服务工作。普及中小学校服示例标识,为学生出行增强安全保障。配合示例局建设好示例学校。"
    "(责任单位:示例装备科、示例教育科,各学校)",
    "3.提升示例育人质量。以示例实验区建设为核心,引领幼儿园打造示例环境优化方案,开展结对帮扶活动,实现示例质量城乡一体化提升。",
]
WRAPPED_DOC = "2025年全市示例工作要点\n" + "\n".join(_wrap(p, 24) for p in _PARAS) + "\n"


def _items(tmp_path, text):
    from extract.search.passages import passages

    doc = tmp_path / "t.txt"
    doc.write_text(text, encoding="utf-8")
    return passages("t", str(doc), None, None, None)


def test_wrap_width_reads_a_pdfs_text_layer():
    from extract.search.passages import wrap_width

    assert wrap_width(WRAPPED_DOC) == 24
    # paragraphs as a web page gives them: no width
    assert wrap_width("\n".join(_PARAS)) is None
    # a news page whose headline repeats, and short list items of one length: no width
    news = "\n".join(["某市示例工作全面开展某市示例工作全面开展"] * 6 + ["文章插图"] * 6 + [_PARAS[0]])
    assert wrap_width(news) is None
    assert wrap_width("\n".join(f"{i}.新建示例幼儿园一所新增学位{i}00个" for i in range(1, 10))) is None


def test_a_task_its_units_and_its_deadline_are_one_passage_on_a_wrapped_page(tmp_path):
    items = _items(tmp_path, WRAPPED_DOC)
    task = next(p for p in items if "普及中小学校服示例标识" in p.quote)
    assert "(责任单位:示例装备科、示例教育科,各学校)" in task.quote.replace("\n", "")
    # a numbered item starts a passage of its own, though the line above it is full width
    assert not any("3.提升示例育人质量" in p.quote and "普及中小学校服" in p.quote for p in items)
    assert any(p.quote.replace("\n", "").startswith("2025年是示例规划") and p.quote.replace("\n", "").endswith("走在前列。")
               for p in items)


def test_continues_wrapped_stops_at_a_short_line_and_a_marker():
    from extract.search.passages import continues_wrapped

    full = "示例" * 12  # 24 characters
    assert continues_wrapped("为学生出行增强安全保障。", full + "\n", 24)
    assert not continues_wrapped("为学生出行增强安全保障。", "示例短行结束。\n", 24)  # a paragraph's last line
    assert not continues_wrapped("(三)示例任务。", full + "\n", 24)
    assert not continues_wrapped("4.示例任务。", full + "\n", 24)
    assert not continues_wrapped("为学生出行增强安全保障。", full + "\n", None)  # not a wrapped page


def test_unwrapped_pages_keep_their_passages(tmp_path):
    items = _items(tmp_path, "2025年全市示例工作要点\n\n" + "\n\n".join(_PARAS) + "\n")
    assert sum(1 for p in items if "责任单位" in p.quote) == 2


# -- the query side of plain questions ------------------------------------------------------------------------------


def test_question_words_leave_the_bm25_side_of_a_query():
    from extract.search.bm25 import question_words, tokenize

    toks = tokenize("示例小学什么时候投入使用")
    assert "时候" in toks and "时候" not in question_words(toks)
    assert question_words(tokenize("谁负责示例工作")) == [t for t in tokenize("谁负责示例工作") if t != "谁"]
    assert "几所" not in question_words(tokenize("今年新建几所幼儿园"))
    assert "多大" not in question_words(tokenize("新食堂建筑面积多大"))
    # words that only look like one stay: ``几何``, ``多元``, ``时间``
    assert question_words(["几何", "多元", "时间", "哪", "哪年"]) == ["几何", "多元", "时间"]


def test_a_question_word_no_longer_weighs_down_the_share_of_the_query_a_hit_holds():
    from extract.search.bm25 import BM25Index, question_words, tokenize

    corpus = [tokenize("示例小学新校区预计2026年秋季学期投入使用"), tokenize("示例中学完成改造"),
              tokenize("示例幼儿园新增学位100个")]
    idx = BM25Index(corpus)
    q = tokenize("示例小学什么时候投入使用")
    before = idx.coverages(q)[0]
    after = idx.coverages(question_words(q))[0]
    assert after > before and after > 0.999  # the answer holds every word the question has besides ``时候``


def test_a_particle_jieba_glued_to_a_word_comes_off_when_no_item_holds_the_glued_token():
    from extract.search.bm25 import unglued

    vocab = {"学校", "建", "岁", "县", "率", "近视"}
    assert unglued(["学校", "要建"], vocab) == ["学校", "建"]
    assert unglued(["多少岁"], vocab) == ["岁"]
    assert unglued(["县里"], vocab) == ["县"]
    assert unglued(["近视", "率要"], vocab) == ["近视", "率"]
    # a token the items hold stays as it is; so does one whose core they do not hold either
    assert unglued(["建了"], {"建了", "建"}) == ["建了"]
    assert unglued(["外地"], vocab) == ["外地"]


def test_a_plain_question_finds_its_answer_by_bm25(tmp_path):
    """``…什么时候投入使用`` and ``…要建多少所``: the answers hold every word of the question but its question words and
    glued particles, so BM25 ranks them first."""
    from extract.embed import HashEmbedder
    from extract.pipeline import RunConfig, run
    from extract.search import SearchIndex

    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    doc.write_text("某市示例工作情况\n\n"
                   "示例小学新校区规划设立24个教学班,预计2026年秋季学期正式投入使用。\n\n"
                   "今年将建设示例特色学校20所,新建示例场馆3座。\n\n"
                   "示例中学食堂完成改造,示例幼儿园新增学位100个。\n", encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        when = idx.search("示例小学什么时候投入使用", mode="bm25", top_k=3)
        assert when and "2026年秋季学期" in when[0].quote
        cover = idx.bm25.coverages(["示例", "小学", "投入使用"])
        assert cover.max() > 0.999


def test_money_in_a_plain_question_looks_for_the_texts_words_for_it():
    from extract.search.bm25 import plain_words
    from extract.search.index import dense_query

    assert plain_words("示例小学改建一共花了多少钱") == "资金 经费 投入 投资"
    assert dense_query("示例小学改建一共花了多少钱") == "示例小学改建一共花了多少钱(资金 经费 投入 投资)"
    assert plain_words("示例学校这笔钱的资金来源") == "经费 投入 投资"  # a word it says itself is not added again
