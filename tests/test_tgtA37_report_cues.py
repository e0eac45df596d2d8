"""(tgtA37) A rule's penalty trigger, a clause number and a progress note against the year's plan give no target
(N2, G2, N13; made-up texts)."""

from extract.rules.clause_numbers import is_clause_number
from extract.rules.plan_progress import gap_to_schedule, share_of_year_plan_done
from extract.rules.sanction_thresholds import triggers_sanction


def test_sanction_after_the_count():
    assert triggers_sanction("必须离场,")
    assert triggers_sanction("以上罚球两次")
    assert triggers_sanction("以上者取消评优资格")
    assert triggers_sanction("的,一律取消比赛资格")


def test_rule_levels_stay():
    assert not triggers_sanction(",分两组轮流上场")
    assert not triggers_sanction("以上;")
    assert not triggers_sanction("活动,提高参与率")


def test_clause_number():
    assert is_clause_number("", "1.2", " 本标准适用于全县各文化站。")
    assert is_clause_number("  ", "3.1.2", "\u3000元旦假期安排如下")
    assert not is_clause_number("", "1.5", " 万人")  # an amount alone on its line (a table cell)
    assert not is_clause_number("全年新增就业", "1.5", " 万人以上")  # not at the start of the line
    assert not is_clause_number("", "12", " 所学校完成改造")  # no ``N.N``


def test_share_of_year_plan_done():
    assert share_of_year_plan_done("1-5月,完成投资12.3亿元,完成年度计划投资的", "%")
    assert share_of_year_plan_done("目前已开工30项,完成年度計(jì)劃開工的", "%")  # a page's pinyin notes
    assert not share_of_year_plan_done("年内完成工程量的", "%")  # a share of works ahead
    assert not share_of_year_plan_done("完成“十四五”任务目标数的", "%")
    assert not share_of_year_plan_done("完成年度计划投资的", "亿元")


def test_gap_to_schedule():
    assert gap_to_schedule("完成年度计划的40.5%,高于序时进度")
    assert gap_to_schedule("完成年度計(jì)劃的11.4%,低于序時(shí)進(jìn)度")
    assert not gap_to_schedule("计划投资增长")


