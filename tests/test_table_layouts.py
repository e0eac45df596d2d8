"""Tables read the same whatever their flattening (``extract.rules.table_layouts``, eighteenth round): allocation
tables in any layout, task tables one cell per line grouped by their header's count, two-column delimited task
tables. Made-up texts only."""

from extract.rules.table_layouts import (allocation_values, column_name, header_cell, row_label, rows_by_count,
                                         share_column, share_columns)
from extract.structure import structure
from rules_kit import records, units

CELLS = "某县2031年书屋建设任务分配表\n单位\n任务分解\n新建书屋(个)\n培训人次(人)\n东山镇\n3\n120\n西山镇\n2\n80\n南山镇\n4\n"
PIPE = "某县2031年书屋建设任务分配表\n单位 | 新建书屋(个) | 培训人次(人)\n东山镇 | 3 | 120\n西山镇 | 2 | 80\n"
TAB = "某县书屋任务分配表\n乡镇\t新建书屋(个)\t培训人次(人)\n东山镇\t3\t120\n西山镇\t2\t80\n"
SPACED = "某县书屋任务分配表\n单位 新建书屋(个) 培训人次(人)\n东山镇 3 120\n西山镇 2 80\n"


def _shares(text):
    return [(v.indicator, v.value, v.unit) for v in allocation_values(text)]


def test_allocation_one_cell_per_line():
    got = _shares(CELLS)
    assert got == [("新建书屋(东山镇)", 3, "个"), ("培训人次(东山镇)", 120, "人"), ("新建书屋(西山镇)", 2, "个"),
                   ("培训人次(西山镇)", 80, "人"), ("新建书屋(南山镇)", 4, "个")]


def test_allocation_every_layout_reads_the_same():
    want = [("新建书屋(东山镇)", 3, "个"), ("培训人次(东山镇)", 120, "人"), ("新建书屋(西山镇)", 2, "个"),
            ("培训人次(西山镇)", 80, "人")]
    assert _shares(PIPE) == want
    assert _shares(TAB) == want
    assert _shares(SPACED) == want


def test_allocation_quote_runs_from_name_to_cell():
    v = allocation_values(PIPE)[1]
    assert PIPE[v.start:v.end] == "东山镇 | 3 | 120"


def test_allocation_empty_bracket_gives_no_unit():
    text = "甲乡2031年任务分配表\n单位\n床位数()\n()站点()\n东山镇\n6\n1\n西山镇\n4\n2\n"
    assert _shares(text) == [("床位数(东山镇)", 6, ""), ("站点(东山镇)", 1, ""), ("床位数(西山镇)", 4, ""),
                             ("站点(西山镇)", 2, "")]


def test_allocation_near_misses():
    # no word of a plan above the header or in it: figures of the past, no shares
    assert _shares("某县书屋统计\n单位 | 书屋(个) | 人次(人)\n东山镇 | 3 | 120\n西山镇 | 2 | 80\n") == []
    # a role column makes a task table, no allocation
    assert _shares("任务分配表\n单位 | 责任单位 | 书屋(个)\n东山镇 | 甲局 | 3\n西山镇 | 乙局 | 2\n") == []
    # year columns make an indicator table
    assert _shares("任务分配表\n单位 | 2031年 | 2032年\n东山镇 | 3 | 4\n西山镇 | 2 | 5\n") == []
    # one row is no table
    assert _shares("任务分配表\n单位 | 书屋(个)\n东山镇 | 3\n") == []
    # more numbers than columns: no row of this table
    assert _shares("任务分配表\n单位 | 书屋(个)\n东山镇 | 3 | 4 | 5\n西山镇 | 2 | 1 | 1\n") == []
    # the who column must open its line
    assert _shares("任务分配表\n备注 单位 书屋(个)\n东山镇 3\n西山镇 2\n") == []


def test_allocation_records_have_no_year_and_no_unit_rows():
    recs = records("一、任务分配\n" + PIPE, "numeric_target")
    got = sorted((r.indicator, r.value, r.unit, r.target_year) for r in recs)
    assert got == sorted([("新建书屋(东山镇)", 3, "个", None), ("培训人次(东山镇)", 120, "人", None),
                          ("新建书屋(西山镇)", 2, "个", None), ("培训人次(西山镇)", 80, "人", None)])
    assert units("一、任务分配\n" + PIPE) == []


