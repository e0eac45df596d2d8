"""Search over a run directory with a tiny deterministic embedder (no model needed)."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from conftest import DOCS, ROOT, SEED_IDS
from extract.cli import main
from extract.embed import Embedder, HashEmbedder, embedder_from_env
from extract.errors import UserError
from extract.pipeline import RunConfig, run
from extract.search import FAISS_FILE, SearchIndex, group_by_region
from extract.search.bm25 import BM25Index, tokenize
from extract.search.evaluate import load_queries, locate_relevant, score_hits

QUERIES = ROOT / "eval" / "search" / "queries.jsonl"


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("search") / "run"
    run(RunConfig(inputs=[DOCS / f"{d}.txt" for d in SEED_IDS], out_dir=out))
    with SearchIndex(out, embedder=HashEmbedder()) as idx:
        idx.sync()
    return out


@pytest.fixture
def run_copy(seed_run, tmp_path):
    dest = tmp_path / "run"
    shutil.copytree(seed_run, dest)
    return dest


@pytest.fixture
def hash_env(monkeypatch):
    monkeypatch.setenv("EXTRACT_EMBED_MODEL", "hash")


def test_hash_embedder_follows_the_protocol():
    emb = HashEmbedder(64)
    assert isinstance(emb, Embedder)
    v = emb.embed_batch(["学前三年毛入园率", "學前三年毛入園率", "区文化旅游委"])
    assert v.shape == (3, 64) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0)
    assert np.allclose(v[0], v[1])  # Traditional and Simplified embed alike
    assert np.allclose(v, HashEmbedder(64).embed_batch(["学前三年毛入园率", "學前三年毛入園率", "区文化旅游委"]))
    assert emb.calls == 3


def test_tokenizer_normalises_script_and_splits_numbers():
    assert tokenize("學前三年毛入園率達到95%") == tokenize("学前三年毛入园率达到95%")
    toks = tokenize("学前三年毛入园率达到95%以上")
    assert "毛入园率" in toks and "95" in toks and "%" not in toks
    assert "的" not in tokenize("区文化旅游委的任务")


def test_tokenizer_reads_small_chinese_numbers_before_a_counter_as_figures():
    assert tokenize("三岁以下婴幼儿") == tokenize("3歲以下嬰幼兒")
    assert "12" in tokenize("新建十二所学校") and "20" in tokenize("两年新增二十个班")
    assert "十四五" in tokenize("十四五规划")  # a plan's name is not a count


def test_bm25_weighs_less_when_its_best_hit_holds_little_of_the_query():
    from extract.search.fusion import COVER_FULL, RRF_WEIGHTS, weights_for

    bm = BM25Index([["学前", "毛入园率"], ["学前", "教育"], ["学前"], ["托育"]])
    assert bm.idf("学前") < bm.idf("毛入园率") < bm.idf("没有的词")
    assert bm.coverage(["学前", "毛入园率"], ["学前", "毛入园率"]) == pytest.approx(1.0)
    assert bm.coverage(["学前", "毛入园率"], ["学前"]) < 0.5
    assert weights_for(1.0) == RRF_WEIGHTS and weights_for(COVER_FULL) == RRF_WEIGHTS
    assert weights_for(COVER_FULL / 2)[1] == pytest.approx(RRF_WEIGHTS[1] / 2)
    assert weights_for(0.1)[0] == RRF_WEIGHTS[0]  # the dense list keeps its weight


def test_bm25_scores_every_document():
    bm = BM25Index([["毛入园率", "达到"], ["区文化旅游委"], []])
    s = bm.scores(["毛入园率"])
    assert s.shape == (3,) and s[0] > 0 and s[1] == 0 and s[2] == 0
    assert not bm.scores(["未知"]).any()


def test_bm25_fast_scores_equal_bm25s_own(seed_run):
    with SearchIndex(seed_run, embedder=HashEmbedder()) as idx:
        bm = idx.bm25
        for q in ("学前三年毛入园率达到95%", "区教委 牵头 课后服务", "教育 教育 学校"):
            toks = tokenize(q)
            np.testing.assert_allclose(bm.scores(toks), bm.scores_reference(toks), rtol=1e-5, atol=1e-6)


def test_items_cover_measures_targets_goals_and_task_paragraphs(seed_run):
    with SearchIndex(seed_run, embedder=HashEmbedder()) as idx:
        rows = idx.rows
    types = {r["type"] for r in rows}
    assert types == {"unit_assignment", "numeric_target", "goal", "passage"}
    assert {r["region"] for r in rows} == {"会泽县", "重庆市荣昌区", "武进区"}
    # huize has no unit assignments: its passages (numbered task paragraphs among them) are the measures
    assert any(r["doc_id"] == "huize-2021" and r["type"] == "passage" for r in rows)
    # every passage is indexed whatever extraction found in it: also one that holds no record
    held = {r["grp"] for r in rows if r["type"] != "passage"}
    assert any(r["type"] == "passage" and r["record_id"] not in held and "坚持" in r["quote"] for r in rows)
    # a unit assignment links to the passage that holds it (one measure), and the passage shows its units
    by_id = {r["record_id"]: r for r in rows if r["part"] == 0}
    ua = next(r for r in rows if r["doc_id"] == "rongchang-2023" and r["type"] == "unit_assignment"
              and "牵头单位" in r["quote"])
    assert by_id[ua["grp"]]["type"] == "passage" and json.loads(by_id[ua["grp"]]["lead_units"])
    # notices and page furniture are not passages
    assert not any(r["type"] == "passage" and "印发给你们" in r["quote"] for r in rows)
    # a target inside a task carries the task's units
    art = next(r for r in rows if r["type"] == "numeric_target" and "区级艺术特色学校达到20所" in r["quote"])
    assert json.loads(art["lead_units"]) == ["区教委"] and "区文化旅游委" in json.loads(art["responsible_units"])
    assert len({r["content_hash"] for r in rows}) == len(rows)
    for r in rows:
        assert r["start"] is not None and r["quote"]


def test_quotes_are_the_source_text_at_the_span(seed_run):
    texts = {d: (DOCS / f"{d}.txt").read_text(encoding="utf-8") for d in SEED_IDS}
    with SearchIndex(seed_run, embedder=HashEmbedder()) as idx:
        for r in idx.rows:
            assert texts[r["doc_id"]][r["start"]:r["end"]] == r["quote"], r["record_id"]


def test_exact_term_and_traditional_query(seed_run):
    with SearchIndex(seed_run, embedder=HashEmbedder()) as idx:
        for mode in ("bm25", "hybrid"):
            hits = idx.search("毛入园率", top_k=5, mode=mode)
            assert {h.doc for h in hits[:2]} == {"huize-2021", "rongchang-2023"}, mode
            assert all("入园率" in h.title for h in hits[:2])
        simp = idx.search("学前三年毛入园率", top_k=8)
        trad = idx.search("學前三年毛入園率", top_k=8)
        assert [h.record_id for h in simp] == [h.record_id for h in trad]


def test_filters_and_grouping(seed_run):
    with SearchIndex(seed_run, embedder=HashEmbedder()) as idx:
        hits = idx.search("体育特色学校", top_k=10, types=["numeric_target"], region="荣昌")
        assert hits and all(h.region == "重庆市荣昌区" for h in hits) and hits[0].type == "numeric_target"
        # a passage comes only where its measure holds no target that extraction found
        held = {(h.doc, h.measure) for h in hits if h.type == "numeric_target"}
        assert all(h.type == "numeric_target" or (h.type == "passage" and (h.doc, h.measure) not in held) for h in hits)
        assert idx.search("体育特色学校", region="會澤", top_k=5)[0].region == "会泽县"  # Traditional filter
        assert all(h.year == 2024 for h in idx.search("学校", year=2024, top_k=10))
        assert all(h.doc == "wujin-2022" for h in idx.search("学校", doc="wujin-2022", top_k=10))
        hits = idx.search("教师培训", top_k=12)
        groups = group_by_region(hits)
        assert [h for _, g in groups for h in g] != [] and len({r for r, _ in groups}) == len(groups)
        assert sum(len(g) for _, g in groups) == len(hits)
        with pytest.raises(UserError, match="unknown type"):
            idx.search("x", types=["nonsense"])
        with pytest.raises(UserError, match="empty query"):
            idx.search("  ")


def test_collapse_keeps_one_hit_per_measure(seed_run):
    with SearchIndex(seed_run, embedder=HashEmbedder()) as idx:
        for mode in ("bm25", "hybrid"):
            flat = idx.search("区级体育特色学校", top_k=20, collapse=False, mode=mode)
            folded = idx.search("区级体育特色学校", top_k=20, collapse=True, mode=mode)

            def measures(hits):
                return [(h.doc, h.measure_span["start"], h.measure_span["end"]) for h in hits]

            assert len(set(measures(flat))) < len(flat)  # sentences and targets of one task
            assert len(set(measures(folded))) == len(folded)
            for i, a in enumerate(folded):
                for b in folded[i + 1:]:
                    if a.doc == b.doc:
                        assert min(a.span["end"], b.span["end"]) <= max(a.span["start"], b.span["start"])
            sport = next(h for h in folded if h.measure == "创新体育教育")
            assert sport.lead_units == ["区教委"] and sport.measure_span["start"] <= sport.span["start"]


def test_similar_finds_measures_in_other_districts(seed_run):
    with SearchIndex(seed_run, embedder=HashEmbedder()) as idx:
        src = next(r for r in idx.rows if r["type"] == "numeric_target" and "學前三年毛入園率" in r["quote"])
        item, hits = idx.similar(src["record_id"][:12], top_k=6)
        assert item["record_id"] == src["record_id"]
        assert hits and all(h.region != "会泽县" for h in hits)
        assert hits[0].doc == "rongchang-2023" and "入园率" in hits[0].title
        counts: dict = {}
        for h in hits:
            counts[h.region] = counts.get(h.region, 0) + 1
        assert max(counts.values()) <= 3
        assert idx.similar(f"#{src['id']}")[0]["id"] == src["id"]
        with pytest.raises(UserError, match="no indexed record"):
            idx.similar("zzzz-not-an-id")


def test_index_survives_a_restart_and_adds_incrementally(run_copy, tmp_path):
    emb = HashEmbedder()
    with SearchIndex(run_copy, embedder=emb) as idx:
        rep = idx.sync()
        before = idx.search("学前三年毛入园率", top_k=5)
        ids_before = {r["content_hash"]: r["id"] for r in idx.rows}
    assert rep.embedded == 0 and rep.added == 0 and emb.calls == 1  # indexed already: the query only

    # restart: a new process, a new embedder: nothing is embedded again, same answers
    emb2 = HashEmbedder()
    with SearchIndex(run_copy, embedder=emb2) as idx:
        after = idx.search("学前三年毛入园率", top_k=5)
    assert [h.record_id for h in after] == [h.record_id for h in before]
    assert [round(h.score, 6) for h in after] == [round(h.score, 6) for h in before]
    assert emb2.calls == 1  # the query only

    # incremental add: one new document; only its new texts are embedded, old ids stay
    extra = tmp_path / "docs" / "extra-2024.txt"
    extra.parent.mkdir()
    extra.write_text("某某区教育发展行动方案\n三、主要任务\n(一)推进学前教育普惠发展。到2025年,学前三年毛入园率达到99%以上。"
                     "(牵头单位:区教育局;责任单位:区财政局)\n", encoding="utf-8")
    run(RunConfig(inputs=[extra], out_dir=run_copy))
    emb3 = HashEmbedder()
    with SearchIndex(run_copy, embedder=emb3) as idx:
        rep = idx.sync()
        new_rows = [r for r in idx.rows if r["doc_id"] == "extra-2024"]
        assert new_rows and rep.added == len(new_rows) and rep.removed == 0
        assert 0 < rep.embedded <= len(new_rows) and emb3.calls == rep.embedded
        assert {r["content_hash"]: r["id"] for r in idx.rows if r["doc_id"] != "extra-2024"} == ids_before
        hits = idx.search("学前三年毛入园率达到99%", top_k=3)
        assert hits[0].doc == "extra-2024"
        n_items = len(idx.rows)
    import faiss

    index = faiss.read_index(str(run_copy / FAISS_FILE))
    assert index.ntotal == n_items

    # a changed document: its old items leave the faiss file, unchanged texts are not re-embedded
    extra.write_text(extra.read_text(encoding="utf-8").replace("99%", "98%"), encoding="utf-8")
    run(RunConfig(inputs=[extra], out_dir=run_copy))
    emb4 = HashEmbedder()
    with SearchIndex(run_copy, embedder=emb4) as idx:
        rep = idx.sync()
        assert rep.removed > 0 and rep.added > 0
        assert emb4.calls == rep.embedded < rep.added + 1
        assert "98%" in idx.search("学前三年毛入园率", top_k=3, doc="extra-2024")[0].quote
        ids = {r["id"] for r in idx.rows}
    index = faiss.read_index(str(run_copy / FAISS_FILE))
    assert set(faiss.vector_to_array(index.id_map).tolist()) == ids


def test_missing_or_damaged_faiss_file_is_rebuilt_from_the_cache(run_copy):
    (run_copy / FAISS_FILE).unlink()
    emb = HashEmbedder()
    with SearchIndex(run_copy, embedder=emb) as idx:
        rep = idx.sync()
    assert rep.rebuilt and rep.embedded == 0 and emb.calls == 0
    (run_copy / FAISS_FILE).write_bytes(b"garbage")
    with SearchIndex(run_copy, embedder=emb) as idx:
        assert idx.sync().rebuilt
        assert idx.search("毛入园率", top_k=1)


def test_another_model_gets_its_own_vectors(run_copy):
    emb = HashEmbedder(dim=128)
    with SearchIndex(run_copy, embedder=emb) as idx:
        rep = idx.sync()
        assert rep.rebuilt and rep.embedded > 0
        assert idx._faiss.d == 128
        assert idx.search("毛入园率", top_k=1)


def test_bm25_mode_needs_no_model(run_copy):
    def no_model():
        raise AssertionError("BM25 must not load a model")

    with SearchIndex(run_copy, embedder_factory=no_model) as idx:
        hits = idx.search("区文化旅游委", mode="bm25", top_k=3)
    assert hits and all("区文化旅游委" in h.responsible_units for h in hits)


def test_missing_model_is_a_one_line_usage_error(run_copy, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("EXTRACT_EMBED_MODEL", raising=False)
    monkeypatch.setenv("EXTRACT_MODEL_CACHE", str(tmp_path / "empty-cache"))
    with pytest.raises(UserError, match="extract models fetch"):
        embedder_from_env()
    assert main(["search", "毛入园率", "--run", str(run_copy)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert str(tmp_path / "empty-cache" / "embeddinggemma-300m") in err and "extract models fetch" in err
    monkeypatch.setenv("EXTRACT_EMBED_MODEL", str(tmp_path / "nowhere"))
    assert main(["search", "毛入园率", "--run", str(run_copy)]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_cli_index_search_similar(run_copy, hash_env, capsys):
    assert main(["index", "--run", str(run_copy), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["items"] > 500 and rep["embedded"] == 0

    assert main(["search", "學前三年毛入園率", "--run", str(run_copy), "--top-k", "4", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["hits"]) == 4
    hit = out["hits"][0]
    for key in ("doc", "region", "type", "section", "quote", "span", "score", "record_id", "lead_units"):
        assert key in hit
    assert set(out["by_region"]) <= {"会泽县", "重庆市荣昌区", "武进区"}

    assert main(["search", "区文化旅游委", "--run", str(run_copy), "--type", "measure", "--region", "荣昌"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("== 重庆市荣昌区") and "units: 牵头 区教委" in text and "quote:" in text

    rid = hit["record_id"]
    assert main(["similar", rid, "--run", str(run_copy), "--json"]) == 0
    sim = json.loads(capsys.readouterr().out)
    assert sim["source"]["record_id"] == rid
    assert sim["hits"] and all(h["region"] != sim["source"]["region"] for h in sim["hits"])
    assert main(["similar", rid, "--run", str(run_copy)]) == 0
    assert "closest to" in capsys.readouterr().out

    assert main(["search", "x", "--run", str(run_copy), "--type", "bogus"]) == 2
    assert main(["search", "x", "--run", str(run_copy.parent / "no-run")]) == 2


def test_queries_file_is_valid_and_every_quote_is_found():
    queries = load_queries(QUERIES)
    assert len(queries) >= 30
    kinds = {q["kind"] for q in queries}
    assert {"paraphrase", "traditional", "unit", "target"} <= kinds
    texts = {d: (DOCS / f"{d}.txt").read_text(encoding="utf-8") for d in SEED_IDS}
    spans = locate_relevant(queries, texts)
    assert {doc for v in spans.values() for doc, _, _ in v} == set(SEED_IDS)
    assert len({q["id"] for q in queries}) == len(queries)


def test_eval_metrics():
    from extract.search.index import Hit

    def hit(doc, s, e):
        return Hit(item_id=0, record_id="r", doc=doc, region=None, type="goal", title="", section=None, quote="",
                   span={"start": s, "end": e}, score=0.0)

    rels = [("a", 10, 20), ("b", 0, 5)]
    hits = [hit("a", 100, 120), hit("a", 15, 30), hit("c", 0, 5)]
    recall, rr = score_hits(hits, rels, k=5)
    assert recall == 0.5 and rr == 0.5
    assert score_hits(hits, rels, k=1) == (0.0, 0.5)


def test_eval_search_cli(run_copy, hash_env, tmp_path, capsys):
    report = tmp_path / "r.json"
    assert main(["eval-search", "--run", str(run_copy), "--json", str(report), "--modes", "bm25,hybrid",
                 "--queries", str(ROOT / "eval/search/queries.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "recall@5" in out and "hybrid" in out
    data = json.loads(report.read_text())
    assert set(data["modes"]) == {"bm25", "hybrid"} and data["queries"] >= 30
    # the BM25 side alone must stay useful on exact terms and unit names
    assert data["modes"]["bm25"]["recall_by_kind"]["term"] >= 0.9
    assert data["modes"]["bm25"]["recall_by_kind"]["unit"] >= 0.8


def test_sentences_and_units_tail():
    from extract.search.items import sentence_spans, units_tail

    q = ("增强美育熏陶。严格落实音乐、美术、书法等课程。推进高雅艺术进校园活动,开展校园艺术节和年度艺术展等活动。"
         "(牵头单位:区教委;责任单位:区文化旅游委)")
    end = units_tail(q, ["区教委", "区文化旅游委"])
    assert q[:end].endswith("年度艺术展等活动") and "牵头" not in q[:end]
    row = "推进教育领域数字化改革\n\n完成平台开发建设。\n\n区教委\n\n区财政局、区大数据发展局"
    assert row[:units_tail(row, ["区教委", "区财政局", "区大数据发展局"])].endswith("完成平台开发建设")
    assert units_tail("没有单位。", []) == len("没有单位。")
    spans = sentence_spans(q[:end])
    texts = [q[s:e] for s, e in spans]
    assert texts[0].startswith("增强美育熏陶。严格落实")  # a short title joins the next sentence
    assert texts[-1] == "推进高雅艺术进校园活动,开展校园艺术节和年度艺术展等活动"
    long = "，".join(["这是一个很长的句子片段"] * 30) + "。"
    assert all(e - s <= 150 for s, e in sentence_spans(long))


def test_sources_are_found_from_another_folder_and_a_missing_one_is_reported(tmp_path, monkeypatch, capsys):
    proj = tmp_path / "proj"
    (proj / "data").mkdir(parents=True)
    shutil.copy(DOCS / "wujin-2022.txt", proj / "data" / "wujin-2022.txt")
    monkeypatch.chdir(proj)
    run(RunConfig(inputs=[Path("data")], out_dir=Path("runs/x")))  # stores the relative path data/...
    monkeypatch.chdir(tmp_path)
    with SearchIndex(proj / "runs" / "x", embedder=HashEmbedder()) as idx:
        rep = idx.sync()
        assert rep.missing_sources == []
        assert any(r["type"] == "passage" for r in idx.rows)
    (proj / "data" / "wujin-2022.txt").unlink()
    with SearchIndex(proj / "runs" / "x", embedder=HashEmbedder()) as idx:
        idx._set_meta("signature", "stale")  # as if the run had changed since: items are rebuilt
        rep = idx.sync()
        assert rep.missing_sources and "wujin-2022" in rep.missing_sources[0]
        assert not any(r["type"] == "passage" for r in idx.rows)
        assert idx.search("产教融合", top_k=3)  # the records are still searchable
    assert "passages are not indexed" in capsys.readouterr().err


def test_eval_search_reports_each_query_set_apart_and_gates_each(run_copy, hash_env, tmp_path, capsys):
    qs = ROOT / "eval/search/queries.jsonl"
    lines = [x for x in qs.read_text(encoding="utf-8").splitlines() if x.startswith("{")]
    other = tmp_path / "other.jsonl"
    other.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    report = tmp_path / "r.json"
    code = main(["eval-search", "--run", str(run_copy), "--json", str(report), "--modes", "bm25",
                 "--queries", str(qs), str(other), "--min-recall", "0.0"])
    assert code == 0
    data = json.loads(report.read_text())
    assert set(data["sets"]) == {"queries", "other"} and data["sets"]["other"]["queries"] == 5
    out = capsys.readouterr().out
    assert "== queries" in out and "== other" in out
    assert main(["eval-search", "--run", str(run_copy), "--modes", "hybrid", "--queries", str(qs), str(other),
                 "--min-recall", "1.01"]) == 1  # the gate holds for every set


def test_a_type_filter_finds_a_passage_extraction_did_not_read(tmp_path):
    from extract.pipeline import RunConfig, run

    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    # a glued row the task-table reader does not read: no unit_assignment record, but the row names units
    doc.write_text("某区民生实事\n校园空调加装工程 区教育局 各街道 年内完成全部公办学校加装\n", encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        assert not [h for h in idx.search("空调加装", top_k=5, mode="bm25") if h.type == "unit_assignment"]
        hits = idx.search("空调加装由谁负责", top_k=5, types=["unit_assignment"], mode="bm25")
        assert hits and hits[0].type == "passage" and "区教育局" in hits[0].quote


TABLE_DOC = ("某县教育发展主要指标\n\n一、普及水平\n\n指标\n\n2020年\n\n2025年\n\n属性\n\n"
             "1.示例学校达标比例(%)\n\n70%\n\n90%以上\n\n预期性\n\n2.示例标准班额比例(%)\n\n其中:小学\n\n初中\n\n"
             "40.5%\n\n60.5%\n\n80%以上\n\n85%以上\n\n预期性\n\n3.示例覆盖率(%)\n\n50%\n\n100%\n\n约束性\n")
FIGURES_DOC = "某地教育发展情况说明\n\n近年来城乡办学条件持续改善。\n\n乡村办学条件对比(2020)\n\n~70.5\n\n50.9\n"


def _passage_rows(tmp_path, text: str) -> list[dict]:
    doc = tmp_path / "docs" / "t.txt"
    doc.parent.mkdir()
    doc.write_text(text, encoding="utf-8")
    run(RunConfig(inputs=[doc.parent], out_dir=tmp_path / "run"))
    with SearchIndex(tmp_path / "run", embedder=HashEmbedder()) as idx:
        idx.sync()
        return [r for r in idx.rows if r["type"] == "passage"]


def test_a_sub_row_carries_its_numbered_label(tmp_path):
    rows = _passage_rows(tmp_path, TABLE_DOC)
    sub = [r for r in rows if "初中" in r["text"] and "60.5%" in r["text"]]
    assert sub and all("2.示例标准班额比例(%)" in r["text"] for r in sub)
    assert all(r["quote"].startswith("2.示例标准班额比例") for r in sub)  # the span reaches back to the label


def test_figure_lines_join_the_label_above(tmp_path):
    rows = _passage_rows(tmp_path, FIGURES_DOC)
    assert any("乡村办学条件对比(2020)" in r["quote"] and "50.9" in r["quote"] for r in rows)


def test_a_line_that_signs_a_notice_off_is_no_passage():
    from extract.search.passages import _signs_off

    assert _signs_off("某县人民政府办公室") and _signs_off("(某县人民政府办公室代章)") and _signs_off("（此件公开发布）")
    assert not _signs_off("设立区教育督导办公室") and not _signs_off("完善学校办公室管理制度,规范办学")


def _hit_keys(hits):
    return [(h.record_id, h.part, round(h.score, 5), None if h.dense is None else round(h.dense, 4)) for h in hits]


ANN_QUERIES = ("学前三年毛入园率", "体育特色学校", "教师培训", "区文化旅游委", "课后服务全覆盖")


def test_a_small_index_stays_flat(seed_run):
    import faiss

    with SearchIndex(seed_run, embedder=HashEmbedder()) as idx:
        idx.sync()
        assert idx.faiss_kind(len(idx.rows)) == "flat" and idx._meta("faiss_kind") == "flat"
        assert isinstance(idx._faiss, faiss.IndexIDMap2) and not isinstance(idx._faiss, faiss.IndexIVF)
    assert isinstance(faiss.read_index(str(seed_run / FAISS_FILE)), faiss.IndexIDMap2)


def test_approximate_index_above_the_threshold_finds_what_flat_finds(run_copy):
    import faiss

    with SearchIndex(run_copy, embedder=HashEmbedder(), ann_threshold=None) as idx:  # flat: the reference
        flat = {(q, m): _hit_keys(idx.search(q, top_k=8, mode=m)) for q in ANN_QUERIES for m in ("dense", "hybrid")}
        flat_f = [_hit_keys(idx.search(q, top_k=8, types=["numeric_target"], region="荣昌")) for q in ANN_QUERIES]
        # a filter that keeps few rows (a target filter also keeps the passages that hold targets: ``STAND_INS``)
        few = {"doc": "huize-2021", "types": ["goal"]}
        flat_few = [_hit_keys(idx.search(q, top_k=5, mode="dense", **few)) for q in ANN_QUERIES]
        src = next(r for r in idx.rows if r["type"] == "numeric_target" and "學前三年毛入園率" in r["quote"])
        flat_sim = _hit_keys(idx.similar(src["record_id"], top_k=6)[1])
        texts = [r["text"] for r in idx.rows if r["part"] == 0][::40]
        flat_top1 = [idx.search(t, top_k=1, mode="dense")[0].record_id for t in texts]

    # above the threshold: an IVF index, rebuilt because the kind changed, recorded in the meta
    with SearchIndex(run_copy, embedder=HashEmbedder(), ann_threshold=500, nprobe=8) as idx:
        rep = idx.sync()
        assert rep.rebuilt and idx._meta("faiss_kind") == "ivf" and isinstance(idx._faiss, faiss.IndexIVFFlat)
        nlist = idx._faiss.nlist
        assert nlist == round(2 * np.sqrt(len(idx.rows))) and idx._faiss.nprobe == 8
        # an easy case: an item's own text finds it first
        assert [idx.search(t, top_k=1, mode="dense")[0].record_id for t in texts] == flat_top1
        # a filter keeps only what it allows; one that keeps few rows scans every list: flat's answer
        hits = idx.search("体育特色学校", top_k=10, types=["numeric_target"], region="荣昌")
        assert hits and all(h.type == "numeric_target" and h.region == "重庆市荣昌区" for h in hits)
        assert idx._mask(few["types"], None, few["doc"], None).sum() * nlist <= 8 * len(idx.rows)
        assert [_hit_keys(idx.search(q, top_k=5, mode="dense", **few)) for q in ANN_QUERIES] == flat_few
        assert idx.similar(src["record_id"], top_k=6)[1]  # the record's vector is read back from the IVF

    # scanning every list, the IVF gives flat's hits exactly: ids, scores, filters, similar
    with SearchIndex(run_copy, embedder=HashEmbedder(), ann_threshold=500, nprobe=10**6) as idx:
        assert not idx.sync().rebuilt and isinstance(idx._faiss, faiss.IndexIVFFlat)  # read from the file
        assert idx._faiss.nprobe == idx._faiss.nlist
        assert {(q, m): _hit_keys(idx.search(q, top_k=8, mode=m)) for q in ANN_QUERIES
                for m in ("dense", "hybrid")} == flat
        assert [_hit_keys(idx.search(q, top_k=8, types=["numeric_target"], region="荣昌"))
                for q in ANN_QUERIES] == flat_f
        assert _hit_keys(idx.similar(src["record_id"], top_k=6)[1]) == flat_sim

    # back below the threshold: flat again
    with SearchIndex(run_copy, embedder=HashEmbedder()) as idx:
        assert idx.sync().rebuilt and idx._meta("faiss_kind") == "flat"
        assert {(q, m): _hit_keys(idx.search(q, top_k=8, mode=m)) for q in ANN_QUERIES
                for m in ("dense", "hybrid")} == flat


def test_approximate_index_adds_and_removes_incrementally(run_copy, tmp_path):
    import faiss

    from extract.search.index import _faiss_ids

    with SearchIndex(run_copy, embedder=HashEmbedder(), ann_threshold=500) as idx:
        assert idx.sync().rebuilt
        nlist = idx._faiss.nlist
    extra = tmp_path / "docs" / "extra-2024.txt"
    extra.parent.mkdir()
    extra.write_text("某某区教育发展行动方案\n三、主要任务\n(一)推进学前教育普惠发展。到2025年,学前三年毛入园率达到99%以上。"
                     "(牵头单位:区教育局;责任单位:区财政局)\n", encoding="utf-8")
    run(RunConfig(inputs=[extra], out_dir=run_copy))
    with SearchIndex(run_copy, embedder=HashEmbedder(), ann_threshold=500) as idx:
        rep = idx.sync()
        assert rep.added > 0 and not rep.rebuilt  # added to the trained lists, not trained again
        assert idx._faiss.nlist == nlist
        assert set(_faiss_ids(idx._faiss).tolist()) == {r["id"] for r in idx.rows}
        assert idx.search("学前三年毛入园率达到99%", top_k=3)[0].doc == "extra-2024"
        old_ids = {r["id"] for r in idx.rows if r["doc_id"] == "extra-2024"}

    extra.write_text(extra.read_text(encoding="utf-8").replace("99%", "98%"), encoding="utf-8")
    run(RunConfig(inputs=[extra], out_dir=run_copy))
    with SearchIndex(run_copy, embedder=HashEmbedder(), ann_threshold=500) as idx:
        rep = idx.sync()
        assert rep.removed > 0 and not rep.rebuilt
        ids = {r["id"] for r in idx.rows}
        gone = old_ids - ids
        assert gone and set(_faiss_ids(idx._faiss).tolist()) == ids
        assert "98%" in idx.search("学前三年毛入园率", top_k=3, doc="extra-2024")[0].quote
        with pytest.raises(RuntimeError):
            idx._faiss.reconstruct(min(gone))
    index = faiss.read_index(str(run_copy / FAISS_FILE))
    assert isinstance(index, faiss.IndexIVFFlat) and set(_faiss_ids(index).tolist()) == ids


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "eval" / "search").glob("*.jsonl")))
def test_every_question_sets_quotes_are_found_in_their_texts(name):
    """Each question file's relevant quotes lie in the texts they name (an unfindable one is a scoring error)."""
    queries = load_queries(ROOT / "eval" / "search" / name)
    docs = {r["doc"] for q in queries for r in q["relevant"]}
    texts = {}
    for d in docs:
        path = DOCS / f"{d}.txt" if (DOCS / f"{d}.txt").exists() else DOCS / "wild" / f"{d}.txt"
        texts[d] = path.read_text(encoding="utf-8")
    spans = locate_relevant(queries, texts)
    assert sum(len(v) for v in spans.values()) == sum(len(q["relevant"]) for q in queries)


