"""(lead50) Cues from the opened batches of the fiftieth session (w136-* to w143-*) and the U7h relabelling of the
development meeting records, each on made-up text."""
from extract.rules.unit_modal_subjects import asked_unit_rows, is_meeting_record, modal_subject_rows
from extract.rules.unit_set_up_items import set_up_group_items

from test_lead46_cues import _rows  # noqa: E402  (records of a made-up text)


def _modal(text: str):
    return [(t, ld, rs) for _, _, t, ld, rs in modal_subject_rows(text)]


# -- U7h: a meeting's decisions, also inside a list of them after commas ---------------------------------------------

def test_a_meetings_decisions_after_commas_are_read_each():
    text = ("5月3日,某县召开防汛工作推进会。\n会议要求,某县水利局要加快渠道清淤,某县交通局要做好路面维修;"
            "各乡镇要加强巡查,基础设施要更新改造。")
    assert is_meeting_record(text)
    got = _modal(text)
    assert ("加快渠道清淤", ["某县水利局"], []) in got
    assert ("做好路面维修", ["某县交通局"], []) in got
    assert not any("乡镇" in " ".join(ld) or "基础设施" in " ".join(ld) for _, ld, _ in got)  # a collective, a thing


def test_a_meeting_held_by_its_date_or_host_is_a_meetings_record():
    assert is_meeting_record("9月6日,某校组织召开了第二次安全工作会议。会议由副校长主持。")
    assert is_meeting_record("某局副局长到基建处开展调研座谈。")
    assert not is_meeting_record("某县学前教育发展实施方案\n一、总体要求\n到2031年,学前三年毛入园率达到95%。")
    # a body named after a joint meeting is no meeting held
    assert not is_meeting_record("某部、某局、某联席会议办公室日前联合印发通知,部署场地建设。")


def test_a_time_word_before_the_modal_is_no_part_of_the_name():
    text = "某校于9月6日组织召开安全工作会议。会议要求:三是某校办公室和某校后勤处每天要安排人员巡查校园,做好登记。"
    assert ("安排人员巡查校园", ["某校办公室", "某校后勤处"], []) in _modal(text)


def test_two_whole_names_joined_by_and_are_two_leads_and_a_name_with_and_stays_one():
    text = ("某县召开校园建设座谈会。会上,某副县长指出,教育部门和代建中心以及相关部门要压实责任,"
            "某县文化和旅游局要做好场馆开放。")
    got = _modal(text)
    assert ("压实责任", ["教育部门", "代建中心", "相关部门"], []) in got
    assert ("做好场馆开放", ["某县文化和旅游局"], []) in got


def test_people_collectives_and_descriptions_are_no_parties():
    text = ("某县召开开学工作会议。会议要求,某副县长强调全县各部门要提高认识,其他各部门一定要细化分工,"
            "有条件的学校要增设心理辅导室,验收已通过的乡镇要做好总结。")
    assert _modal(text) == []


def test_a_word_with_ying_is_no_modal():
    text = "某镇召开防溺水联席会议。\n各村,宣传办、应急办、派出所。\n某镇派出所应加强巡查。"
    got = _modal(text)
    assert ("加强巡查", ["某镇派出所"], []) in got
    assert not any(t.startswith("急办") for t, _, _ in got)


def test_the_units_a_speaker_asks_by_please_or_demand():
    text = ("某局长在某县工作座谈会上的讲话\n对这些成果,我提三点要求:一是请办公室尽快汇总成稿;"
            "二是请教研室和办公室抓紧起草工作报告;同时要求总务处、教导处做好教材发放。要求各部门要拟好计划。")
    got = [(t, ld) for _, _, t, ld, _ in asked_unit_rows(text)]
    assert ("尽快汇总成稿", ["办公室"]) in got
    assert ("抓紧起草工作报告", ["教研室", "办公室"]) in got
    assert ("做好教材发放", ["总务处", "教导处"]) in got
    assert not any("各部门" in " ".join(ld) for _, ld in got)


def test_a_plans_modal_after_a_comma_is_still_left_to_the_other_readers():
    assert modal_subject_rows("某县学前教育实施方案\n三、保障措施\n加强领导,某县教育局要加快推进幼儿园建设。") == []


# -- a body set up in a sentence of its own, then a bare duty lead-in ---------------------------------------------------