def test_share_columns_and_names():
    assert share_columns(["任务分解", "书屋()", "站点()"]) == [1, 2]
    assert share_columns(["书屋", "站点"]) == [0, 1]
    assert column_name("()服务中心()") == ("服务中心", "")
    assert column_name("新建书屋(个)") == ("新建书屋", "个")
    assert share_column("任务分解") and share_column("书屋(个)")
    assert not share_column("责任单位") and not share_column("2031年") and not share_column("完成时限")
    assert row_label("东山镇") and row_label("合计")
    assert not row_label("3") and not row_label("-") and not row_label("新建书屋,共3个")


# -- task tables one cell per line without row numbers -------------------------------------------------------------
COUNT = ("某局公开目录\n类别\n公开内容\n公开时限\n公开主体\n公开方式\n"
         "综合政务\n年度工作报告\n每年1月底前\n甲区教育局\n主动公开\n"
         "综合政务\n招生工作方案\n每年5月底前\n甲区招生办\n主动公开\n"
         "人事信息\n公开招聘公告\n招聘前\n甲区人社局\n主动公开\n")


def test_header_cell():
    assert header_cell("公开主体") and header_cell("指  标") and header_cell("项目名称")
    assert not header_cell("2031年") and not header_cell("甲区教育局") and not header_cell("新建书屋。")
    assert not header_cell("这是一句很长很长很长的说明文字") and not header_cell("某局公开目录") and not header_cell("任务分解表")


def test_rows_by_count():
    roles = ["title", "lead", "other"]
    cells = ["事项甲", "甲区教育局", "公开", "事项乙", "乙区人社局", "公开", "事项丙", "公开", "甲局"]
    assert rows_by_count(cells, 0, roles, lambda c: c.endswith("局")) == 2


def test_count_table_rows_and_units():
    s = structure(COUNT)
    tabs = [t for t in s.tables if t.header[:1] == ["类别"]]
    assert len(tabs) == 1 and len(tabs[0].rows) == 3
    assert tabs[0].rows[1].cells == ["综合政务", "招生工作方案", "每年5月底前", "甲区招生办", "主动公开"]
    got = units(COUNT)
    assert ("招生工作方案", ["甲区招生办"], []) in [(t, lead, resp) for t, lead, resp in got]


def test_count_table_near_misses():
    # rows whose unit column holds no unit: not grouped by this count
    text = "某局目录\n类别\n公开内容\n公开主体\n综合政务\n年度报告\n主动公开\n人事信息\n招聘公告\n依申请\n"
    assert not [t for t in structure(text).tables if t.header[:1] == ["类别"]]
    # a serial column is the number-led reader's
    text = "序号\n公开内容\n公开主体\n综合政务\n年度报告\n甲区教育局\n人事信息\n招聘公告\n乙区人社局\n"
    from extract.rules.table_layouts import find_count_tables
    assert find_count_tables(structure(text).lines, set()) == []


def test_two_column_delimited_task_table():
    text = "相关部门 | 职责分工\n甲区公安分局 | 维护考点周边安全。\n甲区教育局 | 负责考试的组织实施。\n"
    got = units(text)
    assert ("维护考点周边安全", ["甲区公安分局"], []) in [(t.rstrip("。"), lead, resp) for t, lead, resp in got]
    # two columns without a unit column: no task table
    assert units("项目 | 内容\n甲项 | 维护考点周边安全。\n乙项 | 负责考试的组织实施。\n") == []


# -- a measure column followed by a plan column --------------------------------------------------------------------
from extract.rules.table_layouts import plan_after_measure, plan_cells  # noqa: E402


def test_plan_after_measure():
    assert plan_after_measure(["序号", "考核内容", "单位", "年度目标", "责任部门"])
    assert plan_after_measure(["序号", "指标名称", "计量单位", "目标任务", "累计完成", "责任单位"])
    assert not plan_after_measure(["序号", "考核内容", "年度目标", "单位", "责任部门"])
    assert not plan_after_measure(["序号", "考核内容", "单位", "完成情况", "责任部门"])


