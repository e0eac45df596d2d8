"""(lead42) Cues from the forty-second session's fresh development batch (w60), each tested on made-up texts in
Simplified and Traditional: the budget of a named year still ahead and its allotments (N17b, O3e); a photo credit
``(图片来源/…)`` closes a caption (G2a); a measure word that opens a word of a numbered title (``5.3家庭…``); a report's
``N是确定工作目标`` names an act done to the goals (O1); a zone drawn round a school's gate (N12); the phases a piece of
work is divided into and the parts a body is set up with (N12a); the purpose of a meeting reported convened (O3g);
``以甲局牵头,…`` (U7); ``责成…团队`` (U7: people)."""

import pytest

from rules_kit import records, units
from extract.headings import is_dotted_title
from extract.rules.budget_years_ahead import budget_of_year_ahead, allots_budget_ahead, opens_allotment, year_of_budget
from extract.rules.goal_heading_names import names_act_on_goals
from extract.rules.goal_report_frames import purpose_of_convened_meeting
from extract.rules.goals import is_photo_caption
from extract.rules.phase_counts import counts_phases, counts_set_up_parts
from extract.rules.zone_extents import bounds_zone


def values(text):
    return sorted((r.value, r.unit, r.target_year) for r in records(text, "numeric_target"))


# -- the budget of a named year ahead -------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, year", [
    ("2031/32年度教育拨款总额为", 2031), ("2031-32年度经常开支预算约", 2031), ("2031年度全县教育预算为", 2031),
    ("120年度地方教育发展基金预算为", 2031), ("明年教育预算为", -1), ("本年度预算为", None), ("教育预算为", None),
])
def test_year_of_budget(clause, year):
    assert year_of_budget(clause) == year


@pytest.mark.parametrize("before, unit, doc_year, expected", [
    ("某县教育预算逐年攀升,2031年度地方教育发展基金预算为 ", "万元", 2030, True),
    ("政府今日发表预算案,2031/32年度教育拨款总额为", "亿元", 2031, True),  # a fiscal year just beginning
    ("120年度地方教育發展基金預算為", "萬元", 2030, True),  # ROC 120 = 2031
    ("明年全县教育预算为", "亿元", None, True),
    ("2029年度全县教育预算为", "亿元", 2031, False),  # a year that is over
    ("2031年度全县教育预算为", "亿元", None, False),  # no page date to place the year
    ("2031年度全县教育决算支出预算为", "亿元", 2030, False),  # an outturn
    ("本年度全县教育预算为", "亿元", 2031, False),
    ("2031年度全县教育预算为", "所", 2030, False),  # no money
])
def test_budget_of_year_ahead(before, unit, doc_year, expected):
    assert budget_of_year_ahead(before, unit, doc_year) is expected


def test_allotment_of_a_budget_ahead():
    head = "教育局说明2031年度教育预算分配与运用,其中近 "
    assert allots_budget_ahead(head, "亿元", "用于校舍新建", 2030)
    assert not allots_budget_ahead(head, "亿元", "用于校舍新建", 2032)  # the budget's year is over
    assert not allots_budget_ahead("去年教育预算执行情况,其中", "亿元", "用于校舍新建", 2030)
    assert not allots_budget_ahead(head, "亿元", "的学校已完工", 2030)  # no use of the money after it


@pytest.mark.parametrize("sentence, expected", [
    ("约3亿2,500万元用于甲校新建。", True), ("約3億2,500萬元 用於甲校新建。", True), ("3亿元已拨付甲校。", False),
    ("甲校新建约需3亿元。", False),
])
def test_a_sentence_opening_with_an_allotment(sentence, expected):
    assert opens_allotment(sentence) is expected


def test_a_budget_ahead_and_its_allotments_in_a_dated_news_page():
    text = ("发布日期:2030-12-15\n某县长重视教育,县府教育预算从2025年的50亿逐年攀升,2031年度地方教育发展基金预算为 80亿元,创下新高。\n"
            "教育局说明2031年度教育预算分配与运用,其中近 30亿元 用于校舍建设。约12亿5,000万元 用于甲校新建。\n")
    got = values(text)
    assert (80.0, "亿元", 2031) in got and (30.0, "亿元", 2031) in got and (125000.0, "万元", None) in got
    assert not any(v == 50.0 for v, _, _ in got)  # the past budget stays a status


def test_a_traditional_budget_ahead():
    text = "發布日期:2030-12-15\n某縣府說明,120年度地方教育發展基金預算為 80億元,創下新高。\n"
    assert values(text) == [(80.0, "亿元", 2031)]  # (units are normalised to Simplified)


