"""A sentence's subject with the offices it acts with (unit_subject_helpers): made-up texts only."""

from extract.rules.unit_subject_helpers import subject_helpers
from rules_kit import units


def test_adverbial_between_subject_and_verb_and_tail_on_the_last_name():
    got = subject_helpers("市甲局将在各卡口积极会同公安、卫健部门做好车辆检测工作")
    assert [(t, l, r) for _, _, t, l, r in got] == [("做好车辆检测工作", ["市甲局"], ["公安", "卫健部门"])]


def test_subject_goes_on_after_commas_with_bing():
    got = subject_helpers("县甲局提前两周下发通知,要求各校制定方案,并会同卫健等部门及时发放防疫物资。")
    assert [(a, t, l, r) for a, _, t, l, r in got] == [(0, "及时发放防疫物资", ["县甲局"], ["卫健"])]


def test_collective_subject_leads_nothing():
    got = subject_helpers("各级甲部门将协同铁路、民航等有关部门,做好运力对接")
    assert [(t, l, r) for _, _, t, l, r in got] == [("做好运力对接", [], ["铁路", "民航"])]


def test_vague_lists_and_no_unit_subjects_are_left():
    for text in ("选定校址,并会同多方部门筹集资金", "甲室将会同有关部门对工程进行督查", "会议要求,并会同甲局等部门做好工作",
                 "县甲局提前下发通知,要求会同乙局等部门做好工作"):
        assert subject_helpers(text) == [], text


def test_through_the_rules():
    assert units("市甲局将在各卡口积极会同公安、卫健部门做好车辆检测工作。") == [
        ("做好车辆检测工作", ["市甲局"], ["公安", "卫健部门"])]
