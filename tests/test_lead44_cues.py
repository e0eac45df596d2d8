"""(lead44) Cues from the forty-fourth session's fresh batches (w70-w72), on made-up text: an authority of a kind
(``公安机关``) as a unit, a list of helpers that runs on into its task, a lead without ``由`` whose ``联合`` clause names
its helpers, and a template's blank year in a document's name."""
from extract.cues import is_unit_cell
from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.template_years import blank_year_of_title
from extract.rules.units import leading_units


def _records(text: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return RulesExtractor().extract(prepare(doc))


def _units(text: str):
    return [(r.task, r.lead_units, r.responsible_units) for r in _records(text) if r.type == "unit_assignment"]


def _targets(text: str):
    return [(r.value, r.unit) for r in _records(text) if r.type == "numeric_target"]


def test_an_authority_of_a_kind_is_a_unit():
    assert is_unit_cell("税务机关")
    assert is_unit_cell("公安机关")
    assert not is_unit_cell("机关")


def test_an_authority_of_a_kind_leads_with_its_helpers():
    got = _units("此外税务机关还会同财政等部门深入开展图书馆用地核查。")
    assert got == [("深入开展图书馆用地核查", ["税务机关"], ["财政"])]


def test_a_list_of_helpers_ends_where_its_last_name_runs_into_the_task():
    assert leading_units("甲区文旅局、乙区消防救援大队开展辖区书屋机构安全检查") == ["甲区文旅局", "乙区消防救援大队"]
    assert leading_units("甲区文旅局、乙区消防救援大队对书屋进行检查") == ["甲区文旅局", "乙区消防救援大队"]


def test_a_lead_without_by_and_its_joint_clause():
    got = _units("近日,某区文旅局牵头,联合某区市场监管局、某区消防救援大队开展辖区书屋安全检查。")
    assert got == [("开展辖区书屋安全检查", ["某区文旅局"], ["某区市场监管局", "某区消防救援大队"])]


def test_a_template_year_in_a_documents_name_is_no_span():
    assert blank_year_of_title("20", "年", "全民阅读推广工作方案")
    assert not blank_year_of_title("20", "年", "内建成书屋")  # ``20年内``: a span
    assert not blank_year_of_title("15", "年", "全民阅读推广工作方案")
    assert _targets("二、工作任务\n1、某镇20年全民阅读推广工作方案。全镇新建书屋30个。") == [(30.0, "个")]


def test_a_change_over_a_base_year_that_a_deadline_sets_is_a_target():
    got = [(r.value, r.unit, r.target_year) for r in _records("到2031年,全区书屋空置率比2025年下降12%。") if r.type == "numeric_target"]
    assert got == [(12.0, "%", 2031)]
    got = sorted((r.value, r.target_year) for r in _records("到2031年,甲率、乙率比2025年分别下降12%、15%以上。")
                 if r.type == "numeric_target")
    assert got == [(12.0, 2031), (15.0, 2031)]


def test_a_change_over_a_base_year_without_a_deadline_stays_a_result():
    assert _targets("2030年,全区书屋空置率比2025年下降12%。") == []
    assert _targets("到2030年底,全区书屋空置率比2025年下降了12%。") == []


def test_a_helper_named_before_the_tasks_own_list_of_objects():
    got = _units("文旅局要协同教育局对书屋安全防范、书屋内消防设施、值守制度的落实情况逐一检查。")
    assert got == [("对书屋安全防范、书屋内消防设施、值守制度的落实情况逐一检查", ["文旅局"], ["教育局"])]


def test_a_three_character_topic_before_its_charged_unit():
    got = _units("市文旅局进行了落实,书屋班由辖区内街道办事处负责;书屋审批业务由行政审批局负责。")
    assert ("书屋班", ["辖区内街道办事处"], []) in got
    assert ("书屋审批业务", ["行政审批局"], []) in got
    assert all(task not in ("有3项", "该市将") for task, _l, _r in _units("有3项由某市文旅局牵头,分别是抓好书屋建设。"))


def test_a_performance_heading_reviews_the_past():
    from extract.cues import heading_reviews_past

    assert heading_reviews_past("一、2031年度办理绩效")
    assert heading_reviews_past("整体绩效")
    assert not heading_reviews_past("绩效目标")
    assert not heading_reviews_past("二、年度绩效考核")


def test_a_reports_tally_of_cases_handled_is_past():
    text = "一、120年度辦理績效:計核定50件。\n(一)書屋閱讀交流:計補助31件。\n(二)書屋參訪交流:計補助19件。"
    assert _targets(text) == []
    assert (100.0, "所") in _targets("明年计划补助100所学校。")
    assert (500.0, "人") in _targets("明年预计补助500人。")


def test_a_rate_stated_with_wei_among_the_sentences_commitments():
    got = _targets("到2031年,全区书屋覆盖率不低于95%,书屋达标率为100%。")
    assert (100.0, "%") in got and (95.0, "%") in got
    assert (100.0, "%") not in _targets("全区书屋覆盖率不低于95%,目前书屋达标率为100%。")
    assert _targets("全区书屋达标率为100%。") == []


def test_this_times_works_with_a_completion_ahead_are_planned():
    got = _targets("此次新建书屋大楼,规划8间阅览室,预计2031年7月完工。")
    assert (8.0, "间") in got
    assert _targets("此次共有120人参加阅读活动。") == []


def test_a_months_to_years_age_group_after_a_count():
    assert (48.0, "名") in _targets("书屋托管班预计招收48名2足月至未满2岁婴幼儿。")



def test_what_a_plan_named_just_before_sets_out_is_ahead():
    got = sorted((r.value, r.target_year) for r in _records("去年已制订《某区书屋三年行动计划》,提出书屋覆盖率2031年达到40%,2032年达到55%。")
                 if r.type == "numeric_target")
    assert got == [(40.0, 2031), (55.0, 2032)]


def test_a_numbered_deadline_field_makes_no_goal():
    assert [r for r in _records("(六)完成时限:2031年内") if r.type == "goal"] == []
    assert [r for r in _records("六、完成时限:2031年底前") if r.type == "goal"] == []


def test_a_department_named_by_level_and_field_inside_a_unit_run():
    from extract.rules.cell_table_runs import level_field_unit

    assert level_field_unit("省人口计生") and level_field_unit("市新闻出版")
    assert not level_field_unit("省卫生厅负责组织实施") and not level_field_unit("人口计生")
    text = ("目标责任分解书\n领域\n主要目标\n主要责任单位\n责任单位\n1.书屋阅读服务全面覆盖。\n——到2031年,书屋覆盖率达到80%以上。\n"
            "省文旅厅\n省发改委\n省人口计生\n省妇联\n2.提高书屋服务水平。\n——书屋开放率达到95%。\n省文旅厅\n省教育厅\n")
    rows = _units(text)
    assert any(lead == ["省文旅厅"] and resp == ["省发改委", "省人口计生", "省妇联"] for _t, lead, resp in rows)


def test_a_works_verb_with_its_variant_in_brackets():
    assert (100.0, "公里") in _targets("交通方面,新(改)建“四好书屋路”100公里。")
    assert (12.0, "所") in _targets("全区改(扩)建书屋12所。")


def test_a_directives_list_of_who_does_what():
    text = ("市长并责成副市长某某督导政策推进,文旅局核实清点闲置书屋,社会局加大推动托育量能,财政局协助清查闲置公有空间,"
            "与都发局新建的社宅,都必须列为标配。")
    got = _units(text)
    assert ("核实清点闲置书屋", ["文旅局"], []) in got
    assert ("加大推动托育量能", ["社会局"], []) in got
    assert ("清查闲置公有空间", [], ["财政局"]) in got
    assert not any(lead and lead[0].startswith(("副市", "与")) for _t, lead, _r in got)
    assert _units("该局负责成人中等学校的设立,文旅局核实清点闲置书屋。") == [] or \
        all(t != "核实清点闲置书屋" for t, _l, _r in _units("该局负责成人中等学校的设立,文旅局核实清点闲置书屋。"))


def test_a_building_named_as_newly_finished_holds_what_it_holds():
    assert _targets("新建成的书屋,占地16亩,建筑面积2960平方米。") == []
    assert (16.0, "亩") in _targets("某书屋建成后,占地16亩,建筑面积2960平方米。")


def test_a_ratio_in_words_and_a_goal_year_after_what_was_done():
    got = _targets("去年增加42班、67名教师,都是10年来最多,目标2031年再增加81班,达成国小师生比1比7.8、国中1比8。")
    for want in [(81.0, "班"), (7.8, ""), (8.0, "")]:
        assert want in got
    assert (42.0, "班") not in got


def test_a_taiwan_school_a_joint_meeting_and_a_task_force_are_units():
    for name in ("某市某区青草国小", "某县某国中", "某区书屋安全工作联席会议", "某区书屋建设专班"):
        assert is_unit_cell(name), name
    assert not is_unit_cell("国小") and not is_unit_cell("全国中")
