"""Target cues of the sixteenth round's false-target pass (tfp16): numbers that are no commitment (a list's status that
runs on, a school grade, the starting values of a change), on small made-up texts (no sentence of a real document), with
near-misses that must not fire."""

from extract.rules.target_exclusions import (ages_after_label, heading_names_progress, selects_by_age_of_building, counts_named_kinds_taken_in, cites_page_address, reports_statistics, modal_names_a_list, opens_on_earlier_time, breaks_down_untaken_total, counts_places_in_scope, first_tranche, link_list_spans, masks_nearly, gap_to_reference, names_background, without_qualifier_items, announces_progress, boasts_level, counts_by_category, counts_set_out_list, is_listed_baseline, names_grade,
                                    shares_first_value_status)
from rules_kit import records


def values(text):
    return [round(r.value, 4) for r in records(text, "numeric_target")]


def targets(text):
    return [(round(r.value, 4), r.unit) for r in records(text, "numeric_target")]


# -- the later values of a list share the status of the first ------------------------------------------------------


def test_list_values_share_the_first_values_status():
    text = ("某县全力推进学校建设\n本年度某县学校建设总投资3000万元,其中新建甲园的省级、市级和县级资金分别为400万元、"
            "500万元和600万元。某项目完成投资分别为900万元和800万元。")
    assert values(text) == [3000.0]


def test_list_values_near_misses():
    # a value with a verb of its own after a comma keeps it
    text = "某县教育工作计划\n一、主要任务\n1.某镇现有小学6所,新建幼儿园2所。"
    assert values(text) == [2.0]
    assert shares_first_value_status("、", ("status:为",), ("target_verb",))
    assert shares_first_value_status("和", ("past_marker",), ("target_verb",))
    assert not shares_first_value_status(",新建", ("status:为",), ("target_verb",))  # words of its own
    assert not shares_first_value_status("、", ("name",), ("target_verb",))  # the first was a name, no status
    assert not shares_first_value_status("、", ("status:为",), ("deadline",))  # a deadline of its own
    assert not shares_first_value_status("、", (), ("target_verb",))  # the first was taken


# -- a school grade is no span of years --------------------------------------------------------------------------------


def test_grade_is_no_span_of_years():
    text = "某区学校体育工作方案\n一、主要任务\n1.确保小学4-5年级每周2节美术课。"
    assert targets(text) == [(2.0, "节")]
    assert names_grade("年", "级和初中")
    assert names_grade("年", " 级")


def test_grade_near_misses():
    assert not names_grade("年", "内完成")  # a time limit
    assert not names_grade("年", ",级别不变")  # a comma parts them
    assert not names_grade("个", "级")  # no year
    text = "某区学校工作方案\n一、主要任务\n1.力争3年内建成幼儿园5所。"
    assert (3.0, "年") in targets(text)


# -- the starting values of a change, written as a list ----------------------------------------------------------------


def test_listed_starting_values_are_no_targets():
    text = "某县2031年民生实事实施方案\n一、主要任务\n1.甲类、乙类对象补助标准由每人每月900元、700元统一提高到1000元。"
    assert targets(text) == [(1000.0, "元")]
    assert is_listed_baseline("补助标准由每人每月", "元、700元统一提高到1000元")
    assert is_listed_baseline("补助标准由每人每月900元、", "元统一提高到1000元")
    assert is_listed_baseline("由15%、", "分别提高到20%")


def test_listed_starting_values_near_misses():
    assert not is_listed_baseline("补助标准提高到", "元、700元")  # the list is the end point
    assert not is_listed_baseline("由甲局新建学校", "所、幼儿园2所")  # 由 names who acts; no change follows
    assert not is_listed_baseline("由", "元提高到1000元")  # one starting value: ``is_baseline`` reads it
    text = "某县2031年民生实事实施方案\n一、主要任务\n1.由县教育局新建学校3所、幼儿园2所。"
    assert values(text) == [3.0, 2.0]


# -- an age after its label --------------------------------------------------------------------------------------------


def test_age_after_its_label_is_no_target():
    text = "某街道2031年民生实事进展\n甲托育中心将招收年龄下延至10-24个月,新增托位20个。"
    assert targets(text) == [(20.0, "个")]
    assert ages_after_label("将招收年龄下延至", "个月")
    assert ages_after_label("招收月龄为", "个月")


