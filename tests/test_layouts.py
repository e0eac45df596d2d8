"""Layouts of the genre the seed documents do not have: every table and list form named in the
generalisation issue, written as small made-up texts (no sentence of a real document)."""

import hashlib

import pytest

from extract.data import Document
from extract.pipeline import process_document


def records(text, kind=None):
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    res = process_document(doc, "rules")
    for r in res.records:
        assert r.quote == text[r.span.start:r.span.end]
    return [r for r in res.records if kind is None or r.type == kind]


def test_pipe_indicator_table_with_attribute_and_base_year_column():
    text = ("某县教育事业发展规划\n二、发展目标\n"
            "序号 | 指  标 | 单位 | 2020年 | 2025年 | 属性 |\n"
            "1 | 学前三年毛入园率 | % | 88.5 | 95 | 预期性 |\n"
            "2 | 九年义务教育巩固率 | % | 96 | ≥97 | 约束性 |\n三、主要任务\n")
    got = [(t.indicator, t.value, t.unit, t.comparator, t.target_year) for t in records(text, "numeric_target")]
    assert got == [("学前三年毛入园率", 95, "%", "=", 2025), ("九年义务教育巩固率", 97, "%", ">=", 2025)]


def test_pipe_task_table_lead_and_cooperating_columns_and_people():
    text = ("附件\n重点任务分解表\n"
            "序号 | 目标与任务 | 分管领导 | 主要责任单位 | 协同配合单位 |\n"
            "1 | 新增公办学位800个。 | 张明 | 县教育局 | 县财政局、县自然资源局 |\n"
            "2 | 推进集团化办学。 | 李红 王刚 | 县教育局 | 各乡镇人民政府 |\n")
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [
        (["县教育局"], ["县财政局", "县自然资源局"]), (["县教育局"], ["各乡镇人民政府"])]
    assert all("张明" not in u.lead_units + u.responsible_units for u in ua)
    assert [(t.value, t.unit) for t in records(text, "numeric_target")] == [(800, "个")]


def test_one_cell_per_line_table_with_separator_lines_and_a_lone_unit_column():
    text = "序号\n|\n工作任务\n|\n责任单位\n|\n1\n|\n完善督导机制。\n|\n市教育局会同有关部门\n|\n2\n|\n健全资助体系。\n|\n市财政局、市教育局\n"
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [(["市教育局"], ["有关部门"]),
                                                                 (["市财政局", "市教育局"], [])]


def test_rows_numbered_from_anywhere_across_group_headings():
    text = ("序号\n重点工作任务\n牵头责任单位\n责任单位\n一、扩大优质教育供给\n17\n新建幼儿园3所。\n区教育局\n区住建局。\n"
            "二、提升教育质量\n21\n推进课后服务全覆盖。\n区教育局\n各街道\n")
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [
        ("新建幼儿园3所", ["区教育局"], ["区住建局"]), ("推进课后服务全覆盖", ["区教育局"], ["各街道"])]


def test_unit_list_tails_and_a_lost_closing_bracket():
    text = "三、重点任务\n(一)优化学校布局。新建学校2所(牵头单位:区教委;责任单位:区发改委等及各镇街。\n"
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [(["区教委"], ["区发改委", "各镇街"])]


def test_first_listed_unit_leads_under_the_documents_key():
    text = ("一、普及学前教育\n1.完善成本分担机制,对困难家庭幼儿给予资助。(财政厅、教育厅。列在首位的为牵头部门,下同)"
            "2.制订办园标准。(教育厅、物价局、人社厅)\n")
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [
        ("完善成本分担机制", ["财政厅"], ["教育厅"]), ("制订办园标准", ["教育厅"], ["物价局", "人社厅"])]


def test_age_range_is_not_a_target_and_new_measure_words_are():
    text = "三、重点任务\n为3-6周岁儿童提供普惠服务,开展视力筛查1万例以上,新增床位200张。\n"
    got = [(t.value, t.unit) for t in records(text, "numeric_target")]
    assert got == [(1, "万例"), (200, "张")]


