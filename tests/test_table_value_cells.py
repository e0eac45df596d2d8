"""(tgtA25) N6, N10: an amount alone in a task or indicator table's value cell, read with its row's name."""

from extract.cues import column_role
from extract.rules.table_value_cells import amount_alone, first_value_cell
from rules_kit import records


def test_amount_alone_forms():
    assert amount_alone("250处") == (250.0, None, "处", "=")
    assert amount_alone("60万吨左右") == (60.0, None, "万吨", "=")
    assert amount_alone("≥90%") == (90.0, None, "%", ">=")
    assert amount_alone("35个以上") == (35.0, None, "个", ">=")
    assert amount_alone("不少于6所") == (6.0, None, "所", ">=")


def test_cells_with_words_or_no_measure_are_not_amounts():
    assert amount_alone("新建驿站6个") is None
    assert amount_alone("9月") is None
    assert amount_alone("36") is None
    assert amount_alone("2031年") is None


def test_first_value_cell_only():
    cells, roles = ["新增护理床位", "区民政局", "420张", "310张", "74%"], ["title", "lead", "content", "other", "content"]
    assert first_value_cell(cells, roles, 2)
    assert not first_value_cell(cells, roles, 4)
    assert not first_value_cell(["甲量", "吨", "≥5"], ["title", "unit", "content"], 2)


def test_expected_effect_column_is_a_value_column():
    assert column_role("预期效果") == "content"


_TABLE = ("某市2031年度重点工作指标\n序号 |\n指标名称 |\n预期效果 |\n完成时限 |\n牵头处室 |\n1 |\n社区食堂新建数量 |\n250处 |\n11月 |\n"
          "民政处 |\n2 |\n老旧电梯更新比例 |\n35%以上 |\n12月 |\n住建处 |\n")


def test_pipeline_reads_value_cells_with_row_names():
    got = {(r.value, r.unit, r.comparator) for r in records(_TABLE, "numeric_target")}
    assert (250.0, "处", "=") in got and (35.0, "%", ">=") in got
    assert not any(r.value == 11.0 for r in records(_TABLE, "numeric_target"))
