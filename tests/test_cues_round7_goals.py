"""Goal cues added in the seventh round, each on a small made-up text (no sentence of a real document)."""

from extract.rules.goals import (closes_a_period, ends_plan_period, expected_date, goal_date, heading_states_level,
                                 is_bare_label, is_goal_label, is_title_line, month_deadline, reports_reached,
                                 roc_expected_date, run_in_goal_spans, states_the_goal, this_year_plan,
                                 year_subject_will, is_run_in_title, listed_for_year,
                                 in_abstract, GoalHit, introduces_a_list,
                                 goal_label_lead, future_after_past, states_the_period, requests_addressees)
from rules_kit import records


def goals(text):
    return [(r.text, r.target_year) for r in records(text, "goal")]


def test_a_headline_gives_no_goal_but_its_targets_stay():
    assert is_title_line("北坡县2031年将新建4所小学", "来源:北坡日报")
    assert is_title_line("北坡县2031年将新建4所小学", "记者获悉,北坡县将新建小学4所。")
    assert not is_title_line("北坡县2031年将新建4所小学", "到2031年新增学位2000个")  # items of a list
    assert not is_title_line("北坡县2031年将新建4所小学。")  # a sentence of the body
    assert not is_title_line("到2031年,北坡县新建小学4所;幼儿园2所")
    assert not is_title_line("到2031年,北坡县新建小学4所")  # a goal item without its full stop
    assert is_title_line("北坡县规划发布,到2031年新建小学4所", "北坡网 2030-01-11 08:40 来源:北坡日报")
    assert not is_title_line("——到2031年新建小学4所")
    text = "北坡县2031年将新建4所小学\n来源:北坡日报\n记者获悉,到2031年,北坡县将新建小学4所,新增学位2000个。"
    got = goals(text)
    assert [y for _, y in got] == [2031] and got[0][0].startswith("记者获悉")
    assert any(r.value == 4 for r in records(text, "numeric_target"))


def test_a_period_that_dates_data_is_no_deadline():
    s = "本表所列数据的统计期限自2031年1月1日起至2031年12月31日止"
    assert closes_a_period(s, s.index("至") + 1) and goal_date(s)[0] is None
    assert goal_date("从2030年秋至2031年春的补助资金尚未到位")[0] is None
    assert goal_date("公示时间:2031年3月2日至2031年3月9日")[0] is None
    assert goal_date("到2031年,新建幼儿园3所")[0] == 2031  # a deadline stays one
    assert goals("甲区教育局年度报告。本报告的统计期限自2031年1月1日起至2031年12月31日止。") == []


def test_a_result_told_after_the_fact_is_no_goal():
    assert reports_reached("2031年,新建学校12所,超额完成年度任务")
    assert reports_reached("2030年、2031年连续两年将新增学位列入实事工程")
    assert not reports_reached("2031年,新建学校12所,完成年度任务")
    assert goals("2031年,完成新建学校12所,超额完成年度任务目标。") == []


def test_a_date_a_thing_is_expected_by():
    assert expected_date("三所幼儿园预计在2032年落成")[0] == 2032
    assert expected_date("预计在2031/2032年落成,每所设8个班")[0] == 2031
    assert expected_date("其中,十余个项目将在2031和2032年完工")[0] == 2031
    assert expected_date("工程可望于2033年4月展开")[0] == 2033
    assert expected_date("预估2031年有40所学校开工")[0] == 2031
    assert expected_date("2031年新建学校12所")[0] is None
    assert goals("新校舍预计在2031/2032年落成,可提供24间课室。") == [("新校舍预计在2031/2032年落成,可提供24间课室", 2031)]


def test_a_deadline_to_the_month_anywhere_in_the_sentence():
    assert month_deadline("通知要求2031年6月底前完成全员培训")[0] == 2031
    assert month_deadline("据悉,2031年年底前,全区还有9所幼儿园将投入使用")[0] == 2031
    assert month_deadline("2031年6月,全区召开推进会")[0] is None
    assert month_deadline("并于2031年1月5日前将方案报区政府")[0] is None  # a step of a notice
    assert goals("通知要求2031年6月底前完成全员培训,平台活跃率达90%。")[0][1] == 2031


