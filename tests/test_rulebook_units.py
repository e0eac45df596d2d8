"""Rulebook conformance of unit_assignment: each test is named after a rule of eval/README.md (U*, G*)
and reads that rule's own made-up example (or a made-up text showing it and a near-miss it excludes)
through the rules pipeline. Made-up pages only."""

import pytest

from extract.normalise import to_simplified
from rules_kit import records
from rules_kit import units

PAGE = "某区2031年教育工作要点\n\n{}\n"


def rows(text):
    return units(PAGE.format(text))


def quotes(text):
    return [r.quote for r in records(PAGE.format(text), "unit_assignment")]


# ---- U1: one record per task that names responsible units ----

def test_U1_running_text_bracket():
    assert rows("1.新建幼儿园。2031年新建公办幼儿园3所。(牵头单位:区教育局;责任单位:区住建局、区财政局)") == [
        ("新建幼儿园", ["区教育局"], ["区住建局", "区财政局"])]


def test_U1_table_rows():
    table = ("序号 | 重点任务 | 牵头单位 | 责任单位\n"
             "1 | 新建幼儿园 | 区教育局 | 区住建局\n"
             "2 | 改造薄弱学校 | 区教育局 | 区财政局、各街道")
    assert rows(table) == [("新建幼儿园", ["区教育局"], ["区住建局"]),
                           ("改造薄弱学校", ["区教育局"], ["区财政局", "各街道"])]


def test_U1_near_miss_task_without_units():
    assert rows("1.新建幼儿园。2031年新建公办幼儿园3所,新增学位900个。") == []


# ---- U2: task = title cell, or the task's own title / first clause ----

def test_U2_title_column_over_task_column():
    table = ("序号 | 项目名称 | 重点任务 | 牵头单位\n"
             "1 | 甲园扩建工程 | 新增学位300个 | 区教育局")
    assert rows(table) == [("甲园扩建工程", ["区教育局"], [])]


def test_U2_task_column_when_no_title_column():
    table = ("序号 | 重点任务 | 牵头单位\n"
             "1 | 实施课后服务提质行动 | 区教育局")
    assert rows(table) == [("实施课后服务提质行动", ["区教育局"], [])]


def test_U2_running_text_first_clause():
    got = rows("(三)推进集团化办学。组建教育集团5个,覆盖全区中小学。(牵头单位:区教育局)")
    assert [t for t, _, _ in got] == ["推进集团化办学"]


# ---- U3: splitting ----

def test_U3_bracketed_collective_is_one_unit():
    assert rows("4.改善办学条件。完成校舍改造。(牵头单位:区教育局;责任单位:区财政局、各镇(开发区、街道))") == [
        ("改善办学条件", ["区教育局"], ["区财政局", "各镇(开发区、街道)"])]


def test_U3_separators():
    assert rows("4.改善办学条件。完成校舍改造。(牵头单位:区教育局;责任单位:区财政局,区住建局;区资规局 区城管局)") == [
        ("改善办学条件", ["区教育局"], ["区财政局", "区住建局", "区资规局", "区城管局"])]


def test_U3_trailing_deng_dropped_and_collective_tail_kept():
    assert rows("4.改善办学条件。完成校舍改造。(牵头单位:区教育局;责任单位:区财政局、区住建局等,相关镇街)") == [
        ("改善办学条件", ["区教育局"], ["区财政局", "区住建局", "相关镇街"])]


def test_U3_trailing_ji_dropped():
    assert rows("4.改善办学条件。完成校舍改造。(牵头单位:区教育局;责任单位:区财政局及)") == [
        ("改善办学条件", ["区教育局"], ["区财政局"])]


def test_U3_collective_tail_level_departments():
    assert rows("4.改善办学条件。完成校舍改造。(牵头单位:区教育局;责任单位:区级相关部门)") == [
        ("改善办学条件", ["区教育局"], ["区级相关部门"])]


# ---- U3a: units copied as written; 财政 as a payer gives no row ----

def test_U3a_short_names_copied():
    assert rows("开展校园安全整治。(牵头单位:区教育;配合单位:区卫健、区财政)") == [
        ("开展校园安全整治", ["区教育"], ["区卫健", "区财政"])]


def test_U3a_funding_payer_gives_no_row():
    assert rows("所需经费由区财政统筹安排。") == []
    assert rows("项目资金全部由市财政承担。") == []


def test_U3a_finance_office_as_party_is_a_unit():
    assert rows("开展学校食堂检查。(牵头单位:区教育局;配合单位:区财政局)") == [
        ("开展学校食堂检查", ["区教育局"], ["区财政局"])]


# ---- U3b: an unbracketed collective is split on its 、 ----

def test_U3b_unbracketed_level_list_split():
    assert rows("开展校园周边治理。(牵头单位:市教育局;配合单位:市民政局,各乡、镇政府)") == [
        ("开展校园周边治理", ["市教育局"], ["市民政局", "各乡", "镇政府"])]


def test_U3b_bracketed_level_list_one_unit():
    assert rows("开展校园周边治理。(牵头单位:市教育局;配合单位:各旗(县、区)人民政府)") == [
        ("开展校园周边治理", ["市教育局"], ["各旗(县、区)人民政府"])]


# ---- U4: label roles ----

def test_U4_lead_and_responsible_labels():
    assert rows("推进智慧校园建设。(牵头部门:区教育局;参与单位:区大数据局)") == [
        ("推进智慧校园建设", ["区教育局"], ["区大数据局"])]
    assert rows("推进智慧校园建设。(牵头单位:区教育局;责任部门:区大数据局)") == [
        ("推进智慧校园建设", ["区教育局"], ["区大数据局"])]


def test_U4_unit_both_lead_and_responsible():
    assert rows("推进智慧校园建设。(牵头单位:区教育局;责任单位:区教育局、区大数据局)") == [
        ("推进智慧校园建设", ["区教育局"], ["区教育局", "区大数据局"])]


# ---- U4a: column and label roles by their words ----

def test_U4a_lone_responsible_label_in_running_text():
    assert rows("开展校园周边整治。(负责部门:区市场监管局)") == [("开展校园周边整治", [], ["区市场监管局"])]
    assert rows("开展校园周边整治。(责任单位:区市场监管局)") == [("开展校园周边整治", [], ["区市场监管局"])]


def test_U4a_main_responsible_column_is_lead():
    table = ("序号 | 重点任务 | 主要责任单位 | 协同单位\n"
             "1 | 建设智慧校园 | 区教育局 | 区大数据局")
    assert rows(table) == [("建设智慧校园", ["区教育局"], ["区大数据局"])]


