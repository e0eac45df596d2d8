"""(tgtA25) N2, N17d: the shares of a task that a report says was already shared out are targets; the ``已`` dates the
act of dividing, not the shares."""

from extract.rules.task_shares import in_shares_of_task
from extract.rules.targets import find_targets


def test_number_inside_the_breakdown():
    s = "全县改厕任务共900户,已分解到乡镇,具体为:东镇300户,西镇600户"
    assert in_shares_of_task(s, s.index("300"))
    assert not in_shares_of_task(s, s.index("900"))


def test_result_after_the_breakdown_is_not_a_share():
    s = "任务已分解到乡镇,具体为:东镇300户;目前东镇已完成120户"
    assert not in_shares_of_task(s, s.index("120"))


def test_pipeline_takes_the_shares():
    hits = [(h.value, h.unit) for h in find_targets("今年全县改厕任务数为900户,县里已分解到乡镇,具体为:东镇300户,西镇600户。", role="none")]
    assert hits == [(900.0, "户"), (300.0, "户"), (600.0, "户")]