def test_a_body_set_up_then_its_bare_duty_list_in_quotes_and_dash_bullets():
    text = ("三、组织架构与职责分工\n成立“某某心理危机干预工作领导小组”,由校长担任组长,成员包括德育处、教务处等部门负责人。"
            "主要职责包括:\n- 制定并实施干预方案;\n- 组织开展宣传与培训;\n- 协调处理危机事件。\n四、预警机制\n1. 每学期筛查一次。")
    got = [(t, u) for _, _, t, u in set_up_group_items(text, lambda u: True)]
    assert got == [("制定并实施干预方案", ["某某心理危机干预工作领导小组"]),
                   ("组织开展宣传与培训", ["某某心理危机干预工作领导小组"]),
                   ("协调处理危机事件", ["某某心理危机干预工作领导小组"])]
    rows = _rows(text)
    assert ("协调处理危机事件", ("某某心理危机干预工作领导小组",), ()) in rows


def test_a_set_up_body_without_a_duty_lead_in_gives_no_list():
    text = "成立某某工作领导小组,由校长担任组长。\n一、工作目标\n1. 建立学生心理档案;\n2. 提高教师水平。"
    assert set_up_group_items(text, lambda u: True) == []


# -- kinds by relation, a leader's visit, words in 处, bodies named by their charge, 协同 compounds, short names -----------

def test_a_kind_by_relation_is_a_party_in_a_meetings_record():
    text = "某县于3月2日组织召开开学工作会议。会议要求,相关职能部门要加强校园周边巡查;有关部门要加快围墙建设。"
    got = _modal(text)
    assert ("加强校园周边巡查", ["相关职能部门"], []) in got
    assert ("加快围墙建设", ["有关部门"], []) in got


def test_a_leaders_visit_with_words_reported_is_read_as_a_meeting():
    text = ("县长某某调研县城学校建设工作\n7月8日,县长某某调研县城学校建设工作。\n某某要求相关部门要按照总体规划思路推进,"
            "某县住建局要加快施工进度。")
    assert is_meeting_record(text)
    got = _modal(text)
    assert ("按照总体规划思路推进", ["相关部门"], []) in got
    assert ("加快施工进度", ["某县住建局"], []) in got
    # an office's name with 督导 in it is no visit
    assert not is_meeting_record("各街道办事处:\n为贯彻落实某市教育督导委员会办公室的通知,现将有关事项通知如下。按照规定和要求,做好排查。")


def test_a_word_in_chu_that_names_no_office():
    from extract.cues import is_unit_cell
    assert not is_unit_cell("转载请注明出处")
    assert not is_unit_cell("不足之处")
    assert is_unit_cell("某县教育局办公室") and is_unit_cell("教务处")


def test_a_body_named_by_its_charge_is_no_task():
    assert _rows("县级以上人民政府负责老年人工作的机构,组织、协调有关部门做好敬老服务。") == []


def test_a_compound_of_xietong_is_no_helper():
    assert _rows("某市学校家庭社会协同育人“某联体”建设三年行动计划(2031—2033年)") == []
    rows = _rows("某县教育局积极协同某县卫健局,对全县适龄儿童开展入学评估。")
    assert any(ld == ("某县教育局",) and rs == ("某县卫健局",) for _, ld, rs in rows)


def test_an_owner_with_its_short_names_definition_owns_its_task_list():
    from extract.rules.unit_duty_items import owner_duty_items
    text = "二、某校安全教育委员会(以下简称安委会)任务如下:\n(一)统整本校各单位相关资源。\n(二)规划或办理安全教育相关活动。"
    got = [(t, u) for _, _, t, u in owner_duty_items(text, lambda u: True)]
    assert got == [("统整本校各单位相关资源", ["某校安全教育委员会"]), ("规划或办理安全教育相关活动", ["某校安全教育委员会"])]


def test_a_bodys_members_before_and_inside_its_make_up_are_no_targets():
    from test_lead46_cues import _targets
    text = ("某校安全委员会\n委员11名,由校长、教务主任、总务主任、教师代表3名,职工代表2名、学生代表2名及专家1名组成。\n"
            "二、工作目标\n到2031年,全校安全培训覆盖率达到100%。")
    assert _targets(text) == [(100.0, "%")]


# -- working groups' task labels, rosters without a colon, weights, quotas, bare kinds ---------------------------------

def test_a_groups_work_tasks_label_on_its_own_line_and_run_into_one_paragraph():
    from extract.rules.group_duty_lines import glued_group_tasks, group_duty_rows
    lines = ("五、工作机构\n(三)礼仪组\n组长:某甲\n成员:某乙、某丙\n工作任务:\n1.嘉宾的邀请与接待;\n"
             "2.庆典活动的策划,日程安排;\n(四)宣传组\n组长:某丁\n工作任务:\n1.宣传片的拍摄制作;")
    got = [(t, u) for _, _, t, u, _ in group_duty_rows(lines)]
    assert ("嘉宾的邀请与接待", ["礼仪组"]) in got and ("宣传片的拍摄制作", ["宣传组"]) in got
    glued = ("五、工作机构 (三)礼仪组组长:某甲 成员:某乙、某丙 工作任务: 1.嘉宾的邀请与接待; "
             "2.庆典活动的策划,日程安排; (四)宣传组组长:某丁 工作任务: 1.宣传片的拍摄制作;")
    got = [(t, u) for _, _, t, u, _ in glued_group_tasks(glued)]
    assert got == [("嘉宾的邀请与接待", ["礼仪组"]), ("庆典活动的策划", ["礼仪组"]), ("宣传片的拍摄制作", ["宣传组"])]


