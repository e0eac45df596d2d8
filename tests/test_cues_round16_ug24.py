"""Cue tests of the sixteenth round, second batch (ug24): made-up pages only."""

from extract.rules.goals import common_era, find_goals
from extract.rules.unit_goal_layouts import drawn_budget_year, month_deadline_cell, without_change_base
from rules_kit import records, units


def goals(text):
    return [(r.target_year, r.quote) for r in records(text, "goal")]


def test_drawn_budget_year_cue():
    assert drawn_budget_year("某市2032年度总预算完成编列,主计处今日表示以社会福利支出最多")[0] == 2032
    assert drawn_budget_year("某县2032年度总预算案编列情形,岁入预算总额为300亿元")[0] == 2032
    assert drawn_budget_year("某縣2032年度總預算歲出編列1,200億元")[0] == 2032  # Traditional script
    assert drawn_budget_year("甲市2032年度教育预算编列45亿元")[0] == 2032  # a field's budget
    assert drawn_budget_year(common_era("乙市115年度總預算案編列完成"))[0] == 2026  # an ROC year
    assert drawn_budget_year("甲市2031年度预算执行情况良好")[0] is None  # no drawing up
    assert drawn_budget_year("岁出编列1,200亿元,较2031年度增加15亿元")[0] is None  # a comparison's base only
    assert drawn_budget_year("甲市2032年新建幼儿园5所,编列经费3亿元")[0] is None  # no budget of the year


def test_without_change_base():
    s = "某市2032年度总预算岁出编列900亿元,较2031年度增加约15亿元"
    out = without_change_base(s)
    assert len(out) == len(s) and "2031" not in out and "2032" in out
    assert without_change_base("某市2030年新建学校5所,较2029年增加2所") == "某市2030年新建学校5所,较2029年增加2所"


def test_drawn_budget_is_goal():
    got = find_goals("丙市政府主计处指出,丙市115年度总预算岁出编列1021亿元,较114年度增加约15亿元,以教育支出最多。", 0,
                     goal_section=False)
    assert [g.year for g in got] == [2026]
    page = "(某社记者甲乙丙10日电)丁县2032年度总预算完成编列,主计处今天表示,以社会福利支出最多。\n"
    assert [y for y, _ in goals(page)] == [2032]


def test_drawn_budget_near_misses():
    # a budget of a year already over at the page's date: status (N17b)
    page = "发布日期:2033-03-01\n\n戊县2031年度总预算编列300亿元,较2030年度增加约5亿元。\n"
    assert goals(page) == []
    assert find_goals("某市2031年度预算执行率达95%。", 0, goal_section=False) == []


def test_month_deadline_cell():
    for cell in ("11月", "10月底", "12月底前", "6月30日前", "11月份", "计划10月底完成新增墓地建设", "預計9月底前竣工"):
        assert month_deadline_cell(cell), cell
    for cell in ("11月已开工", "计划投资500万元", "11个", "建设局", "新建口袋公园2处", "2031年已建成"):
        assert not month_deadline_cell(cell), cell


_TABLE = """2031年某县民生实事进展情况登记表
项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |
1.城市环境提升项目 | 对甲路等3条道路进行改造; | 11月 | 建设局 |
{}
2.道路项目 | 提升改造公路40公里。 | 10月 | 交通运输局 |
"""


def test_short_rows_with_month_cells():
    got = units(_TABLE.format("新建口袋公园2处; | 11月 | 建设局 | |"))
    assert ("新建口袋公园2处;", ["建设局"], []) in got and len(got) == 3
    got = units(_TABLE.format("计划10月底完成新增墓地建设 | 公共服务集团 | ||"))
    assert ("计划10月底完成新增墓地建设", ["公共服务集团"], []) in got
    # Traditional script, another field
    got = units(_TABLE.format("新設托育班3個; | 9月底前 | 衛生健康局 | |"))
    assert any(u == ["卫生健康局"] for _, u, _ in got)  # (units read in the normalised script)


def test_short_rows_near_misses():
    # a cell that continues the task above (no deadline, no unit) gives no row of its own
    got = units(_TABLE.format("同步完成沿线绿化; | 已完成60% | |"))
    assert len(got) == 2
    # a month cell with a result after it is no deadline: the row is not lined up
    got = units(_TABLE.format("新建口袋公园2处; | 11月已开工 | 建设局 | |"))
    assert not any(t.startswith("新建口袋公园") for t, _, _ in got)


def test_title_then_role_label_cue():
    from extract.rules.unit_goal_layouts import title_then_role_label
    assert title_then_role_label("甲病筛查牵头责任部门:县卫生健康委员会")
    assert title_then_role_label("乙项服务 牵头单位:县民政局、县财政局")
    assert title_then_role_label("丙校扩建责任单位:县教育局")  # (Traditional pages are read normalised: see the rows test)
    assert not title_then_role_label("落实责任制度:")  # no unit after the colon
    assert not title_then_role_label("明确牵头部门")
    assert not title_then_role_label("牵头单位:县民政局")  # a label that opens the line: no title
    assert not title_then_role_label("丁项工作牵头单位:要求各校按时上报")  # no unit's name


_PROGRESS = "某县2031年为民办实事进展情况\n\n一、进展情况\n\n{}\n\n截至4月底,已完成接种1800剂次。\n\n{}\n\n截至4月底,已完成筛查263人。\n"


def test_title_glued_to_lead_label_rows():
    got = units(_PROGRESS.format("(一)甲病筛查牵头责任部门:县卫生健康委员会", "(二)乙项服务牵头责任部门:县民政局"))
    assert got == [("甲病筛查", ["县卫生健康委员会"], []), ("乙项服务", ["县民政局"], [])]
    # the label after a comma: ``牵头责任部门`` is the lead's label too (U4a)
    got = units(_PROGRESS.format("(一)甲病筛查,牵头责任部门:县卫生健康委员会", "(二)乙项服务,牵头责任部门:县民政局"))
    assert got == [("甲病筛查", ["县卫生健康委员会"], []), ("乙项服务", ["县民政局"], [])]
    got = units(_PROGRESS.format("(一)丙校扩建 牵头单位:县教育局", "(二)丁園改造 責任單位:縣住建局"))
    assert got == [("丙校扩建", ["县教育局"], []), ("丁园改造", [], ["县住建局"])]


def test_title_glued_near_misses():
    # headings that only hold a label's words stay headings over their text: no rows
    assert units(_PROGRESS.format("(一)落实责任制度:", "(二)明确牵头部门")) == []


def test_budget_size_variant():
    assert drawn_budget_year("某市2032年度总预算案岁出规模为1,500亿元")[0] == 2032
    assert drawn_budget_year("某縣2032年度總預算案歲出規模達300億元")[0] == 2032
    assert drawn_budget_year("某市2032年度预算执行规模为3亿元")[0] is None  # money spent, a result
    assert drawn_budget_year("某市2032年度预算,全市规模以上企业达到300家")[0] is None  # a size of something else
    got = find_goals("某市2032年度总预算案岁出规模为1,500亿元,较2031年度增加30亿元。", 0, goal_section=False)
    assert [g.year for g in got] == [2032]