def test_age_after_its_label_near_misses():
    assert not ages_after_label("劳动年龄人口平均受教育年限达", "年")  # a span in years is an amount
    assert not ages_after_label("服务年龄不限,新建托位", "个")  # not an age unit
    assert not ages_after_label("年龄较大的儿童,每天户外活动时间达到2小时,每月体检", "个月")  # the age word is far back


# -- the make-up of a list by its categories ---------------------------------------------------------------------------


def test_counts_by_category_are_no_targets():
    text = "某县2031年民生实事实施方案\n一、主要任务\n1.今年共办好民生实事12项,其中保障类5项、设施类7项。"
    assert values(text) == []
    assert counts_by_category("共办民生实事", "项", ",其中保障类4项、设施类6项")
    assert counts_by_category("其中保障类", "项", "、设施类6项")
    assert counts_by_category("其中保障类4项、设施类", "项", ",各项均按期完成")


def test_counts_by_category_near_misses():
    assert not counts_by_category("重点实施甲、乙等7大类", "个", "项目")  # 7大类 names no category
    assert not counts_by_category("其中小学", "所", ",初中2所")  # a breakdown by kind of school, not by category
    assert not counts_by_category("新建学校", "所", ",其中小学4所")  # the total of a breakdown that is no category
    text = "某县2031年民生实事实施方案\n一、主要任务\n1.新建学校10所,其中小学4所。"
    assert values(text) == [10.0, 4.0]


# -- a line that announces the progress it lists -----------------------------------------------------------------------


def test_items_after_a_progress_line_are_no_targets():
    text = ("某市2031年民生实事进展\n截至7月底,各项实事总体进展顺利。\n各项实事中,卫生方面的主要进展有\n"
            "●完成甲校与12所乡村学校结对共建,组建学校共同体8个。")
    assert values(text) == []
    assert announces_progress("各项实事中,卫生方面的主要进展有")
    assert announces_progress("主要进展如下:")
    assert announces_progress("取得的成效是:")


def test_progress_line_near_misses():
    assert not announces_progress("主要任务如下:")  # tasks ahead
    assert not announces_progress("进展情况")  # a column's or a heading's name, no announcing verb
    assert not announces_progress("下一步打算有:")
    text = "某市2031年民生实事计划\n主要任务如下:\n1.组建学校共同体8个。"
    assert values(text) == [8.0]


# -- 名额 is a measure as written ------------------------------------------------------------------------------------------


def test_places_word_is_the_unit():
    text = "某区2031年托育服务计划\n一、主要任务\n1.租用场地作托管设施,增600名额。"
    assert targets(text) == [(600.0, "名额")]
    text = "某区2031年托育服务计划\n一、主要任务\n1.招聘教师30名,新增学位200个。"
    assert targets(text) == [(30.0, "名"), (200.0, "个")]  # ``名`` alone stays ``名``


# -- a figure stressed as large ----------------------------------------------------------------------------------------


def test_stressed_figure_is_status():
    text = "某县重视教育\n某县每年都将教育列为重点,2031年支出中卫生经费占比高达25%,各校条件不断改善。"
    assert values(text) == []
    assert boasts_level("卫生经费占比高达")
    assert boasts_level("参与人数多達約")


def test_stressed_figure_near_misses():
    assert not boasts_level("覆盖率达")  # a level to reach
    assert not boasts_level("覆盖率提高到")
    text = "某县教育工作计划\n一、主要目标\n1.到2031年,预计全县教育经费占比将高达30%。"
    assert values(text) == [30.0]  # a modal and a year ahead in its clause


def test_only_in_its_own_clause_is_status():
    # a modal of another clause (a condition) leaves ``仅约`` its status
    text = "某县幼儿园招生\n全县公办托位仅约800个,若所有家庭都要申请,录取比例仅约30%,家长多有抱怨。"
    assert values(text) == []
    text = "某县幼儿园工作计划\n一、主要目标\n1.到2031年,公办园在园幼儿占比将由仅约20%提高到50%。"
    assert 50.0 in values(text)  # the end point stays


# -- the count of a list of 实事 that the text sets out ---------------------------------------------------------------


