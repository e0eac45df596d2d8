"""The thirtieth round's third session, second search helper (made-up text only): a BM25 hit's share of the question is
weighed relative to the best hit's where the list is weak (``fusion.cover_scales``, ``COVER_RELATIVE``,
``COVER_WEAK_ONLY``): the list's weight already falls with its best hit's share (``weights_for``)."""

import numpy as np
import pytest

from extract.search import fusion
from extract.search.fusion import cover_scales, fuse, weights_for
from search_kit import index_one

TOWN = ("示例镇便民服务清单\n\n"
        "一、出行\n\n"
        "1.在示例镇集市周边新设临时泊车点3处。\n"
        "2.整修示例镇到邻村的砂石路2公里。\n\n"
        "二、饮水\n\n"
        "3.为示例镇北片安装净水设备5台。\n")


def test_a_weak_lists_hits_are_scaled_relative_to_its_best(monkeypatch):
    cover = np.array([0.2, 0.2, 0.1])
    monkeypatch.setattr(fusion, "COVER_RELATIVE", 0.0)
    assert cover_scales(cover) == pytest.approx([0.04, 0.04, 0.01])  # absolute: the weak list counted twice
    monkeypatch.setattr(fusion, "COVER_RELATIVE", 0.5)
    monkeypatch.setattr(fusion, "COVER_WEAK_ONLY", True)
    assert cover_scales(cover) == pytest.approx([0.2, 0.2, 0.05])  # over the best's share ** 0.5
    strong = np.array([0.8, 0.4])
    assert cover_scales(strong) == pytest.approx([0.64, 0.16])  # a list that holds the question keeps its scales
    assert cover_scales(np.array([0.0, 0.0])) == [0.0, 0.0]


def test_a_weak_lists_agreeing_hit_rises_over_the_dense_order(monkeypatch):
    measure = np.arange(6)
    dense = np.array([0.9, 0.85, 0.8, 0.75, 0.7, 0.3], dtype=np.float32)
    lists = ([0, 1, 2, 3, 4, 5], [5, 0])  # BM25 puts first what dense ranks last
    cover = np.array([0.3, 0.3])
    w = weights_for(float(cover[0]))

    def order():
        return [p for p, _ in fuse(lists, measure, True, dense, w, (None, cover_scales(cover)))]

    monkeypatch.setattr(fusion, "COVER_RELATIVE", 0.0)
    before = order().index(5)
    monkeypatch.setattr(fusion, "COVER_RELATIVE", 1.0)
    monkeypatch.setattr(fusion, "COVER_WEAK_ONLY", True)
    assert order().index(5) < before


def test_the_index_feeds_a_paraphrases_shares_to_the_scales(tmp_path, monkeypatch):
    with index_one(tmp_path, "town.txt", TOWN) as idx:
        idx.sync()
        from extract.search.bm25 import tokenize
        toks = tokenize("赶集没处停车有没有新设泊车点")
        cover = idx.bm25.coverages(toks)
        assert 0 < cover.max() < fusion.COVER_FULL  # a paraphrase: its best hit holds little of it
        monkeypatch.setattr(fusion, "COVER_RELATIVE", 0.0)
        absolute = max(cover_scales(cover))
        monkeypatch.setattr(fusion, "COVER_RELATIVE", 0.5)
        monkeypatch.setattr(fusion, "COVER_WEAK_ONLY", True)
        assert max(cover_scales(cover)) > absolute
        hits = idx.search("赶集没处停车有没有新设泊车点", top_k=3)
        assert any("泊车点" in h.quote for h in hits)
