"""(tgtA25) N13c: the year's commitment labelled around its amount (the year before, the task word and share after)."""

from extract.rules.targets import find_targets
from extract.rules.year_yardsticks import labels_year_target_around, names_year_target


def test_year_before_task_after():
    assert labels_year_target_around("截至8月,全区新增养老床位400张,完成全年", "任务的61%")
    assert names_year_target("占年度", "目标任务的75%")


def test_not_a_result_of_the_year():
    assert not labels_year_target_around("全年完成", "户,同比增长5%")
    assert not labels_year_target_around("完成全年", "任务,受到表彰")


def test_pipeline_takes_the_year_task_only():
    hits = [(h.value, h.unit) for h in find_targets("一季度,某区培训护理员380人,完成全年1200人任务的31.7%。")]
    assert (1200.0, "人") in hits
    assert (380.0, "人") not in hits and (31.7, "%") not in hits
