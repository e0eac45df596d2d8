"""``由X(等部门)密切配合,Y``: X answers for Y with no lead written (U4c, U7)."""

import pytest

from extract.rules.unit_by_helpers import by_helpers_then_task
from extract.rules.unit_charge_finders import assisting_units
from rules_kit import units


@pytest.mark.parametrize("line,task,resp", [
    ("由某县文旅局、某县公安局等部门密切配合,依法查处违规经营行为。", "依法查处违规经营行为", ["某县文旅局", "某县公安局"]),
    ("对占用绿地的行为,由某区园林、城管、规划等部门密切配合,限期恢复原状,并处罚款。", "限期恢复原状", ["某区园林", "城管", "规划"]),
])
def test_helpers_then_task(line, task, resp):
    assert units("三、监督管理\n" + line + "\n") == [(task, [], resp)]


def test_a_lead_in_the_clause_is_another_readers():
    text = "由某县文旅局牵头、某县公安局配合,依法查处违规经营行为。"
    assert by_helpers_then_task(text, assisting_units) == []
    assert units("三、监督管理\n" + text + "\n") == [("依法查处违规经营行为", ["某县文旅局"], ["某县公安局"])]
