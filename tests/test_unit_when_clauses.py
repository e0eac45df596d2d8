"""(unitB26) ``由X…时`` is a condition, no task. Made-up sentences."""

from rules_kit import units

from extract.rules.unit_when_clauses import when_clause


def test_a_when_clause_after_you_gives_no_row():
    assert units("由甲县卫健局代表兼任之委员不能到会时,可书面委托他人。") == []
    assert units("由乙市教育局派员参加的评审会议召开时,应提前通知。") == []


def test_when_clause_cue():
    assert when_clause("代表兼任之委员不能到会时")
    assert not when_clause("每年配送图书2万册")
    assert units("由丙县图书馆每年配送图书3万册。") == [("每年配送图书3万册", ["丙县图书馆"], [])]
