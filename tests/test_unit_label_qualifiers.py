"""A role label widened by a bracketed word (``责任处室(单位):``, ``责任科室〔单位〕:``) is still the label: the list
before it ends there, and the list after it is read (U4a). A ``〔…〕`` note inside a unit name stays in the name, as a
round-bracket note does."""

import pytest

from rules_kit import units

TEXT = "一、工作任务\n1.完善校舍安全管理制度,开展隐患排查整治。(牵头科室:基建科;责任科室{o}单位{c}:各有关科室)\n"


@pytest.mark.parametrize("o,c", [("〔", "〕"), ("(", ")"), ("（", "）")])
def test_a_qualified_helpers_label_ends_the_lead_list(o, c):
    rows = units(TEXT.format(o=o, c=c))
    assert [(lead, resp) for _, lead, resp in rows] == [(["基建科"], ["各有关科室"])]


def test_a_qualified_lead_label():
    rows = units("二、保障措施\n2.落实经费保障。(牵头处室〔部门〕:财务处;配合部门:审计处)\n")
    assert [(lead, resp) for _, lead, resp in rows] == [(["财务处"], ["审计处"])]


@pytest.mark.parametrize("o,c", [("〔", "〕"), ("(", ")")])
def test_a_bracketed_note_stays_in_the_unit_name(o, c):
    rows = units(f"三、工作安排\n3.做好档案整理工作。(牵头部门:办公室{o}含档案室{c};配合部门:各科室)\n")
    assert [(lead, resp) for _, lead, resp in rows] == [([f"办公室{o}含档案室{c}"], ["各科室"])]
