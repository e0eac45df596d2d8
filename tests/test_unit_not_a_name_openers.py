"""What opens a clause before ``负责`` and is no unit's name: a time clause (``于每年三月底前各…``) and ``以`` of means
(``主要以街道负责…``) (U7)."""

from rules_kit import units


def test_means_before_the_charge_is_no_unit():
    rows = units("二、运营方式\n书屋设在社区服务中心。主要以街道负责经费保障,社区负责日常开放。\n")
    assert [lead for _, lead, _ in rows] == [["社区"]]


def test_a_time_clause_is_no_unit():
    rows = units("二、报送要求\n各科室年度总结,于每年三月底前各承办科室负责汇总上报。\n")
    assert rows == []


def test_a_name_with_yishang_still_reads():
    rows = units("二、工作职责\n县级以上人民政府负责本行政区域书屋建设的组织领导。\n")
    assert [lead for _, lead, _ in rows] == [["县级以上人民政府"]]
