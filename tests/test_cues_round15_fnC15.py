"""Round 15 (fnC15): missed numeric targets -- made-up sentences only."""
from extract.rules.targets import NUMBER, find_targets


def _values(text):
    return [(h.value, h.unit) for h in find_targets(text)]


def _first(text):
    m = NUMBER.search(text)
    return m.group("v"), m.group("unit")


def test_blank_after_decimal_point_before_wan():
    assert (1.2, "万张") in _values("2031年某区新增养老床位1. 2万张。")


def test_blank_after_thousands_comma():
    assert (3400, "个") in _values("某区计划新增约3, 400个托育名额。")


def test_blank_inside_grouped_figure():
    assert (52361000, "元") in _values("甲校新建教学楼,计划投入52,36 1,000元。")


def test_list_marker_at_line_start_is_not_joined():
    assert _first("1. 6所学校完成改造")[0] == "1"


def test_list_marker_after_punctuation_is_not_joined():
    assert _first("目标如下:1. 6万名学生参加")[0] == "1"


def test_blank_after_point_without_wan_is_not_joined():
    assert _first("甲园1. 6所学校")[0] == "1"


def test_two_figures_of_a_row_not_joined():
    assert _first("甲园 12, 3456人")[0] != "12, 345"


from extract.rules.target_layouts import deadline_cells_of_short_row  # noqa: E402


def test_deadline_cell_read_as_title_is_the_deadline():
    cells = ["新增某类床位80张", "9月底前", "目前已完成选址,分别为甲园40张、乙园40张。"]
    assert deadline_cells_of_short_row(cells, ["category", "title", "content"]) == ["title", "deadline", "content"]


def test_year_month_deadline_cell():
    cells = ["新建甲园1所", "2031年6月前", "正在设计。"]
    assert deadline_cells_of_short_row(cells, ["category", "title", "content"])[:2] == ["title", "deadline"]


def test_title_that_is_no_deadline_keeps_roles():
    cells = ["民生类", "新建甲园", "目前正在设计,预计年底完工。"]
    roles = ["category", "title", "content"]
    assert deadline_cells_of_short_row(cells, roles) == roles


def test_title_opening_with_a_month_but_holding_a_task_keeps_roles():
    cells = ["民生类", "9月底前建成甲园", "正在施工。"]
    roles = ["category", "title", "content"]
    assert deadline_cells_of_short_row(cells, roles) == roles


from extract.rules.target_layouts import row_breakdown_hits, row_total  # noqa: E402


def _parts(title, cell):
    return [(h.value, h.unit) for h in row_breakdown_hits(title, cell, 0, 2031)]


def test_progress_cell_breaking_the_planned_total_down_by_place():
    assert _parts("新增某食堂12个", "其中甲街道5个,乙街道4个,丙镇3个,其中2个已建成。") == [(5, "个"), (4, "个"), (3, "个")]


def test_breakdown_after_a_past_clause_by_site():
    assert _parts("新增某类床位80张", "目前已完成选址,分别为甲园40张、乙园40张,目前已完成20张建设。") == [(40, "张"), (40, "张")]


def test_single_number_equal_to_total_is_a_restatement():
    assert _parts("新增床位500张", "目前已在甲园完成500张床位建设。") == []


def test_done_and_doing_parts_are_no_breakdown():
    assert _parts("新建甲站5个", "已完成3个,正在建设2个。") == []


def test_parts_that_miss_the_total_are_no_breakdown():
    assert _parts("新增某食堂12个", "其中甲街道5个,乙街道4个。") == []


def test_title_with_two_quantities_has_no_total():
    assert row_total("新建学校3所、学位2000个") is None


def test_share_of_gdp_glued_to_the_number():
    assert (3.0, "%") in _values("到2031年,某产业增加值占GDP3%以上。")


def test_code_letters_before_a_digit_stay_a_code():
    assert _values("某区实现A3%目标。") == []


def test_gdp_amount_glued_is_not_read():
    assert _values("某区GDP20亿元。") == []