def test_a_sentence_that_says_what_the_goal_is():
    assert states_the_goal("师资方面,目标是在2032年让半数课程双语授课")
    assert states_the_goal("今年的主要预期目标是:地区生产总值增长5%左右")
    assert not states_the_goal("以建设教育强区为目标,深化改革")
    assert goals("师资方面,目标是在2032年让半数课程双语授课。") == [("师资方面,目标是在2032年让半数课程双语授课", 2032)]
    # the goals listed after the colon, with no year at all
    assert len(goals("今年的主要预期目标是:地区生产总值增长5%左右;居民收入同步增长。")) == 1


def test_a_year_its_subject_and_a_plan_verb():
    assert year_subject_will("2031年,某区委、区政府将实施20个实事项目")[0] == 2031
    assert year_subject_will("2031年,某省将“新建幼儿园100所”列入十项实事")[0] is None  # 将 marks the object
    assert year_subject_will("2031年,某区新建学校3所")[0] is None
    assert year_subject_will("针对2031年的学位建设工作,某委将结合人口变化补齐缺口")[0] == 2031
    assert year_subject_will("2031年建成的学校,将来可容纳3000人")[0] is None  # 将来: the future as a noun
    assert year_subject_will("2031年是规划的开局之年,全区将全面推进改革")[0] is None  # it frames the year
    assert goals("2031年,某区委、区政府将实施20个实事项目,总投资约9亿元。")[0][1] == 2031


def test_what_this_years_work_will_do():
    assert this_year_plan("记者从2031年项目启动会上获悉,今年,某局将实施40个项目")[0] == 2031
    assert this_year_plan("根据2030年试点的要求,我区今年需要新增60个名额")[0] == 2030
    assert this_year_plan("今年以来,某局已实施40个项目")[0] is None
    assert this_year_plan("今年,某局将实施40个项目")[0] is None  # no year to date it by


def test_the_end_of_the_plan_period_is_a_deadline_without_a_year():
    assert ends_plan_period("《规划》提出,到“十五五”末,全县基本建成社区服务体系")
    assert not ends_plan_period("“十五五”期间,全县持续推进社区服务")
    # (goalB21) a plan period's end is no written year (O3j, twentieth round): no goal outside a goal section, one in it
    assert goals("《规划》提出,到“十五五”末,全县基本建成社区服务体系。") == []
    assert goals("二、发展目标\n到“十五五”末,全县基本建成社区服务体系。") == [("到“十五五”末,全县基本建成社区服务体系", None)]
    assert goals("到“十三五”末,全县已建成社区服务中心12个。") == []  # a past result


def test_a_schedule_label_is_no_goal():
    text = "一、重点任务\n(一)优化审批\n1.压缩审批时限。\n完成时限:2031年底前。"
    assert all("完成时限" not in g for g, _ in goals(text))


def test_a_dated_numbered_sentence_is_no_title():
    text = "二、实施步骤\n(一)2031年3月底前,各区完成摸底统计。各校在十日内报送名单。"
    got = goals(text)
    assert ("2031年3月底前,各区完成摸底统计", 2031) in got


def test_a_goal_section_heading_that_states_a_level_is_a_goal():
    assert heading_states_level("其他主要指标不低于全省平均水平")
    assert not heading_states_level("推进学前教育普惠发展")
    text = ("一、主要预期目标\n1.地区生产总值增长6%左右。\n牵头单位:区发改局\n"
            "2.其他主要指标不低于全省平均水平。\n牵头单位:区统计局\n")
    got = [g for g, _ in goals(text)]
    assert "其他主要指标不低于全省平均水平" in got
    text = "一、主要目标\n(一)到2032年入学率均达到99%\n牵头单位:区教育局\n"
    assert ("到2032年入学率均达到99%", 2032) in goals(text)


def test_an_expected_date_in_the_roc_calendar():
    assert roc_expected_date("预计125年底将达40家公共幼儿园") == (2036, 2)
    assert roc_expected_date("园区预计今(125)年开放使用")[0] == 2036
    assert roc_expected_date("120-124年已开办18家")[0] is None  # a past span, no expectation
    assert roc_expected_date("预计12年内完成")[0] is None  # a duration, not a year
    assert goals("非营利园:120-124年已开办18家。预计125年底将达40家。") == [("预计125年底将达40家", 2036)]


