"""Cues added in the fifth round, each on a small made-up text (no sentence of a real document)."""

from extract.cues import heading_names_goals, is_notice_line, is_unit_cell, section_role
from extract.tables import _roles_from_header
from rules_kit import records, units


def targets(text):
    return [(r.value, r.unit, r.comparator) for r in records(text, "numeric_target")]


def test_a_sign_written_before_the_value_is_its_comparator():
    assert targets("二、主要目标\n到2027年,普惠性幼儿园覆盖率≥92%,公办园在园幼儿占比>55%。") == [
        (92, "%", ">="), (55, "%", ">")]


def test_a_bound_restated_in_brackets_keeps_its_comparator():
    got = targets("三、建设标准\n新建幼儿园占地不少于5亩(3300平方米)。")
    assert (5, "亩", ">=") in got and (3300, "平方米", ">=") in got


def test_a_count_of_classes_that_names_a_size_is_no_target():
    got = targets("三、建设标准\n幼儿园按规模建设:8个班规模用地不少于6亩。")
    assert (8, "个", "=") not in got and (6, "亩", ">=") in got


def test_a_share_named_as_a_noun_is_no_status():
    text = "今年,稳步提高公办园幼儿占比;新增学位1200个,新招录教师90名。"
    assert targets(text) == [(1200, "个", "="), (90, "名", "=")]


def test_a_letter_sentence_that_hands_down_a_breakdown_holds_no_targets():
    assert is_notice_line("根据规划要求,现将规划中明确的12项具体任务进行责任分解。")
    assert targets("根据规划要求,现将规划中明确的12项具体任务进行责任分解。") == []


def test_a_count_of_the_plans_building_tasks_is_no_target():
    assert targets("一、规划8个重点建设项目\n(一)新建学校\n") == []
    assert targets("二、主要任务\n9月底前完成6家建设任务。") == [(6, "家", "=")]


def test_the_first_half_year_opens_a_report_of_results():
    assert targets("上半年,全县资助困难幼儿210人,发放资金12万元。") == []
    assert targets("2026年上半年完成新建幼儿园2所。") == [(2, "所", "=")]


def test_projects_listed_for_the_year_are_targets():
    assert targets("今年,全县12所学校改造列入为民办实事项目。") == [(12, "所", "=")]
    assert targets("今年,全县12所学校完成改造。") == []


def test_a_unit_label_is_no_goal_and_a_task_on_the_goals_is_no_goal_heading():
    assert not heading_names_goals("加强运行监测,确保完成主要指标")
    assert heading_names_goals("二、主要目标")
    assert section_role(["一、工作任务", "3.加强运行监测,确保完成主要指标"]) == "plan"
    assert heading_names_goals("一、确保完成主要预期目标")
    text = "二、工作目标\n到2026年全面完成改造任务。\n(牵头单位:县教育局、县财政局)\n"
    goals = [r.text for r in records(text, "goal")]
    assert goals == ["到2026年全面完成改造任务"]


def test_an_office_named_with_its_level_is_a_unit_whatever_its_end():
    assert is_unit_cell("县文广新局")
    assert not is_unit_cell("开创发展新局")
    assert not is_unit_cell("迁建县图书服务中心。")
    assert is_unit_cell("县教育局、县财政局。")


def test_a_header_without_a_title_word_takes_its_first_text_column_as_the_task():
    assert _roles_from_header(["民生实事", "责任单位", "完成时限"], 3, plain_title=True) == ["title", "lead", "deadline"]
    assert _roles_from_header(["民生实事", "责任单位", "完成时限"], 3) is None
    text = ("附件\n民生实事分解表\n序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n1\n\n新建城区公园1座。\n\n县住建局\n\n"
            "8月投入使用\n\n2\n\n迁建县图书服务中心。\n\n县图书服务中心\n\n县代建中心\n\n12月底前\n")
    assert units(text) == [("新建城区公园1座", ["县住建局"], []),
                           ("迁建县图书服务中心", ["县图书服务中心", "县代建中心"], [])]


def test_an_assisting_label_names_responsible_units_and_the_duty_label_then_leads():
    text = "二、主要任务\n(一)完成新园选址。〔责任单位:各乡镇人民政府,协助单位:县教育局、县自然资源局〕\n"
    assert units(text) == [("完成新园选址", ["各乡镇人民政府"], ["县教育局", "县自然资源局"])]


def test_a_task_led_by_a_unit_named_after_it():
    text = "四、组织实施\n全县课后服务试点工作由县教育局牵头,各校具体实施。\n"
    assert units(text) == [("全县课后服务试点工作", ["县教育局"], [])]
    assert units("四、组织实施\n建立由教育部门牵头,各部门协同的机制。\n") == []


