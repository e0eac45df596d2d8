"""(probeG40) A short label whose words name goals by the heading vocabulary opens a paragraph of goals
(rules.goals.named_goal_label; O1, O2)."""

import pytest

from extract.rules.goals import goal_label_lead, named_goal_label


@pytest.mark.parametrize("paragraph, at", [
    ("全年目标:地区生产总值增长6%。", 5),
    ("质量目标:合格率达到98%。", 5),
    ("(二)三年目标:全区建成智慧校园30所。", 8),
    ("【近期目标】:建成书屋20个。", 0),  # a bracket label is the older pattern's (``goal_label_lead``)
])
def test_named_goal_label(paragraph, at):
    assert named_goal_label(paragraph) == at


@pytest.mark.parametrize("paragraph", [
    "确保实现全年目标:地区生产总值增长6%。",  # the goals an object of a verb
    "江西医改目标:城镇医保参保率达90%以上",  # a subject-named label (a headline)
    "年度阶段性工作目标:第一季度:完成某项工程。",  # a task card's field
    "策略绩效目标:各机关依需求,提出\n以四年为期程,预期达成之中程施政目标。",  # a term's definition
    "全年目标完成情况:全区生产总值增长5.8%。",  # O1d: a results report
])
def test_no_named_goal_label(paragraph):
    assert named_goal_label(paragraph) == 0


def test_goal_label_lead_falls_back_to_named_labels():
    assert goal_label_lead("全年目标:全面提升教育质量。") == 5
    assert goal_label_lead("工作目标:全面提升教育质量。") == 5


@pytest.mark.parametrize("line, expected", [
    ("【主要措施】", True), ("主要措施:", True), ("【主要措施】:", True), ("【2031年重点工作】", True),
    ("【主要措施", False), ("【加强教研,开展公开课】", False), ("1、加强教研", False),
])
def test_bracketed_bare_labels_close_goal_items(line, expected):
    """(probeG40) a bare label set off by its brackets closes the goal items a label above opened."""
    from extract.rules.goals import is_bare_label

    assert is_bare_label(line) is expected
