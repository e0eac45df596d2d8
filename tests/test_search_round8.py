"""Search, eighth round: headings in passages."""

from extract.embed import HashEmbedder
from extract.pipeline import RunConfig, run
from extract.search import SearchIndex
from test_search import _passage_rows as _rows

# a made-up notice: numbered requirements the structurer reads as headings with nothing below them, and a
# task whose line is wrapped, its first half read as a heading
HEADINGS_DOC = ("某县教育局关于示例建设任务的通知\n\n各乡镇中心学校:\n\n"
                "根据各乡镇上报的示例项目计划,全县年度示例项目为:新建示例学校12所,改造示例操场30个。现将任务下达给你们,请认真落实。\n\n"
                "一、各学校切实加强统筹协调,加大示例投入,确保按时保质完成任务。\n\n"
                "二、各乡镇示例项目进度实行季报制度,于每季度首月10日前报送上季度进度。\n\n"
                "三、县教育局适时对示例项目进展情况予以通报,并组织现场观摩。\n\n"
                "(一)开展示例学校安全隐患排查,建立问题台账和整改清单,落实整改责任和时限,推动\n\n"
                "隐患整改到位。(县教育局、县应急局按职责分工负责)\n")


def test_a_heading_with_nothing_below_it_is_a_passage(tmp_path):
    from extract.search.passages import passages

    doc = tmp_path / "t.txt"
    doc.write_text(HEADINGS_DOC, encoding="utf-8")
    quotes = [p.quote for p in passages("t", str(doc), None, None, None)]
    assert any(q.startswith("二、各乡镇示例项目进度实行季报制度") for q in quotes)
    assert any(q.startswith("三、县教育局适时") for q in quotes)


def test_the_paragraph_below_a_heading_reaches_back_to_it(tmp_path):
    rows = _rows(tmp_path, HEADINGS_DOC)
    wrapped = [r for r in rows if r["part"] == 0 and "隐患整改到位" in r["quote"]]
    assert wrapped and wrapped[0]["quote"].startswith("(一)开展示例学校安全隐患排查")
    # its text held the heading already; the heading is not a passage of its own as well
    assert "开展示例学校安全隐患排查" in wrapped[0]["text"]
    assert len([r for r in rows if r["part"] == 0 and "建立问题台账" in r["quote"]]) == 1


def test_bigrams_are_the_character_pairs_of_the_normalised_text():
    from extract.search.bm25 import bigrams

    assert bigrams("學前教育") == ["学前", "前教", "教育"]
    assert bigrams("托位4.5个") == ["托位"]  # figures and the runs they cut are not paired across


def test_the_bm25_side_finds_a_text_that_shares_character_pairs_but_no_word(tmp_path):
    from extract.search.bm25 import tokenize

    query = "托位有多少"
    text = "每千人口拥有婴幼儿托位数4.5个"
    assert not set(tokenize(query)) & set(tokenize(text))  # jieba cuts them apart
    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    doc.write_text("某县托育服务发展情况\n\n" + text + "。\n\n全县新建示例公园3个,改造示例绿道20公里。\n", encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        hits = idx.search(query, mode="bm25", top_k=3)
    assert hits and "托位数" in hits[0].quote
