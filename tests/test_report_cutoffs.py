"""O3d: an undated page's cut-off year, and ROC years dating a number as past (made-up texts)."""

from rules_kit import records

from extract.rules.report_cutoffs import cutoff_year, roc_year_stated_before


def test_cutoff_year():
    assert cutoff_year("截至2032年3月底,甲率已达45%。截至2031年底,乙数为12个。") == 2032
    assert cutoff_year("截至 121 年 3 月底本市接管率已達 45%") == 2032
    assert cutoff_year("到2035年,新建学校5所。") is None          # a deadline is no cut-off
    assert cutoff_year("截至目前,已建成学校5所。") is None        # no year


def test_roc_year_before():
    assert roc_year_stated_before("本府於 120 年完成距離工業區 0.5 公里之 ") == 2031
    assert roc_year_stated_before("民國119年本市確定病例 ") == 2030
    assert roc_year_stated_before("服務滿2年以上者每月補助 ") is None     # a count of years
    assert roc_year_stated_before("總計1,120年來累積 ") is None           # a grouped figure
    assert roc_year_stated_before("本市甲率達 ") is None


def test_roc_past_years_give_no_targets_on_undated_report():
    text = ("(六)改善空品\n本市 120 年統計至 12 月底,空氣品質良率達 76.4%;較 119 年改善約 5.5%。"
            "截至 121 年 3 月底本市接管率已達 45%。本府於 120 年完成甲區 34 校裝設;121 年起預計完成 100 校裝設。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (76.4, "%") not in got and (34.0, "校") not in got
    assert (100.0, "校") in got


from extract.rules.report_cutoffs import reviewed_year_after  # noqa: E402


def test_reviewed_year_after():
    assert reviewed_year_after("某市政府工作报告。在2031年工作回顧方面,報告提到…") == 2032
    assert reviewed_year_after("某局2031年工作总结及2032年工作计划") == 2032
    assert reviewed_year_after("某局2032年工作计划。到2035年,新建学校5所。") is None
    # (tgtB24) the year after the verb of review
    assert reviewed_year_after("某区区长代表区政府作报告,回顾了2041年的主要工作,部署了2042年的重点任务。") == 2042
    assert reviewed_year_after("会议总结2041年工作,部署今年任务。") == 2042
    assert reviewed_year_after("会议将回顾过去五年的工作。") is None


def test_reviewed_year_dates_undated_report():
    text = ("某市人大会议开幕,市长作政府工作报告。\n在2031年工作回顧方面,報告提到,提供11.2萬個就業崗位,"
            "2031年精準幫扶7.2萬名困難人員。2032年將新增就業崗位12萬個。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (7.2, "万名") not in got
    assert (12.0, "万个") in got


# (tgtB24) after a year whose results the page tells before ``今年`` and its plans
from extract.rules.report_cutoffs import year_before_this_year  # noqa: E402


def test_results_year_then_this_year_ahead():
    text = "某省持续推进乡村道路建设。2041年,全省新建村道820公里,改造危桥45座。今年,全省将新建村道600公里以上。"
    assert year_before_this_year(text) == 2042
    text = "2036年,甲县新增养老床位300张。\n今年计划再新增床位200张。"
    assert year_before_this_year(text) == 2037
    # the year opening a clause after a lead, no comma after it
    text = "记者从会上获悉,2036年全县投入助残资金820万元。今年,全县将再建助残站3个。"
    assert year_before_this_year(text) == 2037


def test_near_misses():
    # the year's own sentence commits: still ahead
    assert year_before_this_year("2041年,全省将新建村道820公里。今年,全省将新建村道600公里。") is None
    # ``今年`` with no will or plan word: no turn to what lies ahead
    assert year_before_this_year("2041年,全省新建村道820公里。今年以来,全省新建村道300公里。") is None
    # no ``今年`` at all
    assert year_before_this_year("2041年,全省新建村道820公里。2042年,全省将新建村道600公里。") is None
    # a year inside a span or a date, not opening a clause
    assert year_before_this_year("2039-2041年,全省新建村道820公里。今年将新建600公里。") is None
    # the year's sentence tells no figure (a meeting held): no results of that year
    assert year_before_this_year("2041年全国两会在京召开,3月5日开幕。今年的主要预期目标是增长5%左右。") is None
    # the year whose work the page speaks of as ahead elsewhere: its figures are the year's plan
    text = "甲省发布2041年重点工作安排。2041年,全省新建村道820公里。今年,全省预计改造危桥45座。"
    assert year_before_this_year(text) is None
    text = "2041年,全省将围绕三个方面开展工作。2041年,全省新建村道820公里。今年,全省预计改造危桥45座。"
    assert year_before_this_year(text) is None


def test_pipeline_results_year_is_past():
    text = "某省推进村道建设\n2041年,全省新建村道820公里,改造危桥45座。今年,全省将新建村道600公里以上。\n"
    got = [(r.value, r.unit) for r in records(text, "numeric_target")]
    assert (820.0, "公里") not in got and (45.0, "座") not in got
    assert (600.0, "公里") in got


def test_goal_side_page_dates_date_undated_targets():
    # (tgtB24) the page dates the goal readers take (the year's congresses as the present, a speech dateline) also
    # date an undated page's figures: a year before it is over (O3d, N13)
    text = ("聚焦两会|2041年地方两会释放哪些信号\n2040年全省城镇新增就业86万人,调查失业率5.1%。\n"
            "今年全省力争城镇新增就业90万人以上。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (86.0, "万人") not in got
    assert (90.0, "万人") in got


# (tgtB24) a news lead's own date
from extract.rules.report_cutoffs import lead_date_year  # noqa: E402


def test_lead_date_year():
    assert lead_date_year("某日报讯(记者 甲乙 通讯员 丙)2041年3月2日,某县召开教育工作会。") == 2041
    assert lead_date_year("标题\n2041年11月20日,某区举行新闻发布会。") == 2041
    assert lead_date_year("某办法\n2041年1月1日起施行。") is None  # a start, no lead
    assert lead_date_year("某日报讯 2041年6月30日前,全县完成改造。") is None  # a deadline
    assert lead_date_year("某县召开会议,部署2041年工作。") is None  # no day


def test_lead_date_dates_undated_targets():
    text = ("某网讯(记者 甲乙)2041年1月8日,某市召开2040年实事完成情况发布会。\n"
            "2040年实事规划新建幼儿园18所,实际建成19所。今年将新建幼儿园12所。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (18.0, "所") not in got
    assert (12.0, "所") in got


# (rptA26) the date of the source an undated page excerpts
from extract.rules.report_cutoffs import excerpt_date_year  # noqa: E402


def test_excerpt_date_year():
    assert excerpt_date_year("某院长施政报告\n[节录自某议会第9届第2会期院长施政报告130年3月4日]\n") == 2041  # ROC
    assert excerpt_date_year("市长讲话\n(摘自2041年1月12日市人代会上的报告)\n") == 2041
    assert excerpt_date_year("摘自某市统计局网站\n2040年全市新增学位5000个。") is None  # no date of the source
    assert excerpt_date_year("[节录自某局工作报告]\n2041年3月4日起施行。") is None  # a date outside the note


def test_excerpt_date_dates_the_year_reviewed():
    text = ("院长施政报告\n[节录自某议会第9届第2会期院长口头施政报告130年3月4日]\n"
            "129年,本地经济成长率达3.9%,出口总额达5兆元。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (3.9, "%") not in got and (5.0, "兆元") not in got
