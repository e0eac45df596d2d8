"""Counts of a plan's own parts (N12a): a bracket's tasks after a heading, a plan's sub-goals."""

from extract.rules.part_counts import counts_parts
from rules_kit import records


def _span(text: str, quote: str) -> tuple[int, int]:
    a = text.index(quote)
    return a, a + len(quote)


def test_bracketed_task_count():
    text = "3.在“强化生态屏障”方面(分解任务11项)。"
    assert counts_parts(text, *_span(text, "分解任务11项"), 11, "项")
    text = "(二)优化营商环境(细化措施7条)"
    assert counts_parts(text, *_span(text, "细化措施7条"), 7, "条")


def test_sub_goals():
    text = "规划提出五个总体目标,并涵盖18个子目标。"
    assert counts_parts(text, *_span(text, "涵盖18个"), 18, "个")


def test_counts_of_works_are_no_parts():
    text = "新建学校(5所)。"
    assert not counts_parts(text, *_span(text, "5所"), 5, "所")
    text = "年内完成12个目标任务。"
    assert not counts_parts(text, *_span(text, "完成12个"), 12, "个")
    text = "1.今年分解任务中新建道路15条,年底完工。"  # no bracket: the count of works
    assert not counts_parts(text, *_span(text, "新建道路15条"), 15, "条")


def test_end_to_end_no_target_for_parts():
    text = "某区2036年重点工作分工方案\n一、主要目标\n1.在“提升城市品质”方面(分解任务13项)。\n2.新建口袋公园6个。\n"
    got = [(r.value, r.unit) for r in records(text, "numeric_target")]
    assert (13.0, "项") not in got and (6.0, "个") in got
