"""``rules.outturn_rates``: a count with the rate of the same noun is an outturn (N13; made-up texts)."""

from extract.rules.outturn_rates import counts_with_own_rate


def test_count_and_own_rate_is_outturn():
    assert counts_with_own_rate("产后访视4210人,产后访视率90.12%")
    assert counts_with_own_rate("当年活产数5000人,孕产妇系统管理4300人,孕产妇系统管理率86.00%")
    assert counts_with_own_rate("孕产妇死亡2例,孕产妇死亡率40.1/10万")


def test_plans_and_progress_rates_are_left_alone():
    assert not counts_with_own_rate("住院分娩率达到98%以上")  # the rate alone
    assert not counts_with_own_rate("开发公益性岗位500个完成800个,完成率160%")  # a completion rate
    assert not counts_with_own_rate("到2031年,产后访视5000人,产后访视率达到95%")  # ahead
    assert not counts_with_own_rate("产后访视4210人,住院分娩率90.12%")  # two nouns
    # a progress report: the plan's target named, the works' completion rated
    assert not counts_with_own_rate("完成全年20万人目标任务的90%;项目70个均已开工,已完工56所,完工率达80%")
    assert not counts_with_own_rate("项目70个,已完工56所,完工率达80%")


def test_pipeline_outturn_gives_no_targets():
    from rules_kit import records
    text = ("某县辖10个乡镇。\n二、认真做好围产期保健工作,提高孕产妇系统管理率\n各级妇幼保健人员大力开展孕产妇系统管理工作。"
            "当年活产数5000人,孕产妇系统管理4300人,孕产妇系统管理率86.00%;产后访视4210人,产后访视率90.12%;"
            "住院分娩5000人,住院分娩率96.20%。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert not {(4300.0, "人"), (86.0, "%"), (4210.0, "人"), (90.12, "%"), (5000.0, "人"), (96.2, "%")} & got