def test_the_items_under_a_label_line_of_goals_state_goals():
    assert is_goal_label("目标") and is_goal_label("工作目标:") and not is_goal_label("目标任务分解表")
    assert is_bare_label("内容") and is_bare_label("成果/进度") and not is_bare_label("(一)扩大供给。")
    text = ("扩大普惠供给\n目标\n(一)提升公立服务比例,满足家庭需要。\n(二)营造友好养育氛围,减轻家庭负担。\n"
            "内容\n(一)筹措经费,新建园舍。\n")
    got = [g for g, _ in goals(text)]
    assert got == ["提升公立服务比例,满足家庭需要", "营造友好养育氛围,减轻家庭负担"]


def test_a_goal_heading_run_into_the_text_opens_a_block_of_goals():
    p = "一、思路以改革为动力,办好教育。二、工作目标1.加强党建。推进支部建设,创建示范支部。三、主要措施加大投入。"
    spans, open_after = run_in_goal_spans(p, False)
    assert len(spans) == 1 and p[spans[0][0]:spans[0][1]].startswith("1.加强党建") and not open_after
    assert run_in_goal_spans("二、工作目标1.加强党建。推进支部建设", False)[1]  # goes on into the next paragraph
    assert run_in_goal_spans("完善制度,落实责任。二、目标是建成示范区。", False)[0] == []  # a sentence, no heading
    assert is_run_in_title("2.提升教学质量") and not is_run_in_title("2.毛入园率达到95%")
    text = ("一、思路以改革为动力,办好人民满意的教育。二、工作目标1.加强党建。推进支部建设,创建示范支部。"
            "2.提升质量。深化课程改革,提升教学水平\n三、主要措施加大投入,改善条件。")
    got = [g for g, _ in goals(text)]
    assert got == ["推进支部建设,创建示范支部", "深化课程改革,提升教学水平"]


def test_a_project_listed_for_a_years_programme():
    assert listed_for_year("其中新建学校30所列为2032年市政府确定的教育惠民工程项目")[0] == 2032
    assert listed_for_year("新建学校30所列为重点项目")[0] is None
    assert goals("其中新建学校30所列为2032年市政府确定的教育惠民工程项目,新增学位2万个。")[0][1] == 2032


def test_an_abstract_gives_a_goal_once_without_its_label():
    text = "摘要:到2032年新建学校30所。\n正文:据悉,到2032年新建学校30所。"
    hits = [GoalHit(3, 16, 2032)]
    # (fourteenth round, G4a: a teaser is a mention of its own, its goal stays beside the body's)
    assert [text[g.start:g.end] for g in in_abstract(hits, text.split("\n")[0], 0, text)] == ["到2032年新建学校30所"]
    alone = "摘要:到2032年新建学校30所。\n正文:据悉,全市将加快建设。"
    got = in_abstract([GoalHit(0, 16, 2032)], alone.split("\n")[0], 0, alone)
    assert [alone[g.start:g.end] for g in got] == ["到2032年新建学校30所"]
    assert in_abstract(hits, "据悉,到2032年新建学校30所。", 0, text) == hits  # no abstract
    page = "某市新建学校\n导读:到2032年,某市新建学校30所。\n记者获悉,到2032年,某市新建学校30所,新增学位2万个。"
    assert [g for g, _ in goals(page)] == ["到2032年,某市新建学校30所", "记者获悉,到2032年,某市新建学校30所,新增学位2万个"]


def test_a_sentence_that_only_announces_a_list_is_no_goal():
    # (fourteenth round: ``2032年,某局将重点抓好以下几项工作:`` is the year's commitment, O3b, see round14's tests)
    assert introduces_a_list("现将2032年重点任务梳理如下——")
    assert not introduces_a_list("2032年某区将新建学校6所,具体名单如下:")  # the sentence states a number itself
    assert not introduces_a_list("到2032年,新建学校6所")
    assert goals("现将2032年重点任务梳理如下:\n1.新建学校6所。") == []
    assert expected_date("现将2032年重点任务梳理如下")[0] is None  # 将 marks the object, no date expected


