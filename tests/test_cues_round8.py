"""Cues added in the eighth round (units and goals), each on a small made-up text (no sentence of a real document)."""

from extract.rules.goals import before_or_from, goal_date, year_deed, year_of_work, year_projects
from extract.rules.units import cell_role_parts, split_roles
from rules_kit import records, units


def goals(text):
    return [(r.text, r.target_year) for r in records(text, "goal")]


def test_a_date_before_or_from_which_a_thing_is_done():
    assert before_or_from("署方需要在2031学年前增加学额九百个")[0] == 2031
    assert before_or_from("由2031至32学年起,资助名额将增加一倍")[0] == 2031
    assert before_or_from("自2031/32学年开始推行全日制")[0] == 2031
    assert before_or_from("达到在 2031-32 学年或以前六成学生就读全日制的目标")[0] == 2031
    assert before_or_from("目标在2032年之前增加宿位约八千个")[0] == 2032
    assert before_or_from("希望能在2031前解决学位不足问题")[0] == 2031
    assert before_or_from("在2031前三季度完成招生")[0] is None  # 前三季度: a part of the year, no date before which
    assert before_or_from("每学年补助学生800元")[0] is None
    s = "局方表示,在2031学年前完成两所校舍的扩建"
    assert goal_date(s) == (2031, s.index("2031"), "before_or_from")
    assert goals("局方表示,会在2031学年前完成两所校舍的扩建。") == [("局方表示,会在2031学年前完成两所校舍的扩建", 2031)]
    assert goals("自2029学年起已推行小班教学。") == []  # told after the fact


def test_a_clause_that_opens_with_its_year_and_a_deed_with_its_quantity():
    assert year_deed("为老年人免费体检,2031年重点筛查70岁以上老人3000人")[0] == 2031
    assert year_deed("署方宣布,2031年度推出5所新校舍,欢迎团体申请")[0] == 2031
    assert year_deed("2031年我县共实施8个饮水工程")[0] == 2031
    assert year_deed("2031年工作计划(截至3月5日)")[0] is None  # a date, no quantity of a deed
    assert year_deed("全县在2030年新增学位3000个的基础上继续扩容")[0] is None  # the year does not open a clause
    assert year_deed("2031年是规划的收官之年")[0] is None
    assert goals("记者获悉,2031年度推出5所新校舍,欢迎合资格团体申请。") == [
        ("记者获悉,2031年度推出5所新校舍,欢迎合资格团体申请", 2031)]


def test_a_unit_cell_written_as_role_parts():
    assert cell_role_parts("市水务局牵头,市农业局、市林草局参加") == (["市水务局"], ["市农业局", "市林草局"])
    assert cell_role_parts("县文旅局牵头;县财政局配合。") == (["县文旅局"], ["县财政局"])
    assert cell_role_parts("市水务局、市农业局") is None  # no role verb: the column decides
    assert cell_role_parts("市水务局牵头") is None  # one part: the column's own role
    assert cell_role_parts("市水务局配合,市农业局参加") is None  # no lead among the parts
    assert split_roles("市水务局牵头,市农业局参加", lead_column=False) == (["市水务局"], ["市农业局"])
    table = ("附件\n重点任务分工表\n序号 |\n重点任务 |\n责任单位 |\n1 |\n修缮山区蓄水池 |\n市水务局、市农业局 |\n"
             "2 |\n建设一批乡村供水站。 |\n市水务局牵头,市农业局、市林草局参加 |\n")
    got = units(table)
    assert ("建设一批乡村供水站", ["市水务局"], ["市农业局", "市林草局"]) in got


def test_a_label_line_names_the_units_of_the_numbered_paragraph_above_it():
    text = ("某县2031年十件实事确定\n\n"
            "一、计划新建村级文化广场12个。\n\n责任单位:县文旅局\n\n"
            "二、计划投资900万元,实施山区供水改造项目。其中:计划投资300万元,改造水池40座。\n\n责任单位:县水务局\n\n"
            "三、计划投资200万元,修建乡村篮球场30块。\n\n责任单位:县体育局\n\n"
            "四、计划投资500万元,新建村卫生室20所。\n\n责任单位:县卫健委\n")
    got = units(text)
    assert ("计划投资200万元,修建乡村篮球场30块", [], ["县体育局"]) in got
    assert ("计划投资500万元,新建村卫生室20所", [], ["县卫健委"]) in got
    assert len(got) == 4 and len({r[2][0] for r in got}) == 4


