"""``target_phrasings.opens_part_year_to_date`` and the recount run it opens (N13, N13a)."""

from extract.rules.recounts import commits, opens_period_to_date
from extract.rules.target_phrasings import opens_part_year_to_date


def test_a_part_of_the_year_to_date_opens_a_report_of_results():
    assert opens_part_year_to_date("1-3月份,全县书屋投入资金120万元")
    assert opens_part_year_to_date("上半年,新增书屋8个")
    assert opens_part_year_to_date("今年前三季度,接待读者2万人次")
    assert opens_period_to_date("2031年一季度,新增书屋3个")


def test_deadlines_and_later_parts_of_the_year_open_nothing():
    assert not opens_part_year_to_date("上半年完成书屋选址")
    assert not opens_part_year_to_date("下半年,新建书屋8个")
    assert not opens_part_year_to_date("四季度,新建书屋8个")


def test_a_target_cited_as_the_yardstick_ends_the_run():
    assert commits("全县书屋读者8200人,高于8000人的目标任务")