def test_U4a_people_columns_give_no_units():
    table = ("序号 | 重点任务 | 牵头单位 | 责任领导\n"
             "1 | 建设智慧校园 | 区教育局 | 张三")
    assert rows(table) == [("建设智慧校园", ["区教育局"], [])]


def test_U4a_lone_task_column_responsible_is_lead():
    table = ("序号 | 工作任务 | 责任部门\n"
             "1 | 建设智慧校园 | 区教育局")
    assert rows(table) == [("建设智慧校园", ["区教育局"], [])]


def test_U4a_metadata_field_is_furniture():
    assert rows("公开责任部门:区教育局\n发布日期:2031-01-01") == []


# ---- U4b: tails ----

def test_U4b_deng_ji_joint():
    assert rows("推进课后服务。(牵头单位:区教育局;配合单位:区教委等及各镇街)") == [
        ("推进课后服务", ["区教育局"], ["区教委", "各镇街"])]


def test_U4b_class_noun_after_deng():
    assert rows("推进课后服务。(牵头单位:区教育局;配合单位:区卫健委等相关部门,各街道)") == [
        ("推进课后服务", ["区教育局"], ["区卫健委", "各街道"])]


def test_U4b_deng_bumen_list():
    assert rows("推进课后服务。(牵头单位:区教育局;配合单位:教育、卫生、城管、工商等部门)") == [
        ("推进课后服务", ["区教育局"], ["教育", "卫生", "城管", "工商"])]


def test_U4b_lost_closing_bracket_ends_at_line():
    assert rows("推进课后服务。(牵头单位:区教育局;配合单位:区财政局\n下一段文字说明情况。") == [
        ("推进课后服务", ["区教育局"], ["区财政局"])]


# ---- U4c: 会同, stated key, 承办部门, 责任单位 beside 配合单位, '/' cell ----

def test_U4c_huitong():
    assert rows("由区教育局会同区财政局制定学校布局规划。") == [
        ("制定学校布局规划", ["区教育局"], ["区财政局"])]


def test_U4c_stated_key():
    text = ("以下各项任务责任单位中,列在首位的为牵头单位。\n"
            "1.建设智慧校园。(区教育局、区大数据局、区财政局)")
    assert rows(text) == [("建设智慧校园", ["区教育局"], ["区大数据局", "区财政局"])]


def test_U4c_responsible_beside_cooperating_is_lead():
    table = ("序号 | 重点任务 | 责任单位 | 配合单位\n"
             "1 | 建设智慧校园 | 区教育局 | 区大数据局")
    assert rows(table) == [("建设智慧校园", ["区教育局"], ["区大数据局"])]


def test_U4c_undertaking_department_is_responsible():
    assert rows("建设智慧校园。(牵头单位:区教育局;承办部门:区大数据局)") == [
        ("建设智慧校园", ["区教育局"], ["区大数据局"])]


def test_U4c_slash_cell_names_no_unit():
    table = ("序号 | 重点任务 | 牵头单位 | 配合单位\n"
             "1 | 建设智慧校园 | 区教育局 | /")
    assert rows(table) == [("建设智慧校园", ["区教育局"], [])]


# ---- U4d: 主体责任单位 / 第一责任单位 ----

def test_U4d_subject_column_without_lead_is_lead():
    table = ("重点任务 | 主体责任单位 | 配合单位\n"
             "新建幼儿园 | 区教育局 | 区财政局")
    assert rows(table) == [("新建幼儿园", ["区教育局"], ["区财政局"])]


def test_U4d_subject_column_beside_lead_is_responsible():
    table = ("重点任务 | 牵头责任单位 | 主体责任单位 | 配合责任单位\n"
             "新建幼儿园 | 区教育局 | 区住建局 | 区财政局")
    assert rows(table) == [("新建幼儿园", ["区教育局"], ["区住建局", "区财政局"])]


def test_U4d_stated_first_unit_key():
    assert rows("推进产教融合。(责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同))") == [
        ("推进产教融合", ["市发改委"], ["市财政局"])]


def test_U4d_duty_phrase_in_running_text_no_row():
    assert rows("各学校要落实安全管理主体责任,校长承担第一责任人责任。") == []


# ---- U4e: 协作 / 参加单位 ----

def test_U4e_xiezuo_clause_roles():
    got = rows("此次义诊由各社区积极协作、区人民医院具体负责实施。")
    assert [(ld, rs) for _, ld, rs in got] == [(["区人民医院"], ["各社区"])]


def test_U4e_participating_label():
    text = "三、健康宣传\n参加单位:区卫健局、区民政局"
    got = rows(text)
    assert [(ld, rs) for _, ld, rs in got] == [([], ["区卫健局", "区民政局"])]


# ---- U5: quotes ----

def test_U5_running_text_quote_to_closing_bracket():
    assert quotes("1.新建幼儿园。2031年新建公办幼儿园3所。(牵头单位:区教育局;责任单位:区住建局)") == [
        "新建幼儿园。2031年新建公办幼儿园3所。(牵头单位:区教育局;责任单位:区住建局)"]


def test_U5_table_quote_title_to_last_unit_cell():
    table = ("序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限\n"
             "1 | 新建幼儿园 | 区教育局 | 区住建局 | 2031年底")
    assert quotes(table) == ["新建幼儿园 | 区教育局 | 区住建局"]


# ---- U6: a single unit cell is the lead ----

def test_U6_single_unit_column():
    table = ("序号 | 项目名称 | 责任单位 | 完成时限\n"
             "1 | 建设残疾人康复中心 | 某县残联 | 2031年")
    assert rows(table) == [("建设残疾人康复中心", ["某县残联"], [])]


# ---- U7: running-text clauses ----

def test_U7_you_x_fuze():
    got = rows("由区公安分局负责校园周边交通秩序整治。")
    assert got == [("校园周边交通秩序整治", ["区公安分局"], [])]


def test_U7_x_qiantou_fuze():
    assert rows("区教育局牵头负责学校安全工作。") == [("学校安全工作", ["区教育局"], [])]


def test_U7_huitong_wancheng():
    # (the task keeps the verb after the helper, as the gold of ``X会同Y研究讨论`` does: a doubt on U7's ``Y``)
    assert rows("区教育局会同区财政局完成经费测算。") == [("完成经费测算", ["区教育局"], ["区财政局"])]


def test_U7_assisting_clause():
    got = rows("由区教育局负责校舍安全排查,区住建局、区应急局等单位要按照职责分工密切配合。")
    assert [(ld, rs) for _, ld, rs in got] == [(["区教育局"], ["区住建局", "区应急局"])]


