"""(tblA26) N6, N9, N14: a performance table whose last column is the year's target, ``|`` between its cells, rows
read from their end; the strategy column over the indicators holds goals (O1a)."""

from extract.rules.target_column_rows import goal_column_head, indicator_name, is_row_serial, target_head_year
from rules_kit import records


def test_heads_serials_and_names():
    assert target_head_year("118年\n年度目標值") == 2029
    assert target_head_year("2033年度目标值") == 2033
    assert target_head_year("年度目标值") is None and target_head_year("衡量标准") is None
    assert is_row_serial("四") and is_row_serial("12") and not is_row_serial("统计数据")
    assert indicator_name("辦理社區\n照顧據點(7%)") == "辦理社區照顧據點"
    assert goal_column_head("施政绩效目标") and not goal_column_head("2033年度目标")


_TABLE = ("某縣社會處施政目標\n衡量指標\n策略績效目標\n|\n衡量指標\n|\n|||||\n衡量指標\n|\n評估方式\n|\n衡量標準\n|\n"
          "118年\n年度目標值\n|\n||||\n"
          "一\n|\n強化長者照顧,\n佈建社區據點(30%) |\n一\n|\n新增社區照顧據點(8%)\n|\n統計數據\n|\n年度新增據點數\n|\n12處\n|\n|\n"
          "二\n|\n辦理志工培訓(6%)\n|\n統計數據\n|\n完訓人數/報名人數*100%\n|\n95%\n|\n|||\n"
          "二\n|\n推動兒少保護網絡(20%)\n|\n一\n|\n建置通報平台(5%)\n|\n完成工作項目\n|\n1.完成系統規劃(30%)\n2.完成上線測試(80%)\n|\n"
          "80%\n|\n|||\n")


def test_pipeline_reads_the_last_column_of_each_row():
    got = {(r.value, r.unit, r.target_year) for r in records(_TABLE, "numeric_target")}
    assert got == {(12.0, "处", 2029), (95.0, "%", 2029), (80.0, "%", 2029)}
    quotes = {r.value: r.quote for r in records(_TABLE, "numeric_target")}
    assert quotes[12.0].startswith("新增社區照顧據點") and quotes[12.0].endswith("12處")


def test_pipeline_reads_the_strategy_cells_as_goals():
    goals = {r.quote for r in records(_TABLE, "goal")}
    assert "推動兒少保護網絡" in goals
    assert not any("(30%)" in g or "(20%)" in g for g in goals)


def test_rows_a_line_under_a_target_column():
    text = "衡量指標 | 衡量標準 | 121年度目標值\n新設長照據點數 | 年度新增數 | 9處\n培訓照服員人數 | 年度完訓數 | 240人\n"
    got = {(r.indicator, r.value, r.target_year) for r in records(text, "numeric_target")}
    assert ("新设长照据点数", 9.0, 2032) in got and ("培训照服员人数", 240.0, 2032) in got