# -- a photo credit naming the picture's source closes a caption ----------------------------------------------------

@pytest.mark.parametrize("caption", [
    "某县长重视教育,2031年度教育预算创80亿元新高。(图片来源/某县政府)",
    "某縣長重視教育,120年度教育預算創80億元新高。（圖片來源／某縣政府）",
])
def test_a_source_credit_closes_a_caption(caption):
    assert is_photo_caption(caption)
    assert records(caption + "\n", "unit_assignment") == []


def test_a_source_note_inside_a_body_sentence_is_no_caption():
    assert not is_photo_caption("据统计(数据来源/某县统计局),全县学校共有80所,今年还将新建5所。")


# -- a measure word opening a word of a numbered title --------------------------------------------------------------

@pytest.mark.parametrize("rest, expected", [
    ("家庭干预策略优化", True), ("人才队伍建设", True), ("项目管理机制", True), ("家长学校建设", True),
    ("家参与单位", False), ("人参加培训", False), ("万人参加", False),
])
def test_dotted_titles_opening_with_a_measure_character(rest, expected):
    assert is_dotted_title(rest) is expected


def test_a_numbered_title_is_no_target():
    text = "五、实施路径\n5.1学校防控措施\n5.2家庭干预策略优化\n5.3医疗服务能力提升\n"
    assert values(text) == []


def test_a_count_of_homes_for_the_elderly_stays():
    assert values("2031年新建2家长者照护之家。\n") == [(2.0, "家", 2031)]


# -- ``N是确定工作目标``: an act done to the goals --------------------------------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("三是确定工作目标", True), ("二、制定年度目标", True), ("(一)确定工作目标任务", True), ("三是確定工作目標", True),
    ("三、工作目标", False), ("三是工作目标", False),
])
def test_acts_on_goals(title, expected):
    assert names_act_on_goals(title) is expected


def test_the_sentences_under_an_act_on_goals_are_no_goals():
    text = ("一是重视\n某镇成立了专门机构。\n三是确定工作目标\n从活动开始到6月底,通过整治使校园周边秩序有较大改观。\n"
            "四是采取多种形式,开展扎实有效的工作\n1、由某镇城建办负责,在学校20米外划定禁区。\n")
    assert records(text, "goal") == []
    assert values(text) == []


# -- a zone drawn round a school's gate ------------------------------------------------------------------------------

@pytest.mark.parametrize("before, unit, after, expected", [
    ("取缔校门口", "米", "以内的游戏室", True), ("在学校", "米", "外设禁区线", True), ("禁止在校門口", "米", "範圍內擺攤", True),
    ("新建学校", "所", "以内", False), ("学校新建跑道", "米", "。", False), ("在学校", "米", "外资企业", False),
])
def test_a_zone_round_a_school(before, unit, after, expected):
    assert bounds_zone(before, unit, after) is expected


def test_zone_distances_in_a_plan_give_no_target():
    text = "二、工作措施\n1、由某派出所负责,取缔校门口150米以内的游戏室。\n2、由某城建办负责,在学校20米外划定禁区。\n"
    assert values(text) == []
    assert len(records(text, "unit_assignment")) == 2


# -- phases and a body's parts ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("before, unit, after, expected", [
    ("本次整治按照宣传部署、组织实施、督查总结", "个", "阶段进行", True),
    ("本次整治按照宣傳部署、組織實施、督查總結 ", "個", "階段進行", True),
    ("整治行动分为", "个", "阶段", True),
    ("今年新建", "个", "阶段性成果展示馆", False),  # no phase noun right after the count
    ("今年新建", "个", "社区书屋", False),
])
def test_counts_phases(before, unit, after, expected):
    assert counts_phases(before, unit, after) is expected


def test_counts_a_bodys_parts():
    assert counts_set_up_parts("会议决定成立专班,下设甲工程、乙工程等", "个", "工程专班")
    assert not counts_set_up_parts("今年新建甲园、乙园等", "个", "幼儿园")


def test_phases_and_parts_give_no_target():
    text = ("二、工作步骤\n本次专项治理按照宣传部署、组织实施、督查总结3个阶段进行。\n"
            "会议决定成立专班,下设甲园装修工程、乙校改建工程等13个工程专班。\n今年新建幼儿园3所。\n")
    assert values(text) == [(3.0, "所", None)]


# -- the purpose of a meeting reported convened ----------------------------------------------------------------------

