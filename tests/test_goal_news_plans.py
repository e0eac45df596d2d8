"""Made-up tests for goal_news_plans: the dated plans a news report tells."""

from extract.rules.goal_news_plans import expected_with_subject, two_digit_year_spans, year_subject_plans
from extract.rules.goals import common_era, find_goals
from tests.rules_kit import records


def test_two_digit_spans_in_figures():
    assert two_digit_year_spans("政府计划在三一至三二年度增设托位400个") == "政府计划在2031至32年度增设托位400个"
    assert two_digit_year_spans("某署由四零/四一学年起推行") == "某署由2040/41学年起推行"
    # a longer number, a year already in figures, no span: left as it is
    assert two_digit_year_spans("二〇三一至三二年度") == "二〇三一至三二年度"
    assert two_digit_year_spans("全年度共三十所") == "全年度共三十所"
    assert two_digit_year_spans("十二至十五年度") == "十二至十五年度"


def test_two_digit_span_dates_a_goal():
    s = "局长指出,当局计划在三三至三四年度增设日间护理名额300个"
    assert [h.year for h in find_goals(s, 0, False)] == [2033]
    s2 = "新计划将由三二至三三学年开始推行,惠及学童约五千名"
    assert [h.year for h in find_goals(s2, 0, False)] == [2032]


def test_year_subject_plans():
    assert year_subject_plans("2032年,某县预计投入1500万元用于改建乡镇卫生院")[0] == 2032
    assert year_subject_plans("2033年全镇水利项目计划投资约820万元")[0] == 2033
    assert year_subject_plans("2031年度计划对乙片区15条背街小巷进行提升改造")[0] == 2031
    assert year_subject_plans("其中,2034年拟新建社区食堂6个")[0] == 2034


def test_year_subject_plans_not():
    assert year_subject_plans("2031年,某县按计划完成投资900万元") == (None, -1)  # a plan as a noun, done
    assert year_subject_plans("2031年,某县预计人口达到30万") == (None, -1)  # no deed planned
    assert year_subject_plans("某县计划投入1500万元") == (None, -1)  # no year


def test_expected_with_subject():
    assert expected_with_subject("新院区主体已封顶,预计病人可在2033年入住")[0] == 2033
    assert expected_with_subject("首批住宅最早2034年交付")[0] == 2034
    assert expected_with_subject("该线路最快于2032年底通车")[0] == 2032


def test_expected_with_subject_not():
    assert expected_with_subject("招聘计划总量不低于2030年") == (None, -1)  # a comparison, not a date
    assert expected_with_subject("预计比2030年增加两成") == (None, -1)
    assert expected_with_subject("最早2020年的记录显示") == (None, -1)  # 的: a date that names, no deed


def test_through_the_extractor():
    page = ("某市公布房屋发展计划\n2031年3月2日 本报讯\n"
            "卫健局局长表示,新院区的主体工程已经封顶,预计病人可在2035年入住。\n"
            "今年全市完成改造小区40个。\n")
    goals = records(page, "goal")
    assert [g.target_year for g in goals] == [2035]
    assert goals[0].quote.startswith("卫健局局长表示")


def test_common_era_reads_the_span():
    assert common_era("当局在三一至三二年度拨款") == "当局在2031至32年度拨款"


def test_connective_opening_year():
    from extract.rules.goal_news_plans import connective_opening_year
    assert connective_opening_year("其中,2033年丙县新建乡镇卫生院4所")[0] == 2033
    assert connective_opening_year("某省将开展家政培训20万人次,其中2032年培训6万人次")[0] == 2032
    assert connective_opening_year("目前在建项目共计41个,其中2032年度新增项目7个") == (None, -1)  # a part of a total now
    assert connective_opening_year("2033年丙县普及学前教育") == (None, -1)  # no connective: the other cues read it
    assert [h.year for h in find_goals("此外,2034年丁区预计投入600万元,改造操场9块", 0, False)] == [2034]


def test_committed_reach_is_no_result():
    from extract.rules.goal_news_plans import without_committed_reach
    from extract.rules.goals import reports_reached
    assert not reports_reached("2032年全年将有15所学校投入使用,确保超额完成年度任务")
    assert not reports_reached("力争提前完成全部改造")
    assert reports_reached("2031年全区超额完成年度任务")  # a result told after the fact
    assert without_committed_reach("要圆满完成任务") == "□□□□□任务"
    assert [h.year for h in find_goals("2032年全年将有15所学校投入使用,确保超额完成年度任务", 0, False)] == [2032]


def test_year_rate_raised():
    from extract.rules.goal_news_plans import year_rate_raised
    assert year_rate_raised("县长表示,2033年托育补贴调高到每月800元")[0] == 2033
    assert year_rate_raised("政府建议将2032年高龄津贴金额由每月600元调升至680元")[0] == 2032
    assert year_rate_raised("2032年全县新增托位800个") == (None, -1)  # no rate raised
    assert year_rate_raised("补助标准由每人每年600元提高到650元") == (None, -1)  # no written year (O3j)
    assert [h.year for h in find_goals("县长表示,2033年托育补贴调高到每月800元", 0, False)] == [2033]


