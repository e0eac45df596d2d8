"""Recount runs of the fourteenth round (``rules.recounts``): sentences that recount results in pages without a review
heading give no target and no goal, up to the first sentence that commits. Made-up texts in the style of the genre (a
county's report of the year, a news report of a government work report, the situation paragraph of an action plan, a
meeting that reviews the year, a news item of figures to date) and near-misses that must keep their targets (plans,
reports of plans, lists of the coming year's 实事, goal lists, progress reports with their plan figures)."""

from extract.rules.recounts import (Recount, achievement_summary, commits, opens_period_to_date, recount_spans,
                                    restates_recount, reviews_year, tells_results)
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit) for r in records(text, "numeric_target")]


def values(text):
    return [v for v, _u in targets(text)]


def goals(text):
    return [r.quote for r in records(text, "goal")]


# -- the cues one by one ---------------------------------------------------------------------------------------------


def test_achievement_summary():
    assert achievement_summary("某区稳就业促创业,就业基础不断夯实")
    assert achievement_summary("新建学校9所,办学质量稳步提高")
    assert achievement_summary("全省养老保障体系日益完善")
    assert achievement_summary("群众收入有了明显的提升")
    assert achievement_summary("全市教育事业取得了显著成效")
    assert achievement_summary("社区服务进展顺利")
    assert not achievement_summary("推动养老服务加快发展")  # a verb drives the improvement: a task
    assert not achievement_summary("促进办学质量稳步提高")
    assert not achievement_summary("居民收入稳步增长")  # how a plan states an expected figure
    assert not achievement_summary("不断完善服务网络")  # the verb first: a measure
    assert not achievement_summary("新建幼儿园3所")


def test_opens_period_to_date():
    for s in ("2030年以来,该县出台了一批新举措", "近年来,全市持续加大投入", "截至2030年底,全省托育机构发展到900家",
              "过去一年,全区新建学校8所", "据悉,目前全市共有幼儿园800所", "近三年来,全县累计培训教师3000人次"):
        assert opens_period_to_date(s), s
    for s in ("到2033年,全市新建幼儿园20所", "今年全区新建学校5所", "目前正在推进新建幼儿园10所",
              "全市2030年以来的成绩"):
        assert not opens_period_to_date(s), s


def test_reviews_year():
    assert reviews_year("会上,主任总结了2030年的工作") == 2030
    assert reviews_year("报告提到,2030年,某区民生事业稳步发展") == 2030
    assert reviews_year("报告回顾了2030年的主要工作") == 2030
    assert reviews_year("报告提出,今年将新建学校5所") is None
    assert reviews_year("全区新建学校5所") is None


def test_commits():
    for s in ("全区将新建学校5所", "力争新增托位5000个", "到2033年全市托位达到3万个", "下一步,全县新建幼儿园5所",
              "县政府决定,新建学校5所", "为进一步扩大优质资源,全区新建学校5所", "《意见》提出,入园率达到90%",
              "基本形成覆盖城乡的服务网络", "服务体系更加完善", "今年计划新建幼儿园6所", "2033年,全市入园率达到95%"):
        assert commits(s), s
    for s in ("计划生育率达到90%", "加强计划免疫工作,接种率达到98%",  # population and medical terms, no plan
              "康养品牌影响持续扩大,市场需求旺盛",  # 影响, 需求: no modal inside a word
              "主要指标完成情况良好", "截至2030年底,全省托育机构发展到900家",  # 截至: a date up to now, no deadline
              "根据《行动计划(2030—2032年)》开展工作,建成站点10个",  # a title is no commitment
              "占比达70%,高于基本要求", "制定了一系列新举措", "基本实现了全覆盖"):
        assert not commits(s), s


