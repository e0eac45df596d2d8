"""The thirty-first round's second search helper (made-up text only): a unit a question names with a place that no text of
the index holds (``戊己县教体局`` where the county's own list says ``县教体局`` and never the county's name) is read as the unit
with its level (``县教体局``) in every text that holds it (``index.UNHELD_PLACE``); the place, held as a condition, left the
unit's list empty; a figure given as about so many (``12亿余元``, ``5000余个``) shows a quantity to the type filter
(``fusion.ABOUT_FIGURE``, ``index.ABOUT_FIGURES``)."""

import pytest


from extract.embed import HashEmbedder
from extract.pipeline import RunConfig, run
from extract.search import SearchIndex
from extract.search import index as index_mod
from extract.search.fusion import states_about_figure

TASKS = ("2024年民生实事任务分工\n\n"
         "1.示例教育扩容工程:完成甲幼儿园建设,新增学位800个。(牵头单位:县教体局)\n\n"
         "2.示例医疗提升工程:完成乙卫生院改造。(牵头单位:县卫健局)\n\n"
         "3.示例校舍安全工程:完成丙小学校舍加固。(牵头单位:县教体局)\n")

OTHER = ("2024年丁丙市民生实事\n\n"
         "1.示例学校建设工程:新建丁丙市第一中学,建成校舍一万平方米。(牵头单位:市教体局)\n\n"
         "2.示例教育信息化工程:建成丁丙市智慧课堂一百间。(牵头单位:市教体局)\n")


def _run(tmp_path, texts):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in texts.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
    run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    return tmp_path / "run"


def test_a_place_no_text_names_gives_the_unit_with_its_level(tmp_path, monkeypatch):
    run_dir = _run(tmp_path, {"county": TASKS, "city": OTHER})
    with SearchIndex(run_dir, embedder=HashEmbedder()) as idx:
        idx.sync()
        assert not idx.holds_place("戊己") and idx.holds_place("丁丙")
        monkeypatch.setattr(index_mod, "UNHELD_PLACE", True)
        assert idx.placed_units(["戊己县教体局"]) == (["县教体局"], {})
        everywhere = list(range(len(idx.rows)))
        hits = idx._unit_hits(everywhere, ["县教体局"])
        assert hits and {idx.rows[p]["doc_id"] for p in hits} == {"county"}  # not the city's 市教体局
        # the place as a condition: no text names it, so the unit's list is empty
        monkeypatch.setattr(index_mod, "UNHELD_PLACE", False)
        units, places = idx.placed_units(["戊己县教体局"])
        assert units == ["教体局"] and places == {"教体局": "戊己"}
        assert idx._unit_hits(everywhere, units, False, places) == []


def test_a_place_a_text_names_is_still_a_condition(tmp_path, monkeypatch):
    run_dir = _run(tmp_path, {"county": TASKS, "city": OTHER})
    with SearchIndex(run_dir, embedder=HashEmbedder()) as idx:
        idx.sync()
        monkeypatch.setattr(index_mod, "UNHELD_PLACE", True)
        assert idx.placed_units(["丁丙市教体局"]) == (["教体局"], {"教体局": "丁丙"})
        assert idx.placed_units(["教体局"]) == (["教体局"], {})  # no place named: as before


def test_an_unheld_place_whose_level_no_text_holds_keeps_the_old_reading(tmp_path, monkeypatch):
    run_dir = _run(tmp_path, {"county": TASKS, "city": OTHER})
    with SearchIndex(run_dir, embedder=HashEmbedder()) as idx:
        idx.sync()
        monkeypatch.setattr(index_mod, "UNHELD_PLACE", True)
        # no text says ``区教体局``: the unit and its place as before (an empty list, not another level's unit)
        assert idx.placed_units(["戊己区教体局"]) == (["教体局"], {"教体局": "戊己"})


def test_a_question_naming_the_unit_with_an_unheld_place_finds_its_measures(tmp_path, monkeypatch):
    run_dir = _run(tmp_path, {"county": TASKS, "city": OTHER})
    with SearchIndex(run_dir, embedder=HashEmbedder()) as idx:
        idx.sync()
        monkeypatch.setattr(index_mod, "UNHELD_PLACE", True)
        hits = idx.search("戊己县教体局牵头哪些民生实事", top_k=2, mode="hybrid")
        assert [h.doc for h in hits] == ["county", "county"]
        assert all("县教体局" in (h.lead_units + h.responsible_units) for h in hits)


@pytest.mark.parametrize("text", ["示例市已争取补助款,总金额高达12亿余元", "新增学位5000余个", "投入100多万元改造校舍",
                                  "建成示例驿站30余处", "惠及1.5万余人"])
def test_a_figure_given_as_about_so_many_shows_a_quantity(text):
    from extract.search.index import PASSAGE_CUES

    assert states_about_figure(text)
    assert PASSAGE_CUES["numeric_target"].search(text)


@pytest.mark.parametrize("text", ["历时两个多月完成整改", "建设多媒体教室", "2020年多所学校参加", "余下的工作由示例局负责"])
def test_no_figure_is_not_about_so_many(text):
    assert not states_about_figure(text)


def test_a_passage_stating_a_sum_as_about_so_many_passes_the_target_filter(tmp_path):
    text = ("示例市活动中心建设进展\n\n"
            "示例市为推动活动中心计划,向上级争取补助,已成功取得中央补助款及地方配合款,总金额高达12亿余元。\n\n"
            "示例市活动中心由民政局统筹推进,各区配合。\n")
    run_dir = _run(tmp_path, {"centre": text})
    with SearchIndex(run_dir, embedder=HashEmbedder()) as idx:
        idx.sync()
        hits = idx.search("示例市活动中心争取到多少中央补助", top_k=3, types=["numeric_target"], mode="bm25")
        assert any("12亿余元" in (h.quote or "") for h in hits)