def test_plan_cells():
    roles = ["content", "unit", "content", "lead"]
    assert plan_cells(["甲作物面积", "万亩", "0.07", "甲县农业局"], roles) == [(0, "=", 0.07, "万亩")]
    assert plan_cells(["甲业增加值增幅", "%", "≥2%", "甲县农业局"], roles) == [(0, ">=", 2.0, "%")]
    assert plan_cells(["甲项补贴", "元/年", "不低于4000", "甲县民政局"], roles) == [(0, ">=", 4000.0, "元/年")]
    # a text plan, a missing measure: none
    assert plan_cells(["甲制度落实", "-", "良好以上", "甲县农业局"], roles) == []
    assert plan_cells(["甲牧场", "0", "甲县农业局", "乙局"], roles) == []
    # a sub-row on the row's line, off the header's columns: a measure word before its value
    row = ["新增甲学位", "个", "2295", "1095", "甲区教育局", "乙项培训", "人次", "600", "537"]
    assert plan_cells(row, ["title"] + ["other"] * 8) == [(0, "=", 2295.0, "个"), (5, "=", 600.0, "人次")]


def test_plan_cell_records_one_cell_per_line():
    text = ("2031年某县任务清单\n序号\n考核内容\n单位\n年度目标\n责任部门\n"
            "1\n甲作物面积\n万亩\n0.07\n甲县农业局\n2\n甲业增加值增幅\n%\n≥2%\n甲县渔业局\n")
    got = sorted((r.indicator, r.value, r.unit, r.comparator) for r in records(text, "numeric_target"))
    assert ("甲作物面积", 0.07, "万亩", "=") in got and ("甲业增加值增幅", 2.0, "%", ">=") in got


# -- a numbered task table's one plain column before its units is the task, in any flattening ----------------------
from extract.rules.table_layouts import plain_title_column, row_groups  # noqa: E402


def test_plain_title_column():
    assert plain_title_column(["number", "other", "lead", "deadline"]) == ["number", "title", "lead", "deadline"]
    assert plain_title_column(["number", "other", "other", "lead"]) == ["number", "other", "other", "lead"]
    assert plain_title_column(["number", "content", "lead"]) == ["number", "content", "lead"]
    assert plain_title_column(["number", "other", "deadline"]) == ["number", "other", "deadline"]


def test_spaced_table_with_a_plain_task_column():
    text = ("某县2031年民生实事分解表\n序号 民生实事 责任单位 完成时限\n1 新建甲园两所。 甲县教育局 12月底前\n"
            "2 改造乙路。 甲县住建局 9月底前\n")
    got = units(text)
    assert any(lead == ["甲县教育局"] and t.startswith("新建甲园") for t, lead, _resp in got)
    # two plain columns: which one is the task is not known, no unit row from this header
    text2 = ("序号 民生实事 实施地点 责任单位 完成时限\n1 新建甲园两所。 甲镇 甲县教育局 12月底前\n"
             "2 改造乙路。 乙镇 甲县住建局 9月底前\n")
    assert not any(lead == ["甲县教育局"] for _t, lead, _r in units(text2))


def test_row_groups_short_rows_fill_the_last_columns():
    roles = ["category", "content", "lead", "deadline"]
    cells = ["甲类", "新建甲园。", "甲县教育局", "2031年6月", "改造乙路。", "甲县住建局", "2031年9月", "说明文字"]
    unit = lambda c: c.endswith("局")  # noqa: E731
    assert row_groups(cells, 0, roles, unit) == [(0, 4), (4, 3)]
    # a short row whose deadline cell is no date ends the table
    cells2 = ["甲类", "新建甲园。", "甲县教育局", "2031年6月", "改造乙路。", "甲县住建局", "尽快推进"]
    assert row_groups(cells2, 0, roles, unit) == [(0, 4)]


# -- blank-parted indicator tables read as the other layouts read them ----------------------------------------------
def test_spaced_indicator_cell_read_by_prose_takes_its_column_year():
    text = "某县2030年规划\n指标  2030年  2035年\n1.甲类入园率(%)  85%  90%以上\n2.乙类巩固率(%)  96%  98%以上\n"
    got = {(r.value, r.target_year) for r in records(text, "numeric_target")}
    assert (90.0, 2035) in got and (98.0, 2035) in got
    assert (90.0, None) not in got


