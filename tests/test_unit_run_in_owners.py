"""Unit headings run into one line (U8 over a flattened outline), end to end: made-up texts only. Two engineers wrote a
reader for this layout in the twenty-third round (unitA24, unitB24); they gave the same records on every development text,
so one was kept (rules.unit_run_headings) and these cases test it through the extractor."""

from rules_kit import units


def test_items_of_run_in_unit_headings_through_the_pipeline():
    text = ("某街道办事处周例会纪要\n会议时间 | 2031.3.2 |\n"
            "一、各科室工作汇报 (一)综治科 1.本周工作: (1)排查出租屋隐患12处。 (2)完成调解案件台账整理。 "
            "2.下周计划: (1)开展反诈宣传进社区。 (二)城建科 1.本周工作: (1)督促背街小巷路灯维修。 "
            "(三)民政科 1.本周工作: (1)核对高龄津贴发放名单。 (2)走访困难家庭8户。\n")
    rows = units(text)
    by_lead = {}
    for task, lead, resp in rows:
        by_lead.setdefault(tuple(lead), []).append(task)
        assert resp == []
    assert by_lead[("综治科",)] == ["排查出租屋隐患12处", "完成调解案件台账整理", "开展反诈宣传进社区"]
    assert by_lead[("城建科",)] == ["督促背街小巷路灯维修"]
    assert by_lead[("民政科",)] == ["核对高龄津贴发放名单", "走访困难家庭8户"]


def test_run_in_topic_headings_give_no_rows():
    text = ("工作总结\n一、主要做法 (一)强化组织 1.成立专班: (1)制定方案。 (二)加强宣传 1.多渠道: (1)发放手册。\n")
    assert units(text) == []