def test_purpose_of_a_convened_meeting():
    s = "为进一步推进2031年某市教育建设项目进度,2月17日上午,某局局长组织召开2031年教育建设项目协调会"
    assert purpose_of_convened_meeting(s, s.find("2031"))
    t = "为进一步推进2031年某市教育建设项目进度,全市将新建学校5所"
    assert not purpose_of_convened_meeting(t, t.find("2031"))  # no meeting: the plan's own commitment
    u = "2月17日,某局召开协调会,为推进2031年项目进度作出部署"
    assert not purpose_of_convened_meeting(u, u.find("2031"))  # the year not in an opening purpose clause


def test_a_meeting_lead_gives_no_goal_and_a_plan_sentence_does():
    meeting = "发布时间:2031-02-18\n为进一步推进2031年某市教育建设项目进度,2月17日上午,某局局长组织召开2031年教育建设项目协调会。\n"
    assert records(meeting, "goal") == []
    plan = "发布时间:2031-02-18\n为进一步推进教育均衡发展,2031年全市将新建学校5所。\n"
    assert len(records(plan, "goal")) == 1


# -- ``以甲局牵头``; ``责成…团队`` ------------------------------------------------------------------------------------

def test_a_lead_opened_by_yi():
    assert units("二、工作措施\n2、以某县市场监管局牵头,开展校园食品安全检查。\n") == [
        ("开展校园食品安全检查", ["某县市场监管局"], [])]


def test_yi_without_a_lead_verb_gives_no_row():
    assert units("二、工作措施\n以某县市场监管局为主体开展校园食品安全检查。\n") == []


@pytest.mark.parametrize("text", ["某县长责成县府团队与学校密切合作。\n", "縣長責成縣府團隊與學校密切合作。\n"])
def test_a_team_ordered_is_no_unit(text):
    assert units(text) == []


def test_an_office_ordered_stays():
    assert units("某县已责成县住建局抓紧查处。\n") == [("抓紧查处", ["县住建局"], [])]


# -- the second fresh batch (w61): conditions, scheme names, ROC years, results lists, plans, dated documents ---------

from extract.rules.hypotheticals import under_hypothesis
from extract.rules.report_cutoffs import roc_year_stated_before
from extract.rules.result_list_leads import closes_on_results
from extract.rules.target_counts import takes_into_plan
from extract.rules.goal_report_frames import year_dates_document
from extract.rules.budget_years_ahead import budget_sentence_year, approval_dates_funds
from extract.rules.population_forecasts import forecasts_population


@pytest.mark.parametrize("sentence, number, expected", [
    ("某县如午餐全面免费,将增加约5亿元,预估每年将需要9.5亿元的支出", "5亿", True),
    ("某縣如午餐全面免費,將增加約5億元", "5億", True),
    ("市府若全面铺开,每年需要9.5亿元", "9.5", True),
    ("家长如果选择非营利幼儿园,每个月只需缴2000元", "2000", False),  # a rule's condition on people (N2a)
    ("如符合条件,可申请以5班参加派位", "5班", False),
    ("如场镇功能设施完善项目,将投入资金180万元", "180", False),  # ``如`` as ``such as``
    ("主要是开展就业服务,全年举办400场招聘会", "400", False),
    ("某县如期完成新建学校5所", "5所", False),
])
def test_under_hypothesis(sentence, number, expected):
    assert under_hypothesis(sentence, sentence.find(number)) is expected


def test_a_hypothetical_cost_gives_no_target_and_the_budget_stays():
    text = (" date 2026-01-09 某县\n某处长指出,县府在115年度编列午餐经费,约需4.5亿元。某县如午餐全面免费,将增加约5亿元,"
            "预估每年将需要9.5亿元的支出,县府尚需审慎评估。\n")  # (a page date after today is not read as the page's)
    assert values(text) == [(4.5, "亿元", 2026)]
    assert [g.target_year for g in records(text, "goal")] == [2026]


def test_a_long_quoted_scheme_name_holds_no_target():
    text = " date 2031-11-21 某县\n处长表示,县府将于明年起实施「某县校园供餐质量升级学生午餐加码10元方案」。\n"
    assert values(text) == []


@pytest.mark.parametrize("before, year", [
    ("于120年11月2日发包,121年3月7日开工,5月拆除教室完成,今日动土兴建", 2032),
    ("某工程,118年核定计", 2029),
    ("预算编列1,120年", None),  # a figure with a thousands separator is no year
])
def test_roc_year_before_a_month_or_after_a_comma(before, year):
    assert roc_year_stated_before(before) == year


def test_a_standing_level_set_by_an_act_done_in_a_past_roc_year():
    text = " date 2031-11-21 某县\n处长表示,县府自119年1月起实施午餐加码方案,每人每餐补助10元。\n"
    assert values(text) == []


