"""A goal heading run into a paragraph after the lead's colon (``…具体安排如下:一、工作目标…``), as a doc-sharing
preview runs a plan's outline together (``goals.run_in_goal_spans``); made-up text only."""

from extract.rules.goals import run_in_goal_spans
from tests.rules_kit import records

_PAR = ("为做好河道保洁,经研究,具体安排如下:一、工作目标全面消除河面漂浮物,河岸垃圾做到日产日清,"
        "全年水质稳定达标。二、工作措施(一)落实河长巡查。")


def test_the_heading_after_the_lead_opens_a_block():
    spans, open_after = run_in_goal_spans(_PAR, False)
    assert len(spans) == 1 and _PAR[spans[0][0]:spans[0][1]].startswith("全面消除")
    assert _PAR[spans[0][0]:spans[0][1]].endswith("稳定达标。")
    assert not open_after


def test_a_colon_of_another_kind_opens_nothing():
    par = "主要内容包括:一、目标任务分工表见附件。"
    assert run_in_goal_spans("各单位要求:" + par, False)[0] == []


def test_end_to_end():
    page = "某镇河道整治工作方案\n" + _PAR + "\n"
    quotes = [g.quote for g in records(page, "goal")]
    assert any(q.startswith("全面消除河面漂浮物") for q in quotes)
