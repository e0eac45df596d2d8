"""Made-up tests for the goalA30 cues: cited cut-off figures (goal_cited_status.cites_cutoff_status), a will clause before
the progress told after it (goal_cited_status.will_before_progress), a planned span's last year
(goal_span_ends.expected_span_end) and the end of an ROC span before ``年间`` (goal_date_cues.common_era)."""

from extract.rules.goal_cited_status import cites_cutoff_status, will_before_progress
from extract.rules.goal_date_cues import common_era
from extract.rules.goal_span_ends import expected_span_end
from extract.rules.goals import false_goal_cue, find_goals, goal_date
from rules_kit import records


def _goals(text):
    return [(g.quote, g.target_year) for g in records(text, "goal")]


def test_cited_cutoff_status():
    assert cites_cutoff_status("据某办最新统计,截止2031年年底,全县60岁以上老年人口达2.4万,占总人口的21%")
    assert cites_cutoff_status("据《某省2031年老龄事业发展状况报告》,截至2031年底,全省老年人口达到1900万")
    assert cites_cutoff_status("根据某局监测数据显示,截至2031年6月,全市空气优良天数达200天")
    assert not cites_cutoff_status("截至2031年底,全县建成幼儿园5所")  # no source quoted: a plan's deadline
    assert not cites_cutoff_status("据统计,截至2031年底,全县将建成幼儿园5所")  # still to come
    assert not cites_cutoff_status("据统计,全县共有幼儿园12所")  # no cut-off
    assert false_goal_cue("据某办统计,截止2031年年底,全县老年人口达2.4万", 9) == "cited_cutoff"


def test_cited_cutoff_end_to_end():
    text = "某县老年教育的思考\n据某办最新统计,截止2031年年底,全县60岁以上老年人口达2.4万,占总人口的21%。\n"
    assert _goals(text) == []


def test_will_before_progress():
    s = "2031年,某区将启动新建、改扩建学校项目12个,计划总投资9亿元,目前已先后启动了甲校、乙校建设"
    assert will_before_progress(s, 0)
    assert not will_before_progress("2031年,某区已启动学校项目12个,目前甲校已封顶", 0)  # a result first
    assert not will_before_progress("2031年,某区启动学校项目12个,目前已完成3个", 0)  # no will word
    assert not will_before_progress("从2031年起,政府通过某建设计划投入9亿元,目前校园网络已全部完成", 2)  # a plan's name
    assert [h.year for h in find_goals(s + "。", 0, False)] == [2031]


def test_will_before_progress_end_to_end():
    text = ("某区加快学校建设\n为缓解学位紧张,某区多方筹集资金。2031年,某区将启动新建、改扩建学校项目12个,计划总投资9亿元,"
            "目前已先后启动了甲校、乙校建设。\n")
    assert [q for q, _ in _goals(text)] == ["2031年,某区将启动新建、改扩建学校项目12个,计划总投资9亿元,目前已先后启动了甲校、乙校建设"]


def test_expected_span_end():
    s = "市府计划于2031至2034年间重建国小5校"
    assert expected_span_end(s, 2031, s.find("2031")) == (2034, s.find("2034"))
    assert expected_span_end("预计2031年建成", 2031, 2) == (2031, 2)
    assert expected_span_end("预计2033-2031年", 2033, 2) == (2033, 2)  # backwards: no span
    assert goal_date("市府计划于2031至2034年间重建国小5校")[0] == 2034


def test_roc_span_end_before_years_between():
    assert common_era("并计划于116至119年间重建国小5校") == "并计划于2027至2030年间重建国小5校"
    assert common_era("近几十年间") == "近几十年间"  # no year
    assert "年间" in common_era("110年间变化很大")  # a count of years, no span: left as it is


def test_roc_span_goal_end_to_end():
    text = ("某市老旧校舍重建动土\n记者某某报导 2028-03-01\n市长表示,自112年以来,市府已投入超过12亿元改建校舍,"
            "并计划于116至119年间进一步拆除并重建国小5校,总经费达15亿元。\n")
    got = _goals(text)
    assert len(got) == 1 and got[0][1] == 2030


def test_planned_totals_are_no_past():
    from extract.rules.goal_cited_status import without_planned_totals
    from extract.rules.goals import reports_past
    assert without_planned_totals("预计2031年累计完成新改建公路15万公里") == "预计2031年□□完成新改建公路15万公里"
    assert without_planned_totals("2031年计划下拨147万元") == "2031年计划□□147万元"
    assert without_planned_totals("2030年下拨118万元") == "2030年下拨118万元"  # a grant made
    assert without_planned_totals("截至2030年底累计建成12所") == "截至2030年底累计建成12所"  # a status
    s = "预计2031年累计完成新改建公路15万公里、改造危桥800座"
    assert not reports_past(s, 2) and [h.year for h in find_goals(s + "。", 0, False)] == [2031]
    s = "我局积极争取资金,2030年下拨118万元,2031年计划下拨147万元,用于供水工程维修养护"
    assert [h.year for h in find_goals(s + "。", 0, False)] == [2031]
    assert find_goals("2030年下拨118万元,用于供水工程维修养护。", 0, False) == []


def test_overall_situation_heading_is_status():
    from extract.cues import heading_reviews_past
    assert heading_reviews_past("一、总体情况")
    assert heading_reviews_past("(一)總體情況")
    assert not heading_reviews_past("一、项目总体情况")  # the works ahead
    assert not heading_reviews_past("一、总体要求")
    text = ("某街道2031年政府信息公开工作年度报告\n一、总体情况\n2031年,通过政府门户网站,主动公开政府信息63条,其中动态类信息36条。\n"
            "二、主动公开政府信息情况\n")
    assert _goals(text) == []


def test_identified_things_are_no_result():
    from extract.rules.goal_cited_status import without_identified_things
    assert without_identified_things("基本完成已排查出老化燃气管道的更新改造任务") == "基本完成□□□□□□□□□□□更新改造任务"
    assert without_identified_things("全面完成已认定危房的改造") == "全面完成□□□□□□改造"
    assert without_identified_things("已排查隐患120处") == "已排查隐患120处"  # a result told
    s = "某部负责人表示,2031年还将实施一批更新项目,基本完成已排查出老化管道的更新改造任务"
    assert [h.year for h in find_goals(s + "。", 0, False)] == [2031]
    assert find_goals("2030年,全县已排查隐患120处。", 0, False) == []


def test_stepped_years_end():
    from extract.rules.goal_span_ends import stepped_years_end
    s = "政策采用“三步走”策略:2031年完成基础配置,2032年重点补足薄弱校,2033年实现全覆盖"
    assert stepped_years_end(s, 2032) == 2033
    assert stepped_years_end(s, 2033) is None  # the run ends in the text's own year: maybe its results
    assert stepped_years_end("2031年新建学校3所,2032年新建学校5所", 2033) is None  # all over
    assert stepped_years_end("2031年完成基础配置,2033年已补足薄弱校", 2032) is None  # the last step told done
    assert stepped_years_end("2033年完成,2031年启动", 2032) is None  # no ascending run
    assert stepped_years_end(s, None) is None
    text = "某省推进心理教师配备\n发布时间:2032-03-01\n政策采用“三步走”策略:2031年完成基础配置,2032年重点补足薄弱校,2033年实现全覆盖。\n"
    assert [y for _, y in _goals(text)] == [2033]
