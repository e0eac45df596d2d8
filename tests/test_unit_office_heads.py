"""(unitA31) An office's head over its duty (U8a, U3a): a head named by its two names with a slash, and a Taiwan township
office's section named by its field with ``课``, not a course. Made-up texts."""

from rules_kit import units

from extract.cues import is_unit_cell
from extract.rules.units import bare_unit_heading


def test_slash_named_office_heads_and_the_items_after_them():
    text = ("某学院部门职责\n行政部门\n1. 院长办公室:负责学院的日常管理。\n2. 教务处:负责课程安排。\n"
            "3. 研究生院/研究生处:负责研究生的招生。\n4. 招生办公室:负责学院的招生宣传。\n")
    assert [lead for _, lead, _ in units(text)] == [["院长办公室"], ["教务处"], ["研究生院/研究生处"], ["招生办公室"]]


def test_township_sections_named_with_ke():
    text = ("某区公所组织规程\n第四条\n区公所设下列单位分别掌理有关事项:\n一、民政课:掌理自治行政、调解服务及其他有关\n"
            "民政事项。\n二、社政课:掌理社会行政、社会福利及其他有关\n社政事项。\n")
    assert [lead for _, lead, _ in units(text)] == [["民政课"], ["社政课"]]
    assert bare_unit_heading("综合行政课") == ["综合行政课"] and is_unit_cell("经建课")
    assert not is_unit_cell("体育课") and not is_unit_cell("思政课") and bare_unit_heading("劳动课") is None
