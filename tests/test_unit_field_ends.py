"""Made-up tests for ``rules.unit_field_ends``: a unit label's list ends at the next task field's label (U3)."""

from extract.rules.unit_field_ends import before_field_label
from extract.rules.unit_label_lines import parse_label_line


def test_glued_field_label_ends_the_list():
    assert before_field_label("甲镇任务目标:2031年计划建成充电桩300个。") == "甲镇"
    assert before_field_label("丁镇建设内容:改造小区12个") == "丁镇"


def test_spaced_or_separated_field_label():
    assert before_field_label("乙镇、丙镇 进展情况:已完成80%") == "乙镇、丙镇 "
    assert before_field_label("戊镇;工作目标:建成公园2个。") == "戊镇;"


def test_label_lines_read_with_it():
    assert parse_label_line("责任单位:甲镇任务目标:2031年计划建成充电桩300个。") == ([], ["甲镇"])
    assert parse_label_line("牵头单位:某县水利局 责任单位:乙镇、丙镇 进展情况:已完成80%") == (["某县水利局"], ["乙镇", "丙镇"])
    assert parse_label_line("牵头单位:某县林业局;责任单位:戊镇;工作目标:建成公园2个。") == (["某县林业局"], ["戊镇"])


def test_lists_without_a_field_label_stay():
    assert before_field_label("某区教育局、某区财政局") == "某区教育局、某区财政局"
    assert before_field_label("某县目标管理办公室") == "某县目标管理办公室"  # a name with 目标 in it, no colon
    assert before_field_label("某区建设局、某区进展督查组") == "某区建设局、某区进展督查组"


def test_two_helper_words_before_the_duty_label():
    from extract.rules.units import find_inline_assignments
    hit = find_inline_assignments("开展技能培训2万人。(牵头责任单位:某省人社厅,协同配合责任单位:某省民政厅、某省农委)")[0]
    assert (hit.lead, hit.responsible) == (["某省人社厅"], ["某省民政厅", "某省农委"])
    hit = find_inline_assignments("开展技能培训2万人。(牵头单位:某省人社厅;配合单位:某省民政厅)")[0]
    assert (hit.lead, hit.responsible) == (["某省人社厅"], ["某省民政厅"])
