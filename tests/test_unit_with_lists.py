"""Cues of rules/unit_with_lists.py on made-up sentences."""

from test_rules import run_rules

from extract.rules.unit_with_lists import listed_departments, with_listed_departments


def units(text):
    return [(r.task, r.lead_units, r.responsible_units) for r in run_rules(text).records if r.type == "unit_assignment"]


def test_subject_with_short_department_list():
    rows = units("下一步某县卫健局将会同财政、甲镇政府等部门尽快研究解决。")
    assert ("尽快研究解决", ["某县卫健局"], ["财政", "甲镇政府"]) in rows


def test_distributive_subject_gives_no_lead():
    rows = units("文件强调,各地卫健部门要会同公安、市场监管、疾控等相关部门协同推进健康社区建设。")
    assert ("协同推进健康社区建设", [], ["公安", "市场监管", "疾控"]) in rows


def test_no_subject_gives_no_lead():
    rows = units("新建一批健身中心。会同国土、规划等部门将健身设施用地纳入年度用地计划。")
    assert ("将健身设施用地纳入年度用地计划", [], ["国土", "规划"]) in rows


def test_not_a_unit_subject():
    assert with_listed_departments("我们将会同财政、民政等部门尽快研究解决。") == []


def test_not_a_list_of_departments():
    assert listed_departments("加强协调、统筹推进") is None
    assert with_listed_departments("某县卫健局将会同加强协调、统筹推进等部门研究解决。") == []


def test_reported_deed_is_no_task():
    assert with_listed_departments("某市教育局会同公安、民政等部门印发了实施方案。") == []
    assert with_listed_departments("某市教育局会同公安、民政等部门开展了联合检查。") == []