@pytest.mark.parametrize("heading_line", ["三、重点任务(一)推进学前教育普惠发展。", "主要目标:"])
def test_inline_and_colon_headings(heading_line):
    text = f"{heading_line}\n到2025年,学前三年毛入园率达到95%以上。\n"
    ts = records(text, "numeric_target")
    assert [(t.value, t.target_year) for t in ts] == [(95, 2025)]


def test_statistics_bulletin_numbers_are_status():
    text = ("某省2018年教育事业发展统计公报\n2019-04-25\n一、学前教育\n全省共有幼儿园6973所,比上年增加36所,增长0.52%。"
            "学前三年毛入园率88.5%。\n")
    assert records(text, "numeric_target") == []


def test_review_heading_of_other_words_and_a_past_year():
    text = ("某区教育发展规划\n发布日期:2023-03-01\n一、“十三五”工作亮点\n1.学位供给显著增加\n新建学校12所,学前三年毛入园率96.5%。\n"
            "二、发展目标\n2022年,全区新增学位3000个。到2025年,新建学校8所。\n")
    got = [(t.value, t.target_year) for t in records(text, "numeric_target")]
    assert got == [(8, 2025)]


def test_units_named_by_the_verb_that_closes_their_bracket():
    text = "三、重点任务\n1.完成校舍改造,消除危房。(区教委牵头,区财政局、区住建局配合)\n2.落实缴费政策。(区人社局、区医保局负责)\n"
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [
        (["区教委"], ["区财政局", "区住建局"]), ([], ["区人社局", "区医保局"])]


def test_a_news_report_of_a_plan_gives_the_plans_list_as_targets():
    text = ("近日发布的《某市公共服务规划》明确,到2025年,公共服务体系更加完善。\n学有所教\n"
            "学前教育毛入园率大于90%,九年义务教育巩固率96%。\n")
    got = [(t.value, t.comparator) for t in records(text, "numeric_target")]
    assert got == [(90, ">"), (96, "=")]


def test_unit_list_broken_one_unit_per_line_and_merged_category_cells():
    text = ("序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n"
            "1\n教育提质工程\n新建中小学校\n新建学校3所。\n区教育局\n甲街道\n乙镇\n区发改局\n"
            "2\n校园食堂改造\n改造食堂12个。\n区教育局\n/\n"
            "3\n托育服务\n新增托位200个。\n区卫健局\n区住建局\n区财政局\n")
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [
        ("新建中小学校", ["区教育局"], ["甲街道", "乙镇", "区发改局"]),
        ("校园食堂改造", ["区教育局"], []),
        ("托育服务", ["区卫健局"], ["区住建局", "区财政局"])]


def test_indicator_table_with_units_in_cells_numbered_labels_categories_and_paired_sub_rows():
    text = ("某县教育事业发展“十四五”规划\n二、主要目标\n主要指标表\n指标\n2020年\n2025年\n属性\n一、发展水平\n"
            "1.学前教育毛入园率(%)\n95%\n98%以上\n约束性\n2.劳动年龄人口平均受教育年限(年)\n11.4年\n12.3年以上\n约束性\n"
            "二、办学条件\n1.标准班额比例(%)\n其中:小学\n初中\n70%\n60%\n90%以上\n85%以上\n预期性\n"
            "2.教师本科学历比例(%)\n其中:研究生学历比例(%)\n80%\n5%\n90%\n10%\n预期性\n三、主要任务\n")
    got = [(t.indicator, t.value, t.unit, t.comparator, t.target_year) for t in records(text, "numeric_target")]
    assert got == [("学前教育毛入园率", 98, "%", ">=", 2025), ("劳动年龄人口平均受教育年限", 12.3, "年", ">=", 2025),
                   ("小学", 90, "%", ">=", 2025), ("初中", 85, "%", ">=", 2025),
                   ("教师本科学历比例", 90, "%", "=", 2025), ("研究生学历比例", 10, "%", "=", 2025)]