def test_U7_near_misses():
    assert rows("学校实行校长负责制。") == []
    assert rows("各学校负责做好学生安全教育。") == []
    assert rows("家长负责接送学生。") == []
    assert rows("牵头单位负责统筹协调。") == []
    assert rows("形成教育行政部门负责、学校具体落实的工作机制。") == []
    assert rows("联系人:王五,负责人:李四。") == []


def test_U7_unbracketed_role_parts():
    got = rows("1.开展校园安全排查。每学期排查一次。区教育局牵头;区公安分局配合;各学校落实")
    assert [(ld, rs) for _, ld, rs in got] == [(["区教育局"], ["区公安分局", "各学校"])]


# ---- U7a: the issuing notice ----

def test_U7a_notice_gives_no_row():
    text = ("各街道,区政府各部门:\n现将《某区2031年教育实事任务分解表》印发给你们,请认真贯彻落实。"
            "区政府督查室将会同有关部门对落实情况进行督查。\n某区人民政府办公室\n2031年1月5日\n"
            "序号 | 重点任务 | 牵头单位\n1 | 新建幼儿园 | 区教育局")
    assert units(text) == [("新建幼儿园", ["区教育局"], [])]


# ---- U7b: requests for help ----

def test_U7b_request_for_help():
    assert rows("区卫健局拟于6月开展托育机构安全检查,需要区消防救援大队、区市场监管局的配合,特此请示。") == [
        ("开展托育机构安全检查", ["区卫健局"], ["区消防救援大队", "区市场监管局"])]


def test_U7b_near_misses():
    assert rows("现特向区政府请示。") == []
    assert rows("请市财政局给予资金支持。") == []
    assert rows("在区民政局的大力支持下,养老中心顺利建成。") == []


# ---- U7c: a closing bracket with 负责 and no 牵头 ----

def test_U7c_bracket_fuze_all_responsible():
    assert rows("开展学生体质监测。(区教育局、区卫健委按职责分工负责)") == [
        ("开展学生体质监测", [], ["区教育局", "区卫健委"])]


def test_U7c_bracket_single_unit():
    assert rows("开展学生体质监测。(区卫健委负责)") == [("开展学生体质监测", [], ["区卫健委"])]


def test_U7c_bracket_with_qiantou():
    assert rows("开展学生体质监测。(区教育局牵头负责)") == [("开展学生体质监测", ["区教育局"], [])]
    assert rows("开展学生体质监测。(区教育局牵头,区卫健委按职责分工负责)") == [
        ("开展学生体质监测", ["区教育局"], ["区卫健委"])]


# ---- U7d: X named by kind or relation; 各… excluded ----

def test_U7d_party_by_relation():
    assert rows("实验室安全检查,由实验室所在学院负责;宿舍用电检查,由各学院负责。") == [
        ("实验室安全检查", ["实验室所在学院"], [])]


def test_U7d_helper_named_by_kind():
    got = rows("家属区的消防安全管理,由相关物业公司负责、保卫处配合。")
    assert [(ld, rs) for _, ld, rs in got] == [(["相关物业公司"], ["保卫处"])]


# ---- U7e: 主办/承办 in running text; as labels ----

def test_U7e_running_text_no_row():
    assert rows("由市体育局主办、市游泳协会承办的全市中小学游泳赛今日开赛。") == []


def test_U7e_labels():
    text = "三、全市中小学游泳赛\n主办单位:市体育局 承办单位:市游泳协会\n比赛设男子组和女子组。"
    got = rows(text)
    assert [(ld, rs) for _, ld, rs in got] == [(["市体育局"], ["市游泳协会"])]


def test_U7e_labels_near_miss_footer():
    text = "比赛设男子组和女子组。\n主办单位:某区人民政府办公室 承办单位:某区大数据中心\n网站标识码:1234567890"
    assert rows(text) == []


# ---- U8 / U8a / U8b: owners of blocks ----

def test_U8_heading_owns_items():
    text = "二、学工部\n1.组织新生入学教育。\n2.开展学生资助工作。\n联系人:王五"
    got = rows(text)
    assert [(t, ld, rs) for t, ld, rs in got] == [
        ("组织新生入学教育", ["学工部"], []), ("开展学生资助工作", ["学工部"], [])]


def test_U8a_label_owns_block():
    assert rows("进展情况:\n区城管局:1.清理占道摊点。2.增设停车位。") == [
        ("清理占道摊点", ["区城管局"], []), ("增设停车位", ["区城管局"], [])]


def test_U8a_date_is_no_item_marker():
    got = rows("进展情况:\n区教育局:1月12日、2月3日分两批完成校舍排查。\n区卫健委:3月5日完成食堂检查。")
    assert [(ld, rs) for _, ld, rs in got] == [(["区教育局"], []), (["区卫健委"], [])]


def test_U8a_single_numbered_block_near_misses():
    # (eighteenth round, second adjudication, U8c) one item alone under a progress heading gives one row
    assert rows("进展情况:\n区城管局:1.清理占道摊点。") == [("清理占道摊点", ["区城管局"], [])]
    assert rows("记者从区教育局获悉:1.5万名学生参加了体检。") == []  # no office's label, a decimal


def test_U8b_label_by_kind():
    assert rows("三、工作职责\n各成员单位:按职责做好宣传发动。\n试点学校:每学期开展2次演练。") == [
        ("按职责做好宣传发动", ["各成员单位"], []), ("每学期开展2次演练", ["试点学校"], [])]


def test_U8b_people_and_non_party_labels():
    assert rows("三、工作职责\n班主任:做好学生安全教育。\n工作时间:每周一至周五。") == []


# ---- U1a: allocation tables give no unit rows ----

def test_U1a_allocation_table():
    text = "2031年社区书屋任务分配表\n单位 | 书屋(个)\n东山镇 | 3\n西山镇 | 2"
    assert units(text) == []


# ---- General rules bearing on unit rows ----

def test_G2_notice_holds_no_rows():
    text = "各街道、区政府各部门:\n现将方案印发给你们,由区教育局负责组织实施,请认真贯彻执行。\n某区人民政府\n2031年1月5日"
    assert units(text) == []


def test_G4_repeated_task_gives_two_rows():
    line = "开展校园周边整治。(牵头单位:区教育局;责任单位:区公安分局)"
    got = records(PAGE.format(line + "\n\n记者王五\n" + line), "unit_assignment")
    assert len(got) == 2 and got[0].quote != got[1].quote