@pytest.mark.parametrize("sentence, expected", [
    ("某区今年通过加快旧城改造等举措,也取得了显著成效。", True), ("各项工作取得积极进展。", True),
    ("力争取得显著成效。", False), ("将取得明显成效。", False),
])
def test_closes_on_results(sentence, expected):
    assert closes_on_results(sentence) is expected


def test_a_breakdown_of_results_reached_gives_no_target():
    text = "某区今年通过多项举措,也取得了显著成效。其中,全面完成甲路改造;清理建筑垃圾 1100 吨;拓宽了乙路。\n明年还需投入 1.2 亿元。\n"
    assert values(text) == [(1.2, "亿元", None)]


@pytest.mark.parametrize("sentence, expected", [
    ("已在2031年8月份纳入了2030年校舍维修改造整体规划中", True), ("已列入明年项目库", True), ("已经纳入计划", True),
    ("已建成并投入使用", False), ("已完成招标", False),
])
def test_takes_into_plan(sentence, expected):
    assert takes_into_plan(sentence, 0) is expected


def test_works_taken_into_a_plan_keep_their_size():
    text = "发布时间:2031-11-14\n某校新建宿舍楼外的围墙212米,已在2031年8月份纳入了校舍维修改造整体规划中,计划年底前开工建设。\n"
    assert (212.0, "米") in [(v, u) for v, u, _ in values(text)]


@pytest.mark.parametrize("sentence, expected", [
    ("2031年某部《某设置标准》明确,市级老年大学校舍面积不少于8000㎡", True),
    ("2031年,某部印发的《某方案》提出,新建学校5所", True),
    ("2031年全县新建学校5所,《某方案》明确了要求", False),
])
def test_a_year_dating_a_document(sentence, expected):
    assert year_dates_document(sentence, sentence.find("2031")) is expected


def test_a_standard_cited_from_a_dated_document_is_no_dated_goal():
    text = "一、背景\n2031年某部《某设置标准》明确,市级老年大学校舍面积不少于8000㎡,专职教师不少于30人。\n"
    assert records(text, "goal") == []
    assert sorted(v for v, _, _ in values(text)) == [30.0, 8000.0]


def test_a_charge_after_a_short_name_note():
    assert units("二、工作安排\n相关工作由某市老年教育工作小组办公室(以下简称“市小组办”)负责整体规划、分层推进。\n") == [
        ("整体规划、分层推进", ["某市老年教育工作小组办公室"], [])]


def test_a_forecast_share_of_the_population():
    assert forecasts_population("预计到2035年某市老龄人口将达到248万,占总人口的", "%")
    assert not forecasts_population("力争到2035年某市老年教育参与人口占总人口的", "%")  # a commitment
    assert values("预计到2035年某市老龄人口将达到248万,占总人口的17.17%。\n") == []


@pytest.mark.parametrize("sentence, year", [
    ("县府在120年度编列午餐经费,约需4.5亿元", 2031),
    ("2031/32年度教育拨款总额为1,120亿元", 2031),
    ("《2031 - 32年度财政预算案》中说,政府将拨款25亿元", None),  # the year of a document's name
    ("120年度可用预算约为7亿元", None),  # what the books hold
    ("120年度共补助甲校等60校,补助经费逾6,400万元", None),  # no budget word in the year's clause
])
def test_budget_sentence_year(sentence, year):
    assert budget_sentence_year(sentence)[0] == year


@pytest.mark.parametrize("before, unit, expected", [
    ("某校舍改建工程,118年核定计", "元", True), ("某工程2029年获批", "万元", True), ("某工程2029年完成投资", "万元", False),
    ("某校舍改建工程,118年核定计", "所", False),
])
def test_approval_dates_funds(before, unit, expected):
    assert approval_dates_funds(before, unit) is expected


# -- the third fresh batch (w62): a story closed by its editor's credit, places, plan names, deadlines ---------------

from extract.rules.target_exclusions import is_editor_credit, link_list_spans
from extract.rules.text import FUTURE_MARKERS


@pytest.mark.parametrize("line, expected", [
    ("希望相关学校尽快作出选择。 (编辑:某某)", True), ("希望相關學校盡快作出選擇。 (編輯:某某)", True), ("责任编辑:某某", True),
    ("本报讯(编辑:某某)今年将新建学校5所", False), ("某某编辑出版了新书。", False),
])
def test_a_story_closed_by_its_editor(line, expected):
    assert is_editor_credit(line) is expected


