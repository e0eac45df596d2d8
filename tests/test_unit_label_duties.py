"""(unitB24) A unit label on its line with its ``职责:`` line under it (U4a, twenty-first round): each label its own
row, task the duty line. Made-up texts."""

from rules_kit import units

from extract.rules.unit_label_duties import label_duty_rows

PLAN = ("2031年全民读书月活动方案\n一、组织分工\n1.牵头单位:某区图书馆\n职责:负责读书月活动的统筹安排\n"
        "2.成员单位:某区教育局、某区总工会、各街道。\n职责:按分工组织本系统读者参加活动,及时报送活动信息\n二、活动安排\n")


def test_each_label_gives_its_row():
    assert [(lead, resp) for _, lead, resp in units(PLAN)] == [
        (["某区图书馆"], []), ([], ["某区教育局", "某区总工会", "各街道"])]


def test_the_task_is_the_duty_without_its_charge():
    rows = label_duty_rows(PLAN)
    assert [t for _, _, t, _, _ in rows] == ["读书月活动的统筹安排", "按分工组织本系统读者参加活动"]
    a, b = rows[0][0], rows[0][1]
    assert PLAN[a:b] == "牵头单位:某区图书馆\n职责:负责读书月活动的统筹安排"


def test_members_without_a_lead_label_give_no_row():
    text = "一、组织机构\n成员单位:某区教育局、某区总工会\n职责:按分工组织本系统读者参加活动\n"
    assert label_duty_rows(text) == []


def test_a_label_with_no_duty_line_gives_no_row_here():
    text = "一、组织分工\n牵头单位:某区图书馆\n配合单位:某区教育局\n"
    assert label_duty_rows(text) == []


def test_a_label_set_as_a_numbered_heading_joins_the_helpers_label_below():
    text = ("某镇2031年读书节活动方案\n一、活动安排\n(1)时间:2031年4月\n\n(2)内容:组织各村书屋开展亲子共读活动。\n\n"
            "(3)负责单位:镇文化站、镇中心小学\n\n协助单位:各村委会、镇新华书店\n")
    rows = [(lead, resp) for _, lead, resp in units(text)]
    assert (["镇文化站", "镇中心小学"], ["各村委会", "镇新华书店"]) in rows


def test_with_label_title_keeps_a_plain_title():
    from extract.rules.unit_label_duties import with_label_title
    assert with_label_title("组织亲子共读活动", "协助单位:各村委会", [], ["各村委会"]) == ([], ["各村委会"])
