"""``<task>由X承担``: the passive of ``X承担Y`` (U7 twentieth round). Made-up text."""

from rules_kit import units

from extract.rules.unit_passive_charges import passive_take_on


def test_passive_take_on_gives_the_row():
    assert units("联席会议的日常工作由某县文旅局承担。") == [("联席会议的日常工作", ["某县文旅局"], [])]
    assert units("本细则的解释工作由某市卫健委承担。") == [("本细则的解释工作", ["某市卫健委"], [])]
    assert units("校車安全檢查任務由某縣教育局承擔。") == [("校车安全检查任务", ["某县教育局"], [])]


def test_money_liability_and_collectives_give_none():
    assert passive_take_on("所需工作经费由某县财政局承担。") == []  # a funding clause (U3a)
    assert passive_take_on("安全责任由某公司承担。") == []  # a liability (U4d)
    assert passive_take_on("校园安全检查工作由各学校承担。") == []  # a collective (U7d)
    assert passive_take_on("校园安全检查工作由某县教育局承担了大部分。") == []  # not closing the sentence
