"""``rules.target_counts.index_level``: bounds on an index or coefficient written with a comparator word (N8, N1)."""

from extract.rules.target_counts import index_level


def test_bound_word_right_after_the_index():
    assert index_level("基尼系数不超过", "。")
    assert index_level("发展指数不小于", ",")


def test_bound_for_a_level_named_after_the_index():
    assert index_level("县域内校际差异系数小学不高于", "、初中不高于0.45。")
    assert index_level("县域内校际差异系数小学不高于0.5、初中不高于", "。")
    assert index_level("校际差异系数,小学不高于", ",初中不高于0.45。")


def test_not_a_bound_on_an_index():
    assert not index_level("小学班额不高于", "。")  # no index named
    assert not index_level("差异系数小学不高于", "所学校")  # runs on into other words
    assert not index_level("系数的测算方法见附件,小学不高于", "。")  # the index is in another phrase