def test_count_of_a_list_set_out_is_no_target():
    text = ("某县政府工作报告\n报告指出,县政府将重点办好5件惠民大事。分别是:(1)新建学校2所。(2)新建公园1个。"
            "(3)新增停车位300个。(4)改造道路4条。(5)新建养老院1所。")
    assert 5.0 not in values(text)
    assert 300.0 in values(text)
    t = "将承接民生实事6件,\n另实施区级民生实事4件。\n民生实事6件包括新建学校、改造道路等。"
    a = t.index("6件") + 2
    assert counts_set_out_list(t, 0, a, 6.0, "件")


def test_count_of_a_list_set_out_near_misses():
    t = "今年将实施40件为民办实事项目,涵盖教育、医疗、交通等领域。"
    a = t.index("40件") + 3
    assert not counts_set_out_list(t, 0, a, 40.0, "件")  # no items set out
    t = "今年新建学校5所。(1)甲校。(2)乙校。(3)丙校。(4)丁校。(5)戊校。"
    a = t.index("5所") + 2
    assert not counts_set_out_list(t, 0, a, 5.0, "所")  # works counted, no list unit
    t = "今年完成民生实事5件,群众满意率达到95%。1.新建学校。"
    a = t.index("5件") + 2
    assert not counts_set_out_list(t, 0, a, 5.0, "件")  # no run of items up to 5


# -- the leading items of a 均 list that name whom the measures are about ------------------------------------------------


def test_qualifier_items_give_no_record():
    text = "某县2031年教育工作计划\n一、主要任务\n1.坚持就近入学,甲乡、乙乡学生入学率、巩固率均达98%。"
    assert [r.indicator for r in records(text, "numeric_target")] == ["乙乡学生入学率", "巩固率"]
    items = ((0, "甲乡"), (3, "乙乡学生入学率"), (11, "巩固率"))
    assert without_qualifier_items(items) == ((3, "乙乡学生入学率"), (11, "巩固率"))


def test_qualifier_items_near_misses():
    items = ((0, "入学率"), (4, "巩固率"))
    assert without_qualifier_items(items) == items  # every item a measure
    items = ((0, "甲校"), (3, "乙校"))
    assert without_qualifier_items(items) == items  # no item a measure: each thing reaches the level
    items = ((0, "甲校"), (3, "入学率"), (7, "乙校"))
    assert without_qualifier_items(items) == items  # a thing after the measure: no qualifier run
    items = ((0, "城区"), (3, "乡镇公办园在园幼儿占比"))
    assert without_qualifier_items(items) == items  # places before one measure: each takes it


# -- a background section ----------------------------------------------------------------------------------------------


def test_background_section_needs_a_cue_of_its_own():
    text = ("某省扩优提质解读\n一、政策背景\n学龄人口近年增加12万人,学位供给面临压力。\n"
            "二、主要举措\n1.新建改扩建中小学200所。")
    assert values(text) == [200.0]
    assert names_background("一、政策背景")
    assert names_background("(一)项目背景")


def test_background_section_near_misses():
    assert not names_background("一、背景调查工作")
    assert not names_background("二、决策依据")
    assert not names_background("一、规划背景")  # a plan's review of its base, read as a review


# -- a gap to an average -----------------------------------------------------------------------------------------------


def test_gap_to_an_average_is_status():
    text = "某省教育扩优提质\n目前,乡村教师研究生学历比例低于全省平均8个百分点,差距明显。"
    assert values(text) == []
    assert gap_to_reference("乡村教师研究生学历比例低于全省平均")
    assert gap_to_reference("人均预期寿命高于全省平均水平")


def test_gap_to_an_average_near_misses():
    assert not gap_to_reference("辍学率低于")  # a bound: the number right after it
    assert not gap_to_reference("平均班额不超过")
    text = "某县教育工作计划\n一、主要目标\n1.到2031年,力争教师本科学历比例高于全省平均5个百分点。"
    assert values(text) == [5.0]  # a modal and a year ahead in the clause


# -- the first tranche of money granted --------------------------------------------------------------------------------


def test_first_tranche_is_status():
    text = "某区教育经费\n首笔5亿元拨款用于改善校舍。"
    assert 5.0 not in values(text)
    assert first_tranche("首笔")
    assert first_tranche("首筆約")