def test_rank_to_reach_is_a_target():
    assert (8.0, "位") in _values("力争某项综合排位由2030年的全市第12位升至第8位。")


def test_rank_kept_is_a_target():
    assert (1.0, "名") in _values("力争甲校保持全省第1名。")


def test_starting_rank_is_no_target():
    assert (12.0, "位") not in _values("力争某项综合排位由2030年的全市第12位升至第8位。")


def test_ordinal_of_a_batch_is_a_name():
    assert _values("确定第3批示范校。") == []


from extract.rules.target_layouts import continued_cell_roles  # noqa: E402


def test_cell_broken_after_a_comma_goes_on_with_the_cell_before():
    cells = ["甲路改造", "某局", "实施甲路改造。", "500", "一季度开工,甲路年内完成60%,", "乙路年内完成40%。"]
    roles = ["title", "lead", "content", "amount:总投资", "year:2031", "other"]
    assert continued_cell_roles(cells, roles)[-1] == "year:2031"


def test_cell_after_a_finished_cell_keeps_its_role():
    cells = ["甲路改造", "某局", "实施甲路改造。", "500", "7月底", "具备通车条件"]
    roles = ["title", "lead", "content", "amount:总投资", "year:2031", "other"]
    assert continued_cell_roles(cells, roles) == roles


def test_unit_cell_before_is_not_continued():
    cells = ["甲路改造", "某局、", "乙局"]
    roles = ["title", "lead", "other"]
    assert continued_cell_roles(cells, roles) == roles


from extract.rules.target_layouts import time_limit_cell  # noqa: E402


def test_time_limit_in_a_deadline_cell():
    assert time_limit_cell("15个工作日(自受理之日起)")[1:] == (15.0, "个工作日", "=")


def test_time_limit_within():
    assert time_limit_cell("7日内")[1:] == (7.0, "日", "<=")


def test_date_in_a_deadline_cell_is_no_time_limit():
    assert time_limit_cell("6月底前") is None
    assert time_limit_cell("2031年12月") is None


def test_deadline_cell_that_runs_on_is_no_time_limit():
    assert time_limit_cell("5个工作日完成初审,另行通知") is None


from extract.rules.target_layouts import bracketed_share  # noqa: E402


def _share(text, total, part, unit="所"):
    s = text
    t_end = s.index(total) + len(total)
    return bracketed_share(s, t_end, s.index(part, t_end), unit, unit)


def test_bracketed_breakdown_of_a_figure():
    assert _share("全市新建幼儿园12所(其中公办8所)", "12所", "8所")


def test_bracketed_breakdown_with_a_colon():
    assert _share("新增学位3000个(其中:甲区1200个)", "3000个", "1200个", "个")


def test_bracket_naming_a_size_is_no_breakdown():
    assert not _share("新建学校12所(建筑面积5000平方米)", "12所", "5000平方米", "所")


def test_breakdown_in_another_measure_is_no_share():
    s = "新建学校12所(其中投资3亿元)"
    assert not bracketed_share(s, s.index("12所") + 3, s.index("3亿"), "所", "亿元")


from extract.rules.target_layouts import modal_follows  # noqa: E402


def test_modal_after_the_quantity_commits():
    assert modal_follows("都要开展托管服务")
    assert modal_follows("须于年底前完成改造")


def test_need_or_demand_after_the_quantity_is_no_modal():
    assert not modal_follows("需要帮助")
    assert not modal_follows("要求各校落实")
    assert not modal_follows("应用于教学")


def test_modal_after_in_a_news_sentence():
    hits = find_targets("某区推广托管新模式,甲校每周3天都要组织托管活动", role="other")
    assert (3.0, "天") in [(h.value, h.unit) for h in hits]


from extract.rules.target_layouts import restated_plan_sentence  # noqa: E402


def test_progress_cell_opening_with_the_years_plan():
    cell = "2031年某市共实施6个甲工程,计划新增面积12平方公里。截至6月底,已完成投资300万元。"
    assert restated_plan_sentence(cell, 2031) == (0, cell.index("。"))


