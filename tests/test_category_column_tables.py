"""``rules.table_rows``: a spaced indicator table with a category column before its indicator column (N6, N14)."""

from extract.rules.table_rows import category_columns_before_label, year_column_values


def test_category_columns_before_label():
    assert category_columns_before_label(["类别", "指标", "2020年", "2025年"]) == 1
    assert category_columns_before_label(["序号", "领域", "指标", "2020年", "2025年"]) == 1
    assert category_columns_before_label(["序号", "指标", "2020年", "2025年"]) == 0
    assert category_columns_before_label(["项目", "2020年"]) == 0


def test_rows_read_after_their_category_cell_and_merged_rows():
    text = ("主要指标\n类别\t指标\t2020年\t2025年\n学前教育\t毛入园率(%)\t93.5\t≥96\n"
            "\t普惠率(%)\t80\t85\n义务教育\t巩固率(%)\t99\t99.5\n")
    got = [(v.indicator, v.value, v.unit, v.year) for v in year_column_values(text)]
    # the category cell is no label and the base-year cells are no targets; a row whose category is merged still reads
    assert got == [("毛入园率(%)", 96.0, "%", 2025), ("普惠率(%)", 85.0, "%", 2025), ("巩固率(%)", 99.5, "%", 2025)]