def test_a_paragraph_led_by_the_name_of_the_goals_states_them():
    assert goal_label_lead("总体目标:全面建成优质均衡的教育体系。") == 5
    assert goal_label_lead("(二)工作目标:入园率达到95%。") == 8
    assert goal_label_lead("围绕总体目标:推进改革") == 0  # the label must lead
    assert goal_label_lead("办学目标: 1. 以学生为本,因材施教") == 6 and goal_label_lead("建设目标:建成强县") == 5
    assert goals("办学目标: 1. 以学生为本,因材施教。") == [("以学生为本,因材施教", None)]
    text = "某县教育工作要点\n总体目标:全面建成优质均衡的教育体系,入园率显著提升。\n主要任务:加快学校建设。"
    assert goals(text) == [("全面建成优质均衡的教育体系,入园率显著提升", None)]


def test_the_overall_aim_stated_without_a_year():
    assert goals("本县“十五五”教育发展的总体目标是,全面建成教育强县。") == [
        ("本县“十五五”教育发展的总体目标是,全面建成教育强县", None)]
    assert goals("各校要以立德树人为目标,是我们的共识。") == []


def test_a_deadline_after_a_status_or_a_result_is_a_goal():
    s = "目前全镇已建成托育点6个,到2032年将达到15个"
    assert future_after_past(s, s.index("2032"))
    assert not future_after_past("到2032年,全镇已建成托育点15个", 1)  # the past follows the deadline
    assert goals(s + "。") == [(s, 2032)]
    assert goals("到2030年底,全镇已建成托育点6个。") == []  # a sentence about the past (O3)


def test_a_list_title_a_plan_period_and_a_request_are_no_goals():
    assert introduces_a_list("某县2032年新建学校名单经整理——")
    assert introduces_a_list("2032年拟开工项目一览:")
    assert states_the_period("本规划期限为2032年至2036年") and states_the_period("展望到2045年,建成教育强县")
    assert not states_the_period("到2036年,建成教育强县")
    assert requests_addressees("2032年5月30日前,请各校将报名表报送区教育局")
    assert not requests_addressees("2032年5月30日前,各校完成报名工作")
    page = ("本规划期限为2032年至2036年。2032年5月30日前,请各校将报名表报送区教育局。"
            "某县2032年新建学校名单经整理——\n到2036年,全县建成教育强县。")
    assert goals(page) == [("到2036年,全县建成教育强县", 2036)]


def test_a_heading_above_the_items_ends_the_block_of_a_goal_label():
    text = ("一、扩大普惠供给\n目标\n(一)提升公立服务比例,满足家庭需要。\n(二)营造友好养育氛围,减轻家庭负担。\n"
            "二、加强队伍建设\n(一)招聘教师,充实队伍。\n")
    assert [g for g, _ in goals(text)] == ["提升公立服务比例,满足家庭需要", "营造友好养育氛围,减轻家庭负担"]


def test_charts_provided_are_no_table_title():
    # (goalA27) ``图表`` closing a deed's object: a goal sentence of the section; a table's title stays none
    page = "一、年度施政目标\n办理户籍统计工作,公开统计资料及提供应用图表。\n各区人口统计表\n"
    assert [g.quote for g in records(page, "goal")] == ["办理户籍统计工作,公开统计资料及提供应用图表"]


def test_task_goal_field_leads_goals():
    # (goalA27) ``任务目标:`` a project card's field that names the goals: its text is a goal, dated or not
    page = "一、公园建设项目\n\n任务目标:全年计划在城区各片区共完成口袋公园12个建设"
    assert [g.quote for g in records(page, "goal")] == ["全年计划在城区各片区共完成口袋公园12个建设"]


def test_unbracketed_photo_credit_closes_a_caption():
    from extract.rules.goals import is_photo_caption
    cap = "某县第三座运动馆预计2031年完工,将打造运动新地标。图/某县政府提供"
    assert is_photo_caption(cap) and is_photo_caption("某县运动馆动土典礼。圖/記者某某攝")
    assert not is_photo_caption("某县第三座运动馆预计2031年完工,将打造运动新地标。")
    assert not is_photo_caption("某县运动馆预计2031年完工,详见图/表。还将新建球场3个。")  # no credit closing it
    page = "某县运动馆开工\n" + cap + "\n县长表示,某县第三座运动馆预计2031年完工。"
    assert [g.quote for g in records(page, "goal")] == ["县长表示,某县第三座运动馆预计2031年完工"]
