"""(tgtA25) N9c: a year inside the name of a meeting held, a work arrangement or plan issued, or a year's central budget
funds names it and dates no quantity of the sentence."""

from extract.rules.target_lists import masks_document_name_years
from extract.rules.targets import find_targets


def test_meeting_and_arrangement_years_masked():
    assert "2031" not in masks_document_name_years("从县文旅局召开的2031年文化工作会议上获悉,今年将新建书屋9个")
    assert "2031" not in masks_document_name_years("全市交通工作会议召开,发布2031年重点工作安排")


def test_plan_issued_and_fund_years_masked():
    assert "2031" not in masks_document_name_years("某省2031年农村公路提升实施方案日前出台,提出新改建公路800公里")
    assert "2031" not in masks_document_name_years("该县争取到2031年中央预算内投资650万元")


def test_year_of_the_commitment_kept():
    assert "2031" in masks_document_name_years("2031年全市将新建驿站20个")
    assert "2031" in masks_document_name_years("会议提出,2031年新建驿站20个")


def test_pipeline_leaves_quantities_undated():
    hits = find_targets("从县文旅局召开的2031年文化工作会议上获悉,今年全县将新建农家书屋9个。")
    assert [(h.value, h.target_year) for h in hits] == [(9.0, None)]
