"""Brackets after a unit's name (U3): a short name's definition is left out, a plate or joint office is kept; and
``…管理科`` reads as an office's section."""

import pytest

from extract.cues import is_unit_cell
from extract.rules.unit_name_notes import plate_note, with_plate_note, without_alias_note
from rules_kit import units


def test_an_alias_bracket_is_left_out_of_the_lead():
    rows = units("一、组织指挥\n(一)某县防汛抗旱指挥部(以下简称县防指)负责统一指挥全县抗洪抢险工作。\n")
    assert [(lead, resp) for _, lead, resp in rows] == [(["某县防汛抗旱指挥部"], [])]


def test_plate_and_joint_office_brackets_stay_in_duty_heads():
    rows = units("二、内设机构\n(1)综合办公室(挂档案室牌子):负责公文处理和会务保障。\n"
                 "(2)规划建设办公室(与环保办合署办公):负责村镇规划和建设。\n(3)安全管理科:负责辖区安全生产监管。\n")
    assert [lead for _, lead, _ in rows] == [["综合办公室(挂档案室牌子)"], ["规划建设办公室(与环保办合署办公)"],
                                             ["安全管理科"]]


@pytest.mark.parametrize("name,expected", [
    ("某县防汛指挥部(以下简称县防指)", "某县防汛指挥部"),
    ("某市创建办(简称创建办)", "某市创建办"),
    ("某镇文化站(挂某镇图书馆牌子)", "某镇文化站(挂某镇图书馆牌子)"),
    ("各县(区)人民政府", "各县(区)人民政府"),
])
def test_without_alias_note(name, expected):
    assert without_alias_note(name) == expected


def test_plate_note():
    assert plate_note("(加挂某中心牌子)") and plate_note("（与某办合署办公）")
    assert not plate_note("(牵头)") and not plate_note("(3月5日)") and not plate_note(None)
    assert with_plate_note(["甲站"], "(挂乙馆牌子)") == ["甲站(挂乙馆牌子)"]
    assert with_plate_note(["甲站", "丙所"], "(挂乙馆牌子)") == ["甲站", "丙所"]


@pytest.mark.parametrize("cell,expected", [("安全管理科", True), ("行政审批管理科", True), ("文理科", False), ("理科", False)])
def test_management_sections_are_units(cell, expected):
    assert is_unit_cell(cell) is expected


@pytest.mark.parametrize("line,unit", [("镇政府设立农村产权交易服务站,负责集体产权交易的组织。", "农村产权交易服务站"),
                                       ("县里组建托育服务中心,主要负责普惠托育服务的组织。", "托育服务中心")])
def test_an_office_set_up_then_charged(line, unit):
    rows = units("二、机构设置\n" + line + "\n")
    assert [(lead, resp) for _, lead, resp in rows] == [([unit], [])]
