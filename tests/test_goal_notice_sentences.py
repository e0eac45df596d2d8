"""Made-up tests for goal_notice_sentences: the goal sentences of a paragraph held for a notice's line."""

from extract.rules.goal_notice_sentences import goal_sentence_spans, states_goals_before_phrase
from tests.rules_kit import records


def test_dated_commitment_before_notice_formula():
    p = "根据《某省关于2031年实施40项民生实事的通知》精神,2031年全省实施40项民生实事,涉及某县任务事项38项。经县政府同意,现将我县具体工作安排如下。"
    spans = goal_sentence_spans(p)
    assert len(spans) == 1 and p[spans[0][0]:spans[0][1]].startswith("根据")
    page = "某县民生实事的通知\n\n" + p + "\n\n一、促进就业\n\n1.城镇新增就业3000人。\n"
    assert any(g.quote.startswith("根据《某省") and g.target_year == 2031 for g in records(page, "goal"))


def test_goal_statement_holding_the_phrase():
    s = "2031年全县水利工作的总体目标是:认真贯彻落实节水型社会建设目标,实现农田灌溉水有效利用系数提高到0.62以上。"
    assert states_goals_before_phrase(s)
    # with its figures the sentence is no notice's line at all (rules.notice_lines, tgtA23): read the usual way, its
    # goal stands whichever of the two cues keeps it
    assert goal_sentence_spans(s) in ([], [(0, len(s))])
    page = "某县水利工作要点\n\n" + s + "\n"
    assert [(g.quote, g.target_year) for g in records(page, "goal")] == [(s[:-1], 2031)]


def test_notice_sentences_stay_furniture():
    assert goal_sentence_spans("经区政府同意,现将《2031年区政府实事项目》印发给你们,请认真组织实施。") == []
    assert goal_sentence_spans("请认真贯彻落实,确保2031年底前完成。") == []
    # a paragraph that is no notice's line is left to the usual reading
    assert goal_sentence_spans("2031年全县新建公园3个。") == []
