"""A unit given its role by apposition (rules.unit_role_appositions, unitB27): made-up texts only."""

from rules_kit import units

from extract.rules.unit_clauses import _named_leads
from extract.rules.unit_role_appositions import role_apposition_rows, without_role_apposition


def test_lead_role_noun_gives_the_lead_and_the_next_clause_as_task():
    assert units("某县农技站作为牵头单位,今年起统筹推进果树良种推广。") == [("今年起统筹推进果树良种推广", ["某县农技站"], [])]


def test_responsible_role_nouns_give_the_responsible_unit():
    assert units("某区水务局作为建设责任单位,已启动排涝泵站改造。") == [("启动排涝泵站改造", [], ["某区水务局"])]
    assert units("某镇卫生院作为实施单位,将在年内完成老人体检。") == [("在年内完成老人体检", [], ["某镇卫生院"])]


def test_task_run_on_after_the_role_noun():
    rows = role_apposition_rows("某县档案馆作为牵头部门将加快馆藏数字化。", _named_leads)
    assert [(r[2], r[3], r[4]) for r in rows] == [("加快馆藏数字化", ["某县档案馆"], [])]


def test_no_row_for_collectives_people_qualified_nouns_and_other_frames():
    assert role_apposition_rows("各村作为责任单位,要落实巡查。", _named_leads) == []
    assert role_apposition_rows("王五作为牵头人,联络各方。", _named_leads) == []
    assert role_apposition_rows("由某县农技站作为牵头单位的项目共有3个。", _named_leads) == []
    assert role_apposition_rows("某县农技站作为牵头单位,负责良种推广。", _named_leads) == []  # (the charge reader's)


def test_apposition_cut_into_a_unit_name():
    assert without_role_apposition("某县档案馆作为牵头部门") == "某县档案馆"
    assert without_role_apposition("某县档案馆") == "某县档案馆"
    assert units("某县档案馆作为牵头部门将会同某县史志办推进地方志编修。") == [("推进地方志编修", ["某县档案馆"], ["某县史志办"])]
