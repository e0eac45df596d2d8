"""A goal label in Markdown bold (``**目标设定**: …``) leads its goal like a plain ``工作目标:`` (``goals.goal_label_lead``);
made-up text only."""

from extract.rules.goals import goal_label_lead
from tests.rules_kit import records


def test_bold_labels_lead_their_goal():
    for par in ("**目标设定**: 让每户村民用上放心水。", "- **工作目标**:让每户村民用上放心水。", "**工作目标:** 让每户村民用上放心水。"):
        at = goal_label_lead(par)
        assert at and par[at:].startswith("让每户"), par
    assert not goal_label_lead("**具体措施**: 新建水厂1座。")


def test_end_to_end():
    page = ("### 某村2032年工作计划\n#### 一、饮水安全\n**目标设定**: 让每户村民用上放心水,缩小城乡供水差距。\n"
            "**具体措施**:\n1. **管网改造**:更换老旧管网,定期检测水质。\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert quotes == ["让每户村民用上放心水,缩小城乡供水差距"]


def test_a_bracketed_label_with_its_goal_on_the_line():
    # (goalB27) ``【工作目标】…``: the label in its brackets leads the goal on the same line
    at = goal_label_lead("【工作目标】全镇公厕保洁达标。")
    assert at and "【工作目标】全镇公厕保洁达标。"[at:].startswith("全镇")
    page = "某镇公厕管护方案\n【工作目标】全镇公厕保洁达标,群众如厕更方便。\n【主要措施】落实专人管护。\n"
    assert [g.quote for g in records(page, "goal")] == ["全镇公厕保洁达标,群众如厕更方便"]