def test_spaced_indicator_label_bracket_gives_the_unit():
    text = "某县2030年规划\n指标  2030年  2031年  2032年\n在园甲数(万人)  2.00  2.01  2.05\n乙类比例(%)  94.20  94.50  95.00\n"
    got = {(r.value, r.unit, r.target_year) for r in records(text, "numeric_target")}
    assert (2.05, "万人", 2032) in got and (95.0, "%", 2032) in got


def test_allocation_of_results_is_none():
    assert _shares("某县2031年书屋任务完成情况\n单位 | 书屋(个) | 人次(人)\n东山镇 | 3 | 120\n西山镇 | 2 | 80\n") == []
    assert _shares("任务分配表\n单位 | 累计完成书屋(个)\n东山镇 | 3\n西山镇 | 2\n") == []


def test_allocation_empty_cells_written_as_blank_lines_fill_their_columns():
    text = ("某县2031年任务分配表\n\n单位\n\n床位(张)\n\n站点(个)\n\n书屋(个)\n\n东山镇\n\n6\n\n \n\n2\n\n"
            "西山镇\n\n4\n\n1\n\n3\n\n")
    got = sorted((r.indicator, r.value) for r in records(text, "numeric_target"))
    assert got == sorted([("床位(东山镇)", 6), ("书屋(东山镇)", 2), ("床位(西山镇)", 4), ("站点(西山镇)", 1),
                          ("书屋(西山镇)", 3)])
    # without the blank lines the page's columns are not known: the numbers fill the columns in order
    bare = text.replace("\n\n \n\n", "\n\n")
    got = sorted((r.indicator, r.value) for r in records(bare, "numeric_target"))
    assert ("站点(东山镇)", 2) in got


def test_long_unit_list():
    from extract.rules.table_layouts import long_unit_list
    assert long_unit_list("甲省教育厅、甲省公安厅、甲省交通厅、甲省食品药品监督局、甲省工商局、甲省质监局、甲省住建厅")
    assert not long_unit_list("——降低甲病发病率,加强乙类疾病监测,提高丙类筛查覆盖率,完善丁类服务网络。")
    assert not long_unit_list("甲省教育厅、甲省公安厅")  # two: the 40-character rule decides


def test_cell_run_table_with_a_unit_list_on_one_line():
    text = ("领域\n主要目标\n主要责任单位\n责任单位\n1.提高甲类质量。\n——降低甲病发生率。\n甲省卫生厅\n"
            "甲省教育厅、甲省公安厅、甲省交通厅、甲省食品药品监督局、甲省工商局、甲省质监局、甲省住建厅\n"
            "——降低乙病发生率。\n甲省卫生厅\n二、其他\n")
    got = units(text)
    assert any(lead == ["甲省卫生厅"] and "甲省住建厅" in resp for _t, lead, resp in got)


def test_sub_row_unit():
    from extract.rules.table_layouts import sub_row_unit
    state = ("", False)
    state, u = sub_row_unit("在校甲数(万人)", state)
    assert u == ""
    state, u = sub_row_unit("其中:小学", state)
    assert u == "万人"
    state, u = sub_row_unit("初中", state)
    assert u == "万人"
    state, u = sub_row_unit("乙率(%)", state)
    assert u == ""
    state, u = sub_row_unit("丙数", state)
    assert u == ""  # a plain row outside a 其中 run takes nothing


def test_spaced_indicator_sub_rows_take_the_parent_unit():
    text = ("某县2030年规划\n指标  2030年  2031年  2032年\n在校甲数(万人)  6.37  6.59  6.90\n其中:小学  4.06  4.18  4.30\n"
            "初中  2.31  2.41  2.60\n乙类比例(%)  94.20  94.50  95.00\n")
    got = {(r.value, r.unit, r.target_year) for r in records(text, "numeric_target")}
    assert (4.3, "万人", 2032) in got and (2.6, "万人", 2032) in got and (95.0, "%", 2032) in got