def test_task_table_with_header_cells_broken_over_lines_and_a_deadline_column():
    """``牵头`` / ``部门`` and ``完成`` / ``时间`` are one header cell each; a merged category column leaves
    rows short; the unit cells stand between the task and the deadline; ``X等相关部门`` is X alone (U4b, thirteenth round) and
    ``8个街道`` a unit."""
    text = ("某区规划工作分解\n序号\n\n项目\n\n类别\n\n具 体 内 容\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n"
            "31\n\n推进课程改革\n\n教育局\n\n财政局等相关部门,8个街道、镇\n\n2027年\n\n"
            "32\n\n办好社区学校\n\n教育局\n\n8个街道\n\n2028年\n\n"
            "序号\n\n项目\n\n类别\n\n具 体 内 容\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n"
            "33\n\n建设健康校园\n\n卫生局\n\n教育局\n\n2027年\n")
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [
        ("推进课程改革", ["教育局"], ["财政局", "8个街道", "镇"]),
        ("办好社区学校", ["教育局"], ["8个街道"]),
        ("建设健康校园", ["卫生局"], ["教育局"])]


def test_task_table_with_progress_columns_after_the_units_and_a_type_column():
    """Unit columns in the middle of the header: the cells after them are progress or type cells, not
    units; a code such as ``A类`` or a value such as ``增长6%`` is no person's name."""
    text = ("重点工作推进情况\n序号 |\n主要任务 |\n全年目标 |\n分管 领导 |\n牵头 单位 |\n协同单位 |\n推进情况 |\n类型 |\n"
            "7 |\n建成智慧教室20间。 |\n赵一 |\n教育局 |\n财政局、各街道 |\n已完成60%。 |\nA类 |\n"
            "8 |\n办学规模 |\n增长6% |\n教育局 |\n人社局 |\n正在推进。 |\nB类 |\n")
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [
        (["教育局"], ["财政局", "各街道"]), (["教育局"], ["人社局"])]


def test_task_title_that_looks_like_a_unit_list_stays_the_task():
    text = ("民生实事任务分解\n序号\n\n事项分类\n\n事项名称\n\n项目内容\n\n牵头单位\n\n协同单位\n\n"
            "1\n\n办好教育\n\n新建一批中小学校\n\n建设学校3所。\n\n区教育局\n\n甲街道\n\n乙镇\n\n区发改局\n\n"
            "2\n\n食堂建设\n\n为学校食堂配设备。\n\n区教育局\n\n/\n")
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [
        (["区教育局"], ["甲街道", "乙镇", "区发改局"]), (["区教育局"], [])]


def test_units_before_the_duties_under_a_header_whose_spaces_were_lost():
    """``序号 涉及部门 职责分工`` (the spaces go in normalisation): a unit column before the duty column."""
    text = ("某市学校安全管理分工\n序号 涉及部门 职责分工\n1\n市教育局\n负责学校安全管理。指导学校落实主体责任。\n"
            "2\n市公安局\n负责校园周边治安防控,依法查处违法行为。\n")
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [(["市教育局"], []), (["市公安局"], [])]
    assert ua[0].quote.startswith("市教育局") and ua[0].quote.endswith("指导学校落实主体责任。")


def test_glued_header_words_split():
    from extract.tables import Cell, split_glued_header

    def cells(t):
        got = split_glued_header(Cell(t, 10, 10 + len(t), 0))
        return got and [(c.text, c.start) for c in got]

    assert cells("序号任务名称牵头单位配合单位") == [("序号", 10), ("任务名称", 12), ("牵头单位", 16), ("配合单位", 20)]
    assert cells("序号项目") is None and cells("序号是1") is None


def test_numbered_statements_of_quantities_with_label_lines_under_them():
    """``1.…增长6%左右。`` alone on its line is a statement (a target, and a goal in a goal section), not a
    title; the ``牵头单位:`` / ``责任单位:`` lines under it assign it."""
    text = ("某区2031年重点工作分工方案\n一、主要预期目标\n1.努力实现区域教育投入增长6%左右。\n牵头单位:区财政局\n"
            "责任单位:区教育局,各街道\n2.新增公办学位1200个。\n牵头单位:区教育局\n")
    got = [(t.indicator, t.value, t.comparator) for t in records(text, "numeric_target")]
    assert [(v, c) for _, v, c in got] == [(6, "="), (1200, "=")]
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [
        ("努力实现区域教育投入增长6%左右", ["区财政局"], ["区教育局", "各街道"]), ("新增公办学位1200个", ["区教育局"], [])]
    assert len(records(text, "goal")) == 2