def test_N18_cut_unit_gives_no_row():
    assert units("某区新闻\n开展校园周边整治。(牵头单位:") == []


# ---- second batch: the other clauses of each rule ----

def test_U3a_items_of_a_deng_bumen_list():
    assert rows("开展校园周边整治。(牵头单位:区教育局;配合单位:公安、城管、市场监管、卫生健康等部门)") == [
        ("开展校园周边整治", ["区教育局"], ["公安", "城管", "市场监管", "卫生健康"])]


def test_U3a_abbreviations_and_cut_names():
    assert rows("开展关爱行动。(牵头单位:妇联;配合单位:残联、县编办)") == [
        ("开展关爱行动", ["妇联"], ["残联", "县编办"])]
    assert rows("编制学校布局规划。(牵头单位:区教育局;配合单位:县规划、区机关事务)") == [
        ("编制学校布局规划", ["区教育局"], ["县规划", "区机关事务"])]


def test_U3a_funding_payers_no_row():
    assert rows("改造资金由市财政安排专项资金列支。") == []
    assert rows("項目資金全部由省級財政承擔。") == []
    assert rows("所需资金由中央财政承担。") == []


def test_U3a_finance_office_doing_a_task():
    got = rows("县财政局负责落实学生资助资金。")
    assert [(ld, rs) for _, ld, rs in got] == [(["县财政局"], [])]


def test_U3b_counted_collective_split():
    assert rows("开展校园周边治理。(牵头单位:县教育局;配合单位:8个街道、乡)") == [
        ("开展校园周边治理", ["县教育局"], ["8个街道", "乡"])]


def test_U3b_angle_bracketed_level_list_one_unit():
    assert rows("开展校园周边治理。(牵头单位:市教育局;配合单位:各旗<县、区>人民政府)") == [
        ("开展校园周边治理", ["市教育局"], ["各旗<县、区>人民政府"])]


def test_U4a_lead_column_words():
    for word in ("牵头责任单位", "主责单位"):
        table = f"序号 | 重点任务 | {word} | 配合单位\n1 | 建设智慧校园 | 区教育局 | 区大数据局"
        assert rows(table) == [("建设智慧校园", ["区教育局"], ["区大数据局"])], word


def test_U4a_responsible_column_words():
    for word in ("协同配合单位", "协办单位", "责任科室", "承办部门", "参与单位"):
        table = f"序号 | 重点任务 | 牵头单位 | {word}\n1 | 建设智慧校园 | 区教育局 | 区大数据局"
        assert rows(table) == [("建设智慧校园", ["区教育局"], ["区大数据局"])], word


def test_U4a_people_column_words():
    for word in ("分管领导", "联系领导", "责任人", "区领导"):
        table = f"序号 | 重点任务 | 牵头单位 | {word}\n1 | 建设智慧校园 | 区教育局 | 李四"
        assert rows(table) == [("建设智慧校园", ["区教育局"], [])], word


def test_U4a_running_text_lone_label_lines():
    assert rows("1.开展校园周边整治。\n责任科室:安全科") == [("开展校园周边整治", [], ["安全科"])]
    assert rows("1.开展校园周边整治。\n责任部门:区教育局") == [("开展校园周边整治", [], ["区教育局"])]


def test_U4a_fuze_bumen_with_people_field():
    got = rows("开展校园文化宣传。(负责部门:学生会宣传部、负责人:)")
    assert [(ld, rs) for _, ld, rs in got] == [([], ["学生会宣传部"])]


def test_U4a_lone_fuze_column_is_lead():
    table = "序号 | 工作任务 | 負責部門\n1 | 建设智慧校园 | 區教育局"
    assert rows(table) == [("建设智慧校园", [to_simplified("區教育局")], [])]  # (units read in the normalised script)


def test_U4a_fuze_column_beside_lead_is_responsible():
    table = "序号 | 工作任务 | 牵头单位 | 负责单位\n1 | 建设智慧校园 | 区教育局 | 区大数据局"
    assert rows(table) == [("建设智慧校园", ["区教育局"], ["区大数据局"])]


def test_U4a_fuze_column_beside_helpers_is_lead():
    table = "序号 | 工作任务 | 负责部门 | 协办单位\n1 | 建设智慧校园 | 区教育局 | 区大数据局"
    assert rows(table) == [("建设智慧校园", ["区教育局"], ["区大数据局"])]


def test_U4b_class_noun_variants():
    for tail in ("等部门", "等单位", "等相关部门", "等有关部门", "等相关单位"):
        got = rows(f"推进课后服务。(牵头单位:区教育局;配合单位:人口计生委{tail})")
        assert got == [("推进课后服务", ["区教育局"], ["人口计生委"])], tail


def test_U4b_collective_kept_after_ji():
    got = rows("推进课后服务。(牵头单位:区教育局;配合单位:区卫健委及有关部门)")
    assert got == [("推进课后服务", ["区教育局"], ["区卫健委", "有关部门"])]


def test_U4c_huitong_collective_helper():
    got = rows("由区教育局会同有关部门制定学校布局规划。")
    assert [(ld, rs) for _, ld, rs in got] == [(["区教育局"], ["有关部门"])]


def test_U4d_first_unit_beside_lead_is_responsible():
    table = "重点任务 | 牵头单位 | 第一责任单位\n新建幼儿园 | 区教育局 | 区住建局"
    assert rows(table) == [("新建幼儿园", ["区教育局"], ["区住建局"])]


def test_U4d_subject_label_without_lead_is_lead():
    text = "1.新建幼儿园。\n责任主体:区教育局\n配合单位:区财政局"
    assert rows(text) == [("新建幼儿园", ["区教育局"], ["区财政局"])]


def test_U4d_people_give_no_units():
    table = "重点任务 | 牵头单位 | 第一责任人\n新建幼儿园 | 区教育局 | 李四"
    assert rows(table) == [("新建幼儿园", ["区教育局"], [])]


def test_U4e_main_cooperating_label():
    assert rows("推进智慧校园建设。(牵头单位:区教育局;主要协作单位:区大数据局)") == [
        ("推进智慧校园建设", ["区教育局"], ["区大数据局"])]
    assert rows("推进智慧校园建设。(牵头单位:区教育局;参加部门:区大数据局)") == [
        ("推进智慧校园建设", ["区教育局"], ["区大数据局"])]


def test_U4e_collective_doer_gives_no_lead():
    # U7d: a distributive ``各…`` doer gives no lead; the named helper still gives a row with lead []
    got = rows("此次义诊由区人民医院积极协作、各社区具体负责实施。")
    assert [(ld, rs) for _, ld, rs in got] == [([], ["区人民医院"])]


