"""Adverbs of charge between a unit and ``负责`` (``rules.unit_charge_adverbs``): ``X具体负责Y`` is read as
``X负责Y`` (U7). Made-up text only."""

from extract.rules.unit_charge_adverbs import charge_adverb
from extract.rules.unit_charge_finders import find_charge_clauses
from rules_kit import units


def _clauses(text):
    return [(h.task, h.lead, h.responsible) for h in find_charge_clauses(text)]


def test_charge_adverb():
    assert charge_adverb("具体负责各项活动") == 2
    assert charge_adverb("全面负责托育机构指导") == 2
    assert charge_adverb("具体实施各项活动") == 0  # an adverb not before ``负责``
    assert charge_adverb("负责各项活动") == 0


def test_adverb_clause_gives_row():
    got = _clauses("某县文明办负责统筹协调,甲校具体负责各项活动的落地实施。")
    assert ("各项活动的落地实施", ["甲校"], []) in got
    got = _clauses("2031年,某区卫健局全面负责托育机构的业务指导。")
    assert ("托育机构的业务指导", ["某区卫健局"], []) in got


def test_adverb_clause_through_pipeline():
    got = units("二、职责分工\n某县文明办负责统筹协调和督促检查,甲校具体负责各项活动的落地实施。\n")
    assert ("各项活动的落地实施", ["甲校"], []) in got


def test_adverb_near_misses():
    # people, a collective, a bare doing with no task of its own, a role word
    assert not any(t == "" or "分管领导" in lead for t, lead, _ in _clauses("主要领导负总责,分管领导具体负责;"))
    assert not _clauses("各学校具体负责活动的组织。")
    assert not any(t == "实施" for t, _, _ in _clauses("甲乡党委统一部署、乙院具体负责实施。"))
    assert not _clauses("牵头单位具体负责工作的统筹。")


def test_adverb_people_near_misses():
    for text in ("校长全面负责学校安全工作。", "项目经理直接负责施工现场管理。", "对直接负责的主管人员依法处分。",
                 "组长全面负责活动期间的协调。", "办公室主任统一负责日常事务。"):
        assert not _clauses(text), text


def test_specially_charged_unit():
    """(unitB27) ``专门`` between a unit and ``负责`` as ``具体``."""
    from rules_kit import units

    assert units("某县林业局专门负责古树名木的普查建档。") == [("古树名木的普查建档", ["某县林业局"], [])]
    assert units("分管领导专门负责古树名木的普查建档。") == []  # people (U4a)
