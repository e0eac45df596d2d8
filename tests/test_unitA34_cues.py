"""Made-up texts for unitA34's unit cues: duty titles closed by ``是:`` and lists whose bracket marks change script,
a body defined before a partyless lead-in, ``X是负责Y的…部门``, helper clauses inside a party's duty list."""

from extract.rules.unit_defined_duties import charged_kinds
from extract.rules.unit_duty_titles import (defined_lead_in_units, duty_title_units, marker_kind, mixed_paren_start,
                                            paren_number)
from extract.rules.unit_owners import helper_clause_in_owned_duty
from rules_kit import units


# -- unit_duty_titles -------------------------------------------------------------------------------------------------

def test_duty_title_closed_by_copula_and_colon():
    assert duty_title_units("某县文旅局的主要职责是:") == ["某县文旅局"]
    assert duty_title_units("某县文旅局主要职责如下:") == ["某县文旅局"]
    assert duty_title_units("组长的主要职责是:") is None
    assert duty_title_units("各成员按岗位履行安全职责:") is None  # a clause naming a class, no body
    assert duty_title_units("某县文旅局的主要职责是负责书屋建设") is None


def test_spaced_and_mixed_bracket_marks():
    assert marker_kind("(5 )统筹管理资金") == "paren-digit"
    assert paren_number("(一)编制规划") == 1 and paren_number("( 2)组织评选") == 2
    assert mixed_paren_start("(一)编制规划。", "(2)组织评选。")
    assert not mixed_paren_start("(一)总体要求", "(1)编制规划。")  # an outline part over its sub-items
    assert not mixed_paren_start("(一)编制规划。", "(二)组织评选。")


def test_duty_title_over_mixed_marks():
    text = ("某县文旅局简介\n某县文旅局的主要职责是:\n(一)编制全县文化发展规划,并组织实施。\n(2)组织开展全民阅读活动。\n"
            "(3)指导基层文化站业务工作。\n(4 )负责文物保护工作。会同有关部门开展文物普查。\n")
    rows = units(text)
    assert sum(1 for r in rows if r[1] == ["某县文旅局"]) == 4
    assert not any(r[2] == ["有关部门"] for r in rows)  # the 会同 clause inside the party's duty gives no row (U8b)


def test_defined_body_before_partyless_lead_in():
    assert defined_lead_in_units("某街道办事处是区政府的派出机构,行使区政府赋予的职权。主要工作职责是:") == ["某街道办事处"]
    assert defined_lead_in_units("该中心是区政府的派出机构。主要职责是:") is None  # a topic pointing back
    assert defined_lead_in_units("某街道办事处是区政府的派出机构,行使区政府赋予的职权。") is None  # no lead-in
    text = ("某街道办事处是区政府的派出机构,行使区政府赋予的职权。主要工作职责是:\n一、宣传贯彻法律法规;\n"
            "二、负责辖区城市管理工作;\n三、承办区政府交办的其他事项。\n")
    assert sum(1 for r in units(text) if r[1] == ["某街道办事处"]) == 3


# -- unit_defined_duties ----------------------------------------------------------------------------------------------

def test_charge_inside_a_definition():
    assert charged_kinds("按规定。某县文旅局是负责全县文化工作的政府工作部门。") == [(4, 18, "全县文化工作", ["某县文旅局"])]
    assert charged_kinds("该局是负责全县文化工作的政府部门。") == []
    assert charged_kinds("某县文旅局是负责全县文化工作的核心部门,其主要职责包括:\n1.编制规划。") == []


def test_defined_body_with_clauses_before_its_charge():
    rows = units("某街道办事处是区政府的派出机构,区政府直接领导,负责辖区内社会服务等行政管理工作。\n")
    assert ("辖区内社会服务等行政管理工作", ["某街道办事处"], []) in rows


def test_helper_clause_in_owned_duty():
    assert helper_clause_in_owned_duty("会同有关部门开展文物普查", [])
    assert not helper_clause_in_owned_duty("会同有关部门开展文物普查", ["某局"])
    assert not helper_clause_in_owned_duty("负责文物保护工作", [])


# -- unit_post_lines: a group's posts with their colons lost ------------------------------------------------------------

def test_post_roll():
    from extract.rules.unit_post_lines import post_roll
    assert post_roll("组长 X X 组员 X X")
    assert post_roll("组长 张三 组员 李四、王五")
    assert not post_roll("负责节目编排")
    assert not post_roll("成员 XXX,负责舞台搭建")
    text = "晚会筹备\n活动项目组:\n节目组:组长 X X 组员 X X\n宣传组:组长 X X 组员 X X\n"
    assert not any(r[1] in (["节目组"], ["宣传组"]) for r in units(text))


# -- unit_body_duty_blocks: a group staffed by a body ------------------------------------------------------------------

def test_staffed_group_bodies():
    from extract.cues import is_unit_cell
    from extract.rules.unit_body_duty_blocks import staffed_group_bodies
    assert staffed_group_bodies("(一)统筹组:主席团", is_unit_cell) == ["主席团"]
    assert staffed_group_bodies("(三)宣传组:宣传部和组织部", is_unit_cell) == ["宣传部", "组织部"]
    assert staffed_group_bodies("六、活动地点:学校礼堂", is_unit_cell) is None
    assert staffed_group_bodies("节目组:张三", is_unit_cell) is None


