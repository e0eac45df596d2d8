"""Cues added in the fourth round, each on a small made-up text (no sentence of a real document)."""

import hashlib

from extract.data import Document
from extract.pipeline import process_document
from extract.rules.target_number_forms import is_separator_space


def targets(text):
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    return [(r.value, r.unit) for r in process_document(doc, "rules").records if r.type == "numeric_target"]


def test_a_space_that_separates_tokens_is_not_padding_before_a_measure_word():
    t = "甲乡10 张村镇40"
    assert is_separator_space(t, t.index("10"), t.index("张"), t.index("张") + 1)
    t = "新增 150 个学位"
    assert not is_separator_space(t, t.index("150"), t.index("个"), t.index("个") + 1)
    t = "建设托位150 个。"
    assert not is_separator_space(t, t.index("150"), t.index("个"), t.index("个") + 1)


def test_a_list_announced_as_tasks_is_not_aged_by_the_intro():
    text = "3月,区教育局已经向区政府报送了目标责任书,今年共有5项建设任务:新建幼儿园3所,改扩建学校2所。"
    assert targets(text) == [(3, "所"), (2, "所")]


def test_a_cumulative_total_under_a_deadline_is_a_target():
    text = "二、主要目标\n到2026年,全县累计建成智慧教室200间。\n三、主要任务\n"
    assert targets(text) == [(200, "间")]
    assert targets("十三五期间,全县累计建成智慧教室200间。") == []


def test_a_shortfall_and_a_share_of_the_plan_are_no_targets():
    assert targets("今年全区学位预计缺口3000个,将新建学校2所。") == [(2, "所")]
    assert targets("1-4月工作进展情况\n完成投资500万元,占年度投资计划的40%。") == []


def test_counts_of_a_list_of_projects_are_no_targets():
    assert targets("今年全县将重点推进6项民生工程:新建幼儿园2所。") == [(2, "所")]
    assert targets("今年民生实事包含改善居住条件等5个方面、20件实事项目。") == []


def test_land_taken_is_an_amount_not_a_share():
    assert (30, "亩") in targets("二、主要任务\n新建幼儿园2所,占地30亩。")


def units(text):
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    return [(r.task, r.lead_units, r.responsible_units) for r in process_document(doc, "rules").records
            if r.type == "unit_assignment"]


def test_role_runs_close_the_rows_of_a_glued_task_list():
    text = ("重点任务分工\n序号工作任务责任单位1推广阅读活动。办好读书节。县教育局、县文旅局牵头;县妇联配合;"
            "各乡镇政府落实2完善托育服务。县卫健局牵头;县联席会议各成员单位配合3做好宣传。\n")
    assert units(text) == [("推广阅读活动", ["县教育局", "县文旅局"], ["县妇联", "各乡镇政府"]),
                           ("完善托育服务", ["县卫健局"], ["县联席会议各成员单位"])]


def test_a_sentence_that_ends_in_a_verb_is_no_role_run():
    assert units("二、主要任务\n各学校要加强管理。家长要积极配合。\n") == []


def test_as_of_a_year_is_a_status_not_a_deadline():
    assert targets("截至2023年底,共有学校80所,其中,幼儿园50所、小学20所。") == []
    assert targets("到2026年,新建幼儿园5所。") == [(5, "所")]


def test_numbers_in_web_addresses_are_not_read():
    assert targets("二、主要任务\n详见 http://www.example.com/%E6%95%99%E6%A1%88% 与 www.example.cn/a/88%b") == []


def test_joints_before_a_collective_tail_and_deadlines_in_unit_lists():
    from extract.rules.units import split_units

    assert split_units("州委编办及州直相关单位,各县市人民政府,6月底完成") == ["州委编办", "州直相关单位", "各县市人民政府"]
    assert split_units("市财政局等市级相关单位") == ["市财政局", "市级相关单位"]
    assert split_units("县教育局及所属学校") == ["县教育局及所属学校"]


def test_strive_to_reach_by_a_year_is_at_least():
    doc_text = "二、主要目标\n力争到2026年学前三年毛入园率达到96%。\n"
    doc = Document(doc_id="t", path="t.txt", text=doc_text, encoding="utf-8",
                   sha256=hashlib.sha256(doc_text.encode()).hexdigest())
    (t,) = [r for r in process_document(doc, "rules").records if r.type == "numeric_target"]
    assert (t.value, t.comparator, t.target_year) == (96, ">=", 2026)