def test_U5_table_quote_cell_per_line():
    table = ("序号\n\n重点任务\n\n工作内容\n\n牵头单位\n\n责任单位\n\n1\n\n新建幼儿园\n\n新建公办幼儿园3所。\n\n区教育局\n\n区住建局\n\n"
             "2\n\n改造薄弱学校\n\n改造校舍5处。\n\n区教育局\n\n区财政局")
    got = records(PAGE.format(table), "unit_assignment")
    assert [(r.task, r.lead_units, r.responsible_units) for r in got] == [
        ("新建幼儿园", ["区教育局"], ["区住建局"]), ("改造薄弱学校", ["区教育局"], ["区财政局"])]
    assert [r.quote for r in got] == ["新建幼儿园\n\n新建公办幼儿园3所。\n\n区教育局\n\n区住建局",
                                      "改造薄弱学校\n\n改造校舍5处。\n\n区教育局\n\n区财政局"]


def test_U7b_traditional_request():
    got = rows("縣教育局擬定於下月開展校外培訓機構聯合查處工作,需要公安局,市場監督管理局、應急管理局的配合。")
    assert [(ld, rs) for _, ld, rs in got] == [([to_simplified("縣教育局")],
                                                [to_simplified(u) for u in ("公安局", "市場監督管理局", "應急管理局")])]


def test_U7b_more_near_misses():
    assert rows("提请市政府召开项目推进现场会。") == []
    assert rows("呼籲中央補助學校改建經費。") == []
    assert rows("争取上级主管部门和地方政府的支持。") == []
    assert rows("请各有关处室、单位认真做好协同配合工作。") == []


def test_U7b_help_inside_a_units_own_duty():
    text = "二、学工部\n1.组织新生入学教育。\n2.协助校工会和教务处安排教师节活动。"
    got = rows(text)
    assert [(ld, rs) for _, ld, rs in got] == [(["学工部"], []), (["学工部"], [])]


def test_U7c_more_forms():
    assert rows("推进无障碍设施建设。(市殘聯、市財政局、市稅務局負責)") == [
        ("推进无障碍设施建设", [], [to_simplified(u) for u in ("市殘聯", "市財政局", "市稅務局")])]
    assert rows("开展健康知识普及。(健康中国行动推进办负责)") == [
        ("开展健康知识普及", [], ["健康中国行动推进办"])]
    assert rows("规范校外培训。(教育部、市场监管总局按职责分工负责)") == [
        ("规范校外培训", [], ["教育部", "市场监管总局"])]


def test_U7c_collective_in_a_bracket_stays():
    got = rows("开展安全教育。(局各股室站、各学校按职责分工负责)")
    assert [(ld, rs) for _, ld, rs in got] == [([], ["局各股室站", "各学校"])]


def test_U7c_stated_key_decides():
    text = ("以下各项任务中,列在首位的为牵头部门。\n"
            "1.开展学生体质监测。(区教育局、区卫健委按职责分工负责)")
    assert rows(text) == [("开展学生体质监测", ["区教育局"], ["区卫健委"])]


def test_U7d_relation_named_doer():
    got = rows("学生的消防安全教育,由学生所在单位负责。")
    assert [(ld, rs) for _, ld, rs in got] == [(["学生所在单位"], [])]


def test_U7d_distributive_collectives_no_row():
    assert rows("各級教育行政部門負責落實學生資助政策。") == []
    assert rows("各镇(区)综治办负责组织校园周边排查。") == []
    assert rows("校园安全工作由各单位负责。") == []
    assert rows("由班主任负责学生考勤。") == []


def test_U7d_collective_doer_with_unit_helper():
    got = rows("校园周边排查由各街道负责、区公安分局配合。")
    assert [(ld, rs) for _, ld, rs in got] == [([], ["区公安分局"])]


def test_U8_heading_of_an_office_with_parens():
    text = "(三)后勤集团\n1.做好食堂食品安全管理。\n2.做好校舍维修。\n体育部:王昊"
    got = rows(text)
    assert [(t, ld) for t, ld, _ in got] == [("做好食堂食品安全管理", ["后勤集团"]), ("做好校舍维修", ["后勤集团"])]


def test_U8a_label_with_semicolon_items():
    text = "五、职责分工\n市人社局:落实就业补贴政策;开展职业培训。\n市教育局:做好毕业生就业指导。"
    got = rows(text)
    assert [(ld, rs) for _, ld, rs in got] == [(["市人社局"], []), (["市教育局"], [])]


def test_U8a_quotes():
    text = "进展情况:\n区城管局:1.清理占道摊点。2.增设停车位。"
    assert quotes(text) == ["区城管局:1.清理占道摊点", "增设停车位"]


def test_U8b_level_and_relation_labels():
    text = "三、职责分工\n各级人民政府:统筹推进学校建设。\n联系地区:做好宣传发动工作。"
    assert rows(text) == [("统筹推进学校建设", ["各级人民政府"], []), ("做好宣传发动工作", ["联系地区"], [])]


def test_U3a_field_note_in_brackets_kept():
    assert rows("开展禁毒宣传。(牵头单位:某镇综治办;配合单位:群众工作办(安全)、社会事务办(民政))") == [
        ("开展禁毒宣传", ["某镇综治办"], ["群众工作办(安全)", "社会事务办(民政)"])]


def test_U3a_person_note_still_dropped():
    assert rows("开展禁毒宣传。(牵头单位:某镇综治办(张小明);配合单位:某镇派出所)") == [
        ("开展禁毒宣传", ["某镇综治办"], ["某镇派出所"])]


def test_U2_field_label_is_no_task():
    text = ("(二)科技宣传\n\n时间:2031年1月19日上午\n\n地点:\n\n参加部门:某镇卫生院、某镇农技站。\n\n宣传内容:\n\n"
            "某镇卫生院负责卫生保健常识宣传。")
    got = rows(text)
    assert ("科技宣传", [], ["某镇卫生院", "某镇农技站"]) in got
    assert not any(t in ("地点", "时间") for t, _, _ in got)


def test_U4e_cooperate_clause_without_you():
    got = rows("此次体检经过乡政府统一部署、各村委会竭力协作、乡卫生院具体负责实施。")
    assert [(ld, rs) for _, ld, rs in got] == [(["乡卫生院"], ["各村委会"])]
    assert quotes("此次体检经过乡政府统一部署、各村委会竭力协作、乡卫生院具体负责实施。") == ["各村委会竭力协作、乡卫生院具体负责实施"]