def test_first_tranche_near_misses():
    assert not first_tranche("新增贷款")  # no tranche word
    assert not first_tranche("首批")  # a first batch of things, not money granted
    text = "某区教育经费计划\n一、主要任务\n1.明年将拨出首笔3亿元资金。"
    assert 3.0 in values(text)  # a modal in its clause


# -- 将近 is nearly --------------------------------------------------------------------------------------------------------


def test_nearly_is_no_modal():
    text = "某市教室安装空调\n市府推动教室安装空调,目前全市高中空调安装比例将近90%,初中约七成。"
    assert values(text) == []
    assert masks_nearly("空调安装比例将近") == "空调安装比例□近"
    assert masks_nearly("比例將近 约90%") == "比例□近 约90%"


def test_nearly_near_misses():
    assert masks_nearly("将近期完成改造") == "将近期完成改造"  # the modal before 近期
    assert masks_nearly("将新建学校") == "将新建学校"
    text = "某市教育计划\n一、主要任务\n1.明年将新建学校3所。"
    assert values(text) == [3.0]


# -- the titles listed under a label of links to other pages ----------------------------------------------------------


def test_link_titles_give_nothing():
    text = ("某区2031年将新建学校3所\n某区今年将新建学校3所,新增学位2000个。\n热门新闻\n"
            "某队:下赛季将引进2名外援\n某市:明年将新建球场8个\n")
    assert values(text) == [3.0, 3.0, 2000.0]
    spans = link_list_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:].startswith("某队")


def test_headlines_after_editor_credit():
    from extract.rules.target_exclusions import is_editor_credit
    text = ("某镇今年将新建公园3个。\n[责任编辑:某某]\n某地:2030年完成投资80亿元\n某区举办读书节 吸引市民2000人\n"
            "2030年某县实施120个改造项目 惠及居民3000户\n某市春运平稳有序\n")
    assert is_editor_credit("[责任编辑:某某]") and not is_editor_credit("责任编辑要求全文核对。")
    spans = link_list_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:].startswith("某地")
    assert values(text) == [3.0]
    assert records(text, "goal") == []
    # a credit at a page's top over a subtitle: the story's own lines follow, no list
    top = "责任编辑:某某\n\n原标题:某区公布实事项目\n\n新增学位1800个\n\n本报讯 某区今日发布了实事项目。"
    assert link_list_spans(top) == []
    items = "责任编辑:某某\n一、新建公园3个\n二、新增学位900个\n三、改造道路5条\n四、新建食堂2个\n"
    assert link_list_spans(items) == []  # the story's own numbered items


def test_link_titles_near_misses():
    text = "详见相关新闻。\n某区将新建学校3所。"
    assert link_list_spans(text) == []  # the label inside a sentence
    text = "相关阅读\n某区今年将新建学校3所,新增学位2000个,各校均按期开工。\n"
    assert link_list_spans(text) == []  # a sentence after the label: the page's own text
    assert values("某区教育新闻\n相关阅读\n某区今年将新建学校3所,新增学位2000个。") == [3.0, 2000.0]


# -- the places a programme is launched in or covers -------------------------------------------------------------------


def test_places_in_scope_are_no_targets():
    text = ("某省启动义务教育工程\n总投资5亿元的某省义务教育工程,日前在该省9个市州同步启动。据介绍,该工程覆盖20个山区县和"
            "6个海岛县的400个乡镇,小学入学率达到99%。")
    assert values(text) == [5.0, 99.0]
    assert counts_places_in_scope("日前在该省", "个", "市州同步启动")
    assert counts_places_in_scope("覆盖20个山区县和6个海岛县的", "个", "乡镇")


def test_places_in_scope_near_misses():
    assert not counts_places_in_scope("覆盖学生", "万人", "次")  # people, not places
    assert not counts_places_in_scope("在全市新建幼儿园", "所", "")  # works built
    assert not counts_places_in_scope("覆盖", "个", "县的学校建设")  # the measure builds there
    assert not counts_places_in_scope("新建", "个", "社区服务站")  # no scope word


# -- the parts of a total that was not taken ---------------------------------------------------------------------------


def test_parts_of_an_untaken_total_are_no_targets():
    text = "某县人大视察卫生工程\n2031年,全县卫生系统重点工程7个,其中在建工程4个、新开工工程2个、前期准备工程1个。"
    assert values(text) == []
    assert breaks_down_untaken_total("个,其中在建工程4个、新开工工程", ("bare",), ("target_verb",))