def test_decimal_years_per_capita_ratios_and_life_expectancy_are_amounts_ages_are_not():
    text = ("某市公共服务规划\n二、主要目标\n到2030年,劳动年龄人口平均受教育年限达11.8年,每千人口拥有执业医师3.4人,"
            "人均预期寿命79.5岁,3-6岁儿童入园率达到96%。\n")
    got = [(t.value, t.unit) for t in records(text, "numeric_target")]
    assert got == [(11.8, "年"), (3.4, "人"), (79.5, "岁"), (96, "%")]


def test_since_a_year_reports_results():
    text = "2031年以来,全区新建中小学12所,新增学位8000个;到2035年,再新增学位5000个。\n"
    assert [(t.value, t.target_year) for t in records(text, "numeric_target")] == [(5000, 2035)]


def test_a_year_followed_by_a_plan_verb_dates_a_goal():
    text = "记者获悉,某市2031年计划新建中小学校9所,新增学位1.2万个。\n"
    goals = records(text, "goal")
    assert [(g.target_year) for g in goals] == [2031]


def test_flattened_progress_table_with_a_work_column_and_unit_names_broken_over_lines():
    text = ("序号\n\n重点工作\n\n牵头责任单位\n\n上半年落实情况\n\n"
            "1\n\n新建社区学校4所。\n\n县自然\n\n资源局\n\n已开工2所。\n\n"
            "2\n\n培训教师500人次。\n\n县教育局\n\n已培训320人次。\n")
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [(["县自然资源局"], []), (["县教育局"], [])]


def test_a_leader_column_that_leads_leaves_the_unit_column_responsible():
    text = ("序号 | 主要任务 | 牵头领导 | 责任科室 | 进展 |\n"
            "1 | 开展校园读书活动20场以上。 | 王明 | 基教科 | 已开展 |\n")
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [([], ["基教科"])]


def test_bare_labels_with_their_units_on_the_next_line():
    text = ("某区民生实事项目\n\n扩大普惠托育服务供给\n\n牵头单位:\n\n某区卫生健康局\n\n协办单位:\n\n各街道办事处\n\n"
            "进度安排\n\n第一季度:制定方案。\n")
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [
        ("扩大普惠托育服务供给", ["某区卫生健康局"], ["各街道办事处"])]


def test_labels_that_close_a_numbered_item_without_brackets_also_in_a_progress_report():
    text = ("二、重点项目进展情况\n1、校园食堂改造,牵头单位:县教育局。其中进度较慢的为某镇。\n"
            "2、乡村教师周转房建设,牵头单位:县住建局;责任单位:县教育局。\n")
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [
        ("校园食堂改造", ["县教育局"], []), ("乡村教师周转房建设", ["县住建局"], ["县教育局"])]


def test_a_unit_bracket_after_the_items_last_sentence_with_a_gu_shi_label():
    text = "三、重点工作\n5.加强校园安全。开展防溺水教育。落实值班制度。(责任股室:安全办、基教股)\n"
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [("加强校园安全", [], ["安全办", "基教股"])]


@pytest.mark.parametrize("sentence", [
    "去年全县新增公办学位3000个。",
    "今年以来,各校新增了课后服务岗位120个。",
    "1-6月完成校舍维修45所。",
    "5月份完成资助学生800人。",
    "春季实际发放助学金150万元。",
    "预计全年地区生产总值达到900亿元左右。",
])
def test_past_and_progress_markers_make_a_status(sentence):
    assert records(sentence, "numeric_target") == []


def test_quota_in_a_numbered_title_plans_and_threshold_free_applies_to():
    text = ("1、免除学杂费:任务数1200人。截至目前已资助900人。\n"
            "规划投资2.5亿元,新建幼儿园6所。对12处薄弱学校进行改造,新建运动场地3000㎡。\n"
            "对职工50人以下的企业,给予补贴。\n")
    got = sorted((t.value, t.unit) for t in records(text, "numeric_target"))
    assert got == [(2.5, "亿元"), (6, "所"), (12, "处"), (1200, "人"), (3000, "m2")]


