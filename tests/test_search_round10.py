"""Search, tenth round: a committee's roster, one role a passage."""

# a made-up work plan that sets a committee up and lists its roster, one role a line
ROSTER_DOC = ("某县示例读书行动方案\n\n"
              "一、组织机构\n"
              "为加强示例读书行动的领导,成立示例读书行动工作领导小组。\n"
              "组 长:县政府示例副县长\n"
              "副组长:县示例局局长\n"
              "县示例中心主任\n"
              "成员:县示例办主任、县示例站站长\n"
              "二、工作要求\n"
              "各示例单位要按月报送示例读书活动开展情况,确保活动取得实效。\n")

# a made-up request whose check team lists each member's name and post on lines of their own
TEAM_DOC = ("关于开展示例场所联合检查的请示\n"
            "县政府:\n"
            "县示例局拟于6月开展示例场所联合检查工作,现请示如下:\n"
            "一、检查小组:\n"
            "组长:某某\n"
            "县副县长\n"
            "副组长:某某\n"
            "县示例局局长\n"
            "二、检查分工:\n"
            "1.示例局:查看示例场所的设施设备和安全制度落实情况。\n")


def _quotes(tmp_path, text):
    from extract.search.passages import passages

    doc = tmp_path / "t.txt"
    doc.write_text(text, encoding="utf-8")
    return passages("t", str(doc), None, None, None)


def test_each_role_of_a_roster_is_a_passage_named_by_its_committee(tmp_path):
    items = _quotes(tmp_path, ROSTER_DOC)
    leader = [p for p in items if p.quote.replace(" ", "").startswith("组长:")]
    assert len(leader) == 1
    assert "示例读书行动工作领导小组" in leader[0].text and "示例副县长" in leader[0].text
    deputy = [p for p in items if p.quote.startswith("副组长")]
    assert len(deputy) == 1 and "县示例中心主任" in deputy[0].quote  # the post line below joins its role
    assert any(p.quote.startswith("成员") for p in items)
    assert not any(p.quote.startswith("县示例中心主任") for p in items)


def test_a_roster_of_short_lines_is_indexed(tmp_path):
    items = _quotes(tmp_path, TEAM_DOC)
    leader = [p for p in items if "组长:某某" in p.search_text and "副组长" not in p.search_text]
    assert len(leader) == 1 and "县副县长" in leader[0].quote and "检查小组" in leader[0].text
    assert any("副组长:某某" in p.search_text and "县示例局局长" in p.quote for p in items)


def test_a_roster_role_is_not_read_in_a_sentence():
    from extract.search.passages import _ROLE_LINE, _roster_cont

    assert _ROLE_LINE.match("组长:县委副书记")
    assert not _ROLE_LINE.match("组长要加强对示例工作的领导。")  # no colon: a sentence about the leader
    assert _roster_cont("县示例局局长") and not _roster_cont("各单位要按月报送示例情况。")


def test_every_quote_of_the_development_sets_is_found():
    from pathlib import Path

    from extract.ingest import read_document
    from extract.search.evaluate import load_queries, locate_relevant

    root = Path(__file__).resolve().parents[1]
    sets = sorted((root / "eval" / "search").glob("dev-wild*.jsonl"))
    assert any(p.name == "dev-wild8.jsonl" for p in sets)
    for path in sets:
        queries = load_queries(path)
        docs = {r["doc"] for q in queries for r in q["relevant"]}
        texts = {d: read_document(root / "data" / "docs" / "wild" / f"{d}.txt").text for d in docs}
        spans = locate_relevant(queries, texts)  # raises on a quote not found
        assert sum(len(v) for v in spans.values()) == sum(len(q["relevant"]) for q in queries)


def test_a_question_naming_a_unit_weighs_the_hits_holding_it_more():
    from extract.search.fusion import UNIT_LIST_WEIGHT, weights_for

    assert UNIT_LIST_WEIGHT > 1
    plain, by_unit = weights_for(0.8), weights_for(0.8, by_unit=True)
    assert by_unit[2] == plain[2] * UNIT_LIST_WEIGHT and by_unit[:2] == plain[:2]
    assert weights_for(0.25, by_unit=True)[1] == weights_for(0.25)[1]  # the BM25 list still weighs by its coverage


def test_the_measures_of_a_unit_a_question_names_come_first(tmp_path):
    from extract.embed import HashEmbedder
    from extract.pipeline import RunConfig, run
    from extract.search import SearchIndex

    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    tasks = [f"{i}.区示例办负责的民生实事任务:推进第{i}项示例民生实事。(责任单位:区示例办)" for i in range(1, 9)]
    tasks += ["9.改造示例操场2片,更新示例灯光、围栏、看台、跑道和器材。(责任单位:区示例局)",
              "10.新建示例书屋3家,配齐示例图书、桌椅、照明和借阅设备。(责任单位:区示例局)"]
    doc.write_text("某区示例民生实事任务分解\n\n" + "\n\n".join(tasks) + "\n", encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        hits = idx.search("区示例局负责的民生实事任务", mode="hybrid", top_k=5)
    assert all("示例局" in h.quote for h in hits[:2])
