"""``rules.to_date_reports``: a figure as of a date up to now is a status (N13; made-up texts)."""

from extract.rules.to_date_reports import reports_to_date


def test_figures_as_of_now_are_status():
    assert reports_to_date("截至今年11月底,全国")
    assert reports_to_date("截止目前我州各县市争取教育项目资金")
    assert reports_to_date("截至10月底全区市场主体达")
    assert reports_to_date("据了解,截至当前,已有")


def test_commitments_after_the_date_and_deadlines_are_left_alone():
    assert not reports_to_date("截至目前城区公办幼儿园有16所,到2031年9月两园投入使用后,公办幼儿园数量将升至")
    assert not reports_to_date("截止10月底,实现城镇新增就业12314人,完成年目标任务")
    assert not reports_to_date("截至6月底前完成改造")  # a deadline
    assert not reports_to_date("全县新建幼儿园")  # no date


def test_pipeline_status_as_of_now():
    from rules_kit import records
    text = "某省卫生动态\n截至今年11月底,全省95%以上的城市开展签约服务工作,重点人群覆盖率超过65%。\n明年全省力争重点人群覆盖率达到70%以上。\n"
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (95.0, "%") not in got and (65.0, "%") not in got
    assert (70.0, "%") in got


def test_planned_totals_of_a_progress_report_stay():
    # (tgtA34) a plan's total read in a progress report as of a date stays a target (r16 tfn16)
    from extract.rules.targets import find_targets
    text = "截至9月底,剩余6项中,4个甲中心建设已完成2个(50%)、12个乙院建设已完成8个(67%)。"
    assert [(h.value, h.unit) for h in find_targets(text, role="report")] == [(4.0, "个"), (12.0, "个")]
