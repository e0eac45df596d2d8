"""(r25 unitB25) Rows of a longer numbered list printed with jumping serials (``37`` then ``112``). Made-up texts."""

from rules_kit import units

from extract.rules.table_serial_gaps import opens_next_row


def test_far_serial_opens_a_row_only_where_the_row_is_full():
    assert opens_next_row(37, 38, 1, 3)
    assert opens_next_row(37, 112, 3, 3)
    assert not opens_next_row(37, 112, 2, 3)  # a value of the row itself
    assert not opens_next_row(37, 12, 3, 3)
    assert not opens_next_row(37, None, 3, 3)


def test_rows_with_jumping_serials_each_give_a_row():
    cells = ["序号", "重点任务", "责任单位", "完成情况",
             "37", "推进老旧小区加装电梯,年内完成加装40部。", "县住建局", "已完成加装31部。",
             "112", "完善城乡公交线网,新开通线路两条。", "县交通运输局 县公交公司", "两条线路均已开通。"]
    text = "某县重点任务落实情况\n" + "".join(c + " |\n" for c in cells)
    rows = units(text)
    assert [(l, r) for _, l, r in rows] == [(["县住建局"], []), (["县交通运输局", "县公交公司"], [])]