def test_a_bracket_broken_over_lines_is_one_unit_list():
    from extract.structure import closes_open_bracket
    assert closes_open_bracket("(三)完善午餐供应。(县教育局、县市场", "监管局按职责分工负责)")
    assert not closes_open_bracket("(三)完善午餐供应。", "(县教育局负责)")
    assert not closes_open_bracket("(三)完善午餐供应(", "(四)开展培训")
    text = ("二、重点任务\n(三)完善校园午餐供应。(县教育局、县市场\n\n    监管局、县卫生健康局按职\n    责分工负责)\n"
            "(四)举办全县学生运动会。(县体\n\n    育局牵头负责)\n")
    assert units(text) == [("完善校园午餐供应", [], ["县教育局", "县市场监管局", "县卫生健康局"]),
                           ("举办全县学生运动会", ["县体育局"], [])]


def test_counts_of_the_plans_own_parts_are_no_targets():
    assert targets("《意见》提出6项重要举措:一是扩大供给。") == []
    assert targets("方案细化设置了10项主要发展指标。") == []
    assert targets("三、主要任务\n1.健全安全管理责任制4项:完善责任清单、完善排查机制。") == []
    assert targets("二、主要任务\n全力推进120个重点项目建设。") == [(120, "个", "=")]


def test_items_announced_by_a_report_of_results_are_no_targets():
    from extract.rules.text import introduces_past_list
    assert introduces_past_list("计划实施的4个项目已于9月底全部竣工,提前完成了任务。具体情况如下:")
    assert not introduces_past_list("今年的主要任务如下:")
    text = ("今年计划实施的3个校舍项目已于9月底全部竣工。具体情况如下:\n\n1.城关小学,建设面积1200平方米,投入资金300万元。\n\n"
            "2.东关中学,建设面积2400平方米,投入资金650万元。\n")
    assert targets(text) == []
    text = "今年全县主要任务如下:\n\n1.城关小学,建设面积1200平方米。\n"
    assert targets(text) == [(1200, "平方米", "=")]


def test_a_year_of_the_roc_calendar_is_a_date_not_an_amount():
    from extract.rules.target_number_forms import is_roc_year
    assert is_roc_year("112") and not is_roc_year("15") and not is_roc_year("2025")
    assert targets("本縣預計113年再增設幼兒園專班12班。") == [(12, "班", "=")]


def test_what_was_planned_and_is_done_is_no_target():
    assert targets("计划新建的4所幼儿园已于9月全部竣工。") == []
    assert targets("计划新建4所幼儿园,明年9月竣工。") == [(4, "所", "=")]


def test_a_year_whose_projects_are_listed_as_the_years_works_dates_a_goal():
    from extract.rules.text import deadline_at
    assert deadline_at("2026年,全县12所学校改造列入为民办实事工程")[0] == 2026
    assert deadline_at("2026年初,我县将新增学位纳入年度民生实事项目推进实施")[0] == 2026
    assert deadline_at("全县12所学校改造列入为民办实事工程")[0] is None


def test_a_sentence_that_says_what_the_goals_are_is_a_goal():
    text = "会议指出,2026年全县教育工作的总体目标是:巩固义务教育优质均衡,办好人民满意的教育。\n"
    goals = [(r.text, r.target_year) for r in records(text, "goal")]
    assert goals == [("会议指出,2026年全县教育工作的总体目标是:巩固义务教育优质均衡,办好人民满意的教育", 2026)]
    assert records("十三五期间,2020年的总体目标是:建成3所学校。\n", "goal") == []


def test_the_list_a_sentence_announces_as_plan_indicators_holds_targets():
    text = "2026年,全区共设置了20项国民经济和社会发展计划指标。其中,地区生产总值同比增长6%以上,一般公共预算收入增长3%。"
    assert targets(text) == [(6, "%", ">="), (3, "%", "=")]
    assert targets("全区共设置了20项指标。其中,地区生产总值同比增长6%。") == []


def test_opening_something_new_is_a_target_verb():
    assert targets("今年新辟公交线路8条,新投放公共自行车2000辆。") == [(8, "条", "="), (2000, "辆", "=")]


def test_a_comparison_and_an_achieved_value_date_no_goal():
    from extract.rules.text import deadline_at
    assert deadline_at("2009年的报告指出,全国人均受教育年限远远低于发达国家")[0] is None
    assert deadline_at("2027年,全县学前三年毛入园率不低于95%")[0] == 2027
    assert deadline_at("2010年实现值")[0] is None
    assert records("二、主要目标\n类别 | 序号 | 指标名称 | 2027年目标值 | 2025年实现值 |\n", "goal") == []


def test_a_units_collective_tail_and_a_pipe_are_no_units():
    from extract.rules.units import split_units
    assert split_units("县教育局、县交警大队等单位") == ["县教育局", "县交警大队"]
    assert split_units("市卫生健康委员会 | 市教育局") == ["市卫生健康委员会", "市教育局"]


def test_a_numbered_heading_with_a_space_before_its_dot():
    from extract.headings import heading_chain
    assert [(h.level, h.title) for h in heading_chain("二、工作目标1 .全面加强党的领导。推进党建。")] == [
        (2, "工作目标"), (4, "全面加强党的领导")]
    assert heading_chain("比例为1 .5%") == []
