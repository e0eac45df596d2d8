"""A lead's clause followed by its helpers (rules.unit_led_helpers, U4c, U7): made-up texts only."""

from extract.cues import is_unit_cell
from extract.rules.unit_led_helpers import following_helpers
from rules_kit import units


def test_following_helpers_end_at_the_task_verb():
    text = "某项工作由甲县文旅局牵头,会同甲县教育局、甲县团县委组织实施。"
    e = text.index("牵头") + 2
    helpers, stop = following_helpers(text, e, is_unit_cell)
    assert helpers == ["甲县教育局", "甲县团县委"]
    assert text[:stop].endswith("甲县团县委")


def test_following_helpers_class_tail_is_no_unit():
    text = "某项工作由甲县文旅局牵头,会同甲县教育局等有关部门推进。"
    helpers, _ = following_helpers(text, text.index("牵头") + 2, is_unit_cell)
    assert helpers == ["甲县教育局"]


def test_no_helpers_clause():
    text = "某项工作由甲县文旅局牵头,各乡镇抓好落实。"
    assert following_helpers(text, text.index("牵头") + 2, is_unit_cell) is None


def test_helpers_join_the_lead_row_through_the_pipeline():
    assert units("图书流转工作由乙市图书馆牵头,会同乙市教育局,于9月底前完成。") == [
        ("图书流转工作", ["乙市图书馆"], ["乙市教育局"])]


def test_helpers_cut_by_the_excerpt_keep_their_visible_names():
    rows = units("上述任务由丙省体育局牵头,会同丙省财政厅、卫健")
    assert rows == [("上述任务", ["丙省体育局"], ["丙省财政厅", "卫健"])]


def test_the_last_helper_ends_before_a_bare_verb_at_the_sentence_end():
    rows = units("二、场馆开放工作由丁县体育局牵头,会同丁县教育局开展。")
    assert rows == [("场馆开放工作", ["丁县体育局"], ["丁县教育局"])]


def test_a_helper_that_is_no_named_party_is_not_added():
    assert units("该项工作由丁县体育局牵头,会同各方。") == [("该项工作", ["丁县体育局"], [])]