def test_progress_columns_are_status_and_a_continuation_cell_is_read_as_content():
    text = ("民生实事任务进展情况\n序号 | 工作任务 | 责任单位 | 季度目标 | 进展情况 | 完成情况 |\n"
            "1 | 新建公办幼儿园2所 | 县教育局 | 主体施工 | 主体工程完成60%。 | 正常推进 |\n新增学位540个 | |||||\n"
            "2 | 改造运动场3个 | 县教育局 | 完成招标 | 已完成招标。 | 正常推进 |\n")
    assert units(text) == [("新建公办幼儿园2所", ["县教育局"], []), ("改造运动场3个", ["县教育局"], [])]
    assert targets(text) == [(2, "所"), (540, "个"), (3, "个")]


def test_a_delimited_task_table_without_numbers_with_quotas_broken_down_by_place():
    text = ("某县年度民生工程目标任务分解表\n项 目 | 目标 | 分解情况 | 责任领导 | 责任单位 | 责任人 |\n"
            "就业工程 | 促进就业 | 新增就业人数(人) | 300 | 甲镇120 乙乡80 丙街道办100 | 张 强 | 县人社局 | 李 明 |\n"
            "再就业人数(人) | 60 | 甲镇20 乙乡20 丙街道办20 |\n")
    assert units(text) == [("就业工程", ["县人社局"], [])]
    got = targets(text)
    assert got[:4] == [(300, "人"), (120, "人"), (80, "人"), (100, "人")] and len(got) == 8


def test_place_quotas_need_a_whole_cell_of_places():
    from extract.rules.quotas import place_quotas

    assert place_quotas("甲镇120 乙乡80 丙街道办100") is not None
    assert place_quotas("甲镇120 乙乡80 另有说明") is None
    assert place_quotas("一期120 二期80 三期100") is None


def test_doc_sharing_counters_background_sections_and_years_of_schooling():
    assert targets("admin 分享 时间: 加入收藏 共计6000个字,预计阅读时长20分钟\n") == []
    assert targets("一、规划背景\n(一)上一规划圆满收官\n全市有高职院校5所,在校生1.2万人。\n") == []
    assert targets("二、主要任务\n高标准普及15年基础教育。\n") == []


def test_charge_clauses_name_the_unit_that_answers_for_a_task():
    text = ("三、保障措施\n新建幼儿园由某镇政府负责规划用地,县教体局负责园舍建设。县教育局负责教师培训,县财政局、县人社局等部门要按照"
            "职责分工积极配合。县教体局负责人表示,各学校负责日常管理,牵头单位负责制定方案。\n")
    assert units(text) == [("规划用地", ["某镇政府"], []), ("园舍建设", ["县教体局"], []),
                           ("教师培训", ["县教育局"], ["县财政局", "县人社局"])]


def test_items_under_a_heading_that_is_a_unit_name():
    text = ("运动会工作安排\n一、后勤处\n联系人:王明\n(一)负责场地布置。\n(二)保证饮水供应。\n二、卫生室\n在主席台旁设救护点。\n"
            "三、建设村级综合服务场所\n(一)新建服务中心2个。\n")
    assert units(text) == [("负责场地布置", ["后勤处"], []), ("保证饮水供应", ["后勤处"], []), ("在主席台旁设救护点", ["卫生室"], [])]


def test_a_sentence_that_opens_with_a_deadline_to_the_day_is_a_goal():
    text = "三、时间安排\n(一)2026年3月10日前,县教育局完成幼儿人数核实。\n并于2026年1月15日前将方案报县政府。\n完成时限:2026年6月底前\n"
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    goals = [(r.text, r.target_year) for r in process_document(doc, "rules").records if r.type == "goal"]
    assert goals == [("2026年3月10日前,县教育局完成幼儿人数核实", 2026)]


def goals(text):
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    return [(r.text, r.target_year) for r in process_document(doc, "rules").records if r.type == "goal"]


def test_a_year_with_a_long_subject_and_a_plan_verb_or_a_start_dates_a_goal():
    assert goals("记者获悉。2026年,某某市教育系统将重点推进学校建设。") == [("2026年,某某市教育系统将重点推进学校建设", 2026)]
    assert goals("记者获悉。2026年起对各县区进行评议考核。") == [("2026年起对各县区进行评议考核", 2026)]
    assert goals("2026年县教育局工作计划\n一、工作思路\n") == []


def test_indicators_listed_after_包括_are_the_plans_targets():
    assert targets("二、主要任务\n规划新增了3项发展指标,包括社区服务覆盖率达到90%、服务设施达标率达100%。") == [(90, "%"), (100, "%")]


