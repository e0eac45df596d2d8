"""What opens a clause before ``负责`` and is no unit's name: a time clause (``于预算执行前各…``) and ``以`` of means
(``主要以政府负责…``) (U7)."""

from rules_kit import units


def test_means_before_the_charge_is_no_unit():
    rows = units("二、建设模式\n农家书屋建在村部。主要以政府负责图书配备,村委会负责日常管理。\n")
    assert [lead for _, lead, _ in rows] == [["村委会"]]


def test_a_time_clause_is_no_unit():
    rows = units("二、计划编制\n各单位年度计划,于预算执行前各主办业务单位负责编定。\n")
    assert rows == []


def test_a_name_with_yishang_still_reads():
    rows = units("二、工作职责\n县级以上人民政府负责本行政区域书屋建设的组织领导。\n")
    assert [lead for _, lead, _ in rows] == [["县级以上人民政府"]]
