"""(lead53) Cues from the fifty-third session's reading of the retired sealed v36 texts (w86-*) and the opened batches
w181-w183, each on made-up text."""
from extract.rules.unit_field_word_lists import field_word_list
from test_lead46_cues import _rows  # noqa: E402  (records of a made-up text)
from test_lead51_cues import _targets  # noqa: E402


# -- groups, posts and appointments -------------------------------------------------------------------------------------

def test_a_group_whose_posts_were_left_blank_owns_its_numbered_duties():
    text = ("五、组织保障领导小组下设综合组、宣传组。(一)综合组组长:成员:****工作职责:1.负责检查督促各组筹备进度。"
            "2.负责草拟有关工作方案。(二)宣传组组长:副组长:成员:工作职责:1.负责大会宣传报道。")
    rows = _rows(text)
    assert ("负责检查督促各组筹备进度", ("综合组",), ()) in rows
    assert ("负责大会宣传报道", ("宣传组",), ()) in rows


def test_who_holds_a_groups_post_is_no_doing_of_the_government_the_person_sits_in():
    rows = _rows("(4)群众安置组。\n由县人民政府分管教育的副县长任组长,县民政局牵头,受灾乡及时选择安置点。")
    assert not any("任组长" in t for t, _, _ in rows)
    assert not any(ld == ("县人民政府",) for _, ld, _ in rows)
    # a body's own doing after 由 still gives its row
    assert ("统一采购救灾帐篷", ("县民政局",), ()) in _rows("由县民政局统一采购救灾帐篷。")


# -- names of the doers -------------------------------------------------------------------------------------------------

def test_field_words_sharing_the_last_ones_department_noun():
    assert field_word_list("工信、粮食部门") == ["工信", "粮食部门"]
    assert field_word_list("家长、学校部门") is None and field_word_list("粮食部门") is None
    assert ("筹集救灾物资", ("工信", "粮食部门"), ()) in _rows("工信、粮食部门负责筹集救灾物资,保障供应到位。")


def test_a_township_central_school_is_named_whole_after_by():
    assert ("逐校核实", ("中心校",), ()) in _rows("各校上报名单到中心校,由中心校逐校核实,上报教育局。")
    assert ("逐校核实", ("中心学校",), ()) in _rows("由中心学校逐校核实,上报教育局。")
    assert _rows("由学校逐校核实。") == []  # the bare kind is a generic party


def test_the_zhe_of_fuze_orders_no_one():
    # ``负责成人…`` holds 责成 (to order) across two words: no one is ordered
    assert _rows("负责成人中等学校的设立、撤销和更名。") == []
    assert ("尽快整改", ("市教育局",), ()) in _rows("市政府责成市教育局尽快整改。")


def test_an_adverb_of_all_out_help_is_no_part_of_the_helpers_name():
    assert ("组织实施数字校园建设项目", ("信息中心",), ("各部门",)) in _rows(
        "信息中心负责组织实施数字校园建设项目,各部门通力配合。")


# -- roles --------------------------------------------------------------------------------------------------------------

def test_a_meeting_asks_a_body_to_help_and_its_row_is_a_helpers():
    text = "5月7日,某区召开专题会议。会议要求,在学校建设过程中,县教体局要进行全力配合,做好场地协调工作。"
    assert ("做好场地协调工作", (), ("县教体局",)) in _rows(text)


def test_two_parallel_decisions_after_by_each_their_row():
    rows = _rows("由甲市第一中学选派4人、乙县第一中学选派7人到丙县高级中学支教。")
    assert ("选派4人", ("甲市第一中学",), ()) in rows
    assert ("选派7人到丙县高级中学支教", ("乙县第一中学",), ()) in rows
    # a list inside the task is no second decision
    assert _rows("由县教育局采购桌椅、板凳。") == [("采购桌椅、板凳", ("县教育局",), ())]