def test_the_letter_that_hands_down_a_plan_holds_no_records():
    text = ("区政府各部门、各直属单位,各街道办事处:\n经区政府研究决定,将目标任务进行分解。区委办公室负责将完成情况纳入考评;"
            "区统计局负责数据审核。\n附件:目标任务分解表\n一、主要任务\n由区教育局负责新建幼儿园2所。\n")
    assert units(text) == [("新建幼儿园2所", ["区教育局"], [])]


def test_会同_a_list_closed_by_等单位_and_a_负责部门_label():
    text = ("二、保障措施\n市教育局会同编制、财政、公安等单位发挥联席会议作用。\n"
            "硬件宣传:海报、横幅(负责部门:学生会宣传部、负责人:)。\n")
    assert units(text) == [("发挥联席会议作用", ["市教育局"], ["编制", "财政", "公安"]),
                           ("硬件宣传:海报、横幅", [], ["学生会宣传部"])]


def test_a_performance_target_form_flattened_one_cell_per_line():
    text = ("项目支出绩效目标表\n\n项目资金\n\n资金总额\n\n500万元\n\n其中:财政拨款\n\n500万元\n\n三级指标(年度)\n\n指标值(年度)\n\n"
            "数量指标\n\n新建运动场数量\n\n3\n\n满意度指标\n\n家长满意度\n\n≥90%\n")
    assert targets(text) == [(500, "万元"), (500, "万元"), (3, ""), (90, "%")]


def test_a_flattened_table_with_glued_row_numbers_continuations_and_glued_units():
    text = ("事项清单\n序号\n\n事项名称\n\n主办单位\n\n活动周期\n\n对象范围1法治进校园(法治宣讲、防诈骗等)区公安分局、区人民法院\n\n"
            "、区司法局\n\n每年1次\n\n全区中小学校2\n\n书法进校园(书法、戏曲\n\n、非遗)\n\n区委宣传部区文体局\n\n每年2次\n\n全区中小学校\n")
    assert units(text) == [("法治进校园(法治宣讲、防诈骗等)", ["区公安分局", "区人民法院", "区司法局"], []),
                           ("书法进校园(书法、戏曲、非遗)", ["区委宣传部", "区文体局"], [])]


def test_a_two_column_duty_table_flattened_one_cell_per_line():
    text = ("职责分工 职责分工\n\n相关部门\n\n职责分工\n\n区公安分局\n\n维护考点周边安全。\n\n区卫健委\n\n考点医疗服务保障。\n")
    assert units(text) == [("维护考点周边安全", ["区公安分局"], []), ("考点医疗服务保障", ["区卫健委"], [])]


def test_a_full_row_follows_its_header_and_an_electoral_unit_is_no_responsible_unit():
    text = ("序号 | 建议标题 | 领衔 | 选举单位 | 主办单位 | 会办单位 |\n"
            "1 | 关于加快学校建设的建议 | 张明 | 某市 | 省教育厅 | 省财政厅 |\n"
            "2 | 关于改善校车安全的建议 | 李红 | 某县 | 省公安厅 | 省教育厅 |\n")
    assert units(text) == [("关于加快学校建设的建议", ["省教育厅"], ["省财政厅"]),
                           ("关于改善校车安全的建议", ["省公安厅"], ["省教育厅"])]


def test_a_procedures_time_limit_is_a_target_and_a_span_of_years_is_not():
    doc_text = "目录 | 公开主体 | 公开时限 |\n机构职能 | 办公室 | 自信息形成之日起5个工作日内公开 |\n"
    doc = Document(doc_id="t", path="t.txt", text=doc_text, encoding="utf-8",
                   sha256=hashlib.sha256(doc_text.encode()).hexdigest())
    got = [(r.value, r.unit, r.comparator) for r in process_document(doc, "rules").records if r.type == "numeric_target"]
    assert got == [(5, "个工作日", "<=")]
    assert targets("某区召开教育大会 5年内建成一批学校") == []


def test_a_year_with_a_plan_verb_and_what_it_plans_dates_a_goal():
    assert goals("记者获悉。2026年我市规划投资5亿元,新建学校6所。") == [("2026年我市规划投资5亿元,新建学校6所", 2026)]
    assert goals("记者获悉。该区2026年预计新增学位3000个。") == [("该区2026年预计新增学位3000个", 2026)]


def test_the_value_a_change_reached_is_a_result_unless_dated_ahead():
    assert targets("过去五年,义务教育巩固率由93.8%提高到95.5%。") == []
    assert targets("二、主要目标\n到2026年,义务教育巩固率由93.8%提高到96%。") == [(96, "%")]


def test_a_year_with_规划新改扩建_dates_a_goal():
    assert goals("记者获悉。2026年全市规划新改扩建学校13所。") == [("2026年全市规划新改扩建学校13所", 2026)]
