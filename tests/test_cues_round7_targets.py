"""Target cues and table layouts added in the seventh round, each on a small made-up text (no sentence of a
real document)."""

from extract.table_cues import head_roles, is_attribute_cell, is_base_column, is_table_note, looks_like_deadline
from rules_kit import records


def targets(text):
    return [(r.indicator, round(r.value, 4), r.value_max, r.unit, r.comparator, r.target_year)
            for r in records(text, "numeric_target")]


def values(text):
    return sorted((round(r.value, 4), r.target_year) for r in records(text, "numeric_target"))


# -- a task row short of the header's cells whose deadline was merged with the row above -----------------
def test_a_task_cell_never_fills_a_deadline_column():
    assert looks_like_deadline("9月底前") and looks_like_deadline("6月底") and looks_like_deadline("2026年")
    assert not looks_like_deadline("全年开展送戏下乡不少于40场。")
    before = ["title", "content", "deadline"]
    assert head_roles(["每季度巡查河道3次以上。"], before) == ["content"]
    assert head_roles(["水利", "每季度巡查河道3次以上。"], before) == ["title", "content"]
    assert head_roles(["每季度巡查河道。", "11月底前"], before) == ["content", "deadline"]


def test_targets_of_a_short_task_row_are_read():
    text = ("序号\n类别\n工作任务\n完成时限\n责任领导\n责任股室\n"
            "1\n群众文化\n举办广场舞比赛1次。\n10月底前\n赵明\n群文股\n"
            "2\n全年开展送戏下乡不少于40场。\n群文股\n"
            "3\n市场监管\n开展联合检查6次以上。\n执法队\n")
    got = values(text)
    assert (40, None) in got and (6, None) in got


# -- an indicator table with a yearless base column, row numbers, attribute and note cells --------------
def test_indicator_table_cells():
    assert is_base_column("基期水平") and is_base_column("现状值") and not is_base_column("2025年")
    assert is_attribute_cell("倡导性") and is_attribute_cell("约束性") and not is_attribute_cell("体质达标率")
    assert is_table_note("说明:达标率指合格人数占比。") and is_table_note("计算方法:甲/乙×100%")
    assert not is_table_note("学生体质达标率(%)")


def test_a_yearless_base_column_holds_no_target():
    text = ("二、主要指标\n"
            "领域\n序号\n指标\n基期水平\n2024年目标值\n2028年目标值\n指标性质\n"
            "(一)\n体育锻炼\n结果性指标\n1\n学生体质达标率(%)\n61.5\n≥70\n≥80\n预期性\n"
            "说明:达标率指测试合格的学生人数占比。\n"
            "倡导性指标\n2\n家长陪伴孩子运动\n倡导性\n"
            "3\n学校体育场馆开放比例(%)\n60\n90\n约束性\n")
    got = targets(text)
    assert ("学生体质达标率", 70, None, "%", ">=", 2024) in got
    assert ("学生体质达标率", 80, None, "%", ">=", 2028) in got
    assert ("学校体育场馆开放比例", 60, None, "%", "=", 2024) in got  # no base value: the years take the two
    assert ("学校体育场馆开放比例", 90, None, "%", "=", 2028) in got
    assert all(v not in (61.5, 1, 2, 3) for _, v, *_ in got)  # the base, the row numbers


# -- ``甲、乙各N``: one record per item ---------------------------------------------------------------------
def test_distributed_items():
    from extract.rules.target_cues import distributed_items
    d = distributed_items("东区、西区、北区各新建学校")
    assert d is not None and [x for _, x in d.items] == ["东区", "西区", "北区"] and d.rest == "新建学校"
    assert [at for at, _ in d.items] == [0, 3, 6]
    assert distributed_items("各镇至少建成") is None  # ``各`` opens the clause: no list before it
    assert distributed_items("东区新建学校各") is None  # one item only
    assert distributed_items("东区、西区各3所,北区各") is None


def test_each_item_of_a_list_takes_the_quantity():
    got = targets("二、主要任务\n打造劳动教育基地、研学实践营地各3个。")
    assert ("劳动教育基地", 3, None, "个", "=", None) in got and ("研学实践营地", 3, None, "个", "=", None) in got
    got = targets("二、主要任务\n到2026年,东区、西区各新建公办幼儿园2-3所。")
    assert ("东区新建公办幼儿园", 2, 3, "所", "=", 2026) in got and ("西区新建公办幼儿园", 2, 3, "所", "=", 2026) in got
    recs = records("二、主要任务\n到2026年,东区、西区各新建公办幼儿园2-3所。", "numeric_target")
    assert sorted(r.quote for r in recs) == ["东区、西区各新建公办幼儿园2-3所", "西区各新建公办幼儿园2-3所"]