def test_year_framed_will():
    from extract.rules.goal_news_plans import year_framed_will
    long = ("2033年,本区紧扣“路要通到家门口、菜要买在楼底下、病要看在社区里”的群众期盼,针对停车、买菜和看病等短板,"
            "将推进9项区级为民实事")
    assert year_framed_will(long)[0] == 2033
    assert [h.year for h in find_goals(long, 0, False)] == [2033]
    assert year_framed_will("2033年,某省将“新建托育中心50个”列入民生实事") == (None, -1)  # 将 marks an object
    assert year_framed_will("2033年,本区围绕养老服务,将某街道纳入省级试点") == (None, -1)
    assert year_framed_will("2033年,本区将成为省级示范区") == (None, -1)  # a state, no deed
    assert year_framed_will("本区围绕养老服务,将继续推进9项实事") == (None, -1)  # no opening year


def test_plan_as_a_noun_is_no_plan_verb():
    assert year_subject_plans("2032年,全县完成计划投资的85%") == (None, -1)
    assert year_subject_plans("2032年,全县投资占计划投资的85%") == (None, -1)
    assert year_subject_plans("2032年度上海实事项目九成超计划完成") == (None, -1)


def test_existing_things_are_no_result():
    from extract.rules.goal_news_plans import without_existing_things
    s = "到2034年,本市已经开通的公交线路都将延长运营时间"
    assert without_existing_things(s) == "到2034年,本市□□□□□公交线路都将延长运营时间"
    assert [h.year for h in find_goals(s, 0, False)] == [2034]
    assert find_goals("到2034年,本市已建成托育点40个", 0, False) == []  # a result told (a past marker)


def test_year_list_investment():
    from extract.rules.goal_news_plans import year_list_investment
    s = "2034年,丙县安排重点民生项目共3大类20个,计划总投资9亿元"
    assert year_list_investment(s)[0] == 2034
    assert [h.year for h in find_goals(s, 0, False)] == [2034]
    assert year_list_investment("会议确定2034年重点项目共9个,计划总投资6亿元")[0] == 2034
    assert year_list_investment("2034年,丙区确定为民办实事项目共15个") == (None, -1)  # no planned investment
    # a progress report on the list: its past marker undoes the date (O3b, O3f)
    assert find_goals("2034年全区共有15个项目列入实事,计划总投资2亿元,上半年已完成投资8000万元", 0, False) == []


def test_year_set_with_object():
    from extract.rules.goal_news_plans import year_set_with_object
    assert year_set_with_object("启动改划程序,在2033年把丙岭一带改划为住宅用地")[0] == 2033
    assert year_set_with_object("并在2033年底前将丁校迁入新址")[0] == 2033
    assert year_set_with_object("在2033年的报告中把丙岭列为重点") == (None, -1)  # the year names a report
    assert [h.year for h in find_goals("启动改划程序,在2033年把丙岭", 0, False)] == [2033]  # a line cut by the page


def test_long_paragraph_with_a_credit_is_no_caption():
    from extract.rules.goals import is_photo_caption
    short = "某校预计2033年9月投入使用。(记者某某摄)"
    assert is_photo_caption(short)
    long = ("市长在座谈会上说,新建的城东体育公园有足球场两片、篮球场六片和一条长约三公里的环湖跑道,园内还将设置儿童"
            "游乐区和老年健身区,整个公园预计2033年9月向市民开放,开放后全天免费,市民可以就近锻炼身体。(图:记者某某摄)")
    assert not is_photo_caption(long)
    assert [h.year for h in find_goals(long, 0, False)] == [2033]


def test_year_share_has():
    from extract.rules.goal_news_plans import year_share_has
    s = "2034年,全县90%的村建有卫生室,60%的社区设有健身点"
    assert year_share_has(s)[0] == 2034
    assert [h.year for h in find_goals(s, 0, False)] == [2034]
    assert year_share_has("全县90%的村建有卫生室") == (None, -1)  # no year (O3j)
    assert year_share_has("2034年,全县村级卫生室建有12个") == (None, -1)  # no share
    # a share reached, told as a result: its past marker undoes the date
    assert find_goals("截至2030年底,全县已有100%乡镇建有托育机构", 0, False) == []


def test_a_works_opening_set_for_a_date():
    # (goalB27) O3: ``定于`` a date, then the opening: the date the works open by; not an event held on a date
    from extract.rules.goal_news_plans import scheduled_opening
    s = "丁区图书馆新馆定于2034年5月1日正式开放"
    year, at = scheduled_opening(s)
    assert year == 2034 and s[at:at + 4] == "2034"
    assert scheduled_opening("读书节定于2034年4月23日举行") == (None, -1)
    page = "丁区图书馆新馆建设\n发布时间:2033-09-01\n" + s + "。\n"
    assert [(g.quote, g.target_year) for g in records(page, "goal")] == [(s, 2034)]
