"""A rate of going on to a stage of schooling asked in plain words (``上幼儿园的比例``) looks for the texts' rate
terms (``毛入园率``, ``高中阶段毛入学率``); made-up questions only."""

import pytest


@pytest.mark.parametrize("query, words", [
    ("示例县适龄孩子上幼儿园的比例", "毛入园率 入园率"),
    ("示例縣兒童上幼兒園的比例能達到多少", "毛入园率 入园率"),  # Traditional script, after normalising
    ("甲区适龄幼儿接受学前教育的比例要提高到多少", "毛入园率 入园率"),
    ("甲区初中毕业后接着读高中的学生比例2031年要达到多少", "高中阶段 毛入学率 入学率"),
    ("示例县读高中或中职的学生比例", "高中阶段 毛入学率 入学率"),
    ("某市孩子进幼儿园的占比", "毛入园率 入园率"),
])
def test_a_share_of_going_to_a_stage_gives_its_rate_terms(query, words):
    from extract.search.bm25 import normalise_query
    from extract.search.rates import stage_rate_words

    assert stage_rate_words(normalise_query(query)) == words


@pytest.mark.parametrize("query", [
    "示例区上幼儿园难不难",                   # no share asked
    "示例县新建幼儿园多少所",                 # a count, not a share
    "在甲区公办幼儿园上学的孩子比例",         # a kind of kindergarten's share, not the stage's rate
    "示例县高中教师研究生学历比例",           # the stage named, no going to it
    "甲区上幼儿园要交多少钱,补助比例是多少",  # the share is of another clause
])
def test_no_rate_terms_without_a_share_of_going_to_the_stage(query):
    from extract.search.bm25 import normalise_query
    from extract.search.rates import stage_rate_words

    assert stage_rate_words(normalise_query(query)) == ""


def test_plain_words_add_the_rate_terms_after_the_everyday_ones():
    from extract.search.bm25 import plain_words

    assert plain_words("示例县适龄孩子上幼儿园的比例") == "儿童 毛入园率 入园率"  # the rate, not 入园
    assert plain_words("示例区上幼儿园难不难") == "入园"
    # the texts' own rate term adds nothing
    assert plain_words("示例区学前教育毛入园率") == ""
    assert plain_words("示例区高中阶段毛入学率") == ""


def test_the_dense_query_names_the_rate_in_brackets():
    from extract.search.bm25 import normalise_query
    from extract.search.index import dense_query

    q = dense_query(normalise_query("示例县上幼儿园的比例"))
    assert "毛入园率" in q and q.startswith("示例县上幼儿园的比例")