# -- counts, scopes, ages and durations that are no targets ----------------------------------------------
def test_a_count_of_the_list_that_follows_is_no_target():
    from extract.rules.target_cues import counts_listed_items
    assert counts_listed_items("需要甲部门参与的工作中,有", "项", "由甲部门牵头,分别是修订标准、开展培训")
    assert not counts_listed_items("全年新增", "项", "课题")
    assert targets("需要某部参与的工作中,有5项由某部牵头,分别是修订标准、开展督查。") == []


def test_the_scope_of_a_programme_is_no_target():
    from extract.rules.target_cues import names_scope
    assert names_scope("项目实施范围包括,山区12个县、") and not names_scope("到2027年,新建")
    got = values("二、实施方案\n项目实施范围包括,山区12个县、边境县8个,共计20个县。到2027年,受助儿童覆盖率达到95%。")
    assert got == [(95, 2027)]


def test_time_since_taking_office_is_no_target():
    from extract.rules.target_cues import time_since_office
    assert time_since_office("王某履新某集团", "天") and not time_since_office("每年培训", "天")
    assert targets("王某履新某集团200天,做了什么") == []


def test_an_age_span_names_who_is_measured():
    from extract.rules.target_cues import is_age_span
    assert is_age_span("个月", "内婴儿母乳喂养率") and is_age_span("岁", "以下儿童贫血率")
    assert not is_age_span("个月", "完成建设")
    got = values("到2027年,4个月内婴儿母乳喂养率达到60%以上。")
    assert got == [(60, 2027)]


def test_a_line_framing_a_period_to_date_opens_a_report():
    from extract.rules.target_cues import frames_period_to_date
    assert frames_period_to_date("2022年以来") and frames_period_to_date("近三年来,")
    assert frames_period_to_date("今年秋季开学") and not frames_period_to_date("今年秋季开学前,建成学校2所")
    assert not frames_period_to_date("2022年以来,某县新建学校3所")
    assert values("某县办好教育\n2022年以来\n某县不断加大投入\n新建小学2所\n新增学位900个\n") == []
    assert values("某县办好教育\n某县不断加大投入\n新建小学2所\n") == [(2, None)]
    assert values("今年秋季开学\n全县新建有3所\n新增学位900个\n全年计划新增学位3000个。\n") == [(3000, None)]


def test_bandwidth_in_mega_is_a_unit():
    got = targets("二、建设标准\n每室配备电脑10台、宽带接入8兆以上。")
    assert any(v == 8 and u == "兆" and c == ">=" for _, v, _, u, c, _ in got)


# -- cues.py: a site's notice, ``力争拥有``, ``争取…资金`` -------------------------------------------------
def test_a_site_notice_is_furniture():
    from extract.cues import is_furniture, is_site_notice
    assert is_site_notice("如涉及作品版权问题请联系本站,本站核实后将在48小时内删除。")
    assert is_furniture("文章版权归原作者所有,如有侵权请告知本平台")
    assert not is_site_notice("本县新建学校3所")
    assert targets("二、主要任务\n如涉及作品版权问题请联系本站,本站核实后将在48小时内删除。") == []


def test_a_commitment_to_own_is_no_status():
    from extract.cues import status_cue
    assert status_cue("全省人均力争拥有") is None and status_cue("全省人均拥有") == "status:拥有"
    assert values("到2028年,全省人均力争拥有公共图书馆藏书1.2册。") == [(1.2, 2028)]


def test_obtaining_funds_is_no_modal():
    from extract.cues import commitment_cues
    assert "modal" not in commitment_cues("争取上级专项资金")
    assert "modal" in commitment_cues("争取到2026年") and "modal" in commitment_cues("争取新建")


# -- a page that announces a year's planned projects -----------------------------------------------------
def test_a_page_announcing_planned_projects_states_targets():
    from extract.rules.target_cues import announces_projects
    assert announces_projects("2026年计划实施6类25项民生实事项目,涵盖教育、养老等。")
    assert announces_projects("今年拟新建一批教育项目。")
    assert not announces_projects("2023年完成教育项目建设8个。")
    text = "2026年计划实施6类25项民生实事项目。\n东城小学,位于某路以南,占地面积3.2万平方米,设置36个教学班。\n"
    got = values(text)
    assert (3.2, None) in got and (36, None) in got
    assert values("东城小学,位于某路以南,占地面积3.2万平方米,设置36个教学班。\n") == []  # no plan announced


