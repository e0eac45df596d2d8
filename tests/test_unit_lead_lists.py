"""A list of leads after ``由`` before the task clause (made-up texts)."""

from extract.rules.unit_lead_lists import without_role_tail
from rules_kit import units


def _u(line):
    return units("二、工作措施\n" + line + "\n")


def test_list_after_by_leads():
    assert _u("由某县公安局、某县住建局牵头,开展环卫设施整治。") == [("开展环卫设施整治", ["某县公安局", "某县住建局"], [])]


def test_list_with_helpers_and_role_tail():
    assert _u("由甲局、乙局牵头,丙局配合,修缮甲园步道。") == [("修缮甲园步道", ["甲局", "乙局"], ["丙局"])]
    assert _u("由甲局、乙局等责任单位牵头,开展果园巡查。") == [("开展果园巡查", ["甲局", "乙局"], [])]
    assert _u("由甲局、乙局、丙局统筹,推进乙校扩建工程。") == [("推进乙校扩建工程", ["甲局", "乙局", "丙局"], [])]


def test_after_colon():
    assert _u("某某:由甲局、乙局牵头,开展果园巡查。") == [("开展果园巡查", ["甲局", "乙局"], [])]
    assert _u("责任分工:由甲局牵头,乙局配合,开展果园巡查。") == [("开展果园巡查", ["甲局"], ["乙局"])]


def test_traditional_script():
    assert _u("由甲局、乙處牽頭,開展果園巡查。") == [("开展果园巡查", ["甲局", "乙处"], [])]


def test_near_misses():
    # a collective, a list without 由 and no helpers, a bare name after a colon
    assert _u("由各乡镇、各街道牵头,开展果园巡查。") == []
    assert _u("甲局、乙局牵头,开展果园巡查。") == []
    assert _u("某某:甲局、乙局牵头,开展果园巡查。") == []


def test_without_role_tail():
    assert without_role_tail("甲局、乙局等责任单位") == "甲局、乙局"
    assert without_role_tail("甲局等成员单位") == "甲局"
    assert without_role_tail("甲局、乙局等单位") == "甲局、乙局等单位"
    assert without_role_tail("甲局、乙局") == "甲局、乙局"
