"""Amount schedules with a currency sign: one target per row, the class of recipient as its label."""

from extract.rules.currency_rows import amount_rows, labels_priced_row
from rules_kit import records

_SCHEDULE = ("三、交通津贴金额如下表:\n"
             "年级金额(港元)\n"
             "初中 $3,150.00\n"
             "高中 $3,480.50\n"
             "四、本办法自公布之日起施行。\n")


def test_rows_of_a_schedule():
    got = [(v.indicator, v.value, v.unit) for v in amount_rows(_SCHEDULE)]
    assert got == [("交通津贴金额(初中)", 3150.0, "港元"), ("交通津贴金额(高中)", 3480.5, "港元")]
    v = amount_rows(_SCHEDULE)[0]
    assert _SCHEDULE[v.start:v.end] == "初中 $3,150.00"


def test_a_table_of_limits_is_no_schedule():
    text = "一、家庭每月收入在下表限度内可申请:\n家庭人数每月收入(港元)\n1 $5,200.00\n2人或以上 $9,800.00\n"
    assert amount_rows(text) == []
    text = "一、租金上限如下表:\n房型金额(港元)\n单人房 $4,000.00\n"
    assert amount_rows(text) == []  # a limit, not an amount paid


def test_count_labelling_a_priced_row():
    assert labels_priced_row("或以上 $9,800.00")
    assert not labels_priced_row("名学生")


def test_end_to_end():
    text = "某署批示\n" + _SCHEDULE.replace("四、", "一、家庭每月收入在下表限度内可申请:\n家庭人数每月收入(港元)\n5人或以上 $9,800.00\n四、")
    got = sorted((r.value, r.unit) for r in records(text, "numeric_target"))
    assert got == [(3150.0, "港元"), (3480.5, "港元")]