def test_staffed_group_rows():
    from extract.cues import is_unit_cell
    from extract.rules.unit_body_duty_blocks import staffed_group_rows
    text = ("八、人员分工\n(一)统筹组:主席团\n任务:1、确定邀请的嘉宾\n2、对晚会进行反馈\n(二)宣传组:宣传部和组织部\n"
            "宣传部任务:1、张贴海报\n2、负责现场摄影\n组织部任务:准备服装道具\n九、经费预算\n")
    rows = staffed_group_rows(text, is_unit_cell)
    assert [(t, u) for _, _, t, u, _ in rows] == [
        ("确定邀请的嘉宾", ["主席团"]), ("对晚会进行反馈", ["主席团"]), ("张贴海报", ["宣传部"]), ("负责现场摄影", ["宣传部"]),
        ("准备服装道具", ["组织部"])]
    assert text[rows[0][0]:rows[0][1]] == "统筹组:主席团\n任务:1、确定邀请的嘉宾"
    assert staffed_group_rows("(一)统筹组:主席团\n组长:张三\n", is_unit_cell) == []  # no 任务: cue below


# -- unit_duty_tables: a bodies-and-duties table with blanks between its cells -----------------------------------------

def test_spaced_duty_table_rows():
    from extract.rules.unit_duty_tables import spaced_duty_table_rows
    text = ("二、常见办公室一览表\n序号 办公室名称 主要职责说明\n1 校长办公室 统筹全校工作,制定发展规划\n2 教务处 管理教学计划、课程安排等\n"
            "三、结语\n")
    rows = spaced_duty_table_rows(text)
    assert [(t, u) for _, _, t, u, _ in rows] == [("统筹全校工作", ["校长办公室"]), ("管理教学计划、课程安排等", ["教务处"])]
    assert text[rows[0][0]:rows[0][1]] == "校长办公室 统筹全校工作,制定发展规划"
    assert spaced_duty_table_rows("序号 项目 主要职责\n1 场地布置 负责布置赛场\n") == []  # no name column


def test_spaced_duty_table_through_the_normaliser():
    text = ("学校的办公室\n序号 行政办公室名称 主要职责说明\n1 校长办公室 统筹全校工作,制定发展规划\n2 学生处 负责学生思想教育、日常管理\n"
            "3 后勤处 管理校园基础设施、物资供应\n三、结语\n")
    rows = units(text)
    assert ("统筹全校工作", ["校长办公室"], []) in rows and ("管理校园基础设施、物资供应", ["后勤处"], []) in rows
    assert sum(1 for r in rows if r[1] == ["学生处"]) == 1


# -- a defined body's charge: ``X是…的核心,负责Y``, ``X作为…中心,负责Y`` ------------------------------------------------

def test_defined_as_centre_or_core():
    assert ("员工的招聘、培训", ["人力资源部"], []) in units("某公司简介\n人力资源部是公司的核心,负责员工的招聘、培训。\n")
    assert ("全公司的协调", ["总经理办公室"], []) in units("某公司简介\n首先,总经理办公室作为决策中心,负责全公司的协调。\n")
    from extract.rules.unit_defined_duties import defined_duties
    assert defined_duties("某局作为育人的主阵地,负责学生的全面发展。", 0, []) == []  # no body's kind after 作为
    assert defined_duties("某局作为牵头单位的协调中心,负责全县的协调。", 0, [])


def test_staff_task_is_no_post_rest():
    from extract.rules.unit_people_parties import people_list
    assert not people_list(["人力资源部"], "人力资源部负责员工的招聘", "员工的招聘")
    assert people_list(["局党委委"], "局党委委员、副局长张三负责", "员、副局长张三")


# -- unit_charge_finders: ``X还要负责Y`` --------------------------------------------------------------------------------

def test_one_more_charge():
    assert ("购买舞台道具", ["信息部"], []) in units("晚会筹备\n1、舞台。信息部还要负责购买舞台道具,如礼花。\n")
    assert ("购买舞台道具", ["信息部"], []) in units("晚会筹备\n1、舞台。信息部也要负责购买舞台道具。\n")


# -- unit_host_blocks: 主办方/承办方, the event named by its field, a masked place with blanks ------------------------------

def test_plan_name_field_and_host_party_labels():
    from extract.cues import is_unit_cell
    from extract.rules.unit_host_blocks import plan_host_block, plan_name_field
    text = ("一、活动主题:青春启航,温暖前行\n二、活动目的:丰富校园文化生活。\n三、主办方:某大学文理学院\n承办方:某大学人文学部\n"
            "四、活动地点:师生活动中心\n")
    assert plan_name_field(text) == (7, "青春启航,温暖前行")
    got = plan_host_block(text, is_unit_cell)
    assert got is not None and got[2:] == (["某大学文理学院"], ["某大学人文学部"], "青春启航,温暖前行")
    assert plan_name_field("某县文旅局简介\n一、单位地址:某路1号\n") is None


def test_masked_place_with_blanks_is_one_name():
    from extract.cues import is_unit_cell
    from extract.rules.unit_host_blocks import plan_host_block
    text = ("前言。\n一、 活动名称:团学狂欢夜晚会\n二、 活动时间:12月23日晚\n三、 主办单位:北京X X X X校团委\n"
            "四、 承办单位:校团委学生会学习部\n五、活动流程\n")
    got = plan_host_block(text, is_unit_cell)
    assert got is not None and got[2:] == (["北京X X X X校团委"], ["校团委学生会学习部"], "团学狂欢夜晚会")
