"""(unitA25) A role label set as a heading of the outline, its units the paragraph under it (U4a, U4d). Made-up texts."""

from rules_kit import units

from extract.cues import is_unit_cell
from extract.rules.unit_label_headings import label_heading_rows


def test_a_responsible_heading_over_its_unit():
    text = ("某区社区食堂建设项目简介\n一、项目名称\n某区2031年社区食堂建设工程。\n二、项目责任单位\n某区民政局\n"
            "三、建设地点\n各街道\n")
    assert units(text) == [("某区社区食堂建设项目简介", [], ["某区民政局"])]


def test_a_principal_heading_leads():
    text = "某县村级书屋提升方案\n一、目标\n到2031年底,实现全县村级书屋全覆盖。\n二、实施主体\n各乡镇人民政府。\n三、资金\n县财政安排。\n"
    rows = label_heading_rows(text, is_unit_cell)
    assert [(r[3], r[4]) for r in rows] == [(["各乡镇人民政府"], [])]


def test_a_heading_over_a_place_or_a_sentence_gives_nothing():
    text = ("某区社区食堂建设项目简介\n一、项目责任单位\n由各街道按属地原则负责日常运营管理。\n二、实施主体\n各镇、街道及公园场地\n")
    assert label_heading_rows(text, is_unit_cell) == []


def test_a_class_word_heading_names_no_party():
    text = "四、部门职责\n1.后勤服务中心职责:负责食堂卫生管理。\n2.保卫处职责:负责校园治安巡查。\n"
    assert [lead for _, lead, _ in units(text)] == [["后勤服务中心"], ["保卫处"]]


def test_a_charge_opening_a_duty_block_gives_its_items_clean():
    text = "三、职责分工\n县文旅局负责:1.制定活动方案;2.组织开幕式。\n县教育局负责:1.组织学生参与;2.做好安全教育。\n"
    rows = units(text)
    assert [t for t, _, _ in rows] == ["制定活动方案", "组织开幕式", "组织学生参与", "做好安全教育"]


def test_is_label_heading():  # (moved from unit_cell_lines' section labels: one reader of the layout)
    from extract.rules.unit_label_headings import is_label_heading
    assert is_label_heading("四、责任单位") and is_label_heading("(三)项目责任单位") and is_label_heading("二、实施单位")
    assert not is_label_heading("责任单位")  # the vertical form's column label, no section
    assert not is_label_heading("四、保障措施")


def test_a_section_label_gives_a_row_and_no_table():
    text = ("某镇农贸市场改造项目\n一、工作目标\n年内改造农贸市场2个,改善群众购物环境。\n二、责任单位\n某镇经发办、某镇市场所。\n"
            "三、社会效益\n方便群众生活,带动周边就业。\n某镇经发办\n2031年5月6日\n")
    assert units(text) == [("某镇农贸市场改造项目", [], ["某镇经发办", "某镇市场所"])]