# -- whom a measure addresses; a report of this round's activity -----------------------------------------
def test_whom_a_measure_addresses_is_no_target():
    from extract.rules.target_cues import addresses_population, amount_of_measure
    assert addresses_population("对全市", "名困难学生按每人每年") and addresses_population("对", "个山区县的幼儿给予补助")
    assert not addresses_population("新建", "所学校")
    assert amount_of_measure("对9个山区县的困难幼儿再增加") and not amount_of_measure("对")
    assert amount_of_measure("对符合条件的新生按") and amount_of_measure("对村级书屋按照平均每年每屋")
    got = values("二、资助标准\n对全市3万名困难学生按每人每年600元发放助学金。对9个山区县的困难幼儿再增加800元的补助。")
    assert got == [(3, None), (600, None), (800, None)]  # the 3万 students reached are a target since N12b (tenth round)


def test_this_rounds_activity_is_a_report():
    from extract.cues import status_cue
    assert status_cue("本次体检覆盖全区") == "status:本次" and status_cue("本次体检将覆盖全区") is None
    assert values("本次体检覆盖全区12个街道,其中城区8所学校。") == []


def test_a_sentence_going_on_with_a_report_is_past():
    from extract.rules.target_cues import continues_report
    assert continues_report("改造操场12个,新增学位3000个") and not continues_report("计划新建学校3所")
    assert not continues_report("全市新建学校3所")  # a subject of its own
    text = "发布时间:2025-04-02\n2024年某市新建学校8所,新增学位9000个。改造操场12个,新增学位3000个。今年计划新建学校5所。"
    assert values(text) == [(5, None)]
    # in a plan's outline the same sentence is the plan's
    assert (12, None) in values("二、主要任务\n到2026年,全市共有学校80所。改造操场12个。")


# -- a task table's frequency column ----------------------------------------------------------------------
def test_a_frequency_column_gives_one_target_per_row():
    from extract.rules.target_cues import frequency_value, is_frequency_column
    assert is_frequency_column("活动周期") and is_frequency_column("开展频次") and not is_frequency_column("主办单位")
    assert frequency_value("每年1-2次") == (1, 2, "次", "=") and frequency_value("每学期3次以上") == (3, None, "次", ">=")
    assert frequency_value("讲座、征文") is None
    text = ("序号\n事项名称\n主办单位\n活动周期\n开展方式\n"
            "1\n安全教育进校园\n区应急局\n每学期2次\n讲座\n"
            "2\n科普进校园\n区科协\n每年1-3次\n展览\n")
    got = targets(text)
    assert ("安全教育进校园次数", 2, None, "次", "=", None) in got
    assert ("科普进校园次数", 1, 3, "次", "=", None) in got


# -- a breakdown of targets; 尚有/仍有 -----------------------------------------------------------------------
def test_a_breakdown_shares_the_targets_before_it():
    text = "发布时间:2025-03-01\n2025年,某市20所学校建设列入民生实事项目。\n其中东区5所,西区15所。目前已开工8所。"
    got = values(text)
    assert (5, None) in got and (15, None) in got and (8, None) not in got
    # a breakdown of past totals stays past
    assert values("发布时间:2025-03-01\n某市已建成学校20所。\n其中东区5所,西区15所。") == []


def test_still_having_is_a_status():
    from extract.cues import status_cue
    assert status_cue("规划新建学校尚有") == "status:尚有" and status_cue("仍有") == "status:仍有"
    assert values("发布时间:2025-03-01\n规划新建学校尚有12所未投入使用。其中东区5所。") == []


def test_a_paragraph_breaking_down_past_totals_is_past():
    from extract.rules.target_cues import breaks_down
    assert breaks_down("其中,东区3所") and breaks_down("全区新建幼儿园中,东片新增8所")
    assert not breaks_down("东城中学,位于某路以南") and not breaks_down("第一中学,占地3万平方米")
    text = "发布时间:2025-09-01\n今年全市已新增幼儿园20所。其中,公办12所。\n全区新建幼儿园中,东片新增8所,新增学位900个。"
    assert values(text) == []


