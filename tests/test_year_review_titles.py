"""A page titled as the review of a year's results (N13)."""

from extract.rules.year_review_titles import title_reviews_results, title_reviews_year
from test_rules import targets


def test_review_titles():
    assert title_reviews_year("2032年,我们真抓实干,惠民成果看得见")
    assert title_reviews_year("2032年某县民生实事“成绩单”出炉")
    assert title_reviews_year("回顾2032年工作成果")
    assert title_reviews_year("某镇2032年十件实事盘点")


def test_not_review_titles():
    assert not title_reviews_year("2032年成效与2033年目标")  # two years, a plan ahead
    assert not title_reviews_year("2033年民生实事工作安排")  # no result word
    assert not title_reviews_year("巩固成果,2033年将新建书屋10个")  # a time ahead
    assert not title_reviews_year("民生实事成效显著")  # no year
    assert not title_reviews_year("2032年,全县新建书屋12个,成效明显。")  # a sentence


def test_review_page_gives_no_targets():
    page = ("2032年,我们真抓实干,惠民成果看得见\n"
            "社会事业稳步推进。全年新建农家书屋12个,城镇新增就业2140人,改造农村公厕300座。\n")
    assert targets(page) == []


def test_plan_page_still_gives_targets():
    page = ("2033年民生实事工作安排\n"
            "全年新建农家书屋12个,改造农村公厕300座。\n")
    assert sorted(t.value for t in targets(page)) == [12.0, 300.0]


def test_results_headline_without_year():
    assert title_reviews_results("督导重点计划落实 区府检视推进成果")
    assert title_reviews_results("某镇晒出民生成绩单")
    assert not title_reviews_results("展望明年 检视成果")  # a time ahead
    assert not title_reviews_results("成果检视会将于下月召开")  # the results word does not close it


def test_results_headline_page():
    page = ("督导重点计划落实 区府检视推进成果\n"
            "会上报告指出,今年全区新建社区书屋12个,改造公厕30座,新增停车位800个。\n")
    assert targets(page) == []


def test_title_tells_year_account():
    """(goalA35) ``某县2031教育均衡发展情况``: a year's account of how a field went, a report (N13)."""
    from extract.rules.year_review_titles import title_tells_year_account
    assert title_tells_year_account("某县2031教育均衡发展情况")
    assert title_tells_year_account("某局2031年公共文化设施建设和使用情况")
    assert not title_tells_year_account("某县学前教育发展情况")  # no year: a survey of the present
    assert not title_tells_year_account("2031年书屋建设情况及2032年工作计划")  # a plan ahead named
    assert not title_tells_year_account("某县2031年书屋建设实施方案")
    assert not title_tells_year_account("2030年和2031年书屋建设情况")  # two years


def test_year_account_page_end_to_end():
    from tests.rules_kit import records
    page = "某县2031教育均衡发展情况\n某县书屋改扩建项目于2031年秋季学期投入使用,全县新增书屋12个。\n"
    assert records(page, "goal") == []
    assert records(page, "numeric_target") == []
