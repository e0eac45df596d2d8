"""Fifth round of the search: pinyin annotations repeated after a character, portal fields and repeated
lines, unit short names as BM25 words, BM25 hits weighed by how much of the query they hold."""

import numpy as np
import pytest

from extract.embed import HashEmbedder
from extract.pipeline import RunConfig, run
from extract.search import SearchIndex
from extract.search.bm25 import tokenize
from extract.search.fusion import fuse
from extract.search.items import without_annotations


def test_every_pinyin_annotation_after_a_character_goes():
    assert without_annotations("特殊(shu)(shu)教(jiao)(jiao)(jiao)育(yu)") == "特殊教育"
    assert without_annotations("学(xué)位(wèi)") == "学位"
    assert without_annotations("附件(一)与方案(2023)") == "附件(一)与方案(2023)"  # not pinyin


def test_a_unit_short_name_is_one_token_whatever_its_level():
    for text, unit in (("市住建局", "住建局"), ("市人社局牵头", "人社局"), ("县文旅局", "文旅局"), ("区发改局", "发改局")):
        toks = tokenize(text)
        assert unit in toks and set(tokenize(unit)) <= set(toks)
    assert set(tokenize("住建局")) <= set(tokenize("区住建局负责"))


def test_a_bm25_hit_votes_by_how_much_of_the_query_it_holds():
    measure = np.arange(4)
    dense = np.array([0.9, 0.8, 0.1, 0.1], dtype=np.float32)
    lists = ([0, 1], [2, 3, 1])  # dense: 0, 1; BM25: 2 and 3 first, on a word or two of the query
    plain = [p for p, _ in fuse(lists, measure, True, dense, (1.0, 1.0))]
    assert plain[0] == 1  # by rank alone, an item in both lists wins
    scaled = [p for p, _ in fuse(lists, measure, True, dense, (1.0, 1.0), (None, [0.04, 0.04, 1.0]))]
    assert scaled[:2] == [1, 0] and scaled.index(2) > 1  # the weak BM25 hits fall below the dense ones
    assert fuse(lists, measure, True, dense, (1.0, 1.0), (None, [1.0, 1.0, 1.0])) == \
        fuse(lists, measure, True, dense, (1.0, 1.0))


PORTAL_DOC = ("某市民生工作领导小组办公室关于2024年实施民生实事的通知\n\n"
              "索引号: 11341700003244967K/202403-00076 组配分类: 政策文件\n\n"
              "名称: 某市民生工作领导小组办公室关于2024年实施民生实事的通知\n\n"
              "某市民生工作领导小组办公室关于2024年实施民生实事的通知\n\n"
              "1.促进重点群体稳定就业,新增城镇就业4.3万人(牵头单位:市人社局)\n")


def test_portal_fields_and_a_repeated_line_are_one_passage_or_none(tmp_path):
    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    doc.write_text(PORTAL_DOC, encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        idx.sync()
        rows = [r for r in idx.rows if r["type"] == "passage"]
    titles = [r for r in rows if "关于2024年实施民生实事的通知" in r["text"]]
    assert len(titles) <= 1 and not [r for r in rows if r["text"].startswith(("名称", "索引号"))]
    assert any("新增城镇就业" in r["text"] for r in rows)


def test_a_page_field_read_as_a_heading_is_not_carried():
    from extract.search.items import _leaf

    assert _leaf("访问次数 > 新改扩建公办中小学校1所") == "新改扩建公办中小学校1所"
    assert _leaf("访问次数") == "" and _leaf("发布时间") == ""
    assert _leaf("一、总体目标") == "一、总体目标"


def test_the_units_a_query_names():
    from extract.search.fusion import query_units

    assert query_units("市人社局牵头的民生实事") == ["人社局"]
    assert query_units("县教科局今年要完成的民生实事") == ["教科局"]
    assert query_units("區教委和區衛健委負責什麼") == ["教委", "卫健委"]
    assert query_units("中小学布局调整规划由谁来制定") == [] and query_units("委托第三方评估") == []
    assert query_units("全局统筹") == []


def test_a_question_naming_a_unit_finds_that_units_measures(tmp_path):
    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    doc.write_text("某县2024年民生实事\n\n" + "\n\n".join(
        f"{i}.实施民生实事项目第{i}项,完成年度任务(牵头单位:县{u})" for i, u in
        enumerate(["民政局", "教科局", "住建局", "卫健局", "交通局", "水利局"], start=1)) + "\n", encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        hits = idx.search("县教科局今年要完成的民生实事", top_k=3)
    assert hits and "教科局" in hits[0].quote


def test_header_fields_at_a_paragraphs_start_are_no_part_of_it():
    from extract.search.passages import _fields_ahead

    text = "生效日期 : | 有效期: |\n绥政办函〔2025〕5号\n各乡镇人民政府"
    assert text[_fields_ahead(text):].startswith("绥政办函")
    assert _fields_ahead("名称: 某通知\n文号:\n") == len("名称: 某通知\n文号:\n")
    assert _fields_ahead("推进学前教育普及普惠\n发布日期:2024") == 0


def test_coverages_of_every_document_equal_each_ones_coverage():
    from extract.search.bm25 import BM25Index

    docs = [["学前", "毛入园率"], ["学前", "教育"], ["学前"], ["托育"], []]
    bm = BM25Index(docs)
    q = ["学前", "毛入园率", "谁"]
    all_ = bm.coverages(q)
    assert all_.shape == (5,)
    for i, d in enumerate(docs):
        assert all_[i] == pytest.approx(bm.coverage(q, d), abs=1e-6)
