"""The label of a plan's next part ends the goals a goal label opened in the same paragraph (made-up text)."""

from extract.rules.goal_part_labels import other_part_label_at
from extract.rules.goals import find_goals


def test_next_part_label_found_after_sentence_end():
    body = "1.甲类学校全部达标。2.乙类服务覆盖全镇。 策略措施: 1.落实丙项制度。"
    assert body[other_part_label_at(body):].lstrip().startswith("策略措施")
    assert other_part_label_at("1.甲类学校全部达标。主要任务:建设丁中心。") is not None


def test_no_label_no_cut():
    assert other_part_label_at("1.甲类学校全部达标。2.乙类服务覆盖全镇。") is None
    # a colon inside a sentence that names no plan part
    assert other_part_label_at("1.甲类学校全部达标,具体包括:戊校、己校。") is None
    # the part's word inside a sentence, not a label after a sentence's end
    assert other_part_label_at("1.完善保障措施:加大投入。") is None


def test_goals_stop_at_the_measures_label():
    text = "主要目标: 1.甲类学校全部达标。2.乙类服务覆盖全镇。 策略措施: 1.落实丙项制度。各级政府要督促学校执行。"
    quotes = [text[h.start:h.end] for h in find_goals(text, 0, False)]
    assert any("甲类学校全部达标" in q for q in quotes)
    assert not any("丙项制度" in q or "督促学校" in q for q in quotes)