def test_exceeding_is_more_than_and_a_year_with_its_subject_and_plan_verb_dates_a_goal():
    text = "2026年,全区还将新增学位超 2 万个。\n"
    nt = records(text, "numeric_target")
    assert [(t.value, t.unit, t.comparator) for t in nt] == [(2, "万个", ">")]
    assert [g.target_year for g in records(text, "goal")] == [2026]


def test_a_numbered_line_that_states_a_level_is_a_statement_not_a_heading():
    text = ("一、年度主要预期目标\n(一)城乡居民收入增长6%以上\n责任单位:县发改局\n"
            "(二)新增城镇就业3000人\n责任单位:县人社局\n")
    nt = records(text, "numeric_target")
    assert [(t.value, t.comparator) for t in nt] == [(6, ">="), (3000, "=")]
    ua = records(text, "unit_assignment")
    assert [(u.task, u.responsible_units) for u in ua] == [
        ("城乡居民收入增长6%以上", ["县发改局"]), ("新增城镇就业3000人", ["县人社局"])]


def test_labels_after_their_task_on_one_line_people_labels_and_a_run_on_last_list():
    text = ("1.新建社区体育场地12处。 牵头领导:张三 责任单位:市体育局 项目责任人:李四 实际完成情况:已完成8处。 "
            "2.新增公交线路6条。 牵头领导:王五 责任单位:市交通局 配合单位:市公安局、各区政府 东城 西城 合计 6\n")
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [
        ("新建社区体育场地12处", [], ["市体育局"]), ("新增公交线路6条", ["市交通局"], ["市公安局", "各区政府"])]


def test_unlabelled_and_verb_brackets_without_a_key():
    text = ("1.城镇新增就业5万人。(就业科、人才中心)\n"
            "2.举办全民健身运动会。(市体育局牵头负责)\n"
            "3.加强学校食堂管理。(市教育局、市市场监管局按职责分工负责)\n")
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [
        ([], ["就业科", "人才中心"]), (["市体育局"], []), ([], ["市教育局", "市市场监管局"])]


def test_merged_project_cells_over_sub_rows_with_an_amount_column_and_a_year_column():
    text = ("序号\n项目\n责任单位\n建设内容\n总投资\n(万元)\n2025年\n目标进度\n"
            "1\n改善办学条件\n县教育局\n新建教学楼2栋。\n3200\n年底前竣工。\n"
            "县自然\n资源局\n保障学校建设用地。\n150\n6月底前完成。\n"
            "2\n加强校园安全\n县公安局\n县应急局\n建设校园视频监控。\n800\n全年完成。\n")
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units) for u in ua] == [
        ("改善办学条件", ["县教育局"]), ("改善办学条件", ["县自然资源局"]), ("加强校园安全", ["县公安局", "县应急局"])]
    nt = sorted((t.value, t.unit, t.indicator) for t in records(text, "numeric_target"))
    assert (3200, "万元", "改善办学条件总投资") in nt and (150, "万元", "改善办学条件总投资") in nt
    assert (800, "万元", "加强校园安全总投资") in nt and (2, "栋", "教学楼") in nt


def test_numbered_statements_with_their_unit_bracket_under_a_goal_breakdown_heading():
    text = "一、目标分解\n3.城镇新增就业1.2万人以上。 (就业科、人才中心)\n4.登记失业率控制在3.5%。\n二、任务分解\n"
    assert [g.text for g in records(text, "goal")] == ["城镇新增就业1.2万人以上", "登记失业率控制在3.5%"]
    assert [(u.task, u.responsible_units) for u in records(text, "unit_assignment")] == [
        ("城镇新增就业1.2万人以上", ["就业科", "人才中心"])]


def test_goal_dated_by_its_plan_verb_and_a_future_clause_after_a_past_one():
    text = ("据介绍,新校区的两栋教学楼将在2027年竣工。\n"
            "该区去年已建成学校3所;2026年计划新建学校5所。\n")
    assert [g.target_year for g in records(text, "goal")] == [2027, 2026]