def test_tells_results():
    assert tells_results("全年新增学位2400个,超额完成年度任务。截至目前,共有80所幼儿园开设托班。")
    assert tells_results("全区入选省级示范区,建成全市首家区级检验中心,新增托育机构9家。")
    assert not tells_results("全年新增学位2400个,超额完成年度任务。")  # one mark only
    assert not tells_results("超额完成年度任务,累计培训3000人次。明年将新增学位2000个。")  # a sentence commits
    assert not tells_results("超额完成 累计")  # no prose


def test_recount_spans_run_and_carry():
    c = Recount()
    p1 = "报告提到,2030年,某区稳就业促创业,就业基础不断夯实。新增城镇就业1.2万人。"
    assert recount_spans(p1, c) == [(0, len(p1))] and c.open and c.year == 2030
    p2 = "强基础优服务,公共服务提质增效。新建教育设施4处,新增学位1200个。"
    assert recount_spans(p2, c) == [(0, len(p2))] and c.open
    p3 = "2031年,全区将新建学校5所。"
    assert recount_spans(p3, c) == [] and not c.open


def test_recount_spans_end_at_commitment():
    p = "近年来,全市托育服务不断完善,已建成托育机构30家。今后三年,全市新建托育机构20家。"
    c = Recount()
    spans = recount_spans(p, c)
    assert len(spans) == 1 and "20家" not in p[spans[0][0]:spans[0][1]] and "30家" in p[spans[0][0]:spans[0][1]]


def test_recount_spans_no_carry_into_bare_lines():
    c = Recount(open=True)
    assert recount_spans("8个口袋公园建设", c) == [] and not c.open  # a list item, no prose


def test_restates_recount():
    told = "新建改建社区健身场地9处,举办社区运动会超百场"
    assert restates_recount("2030年,某区新建改建社区健身场地9处", told)
    assert not restates_recount("2031年,某区将新建健身场地12处", told)
    assert not restates_recount("某区新建改建社区健身场地9处。明年再建5处", told)  # a sentence, no headline


# -- whole texts: results recounted give nothing ----------------------------------------------------------------------


def test_county_report_of_the_year():
    text = ("2030年,某县在加快经济建设的同时,社会各项事业持续繁荣发展,群众收入有了明显的提升。\n"
            "2030年以来,该县出台了一系列新举措。一是全力实施教育强县战略。投资3200万元改扩建学校15所,"
            "全县寄宿制学校达到12所,办学质量稳步提高。二是着力改善就医条件。合作医疗深入推进,参合率达到98%,"
            "住院报销比例达到60.5%。三是计划生育工作水平不断提升。计划生育率达到90%。")
    assert targets(text) == []


def test_work_report_recounting_the_year():
    text = ("2月5日,某区人民代表大会开幕。区长作政府工作报告。\n"
            "报告提到,2030年,某区稳就业促创业,就业基础不断夯实。新增城镇就业1.8万人,新开发公益性岗位260个。\n"
            "强基础优服务,公共服务提质增效。新建教育设施4处,新增学位1500个,开展教师培训800项。")
    assert targets(text) == []


def test_situation_paragraph_of_an_action_plan():
    text = ("为推动全省托育服务高质量发展,制定本方案。托育服务体系不断完善。截至2030年底,全省托育机构发展到1600家,"
            "托位总数达到25000个。康养品牌影响持续扩大。先后推出8条康养线路,全省旅居年接待能力达到40万人次。"
            "人口老龄化将加速演进。")
    assert targets(text) == []


def test_meeting_review_and_figures_to_date():
    assert targets("会上,主任总结了2030年的工作。2030年,全县学前三年毛入园率达95.1%,小学巩固率达100%。"
                   "职业学校毕业生就业率达98%。") == []
    assert goals("会上,主任总结了2030年的工作。2030年,全县学前三年毛入园率达95.1%,小学巩固率达100%。") == []
    assert targets("据悉,目前全市共有幼儿园1200所,普惠性幼儿园占比达到70.5%,新增普惠学位15000个。") == []
    assert targets("过去一年,全市教育事业取得显著成效。新建改扩建学校22所,新增学位1.5万个。") == []


