"""(lead45) Cues from the retired sealed split v34 (w56-*), read at the thirty-fifth round's start, on made-up text."""
from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.planned_list_leads import announces_planned_list, is_breakdown_item


def _records(text: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return RulesExtractor().extract(prepare(doc))


def _targets(text: str):
    return sorted((r.value, r.unit) for r in _records(text) if r.type == "numeric_target")


def test_a_planned_lead_announces_its_breakdown():
    assert announces_planned_list("2026年春季学期共需为820人次发放补助金96.5万元。分别是:")
    assert announces_planned_list("明年計劃新建校舍3棟,分別是:")
    assert not announces_planned_list("今年已为820人次发放补助金96.5万元。分别是:")  # a report's list
    assert not announces_planned_list("共需为820人次发放补助金96.5万元。")  # no list opened


def test_a_breakdown_item_is_short_and_holds_a_figure():
    assert is_breakdown_item("一、学前补助:120人,金额6万元;")
    assert is_breakdown_item("其中:住宿补助:40人,金额2万元;")
    assert is_breakdown_item("交通补助:15人,金额0.9万元;")
    assert not is_breakdown_item("情况说明:上述补助待资金到位后发放。")
    assert not is_breakdown_item("一、学前补助。今年已发放120人。")


def test_the_items_of_a_planned_breakdown_are_targets():
    text = ("结合实际,2026年春季学期共需为160人次发放补助金8.9万元。分别是:\n一、学前补助:120人,金额6万元;\n"
            "二、交通补助:40人,金额2.9万元。\n情况说明:上述补助待资金到位后发放。")
    assert _targets(text) == [(2.9, "万元"), (6.0, "万元"), (8.9, "万元"), (40.0, "人"), (120.0, "人"), (160.0, "人次")]


def test_the_items_of_a_reported_breakdown_stay_results():
    text = "2025年秋季学期已为160人次发放补助金8.9万元。具体如下:\n一、学前补助:120人,金额6万元;\n二、交通补助:40人,金额2.9万元。"
    assert _targets(text) == []


def _units(text: str):
    return [(r.task, r.lead_units, r.responsible_units) for r in _records(text) if r.type == "unit_assignment"]


def _targets_y(text: str):
    return sorted((r.value, r.unit, r.comparator, r.target_year) for r in _records(text) if r.type == "numeric_target")


_PIPE_FORM = ("2031年度项目绩效目标表 | |||\n项目名称 | 某县学校午餐补助 | ||\n项目主管部门 | 某县教育局 | 项目实施单位 | 某县实验小学 |\n"
              "项目资金 (万元) | 合计 | 260 | |\n")


def test_a_pipe_form_supervisor_leads_and_a_different_doer_is_responsible():
    assert _units(_PIPE_FORM) == [("某县学校午餐补助", ["某县教育局"], ["某县实验小学"])]


def test_a_pipe_form_with_one_body_gives_it_as_the_lead():
    text = _PIPE_FORM.replace("某县实验小学", "某县教育局")
    assert _units(text) == [("某县学校午餐补助", ["某县教育局"], [])]


def test_a_pipe_form_amount_takes_the_money_unit_of_its_label():
    assert (260.0, "万元", "=", None) in _targets_y(_PIPE_FORM)


_LINE_FORM = ("某校项目支出目标申报表 (2031年度)\n\n项目名称\n\n学校公用经费\n\n项目主管部门\n\n某县第二小学\n\n"
              "项目资金申请(万元)\n\n资金总额:\n\n96.5\n\n年度数值\n\n备注\n\n在校人数\n\n<=820人\n\n"
              "生均公用经费\n\n780元/生/年\n\n联系电话\n\n12345678\n")


def test_a_form_one_cell_per_line_reads_signed_values_compound_units_and_its_year():
    got = _targets_y(_LINE_FORM)
    assert (96.5, "万元", "=", None) in got
    assert (820.0, "人", "<=", 2031) in got
    assert (780.0, "元/生/年", "=", 2031) in got
    assert not any(v == 12345678.0 for v, *_ in got)  # a contact field
    assert _units(_LINE_FORM) == [("学校公用经费", ["某县第二小学"], [])]


def test_a_value_and_measure_column_is_no_unit_column():
    from extract.cues import column_role
    assert column_role("指标值及单位") != "responsible" and column_role("指标值及单位") != "lead"
    assert column_role("责任单位") in ("lead", "responsible")


def test_a_committee_staffing_line_is_no_duty():
    from extract.rules.staffing_lines import is_staffing_line
    assert is_staffing_line("主任委员:王大明 李小红")
    assert is_staffing_line("协 调:李国宁 林芳佩 贺 琪")
    assert is_staffing_line("刘杰先 陈家兴 苏英杰")
    assert is_staffing_line("裁 判:由某学院具备裁判证书的同学担任")
    assert not is_staffing_line("办公室:负责日常事务")
    assert not is_staffing_line("纪律、安全")
    assert not is_staffing_line("区教育局 区财政局")


def test_a_committee_heading_owns_no_staffing_lines():
    text = "三、组织机构\n(一)组织委员会\n主任委员:王大明 李小红\n执 行:张正博 刘东东 吴 杰\n(二)竞赛组\n负责赛程编排和场地布置。\n"
    assert all("王大明" not in t and "张正博" not in t for t, _, _ in _units(text))


def test_a_division_label_line_under_its_task():
    from extract.rules.division_labels import division_rows, is_division_line
    text = "一、主要预期目标\n1.全县学前三年毛入园率达到95%。\n分管县领导:某某\n部门分工:县教育局牵头,县财政局、各乡镇配合。\n"
    rows = division_rows(text)
    assert [(t, ld, rs) for _, _, t, ld, rs in rows] == [("全县学前三年毛入园率达到95%", ["县教育局"], ["县财政局", "各乡镇"])]
    assert is_division_line("责任分工:县教育局牵头")
    assert not is_division_line("部门分工:")
    units = _units(text)
    assert ("全县学前三年毛入园率达到95%", ["县教育局"], ["县财政局", "各乡镇"]) in units
    goals = [r.text for r in _records(text) if r.type == "goal"]
    assert not any("牵头" in g or "某某" in g for g in goals)


def test_a_clock_time_after_the_date_opens_no_subject():
    from extract.rules.unit_clause_openers import blank_clause_openers
    text = "2031年3月4日上午9:30,教务处牵头组织召开学校工作会,参会人员有各系主任。"
    assert blank_clause_openers(text).lstrip().startswith("教务处")
    assert ("组织召开学校工作会", ["教务处"], []) in _units(text)


def test_a_party_joined_by_its_conjunction_takes_no_role():
    from extract.rules.joint_parties import opens_with_conjunction
    assert opens_with_conjunction("并与辅导单位") and opens_with_conjunction("與乙局")
    assert not opens_with_conjunction("并成立招生组")
    assert _units("学校辅导室负责学生辅导,并与辅导单位配合实施教育辅导等事项。") == [("学生辅导", ["学校辅导室"], [])]


def test_a_place_name_that_opens_like_a_conjunction_stays():
    from extract.rules.joint_parties import opens_with_conjunction
    assert not opens_with_conjunction("和平区教育局")


def test_a_working_group_line_owns_the_duty_line_below_it():
    text = ("四、职能组成员及职责\n1. 宣传组:张三、李四\n职责:撰写各类文稿;选拔并培训主持人。\n"
            "2. 后勤组:王五\n职责:筹备活动所需物资,保障供应及时到位。\n")
    got = _units(text)
    assert ("撰写各类文稿", ["宣传组"], []) in got
    assert ("筹备活动所需物资", ["后勤组"], []) in got


def test_a_working_group_owns_each_numbered_duty():
    from extract.rules.group_duty_lines import group_duty_rows
    text = "②节目组\n\n组长:张三 副组长:李四\n\n职责:(1)、节目的排练。\n\n(2)、主持人的训练。\n\n③场务组\n"
    assert [(t, u) for _, _, t, u, _ in group_duty_rows(text)] == [("节目的排练", ["节目组"]), ("主持人的训练", ["节目组"])]
    assert group_duty_rows("宣传组:负责全面宣传。\n职责:撰写文稿。\n") == []  # a charge on the group line, no members
