"""A page's public-information panel set a label a line, its value on the line below: its ``责任部门:`` field names the
office that published the page, no unit of a task (U4a, furniture)."""

from extract.rules.unit_page_fields import bare_label_neighbours
from rules_kit import units

PANEL = ("关于印发某县书屋建设规划的通知\n索 引 号:\n000000/2031-00001\n发布机构:\n某县人民政府办公室\n责任部门:\n"
         "县人民政府办公室\n有 效 性:\n有效\n一、主要任务\n(一)建成农家书屋二十处。\n责任单位:县文旅局\n")


def test_a_panel_field_gives_no_row_and_the_task_label_stays():
    rows = units(PANEL)
    assert [(lead, resp) for _, lead, resp in rows] == [([], ["县文旅局"])]


def test_bare_label_neighbours():
    text = "发布机构:\n某市政府办公室\n责任部门:\n\n某市政府办公室\n有 效 性:\n有效\n"
    a = text.index("责任部门")
    assert bare_label_neighbours(text, a, text.index("\n", a)) == ["发布机构:", "有 效 性:"]
    assert bare_label_neighbours("责任部门:\n甲局", 0, 5) == []