def test_headline_restating_a_recounted_result():
    text = ("2030年,某区新建改建社区健身场地9处\n"
            "报告提到,2030年,某区民生事业稳步发展,保障体系日益完善。新建改建社区健身场地9处,举办社区运动会超百场。")
    assert targets(text) == [] and goals(text) == []


# -- whole texts: commitments keep their targets ---------------------------------------------------------------------


def test_plan_after_a_recount_keeps_its_targets():
    assert values("近年来,某市学前教育快速发展,普及水平不断提高。根据《行动方案》,到2033年全市新建幼儿园20所。") == [20.0]
    assert values("近年来,我县教育事业取得了长足发展,办学条件明显改善。下一步,我县新建幼儿园5所,新增学位2000个。") \
        == [5.0, 2000.0]
    assert values("近年来,我县义务教育均衡发展水平不断提升。县政府决定,新建学校5所,新增学位3000个。") == [5.0, 3000.0]
    assert values("近年来,全区教育投入持续加大,已建成学校40所。为进一步扩大优质资源,全区新建学校5所。") == [5.0]


def test_a_turn_to_another_year_ends_the_run():
    assert values("去年以来,全县养老服务体系日益完善。今年,全县新建养老服务中心8个,新增床位600张。") == [8.0, 600.0]
    text = "近年来,我区托育服务不断完善,已建成托育机构30家。2032年,全区新增托位1200个,新建社区托育点15个。"
    assert values(text) == [1200.0, 15.0]
    assert goals(text) == ["2032年,全区新增托位1200个,新建社区托育点15个"]


def test_coming_years_list_after_a_recount():
    text = ("过去一年,全区民生事业稳步发展,十件实事全部完成。\n2032年,全区将办好以下民生实事:\n"
            "一、新建幼儿园3所。\n二、新增托位500个。")
    assert values(text) == [3.0, 500.0]


def test_goal_list_with_summaries_keeps_its_targets():
    assert values("--培训质量稳步提高。中职毕业生双证书率达到90%以上,高职毕业生就业率达到95%以上。") == [90.0, 95.0]
    # a summary after a commitment states the goal's state
    assert 90.0 in values("《意见》提出,到2033年,全省儿童发展水平明显提升。其中,学前三年毛入园率达到90%,"
                          "教育质量显著提高。残疾儿童入学率达到90%。")


def test_summary_without_a_told_result_opens_no_run():
    # no ``了``, ``已``, ``累计``, ``以来``...: the paragraph may state a plan's expected state
    assert values("2032年,某市养老服务体系日益完善。新增养老床位3000张,建成社区养老服务中心45个。") == [3000.0, 45.0]


def test_a_period_from_an_event_up_to_now():
    assert opens_period_to_date("自2030年列入省级民生实事以来,送教下乡场次累计突破3万场")
    assert opens_period_to_date("自项目启动以来,全县累计培训教师2000人次")
    assert not commits("自2030年列入省级民生实事以来,送教下乡场次累计突破3万场")  # the frame's 实事 is no list ahead
    text = "送教下乡是一项惠民工程。自2030年列入省级民生实事以来,送教下乡场次累计突破3万场,持续丰富群众文化生活。"
    assert targets(text) == [] and goals(text) == []
    # the plan after it keeps its figures
    assert 5000.0 in values(text + "为继续办好这项实事,今年全省计划送教5000场。")


def test_harvest_of_results_opens_a_run():
    # ``…成绩喜获双丰收``: a harvest of results reached opens the run of results after it (N13)
    assert achievement_summary("2031年,某县中考、高考成绩喜获双丰收")
    assert achievement_summary("全镇粮食生产迎来大丰收")
    assert not achievement_summary("力争全县粮食生产再获丰收年")
    text = "某县中考、高考成绩喜获双丰收,受到了社会各界的肯定。该县中考700分以上人数达86人,本科上线312人。"
    assert values(text) == []