def test_a_number_inside_a_base_frame_is_no_target():
    from extract.rules.target_cues import in_base_frame
    assert in_base_frame("在去年新增学位", "个的基础上,今年再新增学位2000个")
    assert not in_base_frame("近视率在2024年的基础上每年降低", "个百分点")
    got = values("二、主要任务\n在一期新增学位3000个、二期新增学位2500个的基础上,到2027年再新增学位2000个。")
    assert got == [(2000, 2027)]
    assert values("二、主要任务\n近视率在2024年的基础上每年降低0.5个百分点。") == [(0.5, None)]


def test_a_count_of_the_peoples_projects_names_the_list():
    assert values("二、主要任务\n将学位建设列入全市10项民心工程。") == []


def test_a_title_announcing_targets_met_opens_a_review():
    from extract.rules.target_cues import title_reports_done
    assert title_reports_done("某省“十四五”教育发展目标如期实现") and title_reports_done("超额完成年度任务!某市新建学校40所")
    assert not title_reports_done("确保圆满完成年度任务的实施方案")
    text = "某省教育发展目标如期实现\n\n全省学前三年毛入园率达到91.5%。下一步将力争到2030年达到95%。"
    assert values(text) == [(95, 2030)]


def test_measures_reaching_one_value_together():
    from extract.rules.target_cues import jointly_reached
    assert [x for _, x in jointly_reached("幼儿入园率和保教合格率均达到")] == ["幼儿入园率", "保教合格率"]
    assert jointly_reached("高考达线率、特控线上线率均比上年提高") is not None
    assert jointly_reached("各校均按") is None and jointly_reached("入学率均达到") is None
    got = targets("二、主要目标\n初中入学率和巩固率均达到99%。")
    assert ("初中入学率", 99, None, "%", "=", None) in got and ("巩固率", 99, None, "%", "=", None) in got
    # outside the plan's outline too (a plan's text without headings, a note on a standard): one record each
    got = targets("某区教育规划\n\n到期末,初中入学率和巩固率均达到98%,高中在校生达到3100人。")
    assert ("初中入学率", 98, None, "%", "=", None) in got and ("巩固率", 98, None, "%", "=", None) in got
    got = targets("评估标准要求,学前三年毛入园率、听障儿童入学率均达92%以上。")
    assert {g[0] for g in got if g[1] == 92} == {"学前三年毛入园率", "听障儿童入学率"}


def test_what_finished_works_give_and_a_total_ahead_are_targets():
    from extract.rules.target_cues import future_total, once_built
    assert once_built("主体已完工,建成后新增学位") and not once_built("已建成学校")
    assert future_total("甲校、乙校将于年底完工,", "status:共计") and not future_total("甲校已完工,", "status:共计")
    assert values("某校主体已浇筑完成,建成后新增学位900个。") == [(900, None)]
    assert values("甲校、乙校将于今年底完工,共计新增1500个学位。") == [(1500, None)]
    assert values("甲校、乙校已完工,共计新增1500个学位。") == []


def test_a_rate_per_population_keeps_its_unit():
    got = targets("二、主要目标\n到2027年,孕产妇死亡率下降到12/10万以下。")
    assert ("孕产妇死亡率", 12, None, "/10万", "<=", 2027) in got


def test_a_quoted_level_is_a_target_and_a_quoted_slogan_a_name():
    from extract.rules.target_cues import quotes_a_level
    assert quotes_a_level("课程开齐率100%") and not quotes_a_level("3个100%") and not quotes_a_level("双减")
    assert (100, None) in values("二、主要目标\n实现“课程开齐率100%”等量化指标。")
    assert values("开展“3个100%”行动。") == []


def test_a_sentence_opening_with_the_terms_start_reports():
    from extract.rules.target_cues import reports_term_opening
    assert reports_term_opening("今年秋季学期,某市20所新建学校投入使用") and reports_term_opening("秋季开学以来,新增学位3000个")
    assert not reports_term_opening("今年秋季学期,某市将有20所新建学校投入使用")
    assert values("今年秋季学期,某市有20所新建学校投入使用,新增学位达2万个。") == []
    assert values("今年秋季学期,某市将新增学位2万个。") == [(2, None)]


