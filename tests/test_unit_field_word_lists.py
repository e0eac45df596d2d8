"""Departments named by their fields and closed by ``等部门`` (U4b): ``某县民政、公安、国土等部门负责…`` -> the three."""

import pytest

from extract.rules.unit_field_word_lists import field_word_list
from rules_kit import units


def test_field_words_closed_by_a_class_word_lead():
    rows = units("三、监督管理\n某县民政、公安、国土等部门负责查处违规建设行为。\n")
    assert rows == [("查处违规建设行为", ["某县民政", "公安", "国土"], [])]


def test_people_words_are_no_departments():
    assert units("三、监督管理\n学校、家长等单位负责做好宣传。\n") == []


@pytest.mark.parametrize("listed,expected", [
    ("县民政、公安、国土等部门", ["县民政", "公安", "国土"]),
    ("教育、卫生、城管、工商等有关部门", ["教育", "卫生", "城管", "工商"]),
    ("民政、公安", None),
    ("学校、家长等单位", None),
    ("公安等部门", None),
])
def test_field_word_list(listed, expected):
    assert field_word_list(listed) == expected
