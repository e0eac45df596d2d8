"""Duty headings (rules.unit_duty_headings, U8b (ii) over (iii), U8b (iii)): made-up texts only."""

from rules_kit import units


def test_items_with_their_own_subject_under_a_members_duty_heading():
    rows = units("五、联席会议成员单位职责\n成员单位要发挥职能作用,形成工作合力。\n(一)某省文旅厅负责联席会议的日常协调。\n"
                 "(二)某省统计局负责提供年度统计数据。\n(三)某省财政厅负责落实专项经费。\n")
    leads = [r[1] for r in rows]
    assert ["某省统计局"] in leads and ["某省财政厅"] in leads
    assert not any("成员单位" in u for r in rows for u in r[1])


def test_items_without_a_subject_stay_the_duty_heading_units():
    rows = units("(三)某县卫健局职责\n1.负责托育机构卫生保健指导。\n2.负责婴幼儿预防接种管理。\n")
    assert rows and all(r[1] == ["某县卫健局"] for r in rows)


def test_party_duty_headings_over_a_paragraph():
    rows = units("二、职责\n1. 指挥部职责\n统筹全县防汛工作,组织会商研判,发布预警信息。\n2. 副指挥长职责\n协助指挥长开展工作。\n"
                 "三、各方责任\n1. 社区责任\n各社区要做好低洼地带人员转移,落实包保责任。\n2. 医院责任\n医院要储备急救药品,确保随时出诊。\n")
    got = {tuple(lead): task for task, lead, _ in rows}
    assert got.get(("指挥部",)) == "统筹全县防汛工作"
    assert got.get(("社区",)) == "做好低洼地带人员转移"
    assert got.get(("医院",)) == "储备急救药品"
    assert not any("副指挥长" in u for r in rows for u in r[1])  # a person's heading (U4a)


def test_party_duty_heading_over_a_nested_list_is_no_single_row():
    rows = units("四、专班成员单位职责\n成员单位要各司其职,密切配合。\n(一)某县住建局负责工地排查。\n(二)某县应急局负责预案修订。\n")
    assert not any(r[1] == ["专班成员单位"] for r in rows)
    assert ["某县住建局"] in [r[1] for r in rows]


def test_part_titles_under_an_office_heading_name_no_task():
    """(unitA26) ``(一)主要职责``, ``(二)内设机构`` under a unit's heading title parts of its page: no rows of their own."""
    from extract.rules.unit_duty_headings import is_part_title

    assert is_part_title("主要职责") and is_part_title("内设机构:") and is_part_title("领导分工")
    assert not is_part_title("负责档案接收") and not is_part_title("主要任务")
    rows = units("一、某市天文馆\n(一)主要职责\n1.举办科普讲座。\n2.维护观测设备。\n(二)内设机构\n展教部、技术部。\n")
    assert ("举办科普讲座", ["某市天文馆"], []) in rows
    assert not any(r[0] in ("主要职责", "内设机构") for r in rows)