def test_progress_cell_opening_with_what_was_done():
    assert restated_plan_sentence("截至6月底,2031年某市已完成6个甲工程。", 2031) is None
    assert restated_plan_sentence("2031年某市已完成6个甲工程。", 2031) is None


def test_progress_cell_of_an_earlier_year():
    assert restated_plan_sentence("2029年某市共实施6个甲工程。", 2031) is None


def test_progress_cell_of_years_since():
    assert restated_plan_sentence("2031年以来某市共实施6个甲工程。", 2031) is None


from extract.rules.target_layouts import plans_count  # noqa: E402


def test_plan_lays_out_a_count():
    assert plans_count("某市提出6年规划")
    assert plans_count("某区规划建设")


def test_past_or_noun_plan_is_no_count():
    assert not plans_count("某区已规划")
    assert not plans_count("某园总规划")
    assert not plans_count("某园规划面积")


def test_planned_count_in_a_news_sentence():
    vals = [(h.value, h.unit) for h in find_targets("某市发布布局专项规划,提出5年规划120处文体设施", role="other")]
    assert (120.0, "处") in vals


def test_one_value_shared_by_fenbie_items():
    vals = [(h.value, h.indicator) for h in find_targets("确保甲区小学入学率、升学率分别达到99%;乙类学生入学率达到98%")]
    assert (99.0, "升学率") in vals and (98.0, "乙类学生入学率") in vals


def test_fenbie_with_one_value_each_keeps_its_pairs():
    vals = [(h.value, h.indicator) for h in find_targets("小学、初中入学率分别达到95%、90%")]
    assert vals == [(95.0, "小学入学率"), (90.0, "初中入学率")]


def test_plan_counting_its_own_projects_is_no_planned_count():
    assert not plans_count("一、规划", "个重点建设项目")



from extract.rules.target_layouts import rate_exceeds  # noqa: E402


def test_rate_with_short_bound_in_a_headline():
    hits = find_targets("某省:公办园比例超60% 力争新建1所高水平大学", role="other")
    assert [(h.value, h.unit, h.comparator) for h in hits if h.unit == "%"] == [(60.0, "%", ">")]


def test_short_bound_of_a_count_is_no_rate():
    assert not rate_exceeds("新增托位超")


def test_rate_already_passed_stays_past():
    assert [h for h in find_targets("目前某区公办园比例已超60%", role="other") if h.unit == "%"] == []


def test_clause_going_on_after_the_next_step():
    hits = find_targets("甲区校园网络已全部完成,政府再投入20亿元,持续完善各校设施,并购置6万台学习设备", role="other")
    assert (6.0, "万台") in [(h.value, h.unit) for h in hits]


def test_clause_after_a_past_clause_alone_stays_past():
    hits = find_targets("甲区校园网络已全部完成,并购置6万台学习设备", role="other")
    assert (6.0, "万台") not in [(h.value, h.unit) for h in hits]


def test_total_of_funds_after_the_next_step():
    hits = find_targets("甲园去年已获核定补助300万元,县府再补助200万元,共投入超过500万元兴建新园舍", role="other")
    assert (500.0, "万元") in [(h.value, h.unit) for h in hits]


def test_total_after_a_past_clause_alone_stays_past():
    hits = find_targets("甲园去年已获核定补助300万元,共投入超过500万元兴建新园舍", role="other")
    assert (500.0, "万元") not in [(h.value, h.unit) for h in hits]


from extract.rules.target_layouts import yearly_since  # noqa: E402


def test_yearly_quota_from_a_year_on():
    assert yearly_since("2029年起,某市把甲点建设纳入实事项目,每年新增")


def test_span_since_a_year_or_no_yearly_quota():
    assert not yearly_since("2029年以来,某市每年新增")
    assert not yearly_since("2029年起新增")


def test_yearly_quota_in_a_news_sentence():
    hits = find_targets("2029年起,某市把甲点建设纳入实事项目,每年新增50个甲点。", role="other", doc_year=2032)
    assert (50.0, "个") in [(h.value, h.unit) for h in hits]
