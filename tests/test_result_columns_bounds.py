"""A figure past a delimited row's last cell (after its trailing delimiter) lies under no header cell: no crash."""

from extract.rules.result_columns import _in_delimited_row


def test_a_column_past_the_last_cell_is_no_result_column():
    lines = ["事项 | 落实情况", "乙项 | 7"]
    assert _in_delimited_row(lines, 1, 1)  # the second cell is under the result header
    assert not _in_delimited_row(lines, 1, 2)  # past the last cell: under nothing (it raised IndexError)
    assert not _in_delimited_row(lines, 1, 0)
