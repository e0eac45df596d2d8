"""(tblA26) N6, N14: an indicator table whose rows run on after its spaced header, parted by their serials."""

import re

from extract.rules.run_on_rows import _HEADER, header_year, row_cells, run_on_values
from rules_kit import records


def test_row_cells_fill_the_columns_in_order():
    assert row_cells(["3.林地保有率", "%", "5", "≥62"], 1) == ("林地保有率", "%", "≥62")
    assert row_cells(["4.新增就业", "万人", "8", "≥1.6", "民"], 1) == ("新增就业", "万人", "≥1.6")
    assert row_cells(["5.护林员", "名", "≥300"], 0) == ("护林员", "名", "≥300")
    assert row_cells(["6.加强巡查", "力度", "全面", "提升"], 1) is None  # no figures in the columns
    assert row_cells(["7.绿道长度", "公里"], 1) is None


def test_header_year_from_its_column_or_the_plan_named_before():
    line = "某州十四五生态建设考核体系 考核指标 单位 分值 目标值"
    m = _HEADER.search(line)
    assert m is not None and header_year(line, m.start(), m) == 2025
    line = "主要指标 计量单位 2033年目标"
    m = _HEADER.search(line)
    assert m is not None and header_year(line, m.start(), m) == 2033
    line = "考核指标 单位 目标值"
    m = _HEADER.search(line)
    assert header_year(line, m.start(), m) is None
    assert _HEADER.search("本表单位 目标值 见附件") is None


_RUN_ON = ("附件:某州十四五生态建设考核体系 考核指标 单位 分值 目标值 1.林地保有率 % 5 ≥62 绿 2.新增造林面积 万亩 8 ≥4.5 "
           "化 3.湿地保护率 % 6 ≥55 1.城市污水处理率 % 5 ≥96 治 2.人均碳排放量 吨 4 ≤7.8 - 3 -\n")


def test_pipeline_reads_each_run_on_row():
    got = {(r.indicator, r.value, r.unit, r.comparator, r.target_year) for r in records(_RUN_ON, "numeric_target")}
    assert ("林地保有率", 62.0, "%", ">=", 2025) in got
    assert ("新增造林面积", 4.5, "万亩", ">=", 2025) in got
    assert ("人均碳排放量", 7.8, "吨", "<=", 2025) in got
    assert len(got) == 5
    quotes = {r.quote for r in records(_RUN_ON, "numeric_target")}
    assert "新增造林面积 万亩 8 ≥4.5" in quotes
    assert not any(re.search(r"\d+\.\D", q[:3]) for q in quotes)  # the serial is no part of a quote


_ROWS_A_LINE = ("指标名称 单位 2034年目标值\n1.垃圾回收利用率 % ≥45\n2.公共充电桩 个 ≥800\n三、保障措施\n")


def test_rows_a_line_under_the_same_header():
    got = {(r.indicator, r.value, r.unit, r.target_year) for r in records(_ROWS_A_LINE, "numeric_target")}
    assert ("垃圾回收利用率", 45.0, "%", 2034) in got and ("公共充电桩", 800.0, "个", 2034) in got


def test_no_header_no_rows():
    assert run_on_values("考核内容 1.林地保有率 % 5 ≥62 2.湿地保护率 % 6 ≥55\n") == []


_SPACED_YEARLESS = ("某县供水保障规划(2031-2035年)\n序号 指标名称 单位 目标值 属性\n1 自来水普及率 % 99 约束性\n"
                    "2 供水管网长度 公里 860 预期性\n三、重点任务\n")


def test_rows_a_line_with_their_serial_apart_and_the_plan_end_above():
    got = {(r.indicator, r.value, r.unit, r.target_year) for r in records(_SPACED_YEARLESS, "numeric_target")}
    assert ("自来水普及率", 99.0, "%", 2035) in got and ("供水管网长度", 860.0, "公里", 2035) in got


def test_a_row_both_spaced_readers_take_is_read_once():
    text = "某县主要指标\n指标 单位 2030年 2035年目标 属性\n1.公共充电桩 个 300 900 预期性\n2.绿色建筑占比 % 60 80 约束性\n"
    got = [(r.indicator, r.value) for r in records(text, "numeric_target")]
    assert sorted(got) == [("公共充电桩", 900.0), ("绿色建筑占比", 80.0)]


def test_run_on_rows_without_a_measure_column():
    assert row_cells(["2.湿地保护率", "6", "≥55%"], 1, measured=False) == ("湿地保护率", "%", "≥55%")
    text = "附件 某州十四五水利考核体系 考核指标 分值 目标值 1.农田灌溉水有效利用系数 4 ≥0.58 2.水功能区达标率 6 ≥90%\n"
    got = {(r.indicator, r.value, r.unit, r.target_year) for r in records(text, "numeric_target")}
    assert ("农田灌溉水有效利用系数", 0.58, "", 2025) in got
    assert any(v == 90.0 and u == "%" for _i, v, u, _y in got)  # (a row whose cell states its measure: read either way)
    assert not any(v in (4.0, 6.0) for _i, v, _u, _y in got)  # the scores
