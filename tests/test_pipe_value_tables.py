"""(tgtC39) N6, N14: pipe tables of values inside prose pages (year rows; value cells quoted from the row's label)."""

from extract.rules.pipe_value_tables import (base_rows, name_cell, pipe_cells, row_label_quotes, rule_row, value_cell,
                                             year_head, year_of_row)
from rules_kit import records


def test_cells_of_a_pipe_row():
    assert [c[2] for c in pipe_cells("| 甲设备 | 1套/校 | 8.5万元 |")] == ["甲设备", "1套/校", "8.5万元"]
    assert [c[2] for c in pipe_cells("2031 | 5 | 6")] == ["2031", "5", "6"]
    cells = pipe_cells("| 甲 | 12 |", 100)
    assert cells[1][:2] == (106, 108)
    assert rule_row("|---|:---:|") and rule_row("---|---|") and not rule_row("| 甲 | 12 |") and not rule_row("|  |")


def test_heads_and_cells():
    assert year_head("年份") and year_head("年 度") and not year_head("项目") and not year_head("2031年")
    assert year_of_row("2031") == 2031 and year_of_row("2031年") == 2031 and year_of_row("合计") is None
    assert year_of_row("2031年6月") is None
    assert name_cell("书屋数量(个)") and name_cell("借阅率") and not name_cell("2031年") and not name_cell("甲")
    assert value_cell("18.7%") and value_cell("1套/校") and value_cell("≥8.5万元")
    assert not value_cell("新建书屋3个,改造5个") and not value_cell("持续提升")


def test_which_year_rows_are_status():
    # the page's own year: rows before it are status
    assert base_rows([2028, 2029, 2030, 2031], 2030) == [True, True, False, False]
    # no year of the page: only a milestone year after a gap, last, is the plan's
    assert base_rows([2026, 2027, 2028, 2030], None) == [True, True, True, False]
    assert base_rows([2026, 2027, 2028, 2029], None) == [True, True, True, True]  # a yearly record: status
    assert base_rows([2026, 2027, 2028, 2031], None) == [True, True, True, True]  # no milestone year


_YEAR_ROWS = ("某县书屋建设规划(2030年)\n"
              "近年来全县书屋建设稳步推进,规划如下。\n"
              "年份 | 书屋数量(个) | 借阅率 |\n"
              "---|---|---|\n"
              "2026 | 120 | 31.5% |\n"
              "2027 | 135 | 33.2% |\n"
              "2028 | 150 | 34.8% |\n"
              "2030 | 200 | 40% |\n"
              "全县将继续加大投入。\n")


def test_year_rows_give_the_plan_row_only():
    got = {(r.value, r.unit, r.target_year) for r in records(_YEAR_ROWS, "numeric_target")}
    assert (200.0, "个", 2030) in got and (40.0, "%", 2030) in got
    assert not {v for v, _u, _y in got} & {120.0, 135.0, 150.0, 31.5, 33.2, 34.8}
    rec = next(r for r in records(_YEAR_ROWS, "numeric_target") if r.value == 40.0)
    assert rec.quote == "2030 | 200 | 40%" and rec.indicator == "借阅率"


_STATS = ("某县书屋统计\n"
          "年份 | 书屋数量(个) | 借阅率 |\n"
          "2026 | 120 | 31.5% |\n"
          "2027 | 135 | 33.2% |\n"
          "2028 | 150 | 34.8% |\n"
          "2029 | 160 | 35% |\n")


def test_a_table_of_yearly_statistics_gives_nothing():
    assert not [r for r in records(_STATS, "numeric_target") if r.value in (120.0, 160.0, 31.5, 35.0)]


_LABELLED = ("三、配置标准\n"
             "各校按下表配齐设备,确保到位。\n"
             "| 设备类别 | 标准配置 | 预算单价 |\n"
             "|---|---|---|\n"
             "| 甲类设备 | 2套/校 | 3.5万元 |\n"
             "| 乙类教室 | 1间/校 | 12万元 |\n")


class _Span:
    def __init__(self, start, end):
        self.start, self.end = start, end


class _Rec:
    type = "numeric_target"

    def __init__(self, start, end):
        self.norm_span, self.indicator = _Span(start, end), ""


