"""The twenty-fourth round's search changes (made-up text only): any verb's A-not-A form in a question is read as the
verb once (``bm25.without_yes_no``); a question that asks when lets the BM25 hits that state a time vote again
(``fusion.asks_when``, ``SearchIndex._rank``); a passage that states no figure weighs less for a question of how many
(``index.FIGURELESS``)."""

from extract.embed import HashEmbedder
from extract.pipeline import RunConfig, run
from extract.search import SearchIndex
from extract.search import fusion as fusion_mod
from extract.search import index as index_mod
from extract.search.bm25 import question_words, tokenize, without_yes_no
from extract.search.fusion import asks_when, states_figure, states_time


def test_a_not_ab_form_is_read_as_the_whole_verb():
    assert without_yes_no("示例场馆免不免费") == "示例场馆免费"
    assert without_yes_no("政府帮不帮忙改造示例设施") == "政府帮忙改造示例设施"
    assert without_yes_no("示例食品安不安全") == "示例食品安全"


def test_a_not_a_form_of_another_verb_keeps_the_verb_once():
    assert without_yes_no("政府给不给示例补贴") == "政府给示例补贴"
    assert without_yes_no("示例项目建没建好") == "示例项目建好"
    toks = question_words(tokenize(without_yes_no("示例场馆免不免费")))
    assert "免费" in toks and "不" not in toks and "免" not in toks


def test_modal_forms_are_still_taken_out():
    assert without_yes_no("示例疫苗能不能免费") == "示例疫苗 免费"
    assert without_yes_no("有没有示例办法") == " 示例办法"
    assert without_yes_no("示例老人要不要自己出钱") == "示例老人 自己出钱"


def test_a_plain_negation_is_left_alone():
    assert without_yes_no("示例道路不通") == "示例道路不通"
    assert without_yes_no("示例老人行动不便") == "示例老人行动不便"


SCHOOL = ("在示例湖小学建设现场,工程机械正在运转,示例湖小学的工人们忙着浇筑桩基。\n\n"
          "据悉,这所小学已动工兴建,按36个班设计,计划2031年秋季学期投入使用。\n\n"
          "示例湖小学周边道路同步改造,示例湖小学将配建一个运动场。\n")


def test_when_questions_and_stated_times():
    assert asks_when("示例湖小学什么时候投入使用") and asks_when("示例中心哪年建成开放") and asks_when("示例館什麼時候完工")
    assert not asks_when("示例宿舍要轮候多久") and not asks_when("示例小学新增多少学位")
    assert states_time("预计2031年秋季学期投入使用") and states_time("预计115年中启用") and states_time("2030/2031学年起")
    assert states_time("年底前完成") and not states_time("新增学位1080个")


def _rank_of(hits, needle):
    return next((i for i, h in enumerate(hits) if needle in h.quote), len(hits))


def test_a_when_question_lifts_the_passage_that_states_a_time(tmp_path, monkeypatch, mode="hybrid"):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "school.txt").write_text(SCHOOL, encoding="utf-8")
    run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        idx.sync()
        q = "示例湖小学什么时候投入使用"
        on = idx.search(q, top_k=10, mode=mode)
        bm_on = [h.item_id for h in idx.search(q, top_k=5, mode="bm25")]
        monkeypatch.setattr(fusion_mod, "TIME_LIST", False)
        off = idx.search(q, top_k=10, mode=mode)
        assert _rank_of(on, "2031年秋季") == 0 < _rank_of(off, "2031年秋季")
        assert [h.item_id for h in idx.search(q, top_k=5, mode="bm25")] == bm_on  # BM25 alone is not changed
        # a question that does not ask when is not changed either
        monkeypatch.setattr(fusion_mod, "TIME_LIST", True)
        other = idx.search("示例湖小学规划设立多少个教学班", top_k=5, mode=mode)
        monkeypatch.setattr(fusion_mod, "TIME_LIST", False)
        assert [h.item_id for h in idx.search("示例湖小学规划设立多少个教学班", top_k=5, mode=mode)] == \
            [h.item_id for h in other]


HEADLINES = ("某市多区公布年度计划\n\n"
             "示例区\n\n"
             "一、示例区今年将增设居家照护床位800张以上,建成示例养老服务中心3个。\n\n"
             "二、示例区将完成老旧小区改造,示例区将建设示例公园。\n")


def test_states_figure():
    assert states_figure("增设居家照护床位800张") and states_figure("新增床位超千张") and states_figure("新建两所幼儿园")
    assert not states_figure("某市多区公布年度计划") and not states_figure("将建多所中小学、幼儿园")


def test_a_figureless_passage_yields_to_a_figure_for_a_question_of_how_many(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plans.txt").write_text(HEADLINES, encoding="utf-8")
    run(RunConfig(inputs=[docs], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        idx.sync()
        q = "示例区今年要增设多少张居家照护床位"
        on = idx.search(q, top_k=10)
        monkeypatch.setattr(index_mod, "FIGURELESS", 1.0)
        off = idx.search(q, top_k=10)
        assert _rank_of(on, "1000张") <= _rank_of(off, "1000张")
        scores_on = {h.item_id: h.score for h in on}
        for h in off:  # a passage without a figure loses a tenth of its score; one with a figure keeps it
            if h.item_id in scores_on and h.type == "passage":
                expect = h.score * (1.0 if states_figure(h.quote) else 0.9)
                assert abs(scores_on[h.item_id] - expect) < 1e-9 or h.item_id not in scores_on
        # a question that does not ask how many is not changed
        monkeypatch.setattr(index_mod, "FIGURELESS", 0.9)
        other = [h.item_id for h in idx.search("示例区公布的年度计划", top_k=5)]
        monkeypatch.setattr(index_mod, "FIGURELESS", 1.0)
        assert [h.item_id for h in idx.search("示例区公布的年度计划", top_k=5)] == other