def test_parts_of_an_untaken_total_near_misses():
    assert not breaks_down_untaken_total("个,其中将新建学校", ("bare",), ("target_verb",))  # a word ahead of its own
    assert not breaks_down_untaken_total("所,其中新建", (), ("target_verb",))  # the total was taken
    assert not breaks_down_untaken_total("岁,其中新建", ("age",), ("target_verb",))  # an age, no total
    assert not breaks_down_untaken_total("个,新开工项目", ("bare",), ("target_verb",))  # no 其中
    text = "某区2031年教育工作计划\n一、主要任务\n1.新建学校10所,其中小学4所。"
    assert values(text) == [10.0, 4.0]


# -- a clause that opens on a time before now --------------------------------------------------------------------------


def test_earlier_time_is_status():
    text = "某校减负见闻\n此前某校学生日均作业时间达3小时,如今作业量明显减少。"
    assert values(text) == []
    assert opens_on_earlier_time("此前某校学生日均作业时间达")
    assert opens_on_earlier_time("原先每班人数为")


def test_earlier_time_near_misses():
    assert not opens_on_earlier_time("2031年之前完成")  # a deadline
    assert not opens_on_earlier_time("在原来的基础上增加")  # a base frame, not at the start
    assert not opens_on_earlier_time("以前瞻思维规划")  # 以前 is left out: 以前瞻 is no time
    assert not opens_on_earlier_time("原来的基础上再增加")


# -- 拟办…实事 names a list ------------------------------------------------------------------------------------------------


def test_planned_list_name_is_no_modal():
    text = ("某县教育项目推进\n半年来,共投入教育民生项目建设资金9000万元。其中投入县政府拟办八件实事中卫生项目资金6000万元,"
            "完成甲校、乙校等2个项目主体施工。")
    assert values(text) == []
    assert modal_names_a_list("其中投入县政府拟办八件实事中卫生项目资金")


def test_planned_list_name_near_misses():
    assert not modal_names_a_list("拟新建学校")  # 拟 as a verb
    assert not modal_names_a_list("将投入县政府拟办八件实事中卫生项目资金")  # another modal
    assert not modal_names_a_list("投入资金")  # no modal at all


# -- figures reported after 据统计 -----------------------------------------------------------------------------------------


def test_statistics_are_status():
    text = ("某市学前教育新闻\n按关键词阅读:\n据统计,全县现有养老床位3000张,护理型床位占比达到55%,"
            "让全县1万余名老人享受照护服务。")
    assert values(text) == []
    s = "据统计,全县现有养老床位3000张,护理型床位占比达到55%"
    assert reports_statistics(s[:s.index("55")], s)


def test_statistics_near_misses():
    s = "经统计,两年来已新增托位300个,明年再新增至少100个"
    assert not reports_statistics(s[:s.index("100个")], s)  # a next step ahead
    s = "开设“大数据统计”等6个课题"
    assert not reports_statistics(s[:s.index("6个")], s)  # a name, no clause opens with it
    s = "覆盖率达到80%"
    assert not reports_statistics(s[:s.index("80")], s)


# -- a footer that cites the page's address ----------------------------------------------------------------------------


def test_address_footer_is_furniture():
    assert cites_page_address("【】网址:http://www.example.com/a/1.html")
    assert cites_page_address("标题:某县明年托位总数要达1200个", "稿源:某报\n【】网址:http://www.example.com/a/1.html\n")
    text = "某县明年托位总数要达1200个\n正文略。\n【】网址:http://www.example.com/a/1.html\n标题:某县明年托位总数要达1200个\n"
    assert values(text) == [1200.0]  # the headline only


def test_address_footer_near_misses():
    assert not cites_page_address("标题: 今年某区新建学校5所", "时间: 2031-2-28 15:24\n")  # the page's own title line
    assert not cites_page_address("登录某某网查询招生计划")


# -- the count of named kinds a measure takes in -----------------------------------------------------------------------


def test_named_kinds_taken_in_give_no_target():
    text = "某县2031年民生实事\n一、健康守护项目\n将冠心病、哮喘、痛风3种慢病纳入家庭医生签约服务,受益人群达5万人以上。"
    assert values(text) == [5.0]
    assert counts_named_kinds_taken_in("将冠心病、哮喘、痛风", "种", "慢病纳入家庭医生签约服务")