def test_a_joint_deed_after_a_purpose_clause_and_with_its_basis():
    text = "为保障适龄残疾儿童平等接受义务教育权利,某县教体局联合县残联,依据残疾人数据库对全县残疾儿童受教育情况进行核查。"
    assert ("依据残疾人数据库对全县残疾儿童受教育情况进行核查", ("某县教体局",), ("县残联",)) in _rows(text)
    assert _rows("会议指出,县教育局联合县公安局开展校园周边整治。") == []  # a speaker's clause is no purpose


# -- measures -----------------------------------------------------------------------------------------------------------

def test_a_count_of_class_periods_keeps_its_measure_noun():
    got = [(r.value, r.unit) for r in _targets("送教上门工作计划。每学年送教不少于30个课时,教师培训不少于50个学时。")]
    assert (30, "个课时") in got and (50, "个学时") in got


def test_a_template_groups_duty_runs_on_after_its_blank_posts():
    text = "划分专项工作组。(一)综合协调组组长:成员:全面分析疫情形势,梳理防控重点。二)疫情监测组组长:成员:建立师生健康档案,做好统计。"
    rows = _rows(text)
    assert ("全面分析疫情形势", ("综合协调组",), ()) in rows
    assert ("建立师生健康档案", ("疫情监测组",), ()) in rows
    # an empty group before the next section's heading has no duty
    assert _rows("一、组织领导筹备领导小组组长:副组长:成员:二、运动会安排1、学生集合:7:30播放音乐。") == []


def test_partners_joined_to_a_led_task_help_the_lead():
    rows = _rows("由县教体局牵头,卫健、文旅、公安等部门联合对辖区内民办学校进行全面检查。")
    assert ("联合对辖区内民办学校进行全面检查", ("县教体局",), ("卫健", "文旅", "公安")) in rows


def test_a_joint_deeds_partners_closed_by_a_count_of_departments():
    rows = _rows("甲区教育局联合区卫健局、区建设局、区消防大队等7个部门,于1月13日至16日对辖区民办幼儿园开展安全联合检查。")
    assert any(ld == ("甲区教育局",) and rs == ("区卫健局", "区建设局", "区消防大队") for _, ld, rs in rows)


def test_a_population_bound_with_another_condition_picks_counties():
    got = [(r.value, r.unit) for r in _targets("到2025年,30万人口以上或残疾儿童较多的县(市)都要建设1所特殊教育学校。")]
    assert (30, "万人") not in got and (1, "所") in got


def test_classes_already_opened_are_a_status_and_a_promise_commits():
    got = [(r.value, r.unit) for r in _targets("今年新增学前特教班12班,除了原开设23班以外,总数将达35班。")]
    assert (23, "班") not in got and (12, "班") in got and (35, "班") in got
    assert [(r.value, r.unit) for r in _targets("某公司承诺为该县45000余名青少年学生免费筛查视力。")] == [(45000, "名")]
    assert _targets("学校签订安全承诺书1200份。") == []


def test_a_duty_title_run_on_in_prose_owns_its_paragraph():
    from extract.rules.unit_titled_duties import titled_duty_paragraphs
    text = ("第十三条 共青团的主要职责 充分发挥组织优势,在青少年中宣传法律;承担办公室的日常工作。"
            " 第十四条 工会的主要职责 要求企事业单位把法律纳入职工培训;协助有关部门做好监督处理。")
    rows = _rows(text)
    assert ("充分发挥组织优势", ("共青团",), ()) in rows
    assert ("要求企事业单位把法律纳入职工培训", ("工会",), ()) in rows
    # people, the duties spoken of, a clause before the title, a page title over its metadata: none
    assert _rows("班主任职责:负责班级管理工作。") == []
    assert titled_duty_paragraphs("某办的职责涵盖了全镇治理的诸多方面,工作繁重。") == []
    assert titled_duty_paragraphs("通过明确各工作专班职责界面和要求,推动形成合力。") == []
    assert titled_duty_paragraphs("实验室管理中心职责\n\n时间:2025-11-20浏览:10") == []