def test_pipeline_rule_trigger_and_rule_level():
    from rules_kit import records
    text = ("某校教职工篮球比赛方案\n一、比赛时间:2031年5月\n二、比赛规则\n1.比赛采用国际篮球规则。\n"
            "2.每队报名队员至少10人,个人累计犯规6次必须离场,各队每节犯规累计5次以上罚球两次。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (10.0, "人") in got
    assert (6.0, "次") not in got and (5.0, "次") not in got


def test_pipeline_clause_number():
    from rules_kit import records
    text = "某学院秘书室作业程序\n1.目的\n1.1    元某学院年度校务规划与执行管考程序\n每年召开会议不少于2次。\n"
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (1.1, "元") not in got
    assert (2.0, "次") in got


def test_pipeline_progress_note():
    from rules_kit import records
    text = ("2031年,全县安排重点项目60个,总投资500亿元,年度投资计划120亿元。1-5月,完成投资40亿元,完成年度计划投资的33.3%,"
            "低于序时进度8.4个百分点。其中续建项目25个,完成投资20亿元,完成年度计划投资的30.1%。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (33.3, "%") not in got and (8.4, "个百分点") not in got and (30.1, "%") not in got
    assert (120.0, "亿元") in got and (60.0, "个") in got


def test_gap_to_plan():
    assert gap_to_schedule("首季公营房屋动工量达1.58万伙,超出目标")
    assert not gap_to_schedule("首季目标")


def test_successive_steps_done():
    from extract.rules.work_done_reports import successive_steps_done
    assert successive_steps_done("先后投入500万元完成甲馆提质改造、")
    assert successive_steps_done("县局先後成立了")
    assert not successive_steps_done("到2031年,先后建成")  # a plan's steps ahead
    assert not successive_steps_done("按报名先后顺序录取前")  # an order, no steps
    assert not successive_steps_done("全县建成")


def test_parts_of_done_total():
    from extract.rules.work_done_reports import parts_of_done_total
    assert parts_of_done_total("共修通水泥路近30公里,主要是甲线境内")
    assert parts_of_done_total("全年建成了文化广场12个,主要有")
    assert not parts_of_done_total("总投资2062万元,规划项目37个。主要包括:学校建设预算投资")  # a planned total
    assert not parts_of_done_total("将完成了甲线改造,主要是")  # a marker ahead
    assert not parts_of_done_total("共修通水泥路近30公里")


def test_pipeline_work_done():
    from rules_kit import records
    text = ("某镇长述职报告\n(一)基础设施建设。共修通水泥路近30公里,主要是甲线境内12公里改造、乙村至丙村7.5公里路面改造。"
            "先后投入600万元完成文化馆提质改造、9个分馆建设。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (12.0, "公里") not in got and (7.5, "公里") not in got and (9.0, "个") not in got


def test_scope_count():
    from extract.rules.scope_counts import counts_scope
    assert counts_scope("全市12所学校建设项目涉及")
    assert counts_scope("管网改造(涉及")
    assert not counts_scope("涉及9个镇处的")  # the projects after the scope
    assert not counts_scope("涉及学校")  # a noun between: left to the other cues
    assert not counts_scope("新建")


def test_pipeline_scope_count():
    from rules_kit import records
    text = "今年,全市将实施中小学建设项目12个,涉及6个县区,新增学位8000个。\n"
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (6.0, "个") not in got
    assert (12.0, "个") in got and (8000.0, "个") in got


def test_results_lead():
    from extract.rules.result_list_leads import announces_results, is_bullet_item
    assert announces_results("政府同步公布去年各项指标的达标成果,涵盖房屋、医疗等领域共40项任务:")
    assert announces_results("一年来取得的主要成绩如下:")
    assert not announces_results("项目预期成果:")  # a plan's expected results (O1d)
    assert not announces_results("今年将巩固以下成果:")
    assert not announces_results("政府公布去年的达标成果。")  # no list opened
    assert is_bullet_item("- 房屋供应:首季动工量达1.2万伙")
    assert is_bullet_item("• 医疗:覆盖率提升至90%")
    assert not is_bullet_item("经济部署前瞻")


def test_pipeline_results_list_then_plans():
    from rules_kit import records
    text = ("某市公布去年施政报告绩效指标达标成果,涵盖房屋、医疗等领域共40项任务:\n"
            "- 房屋供应:首季公营房屋动工量达1.2万伙\n- 基层医疗:全市8区健康中心服务覆盖率提升至91%\n"
            "经济部署前瞻\n据介绍,报告将推三项计划:\n- 总部经济:设专项落地补贴,目标新增40家区域总部\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (1.2, "万伙") not in got and (91.0, "%") not in got
    assert (40.0, "家") in got


def test_flats_counted_in_huo():
    from rules_kit import records
    text = "房屋局表示,未来十年总房屋供应目标上调至43万伙,另设伙食津贴每月300元。\n"
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (43.0, "万伙") in got and (300.0, "元") in got


def test_date_year_parts():
    from extract.rules.date_year_parts import is_date_year
    assert is_date_year("活动时间:", "年", "4月18日――20年4月28日")
    assert is_date_year("财政司宣布,2030/", "年", "度起增拨约3亿元")
    assert not is_date_year("用", "年", "时间完成改造")  # a span of years
    assert not is_date_year("服务满", "年", "以上")
    assert not is_date_year("活动时间:", "个", "4月")


def test_pipeline_date_year_parts():
    from rules_kit import records
    text = "读书日活动策划方案\n二、活动时间\n20年4月18日――20年4月28日\n三、活动内容:开展读书讲座3场。\n"
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (20.0, "年") not in got
    assert (3.0, "场") in got


def test_people_tallies():
    from extract.rules.people_tallies import tallies_people
    assert tallies_people("全校师生、家长志工等(计", "人")
    assert tallies_people("本区于5月份受理,约计", "户")
    assert tallies_people("参与人员为各里里长及民政课人员共计约", "人")
    assert not tallies_people("经费预算总计约", "元")  # a budget, not people
    assert not tallies_people("料每年可服务约", "名")  # no tally word


def test_pipeline_people_tallies():
    from rules_kit import records
    text = ("某区公所工作计画\n一、实施计画\n(一)参访活动:参与人员为本区各里里长及民政课人员共计约90人,参访地点为某乡公所。\n"
            "(二)明年将新增服务据点5处。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (90.0, "人") not in got
    assert (5.0, "处") in got