def test_U7_adverb_before_fuze():
    assert rows("县体育总会主要负责辖区内社会体育指导员的培训。") == [("辖区内社会体育指导员的培训", ["县体育总会"], [])]
    assert rows("县体育局主要负责同志出席会议。") == []  # people (U7: ``负责同志``)


def test_U4a_personal_names_give_no_units():
    assert rows("推进智慧校园建设。(牵头单位:区教育局;责任人:王小明)") == [("推进智慧校园建设", ["区教育局"], [])]


def test_U7b_cut_task_at_text_end():
    assert units("某县新闻\n经协商,请县工务局协助县教育局评") == []


def test_U7b_help_inside_a_label_block():
    text = "五、职责分工\n市城市管理局:配合做好校园周边环境整治。\n市教育局:做好学生安全教育。"
    got = rows(text)
    assert [ld for _, ld, _ in got] == [["市城市管理局"], ["市教育局"]]
    assert all(rs == [] for _, _, rs in got)


def test_U8a_own_part_label_with_numbered_items():
    text = "(一)本部: 1.做好新生入学报到。2.做好宿舍分配。\n(二)后勤处: 1.做好校车接送。2.做好食堂保障。"
    got = rows(text)
    assert [ld for _, ld, _ in got] == [["本部"], ["本部"], ["后勤处"], ["后勤处"]]


def test_U8a_single_unnumbered_paragraph():
    assert rows("进展情况:\n区城管局:已清理占道摊点30处。") == [("已清理占道摊点30处", ["区城管局"], [])]


def test_cue_lone_label_under_report():
    from extract.rules.rulebook_units import lone_label_under_report
    assert lone_label_under_report("某区工作动态\n进展情况:\n")
    assert lone_label_under_report("三、职责分工\n")
    assert not lone_label_under_report("")  # a page's headline (``市教育局:今年将新建学校5所``): news, no row (U8c)
    assert not lone_label_under_report("记者 王五\n")  # a quote in a news report
    assert not lone_label_under_report("各单位要认真做好进展情况报送。\n")  # a sentence, no heading
    assert lone_label_under_report("进展情况:\n", "区城管局:1.清理占道摊点。")  # a single numbered item: U8c (18th round, 2nd adj.)
    assert not lone_label_under_report("进展情况:\n", "区城管局:1.清理占道摊点。2.增设停车位。")  # numbered: U8a's block reading


def test_U3a_field_items_of_a_deng_danwei_list():
    assert rows("开展校园周边整治。(牵头单位:区教育局;配合单位:教育、财政、公安等单位)") == [
        ("开展校园周边整治", ["区教育局"], ["教育", "财政", "公安"])]


def test_U3a_funding_cell_gives_no_unit():
    table = "序号 | 项目名称 | 资金来源 | 责任单位\n1 | 新建幼儿园 | 由市财政筹款 | 区教育局"
    assert rows(table) == [("新建幼儿园", ["区教育局"], [])]


def test_U4d_unit_in_lead_and_subject_columns():
    table = ("重点任务 | 牵头责任单位 | 主体责任单位 | 配合责任单位\n"
             "新建幼儿园 | 区教育局 | 区教育局、区住建局 | 区财政局")
    assert rows(table) == [("新建幼儿园", ["区教育局"], ["区教育局", "区住建局", "区财政局"])]


def test_U7c_person_in_bracket_under_unit_heading():
    text = "二、学工部\n1.组织新生军训。(学工部王锐负责)\n2.开展心理健康教育。"
    got = rows(text)
    assert [(ld, rs) for _, ld, rs in got] == [(["学工部"], []), (["学工部"], [])]


def test_U7d_party_named_by_its_part():
    got = rows("教学楼的日常安全检查,由使用部门负责。")
    assert [(ld, rs) for _, ld, rs in got] == [(["使用部门"], [])]
    got = rows("学生饮用水的卫生监测,由教育部门负责。")
    assert [(ld, rs) for _, ld, rs in got] == [(["教育部门"], [])]



def test_U4b_lost_closing_bracket_ends_at_sentence():
    assert rows("推进课后服务。(牵头单位:区教育局;配合单位:区财政局。全区课后服务覆盖率达到100%。") == [
        ("推进课后服务", ["区教育局"], ["区财政局"])]



def test_U7e_organiser_verb_past_report():
    assert rows("市游泳协会承办了本次比赛。") == []


def test_U7e_organiser_verbs_predicate_form():
    assert rows("由区教育局组织开展学生体质监测。") == []
    assert rows("全民健身中心建设由某县体育局主办,某县住建局协办。") == []

def test_U7e_near_miss_other_doing_verb_kept():
    got = rows("送书下乡工程。由区图书馆采购优秀图书2000册。")
    assert [ld for _, ld, _ in got] == [["区图书馆"]]
    got = rows("由区教育局负责组织学生体质监测。")
    assert [ld for _, ld, _ in got] == [["区教育局"]]


def test_U8a_quote_runs_to_the_end_of_the_items_first_sentence():
    text = "进展情况:\n区城管局:1.清理占道摊点,共清理30处。2.增设停车位,新增车位50个。\n区交通局:1.改造道路3条。2.增设公交站。"
    got = records(PAGE.format(text), "unit_assignment")
    assert [(r.task, r.quote) for r in got] == [
        ("清理占道摊点", "区城管局:1.清理占道摊点,共清理30处"), ("增设停车位", "增设停车位,新增车位50个"),
        ("改造道路3条", "区交通局:1.改造道路3条"), ("增设公交站", "增设公交站")]


def test_U7_quotes():
    assert quotes("由区公安分局负责校园周边交通秩序整治。") == ["由区公安分局负责校园周边交通秩序整治"]
    assert quotes("由区教育局负责校舍安全排查,区住建局、区应急局等单位要按照职责分工密切配合。") == [
        "由区教育局负责校舍安全排查,区住建局、区应急局等单位要按照职责分工密切配合"]


def test_U7b_quote_to_the_end_of_the_asking_clause():
    assert quotes("区卫健局拟于6月开展托育机构安全检查,需要区消防救援大队、区市场监管局的配合,特此请示。") == [
        "区卫健局拟于6月开展托育机构安全检查,需要区消防救援大队、区市场监管局的配合"]


# ---- rules written or clarified in the seventeenth round's third adjudication (confA18) ----

def test_U4a_assessor_column_is_no_role_column():
    table = "序号 | 任务 | 责任部门 | 考核部门\n1 | 新建幼儿园 | 区教育局 | 市教育局"
    assert [(ld, rs) for _, ld, rs in rows(table)] == [(["区教育局"], [])]


