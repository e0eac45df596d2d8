"""(goalA28) Made-up tests: a goal heading run in right after the plan's title (a document-sharing preview that lost
the outline's line breaks), and the goals named beside the plan's background in one undivided heading (O1)."""

from extract.rules.goals import run_in_goal_spans
from rules_kit import records


def _goals(text):
    return [g.quote for g in records(text, "goal")]


def test_run_in_after_title_spans():
    p = "某县书屋建设工作计划一、工作目标全县书屋全部开放。二、主要任务开展培训。"
    spans, _ = run_in_goal_spans(p, False)
    assert [p[a:b] for a, b in spans] == ["全县书屋全部开放。"]
    p = "某村道路养护方案一、项目背景与目标本村地处山区,通行不便。方案的目标是改善出行条件。二、实施步骤整修路面。"
    spans, _ = run_in_goal_spans(p, False)
    assert [p[a:b] for a, b in spans] == ["本村地处山区,通行不便。方案的目标是改善出行条件。"]
    # not a title word before the numeral: a count inside a sentence stays no heading
    assert run_in_goal_spans("全县共有书屋一百二十个目标明确。", False) == ([], False)


def test_run_in_pages_end_to_end():
    simp = "某村道路养护工作计划一、计划背景与目标本村地处山区,出行不便。计划的目标是改善出行条件。二、实施步骤整修路面。\n"
    assert _goals(simp) == ["本村地处山区,出行不便", "计划的目标是改善出行条件"]
    trad = "某村道路養護工作計劃一、計劃背景與目標本村地處山區,出行不便。計劃的目標是改善出行條件。二、實施步驟整修路面。\n"
    assert _goals(trad) == ["本村地處山區,出行不便", "計劃的目標是改善出行條件"]
    dated = "某镇2031年书屋建设推进计划一、工作目标全镇书屋开放率达到95%,读者满意度明显提升。二、主要任务开展培训。\n"
    assert _goals(dated) == ["全镇书屋开放率达到95%,读者满意度明显提升"]  # the title is no part of the goal (O2)


def test_bracketed_rank_after_title():
    p = "某县书屋建设实施方案(一)总体目标全县书屋全部开放。(二)主要任务开展培训。"
    spans, _ = run_in_goal_spans(p, False)
    assert [p[a:b] for a, b in spans] == ["全县书屋全部开放。"]
