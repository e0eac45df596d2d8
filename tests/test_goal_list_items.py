"""Made-up tests for goal_list_items: the short items of a goal list give the same goals whatever their marks and
whatever the label over them (O1)."""

import pytest

from extract.rules.goal_list_items import closed_list_item, files_report_forms, list_mark_end
from rules_kit import records


def _goals(text):
    return [g.quote for g in records(text, "goal")]


def test_list_mark_end():
    assert list_mark_end("③整理档案资料。") == 1
    assert list_mark_end("二是整理档案资料。") == 2
    assert list_mark_end("整理档案资料。") == 0


def test_closed_list_item():
    assert closed_list_item("④修缮村道桥梁。")
    assert closed_list_item("• 修缮村道桥梁", "。")
    assert closed_list_item("④修缮村道桥梁", "\n")  # its line's end ends it, as for ``(4)修缮村道桥梁``
    assert not closed_list_item("④修缮村道桥梁", "公")  # runs on
    assert not closed_list_item("修缮村道桥梁。")  # no list mark
    assert not closed_list_item("④修路。")  # too little text


def test_files_report_forms():
    assert files_report_forms("按季填报人口统计报表。")
    assert not files_report_forms("各村人口统计一览表")  # a caption


_ITEMS = ["修缮村道桥梁。", "按季填报人口统计报表。"]
_MARKS = [("①", "②"), ("1、", "2、"), ("1.", "2."), ("(1)", "(2)"), ("• ", "• "), ("一是", "二是")]


@pytest.mark.parametrize("marks", _MARKS)
@pytest.mark.parametrize("label", ["年度目标\n", "年度目标:\n", "一、年度目标\n"])
def test_items_whatever_marks(marks, label):
    text = label + "".join(m + it + "\n" for m, it in zip(marks, _ITEMS))
    if label.startswith("一、"):
        text += "二、保障措施\n" + marks[0] + "落实经费保障。\n"
    got = _goals(text)
    assert len(got) == 2 and got[0].endswith("修缮村道桥梁") and got[1].endswith("按季填报人口统计报表")


@pytest.mark.parametrize("marks", _MARKS + [("— ", "— ")])
def test_label_with_first_item_run_in(marks):
    # the label closed by a colon with its first item on the same line, the other items on lines of their own
    text = "年度目标：" + "\n".join(m + it for m, it in zip(marks, _ITEMS)) + "\n"
    got = _goals(text)
    assert len(got) == 2 and got[0].endswith("修缮村道桥梁") and got[1].endswith("按季填报人口统计报表")


@pytest.mark.parametrize("marks", [("①", "②"), ("(1)", "(2)")])
def test_items_without_full_stops(marks):
    # an item's line end ends its sentence (O1); (short unclosed lines marked ``1、``, ``•`` or ``一是`` the outline
    # still reads as headings or drops as furniture: not yet alike)
    text = "年度目标\n" + "".join(m + it.rstrip("。") + "\n" for m, it in zip(marks, _ITEMS))
    got = _goals(text)
    assert len(got) == 2 and got[0].endswith("修缮村道桥梁") and got[1].endswith("按季填报人口统计报表")
