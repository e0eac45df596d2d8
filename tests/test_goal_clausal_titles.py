"""Tests for ``goal_clausal_titles``: a marked first sentence of clauses is no inline title (O1, O2). Made-up text."""

from extract.rules.goal_clausal_titles import title_is_clausal_sentence
from extract.rules.goals import find_goals


def test_sentence_of_clauses():
    assert title_is_clausal_sentence("1、某会组织健全,成员单位分工明确,责任落实。")
    assert title_is_clausal_sentence("(四)坚持稳步推进的原则,在五年内,全面提高某县服务水平。")


def test_titles_stay_titles():
    assert not title_is_clausal_sentence("(一)学前教育。")
    assert not title_is_clausal_sentence("(二)增加投入,加快建设步伐。")  # two short clauses: a task's name
    assert not title_is_clausal_sentence("(一)总体目标,分步推进,全面落实。")  # names the goals
    assert not title_is_clausal_sentence("(三)高中教育:升学率达到60%,巩固率提高,辍学率下降。")  # a topic label
    assert not title_is_clausal_sentence("1、某会组织健全,成员单位分工明确,责任落实")  # not closed by 。


def test_goal_section_reads_it_as_a_goal():
    text = "1、某会组织健全,成员单位分工明确,责任落实。某项工作有计划、有检查。"
    cut = text.index("。") + 1
    quotes = [text[g.start:g.end] for g in find_goals(text, 0, True, cut)]
    assert "某会组织健全,成员单位分工明确,责任落实" in quotes
    assert "某项工作有计划、有检查" in quotes
    short = "(一)学前教育。某项工作有计划、有检查。"
    assert [short[g.start:g.end] for g in find_goals(short, 0, True, short.index("。") + 1)] == ["某项工作有计划、有检查"]
