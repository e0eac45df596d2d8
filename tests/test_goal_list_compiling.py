"""Made-up sentences for ``extract.rules.goal_list_compiling``: the compiling of a year's list told (O3b)."""

from extract.rules.goal_list_compiling import tells_list_compiling
from extract.rules.goals import false_goal_cue, find_goals


def test_compiling_told():
    assert tells_list_compiling("同时,开展2032年度市民生实事编排工作,广泛征求各界意见")
    assert tells_list_compiling("某县启动2032年民生實事項目編排")
    assert false_goal_cue("同时,开展2032年度市民生实事编排工作,广泛征求各界意见") == "list_compiling"
    assert find_goals("同时,开展2032年度市民生实事编排工作,广泛征求各界意见。", 0, False) == []


def test_near_misses():
    assert not tells_list_compiling("2032年全市民生实事包括:新建公园3个、改造老旧小区12个")  # the list set out
    assert not tells_list_compiling("2032年起编排新的课程表")  # no list of 实事
    hits = find_goals("2032年全县将办好12件民生实事。", 0, False)
    assert len(hits) == 1 and hits[0].year == 2032
