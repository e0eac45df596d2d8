"""(unitB24) Unit headings run into one paragraph: ``(一)甲部 1.近期工作: (1)…(2)… (二)乙科 1.近期工作: (1)…``, each
unit's name owns the items up to the next heading (U8, U8a). Made-up texts."""

from rules_kit import units

from extract.rules.unit_prose import duty_unit
from extract.rules.unit_run_headings import block_items, run_headings, unit_run_heading_rows

PAGE = ("例会记录\n会议内容\n一、各科室本周工作汇报 (一)办税服务科 1.本周工作: (1)完成窗口人员轮岗安排。 (2)整理三月办件台账。"
        " (二)综合股 1.本周工作: (1)更新门户网站公示栏。 2.下周计划: (1)筹备季度安全检查。 (三)后勤中心 (1)检修食堂排烟设备。\n")


def test_each_heading_owns_its_items():
    rows = units(PAGE)
    assert [(task, lead, resp) for task, lead, resp in rows] == [
        ("完成窗口人员轮岗安排", ["办税服务科"], []),
        ("整理三月办件台账", ["办税服务科"], []),
        ("更新门户网站公示栏", ["综合股"], []),
        ("筹备季度安全检查", ["综合股"], []),
        ("检修食堂排烟设备", ["后勤中心"], []),
    ]


def test_the_first_quote_starts_at_the_unit():
    line = PAGE.split("\n")[2]
    hits = unit_run_heading_rows(line, 0, duty_unit)
    assert line[hits[0].start:hits[0].end].startswith("办税服务科 1.本周工作: (1)完成")
    assert line[hits[1].start:hits[1].end] == "整理三月办件台账"


def test_one_heading_is_no_run():
    assert run_headings("(一)办税服务科 (1)完成窗口人员轮岗安排。", duty_unit) == []


def test_headings_that_name_no_unit_are_no_run():
    assert run_headings("(一)加强领导 1.成立专班。 (二)强化宣传 1.印发手册。", duty_unit) == []


def test_numbered_items_when_no_bracketed_ones():
    text = "(一)财务科 1.完成预算编制。2.清理往来款项。"
    assert [text[a:b] for a, b in block_items(text, 0, len(text))] == ["完成预算编制。", "清理往来款项。"]


def test_items_under_a_work_kind_sub_heading_keep_the_unit_heading():
    text = ("工作安排\n一、各股室工作安排\n(一)政策法规股\n1.本月工作:\n(1)修订执法案卷评查细则。\n(2)开展普法进社区活动。\n"
            "2.下月计划:\n(1)组织执法人员轮训。\n(二)行政审批股\n1.本月工作:\n(1)清理过期许可档案。\n")
    assert [(task, lead) for task, lead, _ in units(text)] == [
        ("修订执法案卷评查细则", ["政策法规股"]), ("开展普法进社区活动", ["政策法规股"]),
        ("组织执法人员轮训", ["政策法规股"]), ("清理过期许可档案", ["行政审批股"])]


def test_a_work_kind_label_under_no_unit_keeps_its_path():
    from extract.rules.units import bare_unit_heading
    from extract.rules.unit_run_headings import owner_above_work_kind
    assert owner_above_work_kind(["保障措施", "加强领导", "本月工作:"], bare_unit_heading) == ["保障措施", "加强领导", "本月工作:"]
    assert owner_above_work_kind(["安排", "财务科", "本月工作:"], bare_unit_heading) == ["安排", "财务科"]