def test_a_request_to_the_reader_is_no_time_limit_and_a_plan_counts_what_it_plans():
    assert _targets("如有意见建议,请于公告发布之日起10个工作日内反馈至县教育局。") == []
    assert [(r.value, r.unit) for r in _targets("学校在收到申请后5个工作日内公开。")] == [(5, "个工作日")]
    assert _targets("一、规划8个重点项目。") == []


def test_a_led_deed_of_two_doings_reported_done_keeps_its_row_after_a_days_opener():
    text = "“4.15”当天,县委国安办牵头组织开展了国家安全教育日集中宣传教育活动。"
    assert ("组织开展了国家安全教育日集中宣传教育活动", ("县委国安办",), ()) in _rows(text)


def test_those_a_body_answers_to_are_no_doers():
    assert _rows("对全局其他科室进行全面工作安排。对地区教体局、县委、县政府负责。") == []
    assert _rows("县教育局对县政府负责。") == []
    assert ("全县教育工作", ("县教育局",), ()) in _rows("县教育局负责全县教育工作。")


def test_a_groups_post_lines_are_no_tasks_but_a_duty_beside_a_blank_post_is():
    text = ("一、领导小组组成及职责\n组 长:校长\n副组长:党组书记、副校长\n成 员:校办公室主任、教务处主任\n领导小组职责:\n"
            "(一)全面负责学校防震减灾工作,进行安全知识的宣传教育;\n(二)及时调查、统计和上报受灾师生情况。")
    rows = _rows(text)
    assert not any(t.replace(" ", "") in ("组长", "副组长", "成员") or "校长" in t for t, _, _ in rows)
    assert ("全面负责学校防震减灾工作", ("领导小组",), ()) in rows


def test_a_plan_table_one_cell_a_line_gives_its_planned_columns():
    from extract.rules.cell_line_plan_tables import plan_cell_targets
    text = ("关于下达全区小学秋季招生计划的通知\n\n毕业班数(个)\n\n计划招生班数(个)\n\n计划招生人数(人)\n\n毕业班数(个)\n\n"
            "计划招生班数(个)\n\n计划招生人数(人)\n\n甲小学\n\n3\n\n4\n\n180\n\n乙小学\n\n2\n\n2\n\n90\n\n说明:按计划招生。")
    got = [(t.indicator, t.value, t.unit) for t in plan_cell_targets(text)]
    assert got == [("计划招生班数(甲小学)", 4, "个"), ("计划招生人数(甲小学)", 180, "人"),
                   ("计划招生班数(乙小学)", 2, "个"), ("计划招生人数(乙小学)", 90, "人")]  # not the graduating classes
    assert {(r.value, r.unit) for r in _targets(text)} >= {(4, "个"), (180, "人"), (90, "人")}
    # a table of what is (no planning label) gives nothing
    assert plan_cell_targets("在校生数(人)\n\n班级数(个)\n\n甲小学\n\n300\n\n6") == []


def test_a_post_and_its_holder_after_by_and_pupils_are_no_doers():
    assert _rows("会上,由某局研究规划厅厅长张某某、高等教育厅厅长李某某分别介绍明年的重点工作。") == []
    assert _rows("还先后观摩了由某路第三小学生带来的课桌舞。") == []


def test_a_work_progress_title_reports_the_past():
    text = "某县2025年上半年学前教育工作推进情况\n公办幼儿园在园幼儿占比和普惠性幼儿园覆盖率达到61.5%、90.2%。"
    assert _targets(text) == []


def test_a_page_opening_with_its_bodys_charge_owns_the_duties_listed_after_it():
    text = ("某市教育局(某委教育工委)负责贯彻落实上级关于教育工作的方针政策,在履行职责中坚持统一领导。主要职责是:\n"
            "(一)指导教育系统的思想建设工作。承担局管干部的日常管理。\n(二)负责全市基础教育的统筹规划。")
    rows = _rows(text)
    owner = ("某市教育局(某委教育工委)",)
    assert ("指导教育系统的思想建设工作", owner, ()) in rows
    assert ("负责全市基础教育的统筹规划", owner, ()) in rows
