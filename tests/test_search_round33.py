"""The thirty-third round's search helper srch39 (made-up text only): strong lexical evidence kept through the fusion
(``fusion.strong_lexical``, ``KEEP_TOP``: a BM25 hit that holds most of the question well above its list's run keeps a
place above the ``KEEP_AT``-th of the fused list's others; on) and an RRF constant per list (``RRF_K_LISTS``; off)."""

import numpy as np
import pytest

from extract.search import fusion
from extract.search.fusion import fuse, strong_lexical
from search_kit import index_one

TOWN = ("示例县学校建设简报\n\n"
        "一、校舍\n\n"
        "1.今年示例县城区新建校舍三栋，改造操场两处。\n"
        "2.乡村学校食堂整修完毕，添置餐桌椅200套。\n\n"
        "二、班额\n\n"
        "3.本学期继续化解大班额，城区小学每班人数逐步下降。\n"
        "4.示例县城区小学新增教室12间。\n")


def test_only_a_covering_hit_well_above_its_list_is_strong(monkeypatch):
    scores = [12.0, 11.0, 4.0, 3.9, 3.8, 3.7, 3.6, 3.5, 3.4, 3.0, 2.0]
    cover = [1.0, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
    monkeypatch.setattr(fusion, "KEEP_TOP", 0)
    assert strong_lexical(scores, cover) == []  # off
    monkeypatch.setattr(fusion, "KEEP_TOP", 3)
    monkeypatch.setattr(fusion, "KEEP_COVER", 0.8)
    monkeypatch.setattr(fusion, "KEEP_MARGIN", 1.5)
    monkeypatch.setattr(fusion, "KEEP_REF", 10)
    # the first holds the question at four times the tenth score; the second holds half of it; the third is in the run
    assert strong_lexical(scores, cover) == [0]
    monkeypatch.setattr(fusion, "KEEP_MARGIN", 1.2)
    assert strong_lexical(scores, cover) == [0, 2]
    assert strong_lexical([5.0, 1.0], [1.0, 1.0]) == [0]  # a short list: its last score is the reference
    assert strong_lexical([], []) == []


def test_a_kept_hit_rises_into_the_top_places_and_no_further(monkeypatch):
    measure = np.arange(10)
    dense = np.linspace(0.9, 0.1, 10).astype(np.float32)
    lists = (list(range(9)), [9, 0])  # BM25 alone ranks first what dense does not rank at all
    before = [p for p, _ in fuse(lists, measure, True, dense, (2.0, 1.0, 1.0))]
    assert before.index(9) == 9  # the dense list's items all outweigh a BM25-only hit
    monkeypatch.setattr(fusion, "KEEP_AT", 5)
    after = [p for p, _ in fuse(lists, measure, True, dense, (2.0, 1.0, 1.0), (), [9])]
    assert after.index(9) == 4  # just above the fifth of the others
    assert after[:4] == before[:4]
    monkeypatch.setattr(fusion, "KEEP_AT", 2)
    assert [p for p, _ in fuse(lists, measure, True, dense, (2.0, 1.0, 1.0), (), [9])].index(9) == 1


def test_a_smaller_constant_lifts_the_bm25_lists_first_hit(monkeypatch):
    measure = np.arange(6)
    dense = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.1], dtype=np.float32)
    lists = ([0, 1, 2, 3, 4], [5])
    def rank5():
        return [p for p, _ in fuse(lists, measure, True, dense, (2.0, 1.0, 1.0))].index(5)
    assert rank5() == 5
    monkeypatch.setattr(fusion, "RRF_K_LISTS", (60, 10, 60))  # 1/11 over 2/61
    assert rank5() == 0


def test_the_index_hands_a_terms_verbatim_hit_to_the_fusion(tmp_path, monkeypatch):
    import extract.search.index as index_mod

    seen = []

    def spy(*args, **kwargs):
        seen.append(list(args[6]) if len(args) > 6 else list(kwargs.get("keep", ())))
        return fuse(*args, **kwargs)

    monkeypatch.setattr(index_mod, "fuse", spy)
    with index_one(tmp_path, "town.txt", TOWN) as idx:
        idx.sync()
        monkeypatch.setattr(fusion, "KEEP_TOP", 0)
        idx.search("大班额", top_k=3)
        assert seen[-1] == []
        monkeypatch.setattr(fusion, "KEEP_TOP", 2)
        monkeypatch.setattr(fusion, "KEEP_COVER", 0.6)
        monkeypatch.setattr(fusion, "KEEP_MARGIN", 1.0)
        hits = idx.search("大班额", top_k=3)
        assert seen[-1] and all("大班额" in idx.rows[p]["search_text"] for p in seen[-1])
        assert any("大班额" in h.quote for h in hits)


def test_a_weak_lists_hit_well_above_its_run_keeps_its_relative_share(monkeypatch):
    from extract.search.fusion import cover_scales, weak_list_scales

    cover = [0.3, 0.25, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]
    scores = [9.0, 8.0, 2.95, 2.9, 2.8, 2.7, 2.6, 2.5, 2.4, 2.0]
    scales = cover_scales(np.array(cover))
    monkeypatch.setattr(fusion, "KEEP_TOP", 3)
    monkeypatch.setattr(fusion, "KEEP_MARGIN", 1.5)
    monkeypatch.setattr(fusion, "KEEP_WEAK", False)
    assert weak_list_scales(scales, scores, cover) == scales  # off
    monkeypatch.setattr(fusion, "KEEP_WEAK", True)
    out = weak_list_scales(scales, scores, cover)
    assert out[0] == pytest.approx(1.0) and out[1] == pytest.approx((0.25 / 0.3) ** 2)
    assert out[2:] == scales[2:]  # in the run of chance matches: the absolute share squared
    strong = [0.9] + cover[1:]
    assert weak_list_scales(scales, scores, strong) == scales  # a list that holds the question is not weak
