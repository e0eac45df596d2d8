"""(tblA26) N6, N14: an indicator table turned on its side (indicators across, one year's values a row)."""

from extract.rules.transposed_tables import name_cell, names_head, value_cell, year_head
from extract.table_cues import measured_value
from extract.tables import _VALUE_CELL, _indicator_value
from extract.rules.targets import table_comparator
from rules_kit import records


def test_heads_of_the_turned_rows():
    assert names_head("主 要 指 标") and names_head("指标名称") and names_head("核心指标")
    assert not names_head("指标说明") and not names_head("主要任务")
    assert year_head("2033 年 目 标 值") == (2033, False)
    assert year_head("2031年") == (2031, False)
    assert year_head("2029年(基期)") == (2029, True)
    assert year_head("2030年实现值") == (2030, True)
    assert year_head("属性") is None and year_head("2031年完成新建任务") is None


def test_name_and_value_cells():
    assert name_cell("林地保有率") and not name_cell("预期性") and not name_cell("—") and not name_cell("12")
    assert value_cell(">7万公顷") and value_cell("—") and value_cell("18.4%")
    assert not value_cell("约束性") and not value_cell("到期完成,争取提前")


def test_measured_value_of_any_measure():
    assert measured_value(">9亿立方米") == (">", 9.0, "亿立方米", "")
    assert measured_value("4.2万元/亩") == ("", 4.2, "万元/亩", "")
    got = measured_value("120座以上")
    assert got == ("", 120.0, "座", "以上") and table_comparator(got[0], got[3]) == ">="
    assert measured_value("850万株左右") == ("", 850.0, "万株", "左右")  # the bound word read, not dropped
    assert measured_value("≥85分以上") == ("≥", 85.0, "分", "以上")
    assert measured_value("新增驿站6处") is None and measured_value("2-3次") is None and measured_value("2034年") is None


def test_a_value_cell_is_a_cell_the_readers_read():
    # (review 3) the cell ``tables`` takes for a value with its own measure is the cell the table readers parse
    for cell in (">9亿立方米", "4.2万元/亩", "850万株左右", "≥85分以上", "120座以上", "37 公里", "2034年", "新增驿站6处",
                 "2-3次", "约束性", "≤5天以内"):
        if not _VALUE_CELL.match(cell):
            assert _indicator_value(cell) == (measured_value(cell) is not None), cell


_TURNED = ("某县生态建设三年行动指标\n"
           "主 要 指 标 |\n"
           "森林覆盖率 | 湿地保护率 | 人均公园绿地面积 | 林下经济产值 |\n"
           "2033 年 目 标 值 |\n"
           "64.5% | >58% | 15平方米/人 | 12亿元 |\n"
           "属 性 | 约束性 | 约束性 | 预期性 | 预期性 |\n"
           "三、保障措施\n")


def test_pipeline_reads_each_column_with_its_name_and_year():
    got = {(r.value, r.unit, r.comparator, r.target_year) for r in records(_TURNED, "numeric_target")}
    assert {(64.5, "%", "=", 2033), (58.0, "%", ">", 2033), (15.0, "平方米/人", "=", 2033),
            (12.0, "亿元", "=", 2033)} <= got
    by_value = {r.value: r for r in records(_TURNED, "numeric_target")}
    assert by_value[15.0].indicator == "人均公园绿地面积"
    assert by_value[15.0].quote.startswith("人均公园绿地面积") and by_value[15.0].quote.endswith("15平方米/人")


_BASE_ROW = ("主要指标 | 垃圾分类覆盖率 | 污水处理率\n"
             "2029年(基期) | 41% | 77%\n"
             "2032年 | 90% | 95%\n")


def test_base_row_gives_no_target():
    got = {(r.value, r.target_year) for r in records(_BASE_ROW, "numeric_target")}
    assert (90.0, 2032) in got and (95.0, 2032) in got
    assert not any(v in (41.0, 77.0) for v, _ in got)