def test_named_kinds_taken_in_near_misses():
    assert not counts_named_kinds_taken_in("今年将竣工甲校、乙校等", "项", "工程")  # what the works deliver
    assert not counts_named_kinds_taken_in("纳入", "种", "疾病")  # no list before the count
    assert not counts_named_kinds_taken_in("甲、乙", "万元", "纳入预算")  # money, no kinds


# -- the age of a building selects the cases -------------------------------------------------------------------------


def test_building_age_selects_cases():
    text = "某部门教室电力改善计划\n某部长表示,明年将先更新2万间屋龄20年以上教室的照明。"
    assert targets(text) == [(2.0, "万间")]
    assert selects_by_age_of_building("将先更新2万间屋龄", "年", "以上教室的照明")


def test_building_age_near_misses():
    assert not selects_by_age_of_building("工期", "年", "")  # a span of works
    assert not selects_by_age_of_building("该楼屋龄", "年", ",需要维修")  # an age with no bound
    assert not selects_by_age_of_building("屋龄", "间", "以上")  # no year unit


# -- 个年度 is a measure of time, 内 bounds it ---------------------------------------------------------------------------


def test_years_counted_as_financial_years():
    text = "某区学校建设计划\n一、主要任务\n1.某局拟在今后4个年度内新建15所小学。"
    got = [(r.value, r.unit, r.comparator) for r in records(text, "numeric_target")]
    assert (4.0, "个年度", "<=") in got and (15.0, "所", "=") in got
    text = "某区学校建设计划\n一、主要任务\n1.新建学校5个,分两个年度完成。"
    assert targets(text) == [(5.0, "个")]  # ``个`` alone stays ``个``


# -- a heading that names the progress made ---------------------------------------------------------------------------


def test_progress_heading_reviews():
    text = ("某委员:\n您的提案收悉,现答复如下:\n一、关于“甲”的实践进展\n志愿服务队覆盖全区12个社区,居民满意率稳定在95%以上。\n"
            "二、下一步工作\n1.新建服务站10个。")
    assert values(text) == [10.0]
    assert heading_names_progress("一、关于“甲”的实践进展")
    assert heading_names_progress("三、实践进展:")


def test_progress_heading_near_misses():
    assert not heading_names_progress("某学校建设进展")  # the progress of one works project
    assert not heading_names_progress("一、关于“甲”的推进情况")
    assert not heading_names_progress("二、加快工作进度")
    assert not heading_names_progress("一、工作进展")  # some pages put the work ahead under it


# -- (lead, after the w24 forward check) a breakdown's parts share its total's measure word -------------------------
def test_same_measure_word():
    from extract.rules.target_exclusions import same_measure
    assert same_measure("个", "个")
    assert not same_measure("%", "亿元")


def test_later_figures_of_another_measure_are_no_parts_of_a_status_total():
    from extract.rules.targets import find_targets
    text = "某县老年人口占比平均19%,其中某乡约21%,省级补助及县自筹各约2.8亿元,共投入约5.6亿元,建设地上7层的综合楼。"
    got = {t.value for t in find_targets(text, role="none")}  # a page without a plan's outline
    assert {2.8, 5.6, 7} <= got and 19 not in got and 21 not in got


def test_parts_of_a_bare_total_stay_blocked():
    from extract.rules.targets import find_targets
    got = {t.value for t in find_targets("某县卫生系统重点工程7个,其中新开工工程2个、续建工程5个。", role="none")}
    assert not got & {2, 5}


def test_titles_after_a_credit_line_are_links():
    """(tgtA27) a news story's closing credit with three titles or more after it: other pages' headlines."""
    from extract.rules.target_exclusions import link_list_spans
    text = ("某县今年将新建村级卫生室12个。\n[责任编辑:某编辑]\n"
            "某市今年将新建公园20个 提升城市品质\n甲县去年完成造林5万亩\n乙区2030年新增学位8000个\n")
    spans = link_list_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:spans[0][1]].startswith("某市今年")
    assert link_list_spans("某县今年将新建村级卫生室12个。\n责任编辑:某编辑\n某市新建公园20个\n") == []  # one line only
    got = [(r.value, r.unit) for r in records(text, "numeric_target")]
    assert got == [(12.0, "个")]
