"""Made-up sentences for ``extract.rules.goal_article_frames`` (O3: the article speaking of itself is no goal)."""

from extract.rules.goal_article_frames import article_speaks_of_itself
from extract.rules.goals import false_goal_cue, find_goals


def test_article_as_subject():
    assert article_speaks_of_itself("本文聚焦于 2031 年某市正式印发的《某市2031年民生实事》,详细介绍了其中的12件实事")
    assert article_speaks_of_itself("本文将以甲镇为例,深入解析其2031年度工作计划")
    assert article_speaks_of_itself("本篇文章梳理了2031年某区将完成的十件实事")
    assert article_speaks_of_itself("這篇文章帶你了解某縣2031年的施政重點")
    assert false_goal_cue("本文聚焦于2031年某市印发的《某市2031年重点民生实事》") == "article_frame"


def test_no_goal_from_article_frame():
    assert find_goals("本文聚焦于2031年某市印发的《某市2031年重点民生实事》,详细介绍了其中的12件实事。", 0, False) == []


def test_near_misses():
    assert not article_speaks_of_itself("本文件自2031年1月1日起施行")  # a document's validity
    assert not article_speaks_of_itself("本市将于2031年底前建成10所幼儿园")  # the city's deed
    assert not article_speaks_of_itself("本方案聚焦2031年全区学前教育发展")  # the plan itself, not an article
    assert not article_speaks_of_itself("某区计划2031年新建公园3个,本文介绍如下")  # the article not the subject
    hits = find_goals("到2031年,某区将新建幼儿园5所。", 0, False)
    assert len(hits) == 1 and hits[0].year == 2031


from extract.rules.goal_article_frames import reviews_closed_span


def test_closed_span_reviewed():
    assert reviews_closed_span("2029年至2031年,全国共安排投资36亿元,新建48个托育中心", 2031)
    assert reviews_closed_span("在当天召开的推进会上,某某介绍,2029年至2031年,全省累计投入资金12亿元", 2032)
    assert reviews_closed_span("据介绍,“十二五”期间,某市用地面积由1.1万余亩,增加至2.2万余亩,可满足到2020年的需求", 2016)


def test_closed_span_near_misses():
    assert not reviews_closed_span("2031年至2033年,全市共新建幼儿园10所", 2031)  # the span still runs
    assert not reviews_closed_span("2029年至2031年,全市将累计新建幼儿园10所", 2031)  # a modal: a commitment
    assert not reviews_closed_span("2029年至2031年,全国共安排投资36亿元", None)  # undated page
    assert not reviews_closed_span("2029年至2031年,全市推进学前教育普及", 2031)  # no total told
    assert not reviews_closed_span("某市在2031年底前新建幼儿园10所,共安排资金2亿元", 2031)  # no span opens it


from extract.rules.goal_article_frames import roc_school_year_span, school_span_plan_leads
from extract.rules.goals import goal_date


def test_planned_school_year_span():
    assert roc_school_year_span("某市120至123共4个学年度,规划扩增至少180班") == (2034, 6)
    assert roc_school_year_span("规划以某模式,以2031至2034年增加200班以上为目标")[0] == 2034
    s = "某市采两种方式执行,120至123共4个学年度,规划扩增至少180班,目前2032年增设41班,均已达标"
    assert goal_date(s)[0] == 2034 and false_goal_cue(s, goal_date(s)[1]) == ""
    hits = find_goals("规划以公私合作模式,以2031至2034年增加200班以上为目标,经统计2031至2033年已增加84班。", 0, False)
    assert len(hits) == 1 and hits[0].year == 2034


def test_school_span_near_misses():
    assert roc_school_year_span("120至122学年度已增加84班")[0] is None  # no plan word: a result
    assert roc_school_year_span("某校120学年度规划扩增3班")[0] is None  # no span
    s = "120至122学年度已增加90班,自123至126学年度实施某计划,最终增加了214班,预计2038年将再增加13班"
    assert not school_span_plan_leads(s, roc_school_year_span(s)[1])  # the result comes first
    assert goal_date(s)[2] != "roc_school_span"
