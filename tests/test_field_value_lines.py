"""(vfpA28) A people or schedule field's value on the line below its label gives what the one-line field gives:
no goal, no target, no unit. Made-up texts only."""

from rules_kit import records

from extract.rules.field_value_lines import is_lone_field_label, names_people_or_field_value

PLAN = ("石门县2033年为民办实事项目\n"
        "1.【便民出行】新建城乡公交候车亭45座,更新新能源公交车30辆。\n"
        "完成时限:\n"
        "力争2033年10月底前\n"
        "牵头单位:\n"
        "县交通运输局\n"
        "2.【放心饮水】改造农村供水管网60公里。\n"
        "完成时限:\n"
        "2033年8月底前\n"
        "牵头单位:\n"
        "县水利局\n")


def one_line(text: str) -> str:
    return text.replace(":\n", ":")


def test_lone_field_label():
    assert is_lone_field_label("完成时限:")
    assert is_lone_field_label("  联系人：")
    assert not is_lone_field_label("完成时限:2033年8月底前")  # the value on its line
    assert not is_lone_field_label("牵头单位:")  # a unit role, no people or schedule field
    assert not is_lone_field_label("工作目标:")


def test_value_below_a_lone_label():
    text = "完成时限:\n2033年8月底前\n"
    assert names_people_or_field_value("2033年8月底前", text, text.index("2033"))
    text = "目标任务:\n2033年8月底前建成供水站3座\n"
    assert not names_people_or_field_value("2033年8月底前建成供水站3座", text, text.index("2033"))


def test_deadline_below_its_label_is_no_goal_in_either_layout():
    for text in (PLAN, one_line(PLAN)):
        goals = [r.quote for r in records(text, "goal")]
        assert not any(q.endswith("底前") for q in goals), goals
    units_own = [(r.lead_units) for r in records(PLAN, "unit_assignment")]
    units_one = [(r.lead_units) for r in records(one_line(PLAN), "unit_assignment")]
    assert units_own == units_one


def test_bare_date_under_any_lone_label():
    from extract.rules.field_value_lines import bare_date

    assert bare_date("2034年5月底前") and bare_date("即日起至115年4月30日。") and bare_date("20__年10月8日至9日")
    assert not bare_date("2034年建成社区书屋12个")
    text = "二、征文比赛日期:\n2034年9月1日至15日\n"
    assert names_people_or_field_value("2034年9月1日至15日", text, text.index("2034"))
    text = "二、征文比赛说明\n2034年9月1日至15日\n"  # no label over it
    assert not names_people_or_field_value("2034年9月1日至15日", text, text.index("2034"))


def test_dated_field_below_a_numbered_label_is_no_goal_in_either_layout():
    page = ("青禾中学2034年校园读书节方案\n一、活动目标\n全校学生年人均阅读量达到12本。\n二、活动时间:\n"
            "2034年4月10日至4月30日\n三、活动内容:\n开展好书推荐和读书征文。\n")
    for text in (page, one_line(page)):
        goals = [r.quote for r in records(text, "goal")]
        assert not any(q.startswith("2034年4月10日") for q in goals), goals
