"""A question's word that no item holds weighs nothing in the share of the query a hit holds (``bm25.absent_words``,
``SearchIndex._rank``); made-up text only."""

from extract.search.bm25 import BM25Index, absent_words, tokenize

TEXTS = ["本县甲小学承担2031年科学教育计划", "某市新建学校2所", "推进学校教育集团化办学", "开展科普活动进社区",
         "乙镇卫生院完成改造", "丙区新增托位300个"]


def _index():
    corpus = [tokenize(t) for t in TEXTS]
    return BM25Index(corpus), "\n".join(TEXTS)


def test_a_name_no_text_holds_is_absent_when_the_held_words_outweigh_it():
    idx, text = _index()
    q = ["某县", "科学", "教育", "计划", "学校"]  # the page says 本县: no text holds 某县
    assert absent_words(q, idx, text) == ["某县"]
    cover = {t: 0.0 for t in absent_words(q, idx, text)}
    assert idx.coverages(q, cover)[0] > idx.coverages(q)[0]
    assert idx.coverages(q, cover)[0] > 0.7


def test_a_single_character_is_never_absent():
    idx, text = _index()
    assert absent_words(["读", "科学", "教育", "计划"], idx, text) == []


def test_a_word_held_inside_a_longer_word_of_a_text_is_not_absent():
    idx, text = _index()
    # ``团化`` is no token of the index, but a text holds its characters (in ``集团化``)
    q = ["团化", "学校", "教育"]
    assert "团化" not in idx.vocab
    assert absent_words(q, idx, text) == []
    assert absent_words(["化团", "学校", "教育", "科学", "计划"], idx, text) == ["化团"]


def test_a_question_mostly_of_absent_words_keeps_them():
    idx, text = _index()
    # two absent words against one held: setting them aside would make every hit on ``学校`` a full match
    assert absent_words(["抽烟", "烟税", "学校"], idx, text) == []


def test_an_absent_name_cut_into_parts_counts_once():
    idx, text = _index()
    q = ["某地", "地县", "某地县", "科学", "教育", "计划"]  # jieba's search mode cuts a name into its parts too
    assert set(absent_words(q, idx, text)) == {"某地", "地县", "某地县"}
