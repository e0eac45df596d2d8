"""A group's glued label line under its numbered title (unit_glued_labels): made-up plans only."""

from extract.rules.unit_glued_labels import glued_label_rows
from rules_kit import units


def test_glued_label_lines_under_numbered_titles():
    text = "六、分工\n1.宣传报道组\n部门甲社宣传部、秘书处\n总负责人张*\n2.后勤保障组\n负责部门乙协生活部、外联部\n"
    got = glued_label_rows(text)
    assert [(t, l, r) for _, _, t, l, r in got] == [("宣传报道组", [], ["甲社宣传部", "秘书处"]),
                                                   ("后勤保障组", [], ["乙协生活部", "外联部"])]
    a, b = got[0][:2]
    assert text[a:b] == "宣传报道组\n部门甲社宣传部、秘书处"


def test_no_title_no_units_or_a_colon_is_left():
    assert glued_label_rows("部门目录\n\n首页") == []
    assert glued_label_rows("1.主要指标\n单位国内生产总值能耗降低3%左右") == []
    assert glued_label_rows("甲组简介\n负责部门甲社宣传部、秘书处") == []
    assert glued_label_rows("1.宣传组\n负责部门:甲社宣传部") == []


def test_through_the_rules():
    assert units("六、分工\n1.宣传报道组\n负责部门甲社宣传部、秘书处\n总负责人张*\n") == [
        ("宣传报道组", [], ["甲社宣传部", "秘书处"])]
