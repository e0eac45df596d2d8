"""The twenty-second round's search changes (made-up text only): a typed question ranks a record by the passage that
says it whole (``index.STAND_INS``); a unit named with its place the texts leave out (``index.PLACED_UNITS``); everyday
words of care for the old."""

import pytest

from extract.embed import HashEmbedder
from extract.pipeline import RunConfig, run
from extract.search import SearchIndex
from extract.search import index as index_mod
from extract.search.bm25 import plain_words
from extract.search.fusion import unit_place

NEWS = ("某省示例工作新闻\n\n"
        "某省青少年示例活动日前在某市启动。今年某省将建设120所中小学示例足球特色学校。\n\n"
        "某市新建示例场馆3座,示例公园完成改造。\n\n"
        "某区完成示例学校食堂改造4个,建成示例特色街区2条。\n")

TASKS = ("2024年某县民生实事进展情况\n\n"
         "1.示例教育扩容工程:完成甲幼儿园建设,新增学位800个。(牵头单位:县教体局)\n\n"
         "2.示例医疗提升工程:完成乙卫生院改造。(牵头单位:县卫健局)\n\n"
         "3.示例道路工程:完成丙路改造10公里。(牵头单位:县交通局)\n")

OTHER = ("2024年丁市民生实事\n\n"
         "1.示例学校建设工程:新建丁市第一中学,建成校舍一万平方米。(牵头单位:市教体局)\n\n"
         "2.示例教育信息化工程:建成丁市智慧课堂一百间。(牵头单位:市教体局)\n")


def _run(tmp_path, texts):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in texts.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
    run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    return tmp_path / "run"


@pytest.mark.parametrize("mode", ["bm25", "hybrid"])
def test_a_typed_question_finds_a_target_by_the_passage_that_says_it_whole(tmp_path, monkeypatch, mode):
    """The record is cut before its counted noun (``今年某省将建设120所``); the question names the noun only."""
    run_dir = _run(tmp_path, {"news": NEWS, "news2": NEWS.replace("某省", "乙省").replace("某市", "乙市").replace("某区", "乙区")})
    with SearchIndex(run_dir, embedder=HashEmbedder()) as idx:
        idx.sync()
        target = [r for r in idx.rows if r["type"] == "numeric_target" and "120" in r["search_text"]]
        assert target and "特色学校" not in target[0]["search_text"]  # the rule's cut, which this change works around
        hits = idx.search("示例足球特色学校要建多少所", types=["numeric_target"], mode=mode, top_k=3)
        assert hits and all(h.type == "numeric_target" for h in hits)  # the filter still returns records only
        assert "120所" in hits[0].quote
        src = next(r for r in idx.rows if r["type"] == "numeric_target" and r["doc_id"] == "news")
        similar = idx.similar(src["record_id"], top_k=5, types=["numeric_target"], mode=mode)[1]
        assert similar and all(h.type == "numeric_target" and h.doc == "news2" for h in similar)
        # a passage that ranked for its measure's target stands for that target
        passage = next(p for p, r in enumerate(idx.rows) if r["type"] == "passage" and "特色学校" in r["search_text"]
                       and r["doc_id"] == "news")
        [(pos, _)] = idx._stand_ins([(passage, 1.0)], ["numeric_target"], None)
        assert idx.rows[pos]["type"] == "numeric_target" and "120所" in idx.rows[pos]["quote"]
        monkeypatch.setattr(index_mod, "STAND_INS", False)
        idx._cols = None
        before = idx.search("示例足球特色学校要建多少所", types=["numeric_target"], mode="bm25", top_k=3)
        assert not before or "120所" not in before[0].quote


def test_a_unit_named_with_its_place_is_read_as_the_unit_of_the_texts_naming_the_place(tmp_path, monkeypatch):
    run_dir = _run(tmp_path, {"moumou-xian": TASKS.replace("某县", "戊己县"), "other": OTHER})
    with SearchIndex(run_dir, embedder=HashEmbedder()) as idx:
        idx.sync()
        units, places = idx.placed_units(["戊己县教体局"])
        assert units == ["教体局"] and places == {"教体局": "戊己"}
        assert idx.placed_units(["教体局"]) == (["教体局"], {})  # no place named: as before
        hits = idx.search("戊己县教体局牵头的民生实事项目是什么", top_k=2)
        assert [h.doc for h in hits] == ["moumou-xian"] * len(hits) and "学位800个" in hits[0].quote
        unit_hits = idx._unit_hits(list(range(len(idx.rows))), ["教体局"], False, {"教体局": "戊己"})
        assert unit_hits and all(idx.rows[p]["doc_id"] == "moumou-xian" for p in unit_hits)
        assert any(idx.rows[p]["doc_id"] == "other" for p in idx._unit_hits(list(range(len(idx.rows))), ["教体局"]))
        monkeypatch.setattr(index_mod, "PLACED_UNITS", False)
        assert idx.placed_units(["戊己县教体局"]) == (["县教体局"], {})  # read by its end the texts hold (``TAIL_UNITS``)
        monkeypatch.setattr(index_mod, "TAIL_UNITS", False)
        assert idx.placed_units(["戊己县教体局"]) == (["戊己县教体局"], {})


def test_unit_place_splits_a_place_from_its_unit():
    assert unit_place("袁州区教体局") == ("袁州", "教体局")
    assert unit_place("某某县城管执法局") == ("某某", "城管执法局")
    assert unit_place("某地市卫健委") == ("某地", "卫健委")
    assert unit_place("教体局") is None
    assert unit_place("市场监管局") is None
    assert unit_place("某地县某委") is None  # too short to be a unit, and no known short name


def test_everyday_words_of_care_for_the_old_by_day_and_at_home():
    assert "日间照料" in plain_words("白天老人能送到哪里去有人照看").split()
    assert "照料" in plain_words("老人有人照看吗").split()
    assert plain_words("能不能把家里改得适合老人住").split()[0] == "适老化"


def test_a_passage_shows_a_quantity_in_ten_thousand_square_metres_beds_and_kilometres():
    """A passage with no target record answers a target question when it shows a quantity (``holds_numeric_target``):
    ``10万平方米`` (not read before: ``万`` stood between the figure and ``平方米``), ``50张``, ``1000公里``."""
    from extract.search.index import PASSAGE_CUES

    cue = PASSAGE_CUES["numeric_target"]
    for text in ("示例项目改造总建筑面积不少于10万平方米", "新增照护床位50张", "铺设示例管网1000公里", "新建住房300套",
                 "完成改造12.5平方公里", "新增学位800个"):
        assert cue.search(text), text
    for text in ("2024年计划改造完成示例小区", "示例工程第3期", "示例路改造"):
        assert not cue.search(text), text
