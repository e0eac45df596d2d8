"""(vfpA28) A question under a unit's name (an interview: the asking body's label on its own line over its question)
is no task of that unit, in either layout of the label. Made-up texts only."""

from rules_kit import units

PAGE = ("南河县创建卫生城市访谈\n县融媒体中心:\n王局长,您好,请问创建卫生城市有哪些重点任务?\n王某某:\n"
        "今年我们将完成农贸市场改造6个。\n县融媒体中心:\n王局长,请问在垃圾分类方面如何推进?\n王某某:\n"
        "由县城管局牵头,新建垃圾分类亭40座。\n")


def test_question_under_a_unit_label_is_no_task():
    rows = [("新建垃圾分类亭40座", ["县城管局"], [])]
    assert units(PAGE) == rows
    assert units(PAGE.replace(":\n", ":")) == rows


def test_duty_under_a_unit_label_still_read():
    page = "二、部门职责\n县城管局:\n负责新建垃圾分类亭40座。\n县卫健局:\n负责开展病媒生物防制。\n"
    got = units(page)
    assert ("负责新建垃圾分类亭40座", ["县城管局"], []) in got or any(r[1] == ["县城管局"] for r in got), got
