from extract.rules.plan_issue_years import issued_plan_first_year
from rules_kit import records


def test_issue_with_period_in_title():
    text = "日前,市政府印发《某市全民健身实施计划(2031-2035年)》,提出到2033年全市体育场地达到3000个以上。"
    assert issued_plan_first_year(text, 2037) == 2031


def test_issue_with_period_stated_in_text():
    text = "为适应人口变化,特制定《某区中小学布局规划》。\n规划方案期限为2031年-2040年,其中2031年-2034年为近期规划。"
    assert issued_plan_first_year(text, 2036) == 2031


def test_page_not_later_than_period_start():
    text = "日前,市政府印发《某市全民健身实施计划(2031-2035年)》。"
    assert issued_plan_first_year(text, 2031) is None


def test_no_plan_issued():
    text = "某市2031-2035年全民健身工作取得显著成效,建成体育场地3000个。"
    assert issued_plan_first_year(text, 2037) is None


def test_document_no_plan_word():
    text = "日前,市政府印发《关于表彰先进集体的通报(2031-2035年)》。"
    assert issued_plan_first_year(text, 2037) is None


def test_reposted_plan_deadline_is_no_past_year():
    text = ("某市体育场地将达3000个以上\n某某新闻网 2037-03-02 10:52\n"
            "日前,市政府印发《某市全民健身实施计划(2031-2035年)》。《计划》提出,到2034年,全市各类体育场地达到3000个以上,"
            "经常参加体育锻炼人数达到40%以上。\n")
    got = {(r.value, r.unit, r.target_year) for r in records(text, "numeric_target")}
    assert (3000, "个", 2034) in got and (40, "%", 2034) in got
