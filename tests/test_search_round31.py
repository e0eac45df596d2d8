"""The thirty-first round's search helper (made-up text only): a when-question's time list holds only the hits of the best
BM25 hit's text (``fusion.time_hits``, ``TIME_SAME_TEXT``): another text's time line of the same topic does not vote again."""

import pytest

from extract.search import fusion
from extract.search.fusion import time_hits

TEXTS = ["示例乡图书馆动土典礼今日举行", "邻县立图书馆预计2025年完工启用", "示例乡新馆预计7月开工、2027年完工",
         "邻县乡立图书馆借阅人数统计"]
DOCS = ["a", "b", "a", "b"]


def test_the_time_list_keeps_the_best_hits_text_only(monkeypatch):
    cover = [0.8, 0.6, 0.5, 0.7]
    monkeypatch.setattr(fusion, "TIME_SAME_TEXT", False)
    assert time_hits(cover, TEXTS, DOCS) == [1, 2]  # another text's completion date votes again
    monkeypatch.setattr(fusion, "TIME_SAME_TEXT", True)
    assert time_hits(cover, TEXTS, DOCS) == [2]


def test_the_time_list_still_needs_a_time_and_a_share_of_the_question(monkeypatch):
    monkeypatch.setattr(fusion, "TIME_SAME_TEXT", True)
    assert time_hits([0.8, 0.6, 0.3, 0.7], TEXTS, DOCS) == []  # the caption holds too little of the question
    assert time_hits([0.8, 0.6, 0.5, 0.7], TEXTS, ["a", "a", "a", "a"]) == [1, 2]
    assert time_hits([], [], []) == []


@pytest.mark.parametrize("cover", [[0.9], [0.5, 0.5]])
def test_the_first_hit_alone_is_its_own_text(cover, monkeypatch):
    monkeypatch.setattr(fusion, "TIME_SAME_TEXT", True)
    texts = ["示例馆2026年建成"] * len(cover)
    assert time_hits(cover, texts, ["a"] + ["b"] * (len(cover) - 1)) == [0]
