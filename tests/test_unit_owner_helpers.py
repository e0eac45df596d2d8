"""(unitB24) A helpers' label under an item of a lead heading (``X牵头的工作``): the item and its label are one row, lead
the heading's unit, responsible the label's units (U4, U8). Made-up texts."""

from rules_kit import units

from extract.rules.unit_owner_helpers import section_owner

PLAN = ("2031年目标责任分解\n一、省文旅厅牵头的工作\n1.建设全民阅读示范点20个。\n协同单位:省财政厅、各市人民政府。\n"
        "2.开展送戏下乡500场。\n二、省体育局牵头工作\n全面加强群众体育工作。\n协同单位:各市人民政府。\n")


def test_the_item_and_its_label_are_one_row():
    assert [(task, lead, resp) for task, lead, resp in units(PLAN)][:2] == [
        ("建设全民阅读示范点20个", ["省文旅厅"], ["省财政厅", "各市人民政府"]),
        ("开展送戏下乡500场", ["省文旅厅"], [])]


def test_an_unnumbered_paragraph_under_a_lead_heading_is_its_item():
    rows = [(task, lead, resp) for task, lead, resp in units(PLAN)]
    assert rows[2:] == [("全面加强群众体育工作", ["省体育局"], ["各市人民政府"])]


def test_lead_headings():
    from extract.rules.unit_owner_helpers import lead_heading
    assert lead_heading("省文旅厅牵头的工作") and lead_heading("市教育局牵头工作(5项)")
    assert not lead_heading("其他部门工作职责") and not lead_heading("加强组织领导")


def test_section_owners():
    assert section_owner("目标 > 省文旅厅牵头的工作 > 建设示范点") == ["省文旅厅"]
    assert section_owner("分工 > 其他部门工作职责") is None  # a duties heading: the duty-list readers' (U8b)
    assert section_owner(None) is None
