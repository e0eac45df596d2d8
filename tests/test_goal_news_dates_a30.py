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


def test_bulletin_year():
    from extract.rules.goal_cited_status import bulletin_year
    from extract.rules.goals import reported_data_year
    lead = "某报讯(记者某某)省人社厅8月1日发布的《2031年度某省人力资源和社会保障事业发展统计公报》显示,2031年末全省就业人员1682万人。"
    assert bulletin_year(lead) == 2031 and reported_data_year(lead) == 2031
    assert bulletin_year("某街道2031年政府信息公开工作年度报告\n一、总体情况") == 2031
    assert bulletin_year("某县2031年工作计划\n一、工作目标") is None
    text = lead + "\n2031年全省城镇新增就业47万人,城镇失业人员再就业18万人。\n"
    assert _goals(text) == []


def test_dated_act():
    from extract.rules.goal_cited_status import tells_dated_act
    s = "为提升治理效能,政府于2031年5月公布完善治理建议方案,强化治理架构"
    assert tells_dated_act(s, s.find("2031"))
    s2 = "作为改革的一部分,政府於2031年7月成立某某委员会,以期加强统筹"
    assert tells_dated_act(s2, s2.find("2031"))
    assert not tells_dated_act("政府将于2031年5月公布建议方案", 5)  # ahead
    assert not tells_dated_act("各镇须于2031年5月前成立领导小组", 5)  # a step to take
    assert not tells_dated_act("于2031年5月底公布名单", 1)  # a deadline to the month's end
    assert find_goals(s + "。", 0, False) == []
    assert [h.year for h in find_goals("政府将于2031年5月公布建议方案。", 0, False)] == [2031]


def test_overall_aim_said_the_other_way_round():
    from extract.rules.goals import states_the_goal
    s = "以建设教育强县、实现教育现代化为总目标,锚定五个发展定位,推进八项行动"
    assert states_the_goal(s)
    assert [h.cues for h in find_goals("聚焦两大定位。" + s + "。", 0, False)] == [("states_goals",)]
    assert not states_the_goal("以学生为本,全面提高教学质量")  # no goal named
    assert find_goals("学校以提高教学质量为中心,全面推进改革。", 0, False) == []


def test_recent_superlative_is_no_past():
    from extract.rules.goal_cited_status import without_recent_superlative
    assert without_recent_superlative("新园舍将是本县近年最有特色的建筑") == "新园舍将是本县□□最有特色的建筑"
    assert without_recent_superlative("近年来新建学校5所") == "近年来新建学校5所"  # a result over recent years
    s = "新建幼儿园工程于今日起开始施作,预计在2031年3月竣工,届时新园舍将是本县近年最有特色的幼儿园建筑"
    assert [h.year for h in find_goals(s + "。", 0, False)] == [2031]


def test_conference_held_year():
    from extract.rules.goal_cited_status import conference_held_year
    from extract.rules.goal_scopes import told_page_year
    lead = "记者从11日教育部召开的2031年全国教育工作会议上获悉,过去一年,我国新建优质中小学1971所。"
    assert conference_held_year(lead) == 2031 and told_page_year(lead) == 2031
    assert conference_held_year("全省教育工作会议将于2031年1月召开") is None  # ahead, no held conference
    text = lead + "做好2030届毕业生就业工作,到2030年8月底毕业生去向落实率同比上升2.4个百分点。\n2031年,将进一步夯实基础教育。\n"
    assert [y for _, y in _goals(text)] == [2031]


def test_time_field():
    from extract.rules.goal_cited_status import is_time_field
    assert is_time_field("时程:即日起至2031年3月31日")
    assert is_time_field("活动时间:2031年4月1日-4月30日")
    assert is_time_field("报名日期:自2031年5月1日起至5月20日止")
    assert not is_time_field("时间:2031年3月底前完成验收")  # a deed
    assert not is_time_field("2031年3月31日前完成报名")  # no field label
    assert false_goal_cue("时程:即日起至2031年3月31日", 8) == "time_field"


def test_overall_aim_not_a_guiding_chain():
    from extract.rules.goals import states_the_goal
    assert not states_the_goal("以立德树人为根本任务,以促进公平为基本要求,以提升质量为主要目标,按照统筹规划的原则")


def test_time_field_item():
    from extract.rules.goal_cited_status import is_time_field
    assert is_time_field("(一)时程:即日起至2031年3月31日")
    assert is_time_field("2、活动时间:2031年4月1日-4月30日")
    text = "某署征文竞赛办法\n张贴日期: 2031-01-31\n一、竞赛办法摘要说明如下:\n(一)时程:即日起至2031年3月31日。\n(二)参赛组别:国小组。\n"
    assert _goals(text) == []


def test_agency_colon_headline():
    from extract.rules.goal_cited_status import agency_colon_headline
    body = "交通运输部、财政部印发《某行动方案》,到2031年,全国完成新改建农村公路30万公里。"
    assert agency_colon_headline("三部门:到2031年全国完成新改建农村公路30万公里", body)
    assert agency_colon_headline("教育部:2031年起全面推行某制度", body)
    assert not agency_colon_headline("工作目标:到2031年全县完成新改建农村公路30万公里", body)  # a plan's label
    assert not agency_colon_headline("三部门:到2031年全国完成新改建农村公路30万公里", "上一篇")  # no story under it
    text = "三部门:到2031年全国完成新改建农村公路30万公里\n\n" + body + "\n"
    assert [q for q, _ in _goals(text)] == ["交通运输部、财政部印发《某行动方案》,到2031年,全国完成新改建农村公路30万公里"]


def test_list_formed_is_drawn_up():
    from extract.rules.goal_list_leads import reports_list_drawn_up
    assert reports_list_drawn_up("市委市政府多次研究部署,初步形成了拟列入2031年为民办实事项目清单共38件,涉及教育、养老等")
    assert reports_list_drawn_up("某区形成了我区2031年民生实事项目清单")
    assert not reports_list_drawn_up("某区将形成2031年民生实事项目清单")  # still to come


def test_since_with_beneficiaries():
    from extract.rules.goal_cited_status import since_with_beneficiaries
    s = "某乡从2031年起针对乡内七所学校实施午餐费减半政策,每学期逾六百名学子受惠"
    assert since_with_beneficiaries(s, s.find("2031"))
    s2 = "从2032年起,全县将实施午餐费减半政策,预计六百名学子受惠"
    assert not since_with_beneficiaries(s2, s2.find("2032"))  # ahead
    assert not since_with_beneficiaries("从2031年起实施午餐费减半政策", 1)  # no beneficiaries told
    assert find_goals(s + "。", 0, False) == []