def test_counts_run_into_each_other_and_anniversaries_are_names():
    text = "全力推进10件40项民生实事,实现4个100%目标。为庆祝建校60周年,新建图书馆1座。\n"
    assert [(t.value, t.unit) for t in records(text, "numeric_target")] == [(1, "座")]


def test_tab_delimited_task_table():
    text = ("序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t新建幼儿园3所\t县教育局\t县住建局、县财政局\t2024年底\n"
            "2\t开展教师培训500人次\t县教育局\t各乡镇\t2024年6月\n")
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [
        ("新建幼儿园3所", ["县教育局"], ["县住建局", "县财政局"]), ("开展教师培训500人次", ["县教育局"], ["各乡镇"])]


def test_labels_after_the_items_full_stop_joined_by_a_semicolon():
    text = "(一)扩充学位供给。新增学位2000个。牵头单位:区教育局;配合单位:区发改委、区住建局。\n"
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units, u.responsible_units) for u in ua] == [
        ("扩充学位供给", ["区教育局"], ["区发改委", "区住建局"])]


def test_labels_with_a_leader_line_a_cooperating_label_and_a_shared_level_list():
    text = ("一、确保完成主要预期目标\n1. 城镇新增就业5000人。\n牵头负责领导:张三。\n牵头责任单位:县人社局。\n"
            "协同责任单位:县财政局、县教育局等,各乡、镇人民政府。\n")
    ua = records(text, "unit_assignment")
    assert [(u.lead_units, u.responsible_units) for u in ua] == [
        (["县人社局"], ["县财政局", "县教育局", "各乡", "镇人民政府"])]  # (r18) U3b splits the unbracketed level list
    assert [g.text for g in records(text, "goal")] == ["城镇新增就业5000人"]


def test_items_under_a_heading_that_names_their_unit():
    text = ("附件\n一、县住建局牵头工作(2项)\n1.改造老旧小区12个。\n2.建设城市公园。\n"
            "(二)教育部门职责、任务\n1.加强校园周边环境整治。\n")
    ua = records(text, "unit_assignment")
    assert [(u.task, u.lead_units) for u in ua] == [
        ("改造老旧小区12个", ["县住建局"]), ("建设城市公园", ["县住建局"]), ("加强校园周边环境整治", ["教育部门"])]


def test_bare_goal_headings_open_a_goal_section_that_the_next_bare_label_closes():
    text = ("项目简介\n某区开展校园安全检查。\n具体目标\n全面排查校园安全隐患,确保安全形势稳定。\n"
            "任务分解\n各校落实整改。\n")
    assert [g.text for g in records(text, "goal")] == ["全面排查校园安全隐患,确保安全形势稳定"]


def test_plan_counts_spans_that_name_measures_scopes_and_markers_run_into_years_are_no_targets():
    text = ("任务分解明确120项具体任务,涉及30个牵头单位。\n附件:1.任务清单\n2.2026年重点工作分解\n"
            "总体癌症5年生存率提高到45%。普及15年教育。取缔学校周围200米以内的网吧。\n")
    assert [(t.indicator, t.value) for t in records(text, "numeric_target")] == [("总体癌症5年生存率", 45)]


def test_an_indicator_row_inside_a_task_table_with_a_unit_column():
    text = ("序号 |\n指标名称 |\n单位 |\n2022年 |\n2026年 |\n牵头单位 |\n责任单位 |\n"
            "1 |\n学前三年毛入园率 |\n% |\n88.5 |\n≥92 |\n县教育局 |\n各乡镇人民政府 |\n")
    doc_year_text = "发布日期:2024-05-08\n" + text
    nt = records(doc_year_text, "numeric_target")
    assert [(t.indicator, t.value, t.unit, t.comparator, t.target_year) for t in nt] == [
        ("学前三年毛入园率", 92, "%", ">=", 2026)]
    assert [(u.lead_units, u.responsible_units) for u in records(doc_year_text, "unit_assignment")] == [
        (["县教育局"], ["各乡镇人民政府"])]


def test_a_planned_start_year_dates_a_goal():
    text = "新校区规划开设18个教学班,计划投资900万元,规划2027年开工建设。\n"
    assert [g.target_year for g in records(text, "goal")] == [2027]
