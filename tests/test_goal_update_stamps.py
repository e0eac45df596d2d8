"""Tests for ``goal_update_stamps``: a later update stamp over an older text is furniture (O3d). Made-up text."""

from extract.rules.goal_update_stamps import text_year_under_update, update_stamp_year

STORY = "某部增列預算\n(某社記者某某台北9日電)某部長今天表示,119年度相關預算增列新台幣3億元。\n更新時間 : 2035-01-29 00:15\n"
PLAN = "某部2031年度施政計畫\n  • 更新日期:2034/12/08\n本部編定2031年度施政計畫,其目標如次。\n"


def test_update_stamp_year():
    assert update_stamp_year(STORY) == 2035
    assert update_stamp_year("发布时间:2035-01-29\n正文。") is None


def test_text_speaks_from_its_latest_year():
    assert text_year_under_update(STORY, 2035) == 2030  # ROC 119 -> 2030
    assert text_year_under_update(PLAN, 2034) == 2031


def test_left_alone():
    assert text_year_under_update(STORY, 2033) is None  # the page is dated otherwise
    assert text_year_under_update(STORY, None) is None
    late = PLAN.replace("其目標如次", "2034年完成")
    assert text_year_under_update(late, 2034) is None  # a year as late as the stamp: the page speaks from the stamp
    assert text_year_under_update("某頁\n更新日期:2034/12/08\n加強服務。\n", 2034) is None  # no year written