def test_a_post_and_its_holders_without_a_colon_is_a_staffing_line():
    from extract.rules.staffing_lines import is_staffing_line
    assert is_staffing_line("副主任张某某 李某某 王某某")
    assert is_staffing_line("委 员赵某某 钱某某 孙某某 李某")
    assert not is_staffing_line("成员 教育局 财政局 卫健委")
    assert not is_staffing_line("主任负责全面工作")


def test_a_weight_in_ten_thousands_of_kilograms():
    from test_lead46_cues import _targets
    assert (320.0, "万公斤") in _targets("某县烤烟生产工作安排\n2031年,全县计划收购烟叶320万公斤。")


def test_a_tasks_quota_named_before_its_number_commits():
    from test_lead46_cues import _targets
    assert (8600.0, "亩") in _targets("某镇农业工作\n一是明确目标。全镇油菜机播推广任务8600亩,要求以村集中育秧。")
    assert _targets("某镇农业工作\n一是总结。全镇已完成推广任务8600亩。") == []


def test_a_bare_kind_is_no_party_and_is_left_out_of_a_list_joined_by_and():
    text = "某县于6月2日组织召开防溺水调度会。会议要求,学校要落实安全教育;教育部门和学校要落实管理责任;部门要各司其职。"
    got = _modal(text)
    assert got == [("落实管理责任", ["教育部门"], [])]


def test_each_listed_events_bare_charge_label_gives_its_units_responsible():
    from extract.rules.unit_event_items import event_item_rows
    text = ("某校艺术节实施方案\n二、具体内容和有关要求\n(一):红歌大家唱比赛\n1、负责:政教处\n2、赛程:第一周班级预赛。\n"
            "(二):黑板报比赛\n1、负责:政教处、教研处\n2、时间:第三周。\n")
    got = [(t, ld, rs) for _, _, t, ld, rs in event_item_rows(text)]
    assert got == [("红歌大家唱比赛", [], ["政教处"]), ("黑板报比赛", [], ["政教处", "教研处"])]


def test_peoples_organisations_named_as_organisations_are_units():
    from extract.cues import is_unit_cell
    assert is_unit_cell("少先队组织") and is_unit_cell("妇联组织") and not is_unit_cell("学校组织")
    rows = _rows("某市协同育人实施意见\n共青团、少先队组织负责在社区广泛组织志愿服务。")
    assert ("在社区广泛组织志愿服务", ("共青团", "少先队组织"), ()) in rows


def test_a_class_noun_ends_a_helpers_name_before_the_task():
    from extract.rules.unit_clauses import with_units_then_task
    assert with_units_then_task("会同教育主管部门深化护校安园专项行动") == (["教育主管部门"], 8)
    assert with_units_then_task("会同某县教育局深化护校安园专项行动") == (["某县教育局"], 7)


def test_a_pages_counters_and_the_parts_a_whole_is_split_into_are_no_targets():
    from test_lead46_cues import _targets
    assert _targets("某县新建幼儿园的解读\n0人点赞\n到2031年新建幼儿园3所。") == [(3.0, "所")]
    assert _targets("某县高标准农田建设\n2031年,将全县任务分解为12个项目区,新建高标准农田5万亩。") == [(5.0, "万亩")]


def test_a_stage_before_by_and_a_federation_as_the_doer():
    from extract.rules.unit_charge_finders import find_by_unit_doing
    got = [(h.task, h.lead) for h in find_by_unit_doing("评估流程分三个阶段,第一阶段由某区残联对辖区内儿童进行数据整理,做好摸排。")]
    assert ("对辖区内儿童进行数据整理", ["某区残联"]) in got
    assert find_by_unit_doing("由残联副理事长兼任办公室主任。") == []  # a person's appointment


def test_a_lead_word_run_into_the_next_units_level_parts_the_roles():
    from extract.rules.units import verb_roles
    assert verb_roles("某省残联、某省卫健委牵头省教育厅、省民政厅按职责分工负责") == (
        ["某省残联", "某省卫健委"], ["省教育厅", "省民政厅"])
    assert verb_roles("某县残联牵头,县教育局配合") == (["某县残联"], ["县教育局"])
