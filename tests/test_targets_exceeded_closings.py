"""(tgtA25) N13: a run of figures closed by a clause saying they all went past the targets set is a report of results."""

from extract.rules.target_status import closes_with_task_met
from extract.rules.targets import find_targets


def test_closing_clause_of_targets_exceeded():
    assert closes_with_task_met("户,覆盖率达81%,各项指标均超过市里下达的目标要求。")
    assert not closes_with_task_met("户,力争各项指标超过目标要求,并推广经验。")


def test_pipeline_drops_the_run():
    s = "全区帮扶困难家庭2300户实现增收,增收率达76%,所有工作指标均超过市里确定的年度目标。"
    assert not find_targets(s, role="none")
