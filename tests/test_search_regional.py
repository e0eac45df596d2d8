"""Search, tenth round (second wave): the other regions' words for a query's education and welfare terms."""

from extract.search.bm25 import normalise_query
from extract.search.regional import mainland_to_regional, regional_to_mainland


def _to_mainland(q: str) -> list[str]:
    return regional_to_mainland(normalise_query(q))


def _to_regional(q: str) -> list[str]:
    return mainland_to_regional(normalise_query(q))


def test_a_regional_word_adds_the_mainland_one():
    assert _to_mainland("某縣國中畢業生的升學率") == ["初中"]
    assert _to_mainland("示例區明年新增多少學額") == ["学位"]
    assert _to_mainland("示例市要增加幾個安老宿位") == ["养老", "床位"]
    assert _to_mainland("高中職課程品質") == ["高中", "中职"]  # a one-way entry: both of the mainland's words
    assert _to_mainland("示例县初中毕业生的升学率") == []  # a mainland word alone adds nothing at full weight


def test_a_mainland_word_adds_the_regional_ones_unless_the_query_names_one():
    assert _to_regional("示例县初中毕业生的升学率") == ["国中"]
    assert _to_regional("示例镇还缺多少个学位") == ["学额"]
    assert _to_regional("示例县幼儿园和幼稚园的学额") == []  # 幼稚园 and 学额 named: their groups are covered
    assert _to_regional("示例区学童人数") == []  # one-way entries do not run backwards


def test_a_country_name_before_zhong_or_xiao_is_no_taiwan_school_word():
    assert "初中" not in _to_mainland("全國中小學生人數")
    assert "小学" not in _to_mainland("我國小型企業")
    assert _to_mainland("台北市國小") == ["小学"]


def test_a_taiwan_question_finds_a_mainland_measure_by_bm25(tmp_path):
    from extract.embed import HashEmbedder
    from extract.pipeline import RunConfig, run
    from extract.search import SearchIndex

    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    lines = ["1.示例县改造操场3片,增加跑道和看台。", "2.示例县示例图书馆增加座位200个。",
             "3.示例县新建初中2所,新增学位1800个。", "4.示例县示例公园增加步道和照明。"]
    doc.write_text("示例县2031年民生实事项目\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        hits = idx.search("示例縣國中能增加多少學額", mode="bm25", top_k=3)
    assert hits and "初中" in hits[0].quote  # without the regional words the three that say 增加 come first
