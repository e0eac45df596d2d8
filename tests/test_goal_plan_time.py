"""Tests for ``goal_plan_time``: a work plan under a document-sharing site's later upload stamp (O3d). Made-up text."""

from extract.rules.goal_plan_time import is_title_like, work_plan_year

PLAN = ("某镇重点工作安排\n\n时间:2035-04-09 08:27:37\n\n(一)做好某项工作。2031年计划新建公园3个,"
        "力争2031年7月1日正式开放。\n")
TITLED = "某网 资料库 2031年社会事业发展工作方案范文\n\n2031年社会事业发展工作方案\n\n一、工作目标\n2031年各村参合率达到98%。\n"


def test_work_plan_speaks_from_its_latest_year():
    assert work_plan_year(PLAN, 2035) == 2031
    assert work_plan_year(TITLED, 2034) == 2031


def test_no_stamp_or_stamp_not_later():
    assert work_plan_year(PLAN, None) is None
    assert work_plan_year(PLAN, 2031) is None  # the text writes the stamp's year: the page speaks from the stamp


def test_report_headline_is_left_alone():
    report = PLAN.replace("某镇重点工作安排", "某镇2031年重点工作完成情况汇报")
    assert work_plan_year(report, 2035) is None
    summary = TITLED.replace("工作方案", "工作总结")
    assert work_plan_year(summary, 2034) is None


def test_not_a_plan_headline():
    news = "某县新建幼儿园13所\n2月6日,某县召开重点工作推进会。\n项目分三年推进,2031年建成5所。\n"
    assert work_plan_year(news, 2035) is None  # (``重点工作`` only in a lead sentence, not the headline)


def test_no_year_written():
    assert work_plan_year("某校安全工作方案\n\n时间:2035-01-01 10:00\n\n加强巡查。\n", 2035) is None


def test_title_like():
    assert is_title_like("某镇2031年工作方案")
    assert not is_title_like("2月6日,某县召开重点工作推进会。")


def test_news_byline_is_no_upload_stamp():
    from extract.rules.goal_plan_time import has_news_byline, work_plan_year
    news = "某镇重点工作安排\n\n时间:2034-04-09 08:27 来源:某县日报\n\n(一)2031年计划新建道路3公里。\n"
    assert has_news_byline(news)
    assert work_plan_year(news, 2034) is None
    stamped = news.replace(" 来源:某县日报", ":37")
    assert not has_news_byline(stamped)
    assert work_plan_year(stamped, 2034) == 2031
