"""A division of duties whose items lost their numbers: ``某局。负责…。 乙局、丙局。负责…`` (U8, U8a)."""

from extract.rules.unit_bare_titles import unmarked_unit_titles
from extract.rules.unit_prose import duty_unit
from rules_kit import units

TEXT = ("三、工作措施\n为做好防汛工作,成立防汛工作领导小组,成员单位分工如下: 某县水利局。负责全县河道清淤工作的统一调度。 "
        "某县交通局、某县公路局。负责公路沿线排水沟的疏通。\n")


def test_unnumbered_items_titled_by_units():
    rows = units(TEXT)
    assert [(lead, resp) for _, lead, resp in rows] == [(["某县水利局"], []), (["某县交通局", "某县公路局"], [])]
    assert rows[0][0] == "全县河道清淤工作的统一调度"


def test_a_sentence_before_a_charge_is_no_title():
    found = unmarked_unit_titles("一要加强领导。负责同志要靠前指挥。二要强化保障。负责物资调配。", duty_unit)
    assert found == []


def test_titles_found():
    found = unmarked_unit_titles("分工如下: 甲县气象局。负责预警发布。 乙县应急局。主要负责抢险调度。", duty_unit)
    assert [u for _, u in found] == [["甲县气象局"], ["乙县应急局"]]


def test_a_unit_a_line():
    rows = units("三、职责分工\n各成员单位职责如下:\n某县水利局。负责全县河道清淤工作的统一调度。\n"
                 "某县交通局、某县公路局。负责公路沿线排水沟的疏通。\n")
    assert [(task, lead) for task, lead, _ in rows] == [("全县河道清淤工作的统一调度", ["某县水利局"]),
                                                       ("公路沿线排水沟的疏通", ["某县交通局", "某县公路局"])]


def test_a_single_titled_line_is_no_run():
    assert units("三、工作要求\n某县水利局。负责同志要靠前指挥。\n") == []
