"""Role labels with the level of government before them (``县级配合单位:``) and a supervising label line among a task's
label lines (``督导单位:``): U4a, U4c, eval/README.md twenty-fourth round."""

import pytest

from extract.rules.unit_level_labels import supervises_line
from rules_kit import units


def test_a_level_word_before_the_helpers_label_keeps_the_block():
    rows = units("二、重点工作\n(一)修缮乡村文化广场。\n责任单位:某县住建局\n县级配合单位:某县财政局、某县文旅局\n")
    assert rows == [("修缮乡村文化广场", ["某县住建局"], ["某县财政局", "某县文旅局"])]


def test_a_supervising_line_between_the_labels_gives_no_unit():
    rows = units("二、重点工作\n(一)建成农家书屋二十处。\n责任单位:各乡镇人民政府\n市级督导单位:某市文旅局\n"
                 "市级配合单位:某市财政局\n(二)开展送戏下乡活动。\n省级牵头单位:某省文旅厅\n配合单位:各市文旅局\n")
    assert [(lead, resp) for _, lead, resp in rows] == [(["各乡镇人民政府"], ["某市财政局"]),
                                                      (["某省文旅厅"], ["各市文旅局"])]


@pytest.mark.parametrize("line,expected", [
    ("督导单位:某市文旅局", True),
    ("市级督查部门:某市住建局", True),
    ("【督办单位】某县政府办", True),
    ("配合单位:某县教育局", False),
    ("督导单位要加强日常检查", False),
])
def test_supervises_line(line, expected):
    assert supervises_line(line) is expected


def test_an_implementing_units_label_gives_responsible_units():
    rows = units("一、主要任务\n1.改造村级广场。铺设透水砖二千平方米。(实施单位:某县住建局)\n"
                 "2.新建村级公园(实施主体:某镇人民政府)\n")
    assert [(lead, resp) for _, lead, resp in rows] == [([], ["某县住建局"]), ([], ["某镇人民政府"])]


def test_level_words_before_labels_on_one_line_and_in_brackets():
    rows = units("二、重点任务\n1.新建农家书屋二十处。责任单位:县文旅局 县级配合单位:县财政局、县教育局\n"
                 "2.改造文化广场五处。(牵头单位:县住建局;县级配合单位:县财政局)\n")
    assert [(lead, resp) for _, lead, resp in rows] == [(["县文旅局"], ["县财政局", "县教育局"]), (["县住建局"], ["县财政局"])]


def test_without_level_tail():
    from extract.rules.unit_level_labels import without_level_tail
    assert without_level_tail("甲局;县级") == "甲局" and without_level_tail("甲局、乙局") == "甲局、乙局"


def test_a_supervising_label_inside_a_bracket_gives_no_unit():
    rows = units("二、重点任务\n2.改造文化广场五处。(牵头单位:县住建局;督导单位:市住建局;配合单位:县财政局)\n")
    assert [(lead, resp) for _, lead, resp in rows] == [(["县住建局"], ["县财政局"])]
