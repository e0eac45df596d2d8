"""(lead40) Unit rows on duty pages and event plans: working groups under a heading that divides the work, a bare duty
title under the paragraph that defines its body, and rolls of people's names. Made-up texts only."""

import pytest

from rules_kit import units
from extract.rules.division_teams import divides_work, team_name, team_under_division
from extract.rules.unit_duty_titles import bare_duty_title, defined_body_above
from extract.rules.unit_post_lines import name_roll

NOTICE = "关于举办第五届田径运动会的通知\n"


def test_groups_under_a_division_heading_own_their_items():
    text = NOTICE + "二、工作任务与分工\n(一)综合组\n1.组织安排开幕式议程;\n2.印制分发秩序册。\n(二)宣传组\n1.制定宣传工作方案;\n2.赛场宣传报道。\n"
    assert units(text) == [("组织安排开幕式议程", ["综合组"], []), ("印制分发秩序册", ["综合组"], []),
                           ("制定宣传工作方案", ["宣传组"], []), ("赛场宣传报道", ["宣传组"], [])]


def test_groups_under_a_numbered_division_heading():
    text = "二、职责分工\n1.竞赛组\n(1)负责编排竞赛日程;\n(2)负责裁判员培训。\n2.后勤保障组\n(1)负责场地布置;\n"
    assert [(t, lead) for t, lead, _ in units(text)] == [
        ("负责编排竞赛日程", ["竞赛组"]), ("负责裁判员培训", ["竞赛组"]), ("负责场地布置", ["后勤保障组"])]


def test_groups_in_the_make_up_part_own_nothing():
    text = NOTICE + "一、组织机构\n(三)工作小组\n1.综合组\n负责人:张三 联系人:李四\n2.宣传组\n负责人:王五\n"
    assert units(text) == []


def test_contestant_divisions_are_no_groups():
    assert team_name("(一)男子组") is None and team_name("(二)小学组") is None
    assert team_under_division(["二、比赛分组", "(一)男子组"]) is None


@pytest.mark.parametrize("heading, divides", [
    ("二、工作任务与分工", True), ("三、职责分工", True), ("(二)各组职责", True), ("四、任務分工", True),
    ("二、活动内容", False), ("一、组织机构", False),
])
def test_division_headings(heading, divides):
    assert divides_work(heading) is divides


def test_a_bare_duty_title_under_a_defining_paragraph():
    text = ("学校资助管理中心是学生资助工作的具体办事机构,在学校的领导下开展资助管理工作。\n一、主要职责\n"
            "1.负责学生资助信息的上报工作。\n2.指导班主任认定资助对象。\n二、工作要求\n1.严格执行公示制度。\n")
    assert units(text) == [("负责学生资助信息的上报工作", ["学校资助管理中心"], []),
                           ("指导班主任认定资助对象", ["学校资助管理中心"], [])]


def test_an_unmarked_bare_duty_title_under_a_defining_sentence():
    text = "教研室是学校教学研究的管理机构。\n主要职责:\n1.组织教师开展教学研究。\n2.负责课题申报。\n"
    assert units(text) == [("组织教师开展教学研究", ["教研室"], []), ("负责课题申报", ["教研室"], [])]


def test_a_bare_duty_title_under_no_definition_gives_no_owner():
    text = "学校是育人的主阵地。\n一、主要职责\n1.组织教师开展教学研究。\n2.做好课题申报。\n"
    assert units(text) == []


@pytest.mark.parametrize("line, bare", [
    ("一、主要职责", True), ("主要职责:", True), ("工作职责", True), ("(二)职责", True),
    ("甲局主要职责", False), ("组长职责", False), ("二、工作要求", False),
])
def test_bare_duty_titles(line, bare):
    assert bare_duty_title(line) is bare


def test_defined_body_above():
    assert defined_body_above("甲中心是学生资助工作的具体办事机构,在学校的领导下开展工作。\n") == ["甲中心"]
    assert defined_body_above("该中心是学校的办事机构。\n") is None
    assert defined_body_above("学校是育人的主阵地。\n") is None


def test_a_roll_of_names_under_a_members_label_is_no_row():
    text = NOTICE + "一、组织机构\n(一)运动会组织委员会\n主  任:张三\n委  员:(按姓氏笔划)\n王一  陈二 陈三 林四 吴五\n秘书长:赵六\n"
    assert units(text) == []


@pytest.mark.parametrize("line, roll", [
    ("王一  陈二 陈三 林四 吴 五", True), ("张三、李四、王五、赵六", True),
    ("教育局 财政局 人社局 卫健委", False), ("王一 陈二", False), ("负责全校的安全保卫工作", False),
])
def test_name_rolls(line, roll):
    assert name_roll(line) is roll
