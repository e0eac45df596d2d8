"""(tgtB33) N9c: the year in the name of the meeting a news lead was heard at, or of the work points a bureau
published, dates nothing. Made-up texts."""

from extract.rules.target_lists import masks_document_name_years
from rules_kit import records


def test_masks_meeting_year():
    s = "记者从2031年度某市教育工作会上获悉,今年新建学校5所"
    assert "2031" not in masks_document_name_years(s)
    s = "市教育局公布了2031年工作重点,将新增幼儿园9所"
    assert "2031" not in masks_document_name_years(s)
    s = "2031年,某市将新建学校5所"
    assert masks_document_name_years(s) == s


def test_heard_at_meeting_takes_no_year():
    text = "某市教育新闻\n\n2月3日,记者从2031年度某市教育工作会上获悉,今年某市计划新改扩建公办学校35所。"
    assert [(r.value, r.target_year) for r in records(text, "numeric_target")] == [(35.0, None)]
