"""(tblA26) N6, N14: an indicator table with a single year column that its header names the target
(``2031年目标值``), delimited or one cell a line, read as the two-year tables are."""

from rules_kit import records

_PIPES = ("某区十五五托育服务主要指标\n指标名称 | 单位 | 2034年目标值 | 属性\n"
          "每千人口托位数 | 个 | ≥4.8 | 约束性\n普惠托位占比 | % | 70 | 预期性\n三、主要任务\n")
_CELLS = ("某镇文化发展指标\n序号\n指标\n单位\n2033年目标值\n属性\n1\n村级文化广场覆盖率\n%\n≥95\n约束性\n"
          "2\n年均送戏下乡场次\n场\n40\n预期性\n")


def test_pipe_rows_under_one_target_year():
    got = {(r.indicator, r.value, r.unit, r.comparator, r.target_year) for r in records(_PIPES, "numeric_target")}
    assert got == {("每千人口托位数", 4.8, "个", ">=", 2034), ("普惠托位占比", 70.0, "%", "=", 2034)}


def test_cell_a_line_rows_under_one_target_year():
    got = {(r.indicator, r.value, r.target_year) for r in records(_CELLS, "numeric_target")}
    assert ("村级文化广场覆盖率", 95.0, 2033) in got and ("年均送戏下乡场次", 40.0, 2033) in got


def test_one_plain_year_column_is_no_table():
    text = "某镇文化发展指标\n指标 | 2033年\n村级文化广场覆盖率 | 95%\n"
    assert not any(r.target_year == 2033 and "|" in r.quote for r in records(text, "numeric_target"))


def test_names_before_the_year_make_no_one_year_header():
    text = "主要指标 |\n甲类场馆数 | 乙类场馆数 |\n2033年目标值 |\n12个 | 30个 |\n"
    got = {(r.indicator, r.value) for r in records(text, "numeric_target")}
    assert ("甲类场馆数", 12.0) in got and ("乙类场馆数", 30.0) in got  # read as a turned table, by its columns


def test_year_first_heads():
    from extract.table_cues import year_first
    assert year_first("基期值(2029年)") == "2029年基期"
    assert year_first("目标值（2035年）") == "2035年目标"
    assert year_first("现状 (2030)") == "2030年现状"
    assert year_first("计量单位") == "计量单位"


_BRACKET_YEARS = ("某县养老服务指标\n指标名称 | 计量单位 | 现状值(2030年) | 目标值(2035年) | 指标属性\n"
                  "护理型床位占比 | % | 48 | 62 | 约束性\n助餐服务点 | 个 | 90 | 150 | 预期性\n")


def test_years_in_brackets_after_the_column_role():
    got = {(r.indicator, r.value, r.target_year) for r in records(_BRACKET_YEARS, "numeric_target")}
    assert ("护理型床位占比", 62.0, 2035) in got and ("助餐服务点", 150.0, 2035) in got
    assert not any(v in (48.0, 90.0) for _i, v, _y in got)  # the present: a base column


def test_target_column_heads():
    from extract.table_cues import is_target_column
    assert is_target_column("目 标 值") and is_target_column("规划目标") and is_target_column("预期目标值")
    assert not is_target_column("目标") and not is_target_column("目标任务")


_YEARLESS = ("某县交通运输发展规划(2031-2035年)\n一、主要指标\n指标 | 单位 | 现状值 | 目标值 | 属性\n"
             "农村公路总里程 | 公里 | 2100 | 2600 | 预期性\n客运班线通达率 | % | 92 | 100 | 约束性\n二、主要任务\n")


def test_yearless_target_column_takes_the_plan_end():
    got = {(r.indicator, r.value, r.target_year) for r in records(_YEARLESS, "numeric_target")}
    assert ("农村公路总里程", 2600.0, 2035) in got and ("客运班线通达率", 100.0, 2035) in got
    assert not any(v in (2100.0, 92.0) for _i, v, _y in got)


def test_one_year_column_before_a_unit_column_is_no_indicator_header():
    text = "某县重点项目\n项目 | 目标值 | 牵头单位\n新建口袋公园 | 12个 | 县住建局\n"
    assert any(r.lead_units == ["县住建局"] for r in records(text, "unit_assignment"))


def test_one_year_column_closed_by_the_attribute():
    text = "某县主要指标\n指标 | 单位 | 2034年 | 属性\n公共图书馆藏书量 | 万册 | 85 | 预期性\n"
    got = {(r.indicator, r.value, r.unit, r.target_year) for r in records(text, "numeric_target")}
    assert got == {("公共图书馆藏书量", 85.0, "万册", 2034)}


def test_value_cells_with_their_own_measure():
    text = "某县主要指标\n指标 | 2030年 | 2034年\n绿道总长 | 120公里 | 180公里\n"
    got = {(r.indicator, r.value, r.unit, r.target_year) for r in records(text, "numeric_target")}
    assert ("绿道总长", 180.0, "公里", 2034) in got and not any(v == 120.0 for _i, v, _u, _y in got)


def test_umbrella_target_head_over_a_row_of_years():
    text = ("某县主要指标\n指标 | 单位 | 2030年基期 | 规划目标 | 属性\n | | | 2032年 | 2034年 |\n"
            "污水集中处理率 | % | 88 | 92 | 96 | 约束性\n")
    got = {(r.value, r.target_year) for r in records(text, "numeric_target")}
    assert got == {(92.0, 2032), (96.0, 2034)}