def test_headlines_after_a_closing_credit_are_links():
    text = ("某区今年将新建学校5所,希望尽快开工。 (编辑:某某)\n某市轻轨新线11月1日通车\n冀优化公营医疗服务\n蚂蚁欲借壳圆上市梦?\n"
            "共涉16.5万人 每人退税上限1.4万元\n女子出狱转战直播遭封号\n")
    spans = link_list_spans(text)
    assert spans and text.find("共涉") >= spans[0][0]
    assert values(text) == [(5.0, "所", None)]


def test_places_are_a_measure():
    assert values("局方将在新学年推出葡语培训项目,每年合共180学额。\n") == [(180.0, "学额", None)]


@pytest.mark.parametrize("text, is_future", [
    ("扎实推进现代职业教育质量提升计划建设等项目", False), ("实施学前教育行动计划", False), ("今年计划新建学校", True),
    ("于2031年或之前把普遍率降低10%", True),
])
def test_plan_names_are_no_future_marker(text, is_future):
    assert (FUTURE_MARKERS.search(text) is not None) is is_future


def test_works_listed_after_a_cumulative_result_stay_results():
    text = ("2025年以来,全县教育投入累计达15.79亿元。累计完成投资2.71亿元,扎实推进“全面改薄”、现代职业教育质量提升计划建设等项目,"
            "新建校舍8.24万平方米,改扩建运动场3.2万平方米。\n")
    assert values(text) == []


# -- the fourth fresh batch (w63): supporting helpers, attending an event, a meeting's introduction ------------------

from extract.rules.unit_clauses import without_duty_adverb


@pytest.mark.parametrize("unit, expected", [
    ("各有关部门全力支持并主动", "各有关部门"), ("某县财政局全力支持", "某县财政局"), ("某县财政局", "某县财政局"),
])
def test_support_before_a_helping_verb_is_no_part_of_a_name(unit, expected):
    assert without_duty_adverb(unit) == expected


def test_helpers_that_support_and_assist():
    rows = units("三、会议决定\n会议决定,由各有关部门全力支持并主动配合某县教育部门做好校园硬化绿化等附属设施建设工作。\n")
    assert rows and rows[0][2] == ["各有关部门"]


def test_attending_an_event_is_no_task():
    text = "某议会教育委员会召开会勘。议员甲及乙则分别由服务处代表某主任及某某出席会场关心。\n"
    assert units(text) == []


def test_a_meeting_introduction_is_no_goal():
    text = ("发布日期:2031-01-06\n局长首先介绍了2031年计划实施的甲学校、乙小学等7个重点项目的进展情况;"
            "各相关职能部门分别介绍了项目实施情况。\n")
    assert records(text, "goal") == []


# -- the fifth fresh batch (w64, scored after all the cues above): budget changes, places added, works upgraded ------

from extract.rules.budget_years_ahead import budget_change
from extract.rules.target_forms import works_verb


@pytest.mark.parametrize("sentence, clause, expected", [
    ("明年度总预算岁出编列3兆元,较今年增加1100亿元、约增3.8%", "约增", True),
    ("明年度总预算岁出编列3兆元,较今年增加1100亿元", "较今年增加", True),
    ("明年度部预算编列2371亿元,比今年度减少908.7亿元,降幅达", "降幅达", True),
    ("某经费编列0.6亿元,减列72.3亿元", "减列", True),
    ("明年度总预算中,教育科学文化支出反而减少263亿元", "教育科学文化支出反而减少", True),
    ("经费再增加1亿元", "经费再增加", False),  # no budget word: an extra allotment (O3k)
    ("明年预算增列5亿元", "明年预算增列", False),  # an allotment the budget adds (O3k)
    ("农村贫困人口减少60万以上,预算编列…", "农村贫困人口减少", False),  # no budget line before the cut
])
def test_budget_change(sentence, clause, expected):
    assert budget_change(sentence, clause) is expected


@pytest.mark.parametrize("clause, expected", [
    ("扩充普通高中学位", True), ("提质", True), ("扩充内涵", False), ("提质增效", False),
])
def test_works_verbs_of_places_and_upgrades(clause, expected):
    assert works_verb(clause) is expected


def test_a_budget_page_gives_its_amounts_not_its_changes():
    text = (" date 2025-10-05 快讯\n智库审视明年度总预算,岁出编列3兆350亿元,较今年增加1100亿元、约增3.8%;教育支出反而减少263亿元。\n"
            "明年度教育部预算编列2371亿元,比今年度减少908.7亿元,降幅达27.7%。最后一年、2026年合计编列7亿9100万元。\n")
    assert sorted(v for v, _, _ in values(text)) == [2371.0, 30350.0, 79100.0]