def test_a_page_titled_as_a_plan_states_its_targets():
    from extract.rules.target_cues import title_names_plan
    assert title_names_plan("2025年民生实事项目目标任务责任分解表.docx") and title_names_plan("某区教育局2025年工作要点")
    assert not title_names_plan("某市印发《教育工作要点》") and not title_names_plan("某县新建学校3所")
    text = "2025年民生实事项目目标任务责任分解表\n序号项目名称主要内容1优化养老服务为全区9000名老年人提供上门服务。\n"
    assert (9000, None) in values(text)
    # the title line itself is no target of the plan's body
    assert values("某市扶持3000名青年就业实施方案\n") == []


def test_a_task_notice_states_its_targets():
    from extract.rules.target_cues import letter_sets_tasks
    p = "全县2026年建设项目为:新建学校12所,改造操场30个。现将建设任务下达给你们,请认真贯彻落实。"
    assert letter_sets_tasks(p)
    assert not letter_sets_tasks("现将《某县教育规划》印发给你们,请认真贯彻落实。")
    got = values("某县教育局\n关于下达建设任务的通知\n各乡镇中心学校:\n" + p + "\n一、加强统筹。\n")
    assert (12, 2026) in got and (30, 2026) in got


def test_an_opening_line_publishing_a_report_makes_the_page_a_report():
    from extract.rules.target_cues import publishes_report
    assert publishes_report("根据有关规定,现公布某局2025年政府信息公开工作年度报告。")
    assert not publishes_report("现将《某区教育规划》印发给你们。")
    text = "现公布某局2025年政府信息公开工作年度报告。\n一、总体情况\n(一)主动公开情况。公众号发布稿件300条。\n"
    assert values(text) == []


def test_a_count_of_the_peoples_projects_names_the_list_too():
    assert values("2026年计划实施6类30项民生公益项目,涵盖教育、养老等。") == []
    assert (4, None) in values("二、主要任务\n实施甲园、乙园等4个重点项目建设。")  # the works themselves


def test_a_row_of_text_values_stays_in_the_indicator_table():
    text = ("二、主要指标\n指标\n基期水平\n2024年目标值\n2028年目标值\n指标性质\n"
            "学生体质达标率(%)\n61.5\n≥70\n≥80\n预期性\n"
            "近视增长率(%)\n2015—2020年平均每年增长约3.1%\n持续下降\n预期性\n")
    got = values(text)
    assert got == [(70, 2024), (80, 2028)]  # the text row's past figure is no prose target


def test_a_years_value_is_no_deadline():
    from extract.cues import commitment_cues
    assert "deadline" not in commitment_cues("在校生从2019年的3万人,增至2024年的")
    assert "deadline" in commitment_cues("到2027年,在校生达到")
    assert values("发布时间:2025-02-01\n在校生从2019年的3万人,增至2024年的3.6万人,5年间增加0.6万人。") == []


def test_all_the_places_under_a_level_are_the_subject():
    from extract.rules.target_cues import counts_all_places
    assert counts_all_places("全省", "个", "县区要实现优质均衡") and not counts_all_places("新建", "个", "区域中心")
    assert values("二、主要目标\n全省26个县区要实现义务教育优质均衡。") == []


def test_a_line_of_page_code_is_furniture():
    from extract.cues import is_page_code
    assert is_page_code("2025-05-02 1 1 某日报 content_88123.html 1 某市新建学校9所 /prop-->")
    assert not is_page_code("某市新建学校9所,新增学位5000个。")
    assert values("2025-05-02 1 1 某日报 content_88123.html 1 某市计划新建学校9所 /prop-->\n") == []


def test_a_column_of_rules_states_amounts_and_time_limits():
    from extract.rules.target_cues import column_states_rules
    assert column_states_rules("配套政策") and column_states_rules("申请审批流程") and not column_states_rules("牵头单位")
    text = ("资助项目 | 牵头单位 | 配套政策 | 申请审批流程\n"
            "助学金 | 县教育局 | 资助标准每生每年600元。 | 开学后10个工作日内提交申请\n")
    got = values(text)
    assert (600, None) in got and (10, None) in got


def test_a_count_of_the_named_places_is_no_amount():
    from extract.rules.target_cues import locates_in_named
    assert locates_in_named("此外,在东城区甲小学、乙小学、丙中学", "所")
    assert not locates_in_named("在东区、西区和北区新建", "所")  # a verb between: the amount built
    assert values("此外,在东城区甲小学、乙小学、丙中学3所学校开展试点。") == []
    assert (4, None) in values("二、主要任务\n在东区、西区新建幼儿园4所。")
