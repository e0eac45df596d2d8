"""Made-up tests for goal_page_dates: an undated page's own dateline, read for its goals."""

from extract.rules.goal_page_dates import told_date_year
from tests.rules_kit import records


def test_speech_dateline_run_into_the_opening_line():
    t = "某县2030年计划执行情况与2031年计划报告 ——2031年1月6日在某县第五届人民代表大会第二次会议上 某局 各位代表:"
    assert told_date_year(t) == 2031
    assert told_date_year("某县2030年计划执行情况报告 各位代表:2031年将新建公园3个。") is None


def test_dotted_dateline():
    assert told_date_year("某地将全面实现免费教育\n\n03.03.2031  17:33\n\n正文…") == 2031
    assert told_date_year("某地将全面实现免费教育\n\n版本 3.03.2031 说明\n") is None


def test_year_before_dateline_reports_a_result():
    page = ("某县2030年计划执行情况与2031年计划报告 ——2031年1月6日在某县第五届人民代表大会第二次会议上 某局 各位代表: "
            "一、2030年计划执行情况 2030年,全县农业总产值预计完成51亿元、增长8%。 二、2031年计划 2031年,全县将新建公园3个。")
    years = [g.target_year for g in records(page, "goal")]  # (without the dateline 2030 would read as ahead)
    assert 2030 not in years and 2031 in years
