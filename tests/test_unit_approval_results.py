"""An approval reported done read as a task (unit_approval_results): made-up tasks only."""

from extract.rules.unit_approval_results import approval_result
from rules_kit import units


def test_passing_a_case_is_no_task():
    for t in ("审议通过", "表决通过", "一致审议通过", "审查通过。"):
        assert approval_result(t), t


def test_doings_stay():
    for t in ("审议通过后实施", "通过家访辨识长者", "审议年度预算", "", "研究通过"):
        assert not approval_result(t), t


def test_through_the_rules():
    assert units("甲馆新建工程设计案,由某市设计审议委员会审议通过,将打造首座循环图书馆。") == []
