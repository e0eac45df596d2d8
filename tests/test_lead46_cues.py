"""(lead46) Unit-row cues from the open texts (w56-*, w84-*, w85-*), read at the thirty-fifth round's second session,
each on made-up text: a list of bodies before a comma and its charge, a charge by ``牵头`` carried from the sentence's
subject, ``X会同有关部门`` with or without a comma, and a body's name read with its setting-up verb."""
from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.unit_set_up_names import without_set_up_verb, without_set_up_verbs


def _rows(text: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return sorted((r.task, tuple(r.lead_units), tuple(r.responsible_units))
                  for r in RulesExtractor().extract(prepare(doc)) if r.type == "unit_assignment")


def test_a_list_of_bodies_then_a_comma_leads_the_charge_together():
    rows = _rows("三、抓好校车管理\n\n某县市场监管局、某县教育局、某县卫健局,负责学校食堂的联合检查,各乡镇政府牵头组织辖区学校开展自查。")
    assert ("学校食堂的联合检查", ("某县市场监管局", "某县教育局", "某县卫健局"), ()) in rows


def test_a_collective_in_the_list_gives_no_joint_charge():
    rows = _rows("三、抓好校车管理\n\n各镇政府、某县教育局,负责民办学校校车的核查。")
    assert not any("各镇政府" in r[1] for r in rows)


def test_a_later_clause_leads_with_qian_tou_for_the_subject():
    rows = _rows("2. 建立救助机制。某县民政局要健全救助台账,牵头做好困难学生的生活救助工作。")
    assert rows == [("做好困难学生的生活救助工作", ("某县民政局",), ())]


def test_a_qian_tou_unit_label_is_no_charge():
    assert _rows("2. 建立救助机制。某县民政局要健全救助台账,牵头单位要加强督促。") == []


def test_with_the_relevant_departments_after_a_comma():
    rows = _rows("一、主要工作\n\n某市教育局会同有关部门,结合本市情况,也出台了三项配套办法。")
    assert rows == [("出台了三项配套办法", ("某市教育局",), ("有关部门",))]
    rows = _rows("三、保障措施\n\n某县教育局会同有关部门制订配套文件。")
    assert rows == [("制订配套文件", ("某县教育局",), ("有关部门",))]


def test_a_notices_oversight_with_the_relevant_departments_is_no_row():
    text = "各乡镇,区级各部门:\n现将目标任务分解下达你们,请认真组织实施。某区督查室将会同有关部门对落实情况进行定期督查。"
    assert _rows(text) == []


def test_a_body_set_up_and_charged_at_once_is_named_without_the_verb():
    assert without_set_up_verb("下设防汛办公室") == "防汛办公室"
    assert without_set_up_verb("成立安全工作领导小组") == "安全工作领导小组"
    assert without_set_up_verb("成立") == "成立"
    assert without_set_up_verb("区教育局") == "区教育局"
    assert without_set_up_verbs(["甲局", "下设办公室"]) == ["甲局", "办公室"]
    rows = _rows("二、组织机构\n成立某镇安全工作领导小组,下设安全办公室负责日常联络工作。")
    assert ("日常联络工作", ("安全办公室",), ()) in rows


def test_a_body_defined_by_whom_it_works_under_owns_its_lead_in_list():
    text = ("某某服务中心在学校党委的领导下,负责全校的物业服务工作。中心下设两个科室。其主要职责如下:\n"
            "1.执行学校关于物业服务的决定。\n2.负责全校绿化的养护。\n3.负责会议室的管理。\n")
    rows = _rows(text)
    assert ("负责会议室的管理", ("某某服务中心",), ()) in rows
    assert len([r for r in rows if r[1] == ("某某服务中心",)]) >= 3


def test_a_page_that_opens_by_defining_its_body_owns_the_duties_right_below():
    text = ("某某保障处是学校的综合服务职能部门,为全校提供保障服务。\n一、执行上级有关规定。\n"
            "二、负责校园安保工作。\n三、负责校车调度工作。\n四、完成学校交办的其他工作。\n")
    rows = _rows(text)
    assert ("负责校园安保工作", ("某某保障处",), ()) in rows
    assert len([r for r in rows if r[1] == ("某某保障处",)]) == 4


def test_a_definition_over_an_outline_that_charges_no_one_gives_no_rows():
    text = ("某某保障处是学校的综合服务职能部门,为全校提供保障服务。\n一、工作回顾\n今年完成了多项工作。\n"
            "二、存在问题\n经费不足。\n")
    assert _rows(text) == []


def test_two_whole_names_joined_by_ji_lead_together():
    rows = _rows("市長責成甲局及乙處查明原因後,與業者協商改善。")
    assert rows and rows[0][1] == ("甲局", "乙处")
    assert _rows("二、工作要求\n\n由县财政局及时拨付资金,确保工程进度。") == []  # 及时: no second name


def test_ban_li_is_a_verb_not_the_end_of_a_name():
    from extract.rules.units import leading_units
    assert leading_units("现将办理情况答复如下") == []
    rows = _rows("某校設有實驗室,由該室辦理器材借用事項。")
    assert all(not u.endswith("办") for r in rows for u in r[1])


def test_a_library_or_an_institute_heads_its_duty_line_as_an_office_does():
    text = ("某校設下列單位:\n\n一、教務處:辦理排課及其他有關事項。\n\n二、學務處:辦理生活輔導及其他有關事項。\n\n"
            "三、圖書館:辦理借閱服務及其他有關事項。\n")
    leads = {r[1] for r in _rows(text)}
    assert ("图书馆",) in leads and ("教务处",) in leads


def test_an_offices_other_kind_in_brackets_stays_in_its_name():
    from extract.rules.unit_name_notes import plate_note
    assert plate_note("(室)") and plate_note("（科）")
    assert not plate_note("(牵头)") and not plate_note("(2024年)")
    text = "某校設下列單位:\n\n一、教務處:辦理排課及其他有關事項。\n\n二、輔導處(室):辦理個別諮商及其他有關事項。\n"
    assert ("辅导处(室)",) in {r[1] for r in _rows(text)}


def _targets(text: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return sorted((r.value, r.unit) for r in RulesExtractor().extract(prepare(doc)) if r.type == "numeric_target")


def test_a_terms_definition_holds_no_target():
    from extract.rules.target_hand_decisions import defines_term
    assert defines_term("长期缺课:指无故连续缺课超过", "周的。")
    assert defines_term("小型水库:指总库容", "万立方米以下的水库")
    assert not defines_term("指导全县", "所学校开展课后服务")  # the verb 指导
    assert not defines_term("学前三年毛入园率达到", "以上")
    text = "一、名词解释\n长期缺课:指无故连续缺课超过2周的。失学:指“长期缺课”超过3个月的。"
    assert _targets(text) == []
    assert _targets("三、目标\n到2025年,学前三年毛入园率达到95%以上。指导全县30所学校开展课后服务。") == [(30.0, "所"), (95.0, "%")]


def test_an_enrolment_bound_before_a_kind_of_school_is_a_scope():
    from extract.cues import is_enrolment_scope
    assert is_enrolment_scope("人", "以上的中小学校(含中职)至少要配备")
    assert is_enrolment_scope("人", "以上寄宿制学校和")
    assert not is_enrolment_scope("人", "以上")
    assert not is_enrolment_scope("所", "以上的中小学校")
    text = "二、主要目标\n到2030年,300人以上寄宿制学校和1500人以上的中小学校至少要配备1名专职校医。"
    assert _targets(text) == [(1.0, "名")]


def test_places_counted_with_a_longer_qualifier_are_a_scope():
    text = "今年全省将投资3亿元,在全省12个试点县以外的其他县区新建学生食堂300个。"
    assert (12.0, "个") not in _targets(text) and (300.0, "个") in _targets(text)


def _goals(text: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return [r.quote for r in RulesExtractor().extract(prepare(doc)) if r.type == "goal"]


def test_a_year_characterised_in_a_goal_section_is_no_goal():
    from extract.rules.goal_year_epithets import opens_with_year_epithet
    assert opens_with_year_epithet("2031年是实施某规划的重要一年,是改革的深化之年")
    assert not opens_with_year_epithet("到2031年,全县学前三年毛入园率达到95%")
    text = "一、明确目标任务\n2031年是实施某规划的重要一年,是改革的深化之年。总体目标任务是:全年新增城镇就业7000人。"
    goals = _goals(text)
    assert not any(q.startswith("2031年是") for q in goals)