def test_a_value_cell_is_quoted_from_its_label():
    text = _LABELLED
    at = text.find("3.5万元")
    rec = row_label_quotes(text, [_Rec(at - 1, at + 6)])[0]  # taken with the blank before the cell's text
    assert text[rec.norm_span.start:rec.norm_span.end] == "甲类设备 | 2套/校 | 3.5万元"
    assert rec.indicator == "甲类设备预算单价"
    # the header's own cells and a row without a header are left as they are
    lone = "前文\n| 甲类设备 | 2套/校 |\n"
    at = lone.find("2套")
    rec = row_label_quotes(lone, [_Rec(at, at + 2)])[0]
    assert (rec.norm_span.start, rec.norm_span.end) == (at, at + 2)


def test_a_per_school_rate_keeps_its_denominator():
    from extract.rules.targets import NUMBER
    assert NUMBER.search("标准配置2套/校").group("unit") == "套/校"
    assert NUMBER.search("保育员1名/园").group("unit") == "名/园"
    assert NUMBER.search("每班45人/班").group("unit") == "人/班"
    assert NUMBER.search("新建2所/校区").group("unit") == "所"  # the denominator is a whole word: no ``所/校`` before 区


def test_year_columns_of_a_pipe_header():
    from extract.rules.pipe_value_tables import base_columns, column_year
    assert column_year("2019/20至2024/25") == (2024, True) and column_year("2026-2030年") == (2030, True)
    assert column_year("2025/26起整合後新制") == (2025, False) and column_year("2031年目标") == (2031, False)
    assert column_year("项目") is None and column_year("20个") is None
    heads = [None, (2030, True), (2031, False)]
    assert base_columns(heads, None) == [False, True, False]  # the old scheme's span beside the new one
    assert base_columns([None, (2030, False), (2035, False)], None) == [False, True, False]  # ``2030年 | 2035年``
    assert base_columns([None, (2031, False), (2032, False)], 2032) == [False, True, False]  # before the page's year
    assert base_columns([None, (2031, False), (2032, False)], 2031) == [False, False, False]


_SCHEMES = ("某区书屋补助调整\n"
            "项目 | 2026/27至2030/31 | 2031/32起新制 |\n"
            "---|---|---|\n"
            "书屋补助 | 每校每年补助$12,000 | 每校每年补助$15,000 |\n"
            "图书配备 | 无 | 每校每年最少配书800册 |\n")


def test_cells_under_year_columns_read_by_their_column():
    got = {(r.value, r.target_year) for r in records(_SCHEMES, "numeric_target")}
    assert (15000.0, 2031) in got and (800.0, 2031) in got
    assert not any(v == 12000.0 for v, _y in got)  # the old scheme's amount: status
    rec = next(r for r in records(_SCHEMES, "numeric_target") if r.value == 800.0)
    assert rec.quote.startswith("图书配备 | 无 | ") and rec.quote.endswith("800册")


def test_marked_year_rows():
    from extract.rules.pipe_value_tables import row_mark
    assert year_of_row("2031年(目标)") == 2031 and row_mark("2031年(目标)") is False and row_mark("2031年目标值") is False
    assert row_mark("2028年基期") is True and row_mark("2029(实际)") is True and row_mark("2031") is None
    text = ("年份 | 书屋数量(个) |\n"
            "2029年(实际) | 120 |\n"
            "2031年(目标) | 180 |\n")
    got = {(r.value, r.target_year) for r in records(text, "numeric_target")}
    assert (180.0, 2031) in got and not any(v == 120.0 for v, _y in got)


def test_year_columns_under_another_label_head():
    text = ("某县书屋建设目标\n"
            "类别 | 2030年 | 2035年 |\n"
            "村级书屋(个) | 120 | 180 |\n"
            "年借阅量(万册) | 30 | 45 |\n"
            "二、保障措施\n")
    got = {(r.value, r.unit, r.target_year) for r in records(text, "numeric_target")}
    assert (180.0, "个", 2035) in got and (45.0, "万册", 2035) in got
    assert not any(v in (120.0, 30.0) for v, _u, _y in got)  # the base column (``2030年 | 2035年``, is_base_year)
    # words after the years: no header of year columns
    assert not {(r.value) for r in records("类别 | 2029年 | 说明 |\n村级书屋(个) | 120 | 新建 |\n", "numeric_target")} & {120.0}