@pytest.mark.parametrize("word", ["评分部门", "考核单位", "考评单位", "评分单位"])
def test_U4a_assessor_column_words(word):
    table = f"序号 | 任务 | 责任部门 | {word}\n1 | 新建幼儿园 | 区教育局 | 市教育局"
    assert [(ld, rs) for _, ld, rs in rows(table)] == [(["区教育局"], [])]


def test_U4a_assessor_near_miss_responsible_column_kept():
    table = "序号 | 任务 | 牵头单位 | 责任单位\n1 | 新建幼儿园 | 区教育局 | 市教育局"
    assert [(ld, rs) for _, ld, rs in rows(table)] == [(["区教育局"], ["市教育局"])]


def test_U4e_bare_verb_task_takes_the_topic():
    assert rows("此次义诊由各社区积极协作、区人民医院具体负责实施。") == [("实施此次义诊", ["区人民医院"], ["各社区"])]


def test_U7_task_keeps_its_own_verb_after_huitong():
    assert rows("区教育局会同区财政局完成校舍改造资金清算。") == [("完成校舍改造资金清算", ["区教育局"], ["区财政局"])]


def test_U7_task_keeps_its_own_verb_after_fuze():
    assert [t for t, _, _ in rows("由区教育局负责做好校舍安全排查。")] == ["做好校舍安全排查"]


@pytest.mark.parametrize("text", [
    "全区中小学生运动会由区教育局组织。",
    "区教育局与区体育局共同主办全区中小学生运动会。",
])
def test_U7e_every_running_text_form_gives_no_row(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "由区教育局组织全区中小学生运动会。",
    "全区中小学生运动会由区教育局主办,区体育中心协办。",
])
def test_U7e_organiser_forms_with_you_give_no_row(text):
    assert rows(text) == []


def test_U7e_organiser_part_gives_nothing_role_words_do():
    got = rows("全区中小学生运动会由区政府组织,区教育局牵头,区体育局配合。")
    assert [(ld, rs) for _, ld, rs in got] == [(["区教育局"], ["区体育局"])]


def test_U7e_zuzhi_inside_a_task_is_part_of_it():
    assert rows("区教育局负责组织全区中小学生运动会。") == [("组织全区中小学生运动会", ["区教育局"], [])]


def test_U7f_closing_labels_of_a_notice():
    text = ("关于举办全区中小学生书法比赛的通知\n比赛设小学组和中学组,请于5月10日前报名。\n"
            "主办单位:市教育局\n承办单位:市青少年宫\n发布者:张三")
    got = units(text)
    assert [(ld, rs) for _, ld, rs in got] == [(["市教育局"], ["市青少年宫"])]


def test_U7f_near_miss_site_footer():
    text = ("关于举办全区中小学生书法比赛的通知\n比赛设小学组和中学组,请于5月10日前报名。\n"
            "主办单位:某区人民政府办公室\n承办单位:某区大数据中心\n地址:某区人民路1号 邮编:123456")
    assert units(text) == []


def test_U7f_near_miss_head_metadata():
    text = "关于举办全区中小学生书法比赛的通知\n发布日期:2031-04-01 主辦單位:市教育局 访问次数:120\n比赛设小学组和中学组,请于5月10日前报名。"
    assert units(text) == []


def test_U8c_duty_list_lone_label_gives_a_row():
    text = "三、职责分工\n市卫健局:负责托育机构卫生保健指导。"
    assert [(ld, rs) for _, ld, rs in rows(text)] == [(["市卫健局"], [])]


def test_U8c_near_miss_news_headline():
    text = "市教育局:今年将新建学校5所\n记者 王五\n今年全市将新建学校5所,新增学位3000个。"
    assert units(text) == []


def test_U4a_assessor_column_one_cell_a_line():
    table = ("序号\n\n任务\n\n责任部门\n\n考核部门\n\n1\n\n新建幼儿园\n\n区教育局\n\n区住建局\n\n市教育局\n\n"
             "2\n\n改造校舍\n\n区住建局\n\n市住建局")
    got = [(ld, rs) for _, ld, rs in rows(table)]
    assert all("市教育局" not in ld + rs and "市住建局" not in ld + rs for ld, rs in got)
    assert (["区教育局", "区住建局"], []) in got


# ---- (confU19) rules as they stand now: wordings without a test ----

def test_U7f_bare_closing_labels_of_a_notice():
    text = ("关于举办全区中小学生书法比赛的通知\n比赛设小学组和中学组,请于5月10日前报名。\n"
            "主办:市教育局\n承办:市青少年宫\n发布者:张三")
    assert units(text) == [("关于举办全区中小学生书法比赛的通知", ["市教育局"], ["市青少年宫"])]


def test_U7f_near_miss_bare_labels_of_a_site_footer():
    text = ("关于举办全区中小学生书法比赛的通知\n比赛设小学组和中学组,请于5月10日前报名。\n"
            "主办:某区融媒体中心\n承办:某区大数据中心")
    assert units(text) == []
    text = ("关于举办全区中小学生书法比赛的通知\n比赛设小学组和中学组,请于5月10日前报名。\n"
            "主办:市教育局\n承办:市青少年宫\n地址:某区人民路1号 电话:0000-1234567")
    assert units(text) == []


def test_U7f_near_miss_bare_role_word_is_no_party():
    text = "关于举办全区中小学生书法比赛的通知\n比赛设小学组和中学组,请于5月10日前报名。\n承办:市青少年宫"
    assert all(ld != ["承办"] for _, ld, _ in units(text))


def test_U7f_closing_labels_task_is_the_notices_title():
    text = ("关于举办全区中小学生书法比赛的通知\n比赛设小学组和中学组,请于5月10日前报名。\n"
            "主办单位:市教育局\n承办单位:市青少年宫\n发布者:张三")
    assert units(text) == [("关于举办全区中小学生书法比赛的通知", ["市教育局"], ["市青少年宫"])]


def test_U4e_bare_verb_task_takes_the_thing_the_sentence_before_names():
    text = "5月区卫健局将组织60岁以上老年人免费健康体检。此次活动由区人民医院具体负责实施。"
    assert rows(text) == [("实施60岁以上老年人免费健康体检活动", ["区人民医院"], [])]


def test_U4e_near_miss_no_thing_named_before():
    assert rows("此次义诊由各社区积极协作、区人民医院具体负责实施。") == [("实施此次义诊", ["区人民医院"], ["各社区"])]
    text = "5月区卫健局将组织健康体检,覆盖全区。此次活动由区人民医院具体负责实施。"
    assert [t for t, _, _ in rows(text)] != ["实施健康体检,覆盖全区活动"]