class _SlowLoadingEmbedder(HashEmbedder):
    """A hash embedder with a model load to overlap (``Embedder.preload``), counting its calls."""

    def __init__(self):
        super().__init__()
        self._ready = False
        self.preloads = 0
        self.load_seconds = None

    def preload(self) -> bool:
        self.preloads += 1
        self._ready, self.load_seconds = True, 0.25
        return True

    def join_preload(self) -> None:
        pass

    def wait_loaded(self) -> float:
        assert self._ready
        return 0.0


def test_a_cold_index_loads_the_model_beside_the_items_and_a_warm_one_does_not(seed_run, tmp_path):
    dest = tmp_path / "run"
    shutil.copytree(seed_run, dest)
    emb = _SlowLoadingEmbedder()
    emb.name = "slow-loading-hash"  # no vector of this model cached yet: cold
    with SearchIndex(dest, embedder=emb) as idx:
        rep = idx.sync()
        assert emb.preloads == 1 and rep.embedded > 0 and rep.load_seconds == 0.25
    again = _SlowLoadingEmbedder()
    again.name = "slow-loading-hash"
    with SearchIndex(dest, embedder=again) as idx:  # every vector cached: no model needed, none loaded
        rep = idx.sync()
        assert again.preloads == 0 and rep.embedded == 0