def test_a_table_scraped_a_cell_a_line_with_a_bare_unit_cell():
    from extract.rules.unit_rows import bare_unit_rows
    text = ("项目\n名称\n主要内容\n牵头单位\n进展情况\n(6月)\n"
            "乡村供水项目\n新建供水站12座,改造管网30公里。\n县水务局\n已完成选址。\n")
    hits = bare_unit_rows(text)
    assert [(h.task, h.lead, h.responsible) for h in hits] == [("乡村供水项目", ["县水务局"], [])]
    assert text[hits[0].start:hits[0].end].startswith("乡村供水项目") and text[hits[0].end - 4:hits[0].end] == "县水务局"
    glued = "惠民事项具体任务责任单位推进情况\n一季度二季度\n文化惠民新建农家书屋20个,年内全部开放。\n县文旅局,各乡镇\n"
    assert [(h.task, h.lead) for h in bare_unit_rows(glued)] == [("文化惠民新建农家书屋20个", ["县文旅局", "各乡镇"])]
    # no header that names a unit column: a notice's signature after its last sentence is no row
    assert bare_unit_rows("请各校认真组织实施,按时报送材料。\n县教育局\n") == []
    # a label of running text is no header
    assert bare_unit_rows("责任单位:县水务局\n新建供水站12座,改造管网30公里。\n县水务局\n") == []
    got = units("某县民生实事进展\n" + text)
    assert ("乡村供水项目", ["县水务局"], []) in got


def test_a_unit_the_page_end_cut_short():
    from extract.rules.unit_cells import unit_cut_at_end
    assert unit_cut_at_end("、县林业", "县水务局") == ("县林业", 4)
    assert unit_cut_at_end("\n\n区机关事务\n", "区住建局") == ("区机关事务", 7)
    assert unit_cut_at_end("、市林业", "县水务局") is None  # another level: no sibling of the list
    assert unit_cut_at_end("。\n下一步,县水务局将加快进度", "县水务局") is None  # more text after it
    text = "实施步骤\n(一)5月底前完成选址,确定建设规模。〔责任单位:各镇人民政府,协助单位:县水务局、县林业"
    assert [u[1:] for u in units(text)] == [(["各镇人民政府"], ["县水务局", "县林业"])]
    column = ("项目名称\n主要内容\n牵头单位\n类别\n书屋项目\n新建书屋5个。\n县文旅局\n县实事\n"
              "站点项目\n新建站点3个。\n县文旅局\n县实事")
    got = units(column)
    assert len(got) == 2 and all(u[1] == ["县文旅局"] for u in got), got  # a column's word on every row is no name cut short


def test_a_task_that_names_the_year_of_its_work():
    assert year_of_work("组织做好2031年学生体质监测和视力筛查工作")[0] == 2031
    assert year_of_work("改造步道,精心策划2031年乡村读书节活动")[0] == 2031
    assert year_of_work("为做好2031年第一批试点工作,近日,区教育局召开会议")[0] is None  # a purpose that frames a report
    assert year_of_work("按照《关于做好2031年招生工作的通知》要求")[0] is None  # the year of a title
    assert year_of_work("2031年学生体质监测工作")[0] is None  # no task verb
    assert goals("组织做好2031年学生体质监测工作。") == [("组织做好2031年学生体质监测工作", 2031)]
    assert goals("2031年12月底,某局圆满完成2031年民生实事工程建设任务。") == []  # a result told after the fact


def test_what_a_years_list_of_projects_holds():
    assert year_projects("全县2031年教育重点建设项目为:新建学校4所,改造校舍12处")[0] == 2031
    assert year_projects("分批推进,2031年项目有甲园、乙园")[0] == 2031
    assert year_projects("记者获悉,2031年某市民生实事项目正式确定,包含8个方面")[0] == 2031
    assert year_projects("2031年项目建设进展顺利")[0] is None
    assert goals("全县2031年教育重点建设项目为:新建学校4所,改造校舍12处。") == [
        ("全县2031年教育重点建设项目为:新建学校4所,改造校舍12处", 2031)]


def test_a_charge_clause_with_the_manner_of_the_duty():
    from extract.rules.unit_charge_finders import find_charge_clauses
    got = find_charge_clauses("市文旅局、市体育局根据职能职责,负责全民健身场地建设工作。")
    assert [(h.task, h.lead) for h in got] == [("全民健身场地建设工作", ["市文旅局", "市体育局"])]
    got = find_charge_clauses("县水务局按照职责分工负责供水站运营管理")
    assert [(h.task, h.lead) for h in got] == [("供水站运营管理", ["县水务局"])]
    assert find_charge_clauses("各学校根据职责,负责校园安全管理") == []  # a collective names everyone