def test_U7_qiantou_with_a_bare_doing_after_the_task():
    assert rows("“助学驿站”项目,由区总工会、区团委牵头实施。") == [("“助学驿站”项目", ["区总工会", "区团委"], [])]


def test_U7_qiantou_bare_doing_near_misses():
    assert rows("“助学驿站”项目,由各街道牵头实施。") == []
    assert rows("“助学驿站”项目,由相关部门牵头实施。") == []


def test_U7_following_clause_answering_by_duties():
    text = "创建优质均衡区工作在区教委的领导下,由督导科牵头,相关科室按照职能职责负责相关工作。"
    assert rows(text) == [("创建优质均衡区工作", ["督导科"], ["相关科室"])]
    assert quotes(text) == ["创建优质均衡区工作在区教委的领导下,由督导科牵头,相关科室按照职能职责负责相关工作"]


def test_U7_following_clause_collective_helpers_and_collective_lead():
    # U4e/U7d: a ``各…`` helper is responsible; a ``各…`` lead names no one
    assert rows("创建优质均衡区工作,由督导科牵头,各学校按照职能职责负责相关工作。") == [
        ("创建优质均衡区工作", ["督导科"], ["各学校"])]
    assert all(ld != ["各学校"] for _, ld, _ in rows("创建优质均衡区工作,由各学校牵头,督导科按照职能职责负责相关工作。"))


def test_U8c_near_miss_contact_line_and_quoted_statement():
    assert units("三、联系方式\n区教育局办:地址:某区人民路1号") == []
    text = "记者从区教育局获悉。\n区教育局:今年将新建学校5所\n区教育局有关负责同志介绍,今年将新建学校5所。"
    assert units(text) == []


# ---- eighteenth round, second adjudication ----

def test_U3a_money_paid_by_a_town_gives_no_row():
    assert rows("该项目总投资80万元,资金由某镇负责,县民政局补助部分。") == []


def test_U3a_near_miss_task_about_the_money_is_a_task():
    assert rows("县发改局负责中央预算内资金的申请。") == [("中央预算内资金的申请", ["县发改局"], [])]


def test_U4b_page_marker_inside_a_label_does_not_cut_it():
    assert [(lead, resp) for _, lead, resp in rows("1.优良天数达到300天。(牵头单位\n2、:市环保局)")] == [
        (["市环保局"], [])]


def test_U4b_near_miss_label_cut_at_the_texts_end():
    assert rows("1.优良天数达到300天。(牵头单位") == []


def test_U7_you_x_with_the_tasks_own_verb():
    assert rows("由市图书馆每年配送图书2万册。") == [("每年配送图书2万册", ["市图书馆"], [])]


def test_U7_you_x_opening_a_titled_item_takes_the_title():
    assert rows("(二)送书下乡。由市图书馆每年配送图书2万册。") == [("送书下乡", ["市图书馆"], [])]
    assert quotes("(二)送书下乡。由市图书馆每年配送图书2万册。") == ["送书下乡。由市图书馆每年配送图书2万册"]


def test_U7_near_miss_results_credits_persons_and_event_verbs():
    assert rows("本项目由某公司中标。图由某馆提供。主任由张三同志兼任。活动由市文化馆主办。") == []


def test_U7d_office_set_up_in_a_sentence_chain_is_the_lead():
    text = "领导小组下设办公室,办公室设在县文化馆,主任由张三同志兼任,负责活动的组织实施。"
    assert rows(text) == [("活动的组织实施", ["办公室"], [])]


def test_U7d_contractor_named_by_kind_and_not_chosen_gives_no_row():
    assert rows("建成后委由专业团队负责运营。") == []
    assert rows("委托第三方机构负责评估。") == []
    assert rows("为节约成本,委托中介机构负责场馆工程的招标。") == []  # (r24 unitA24) an intermediary by its kind


def test_U7d_near_miss_named_company_gives_a_row():
    assert [lead for _, lead, _ in rows("建成后由甲园物业有限公司负责运营。")] == [["甲园物业有限公司"]]


def test_U8c_label_block_with_a_single_numbered_item():
    assert rows("进展情况:\n某区城管局:1.清理占道摊点12处。") == [("清理占道摊点12处", ["某区城管局"], [])]


def test_U8c_near_miss_person_label_with_a_single_item():
    assert rows("进展情况:\n联系人:1.张三。") == []


def test_U7_near_miss_you_x_not_opening_the_item_keeps_its_clause():
    assert rows("(二)送书下乡。全年送书20场。由市图书馆每年配送图书2万册。") == [("每年配送图书2万册", ["市图书馆"], [])]


def test_U8c_single_numbered_item_quote_from_the_label():
    assert quotes("进展情况:\n某区城管局:1.清理占道摊点12处。") == ["某区城管局:1.清理占道摊点12处"]


def test_U8c_near_miss_single_numbered_item_with_no_report_heading_above():
    assert rows("某区城管局:1.清理占道摊点12处。") == []


def test_U8c_cue_single_numbered_item():
    from extract.rules.rule_clarifications import single_numbered_item
    assert single_numbered_item("1.清理占道摊点12处。")
    assert not single_numbered_item("1.清理占道摊点。2.增设停车位。")
    assert not single_numbered_item("清理占道摊点12处。")


def test_U4b_page_marker_inside_a_label_quote_runs_over_it():
    assert quotes("1.优良天数达到300天。(牵头单位\n2、:市环保局)") == ["优良天数达到300天。(牵头单位\n2、:市环保局)"]


def test_U4b_cue_mend_label_debris_keeps_the_length():
    from extract.rules.rule_clarifications import mend_label_debris
    text = "(牵头单位\n2、:某局)"
    assert len(mend_label_debris(text)) == len(text) and "\n" not in mend_label_debris(text)
    assert mend_label_debris("(牵头单位:某局)\n2、新建公园。") == "(牵头单位:某局)\n2、新建公园。"  # no debris inside a label


def test_organiser_verb_after_a_manner_word_gives_no_row():  # (r25 unitB25) U7e: ``由甲部统一组织…``
    from extract.rules.rulebook_units import organiser_clause
    assert organiser_clause("由镇委宣传部统一组织各村布置宣传栏", ["镇委宣传部"], "prose_other")
    assert organiser_clause("由区文旅局具体组织展演", ["区文旅局"], "prose_other")
    assert not organiser_clause("由区文旅局统一采购演出服装", ["区文旅局"], "prose_other")
