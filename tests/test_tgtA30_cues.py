"""(tgtA30) cues of the thirtieth round: a share of a plan's amount, a list mark before a cohort year, a breakdown by
category."""

from extract.rules.category_breakdowns import opens_by_category
from extract.rules.progress_shares import shares_of_planned_amount
from extract.rules.target_number_forms import mark_before_cohort_year
from extract.rules.targets import find_targets


def test_share_of_planned_investment():
    assert shares_of_planned_amount("累计完成投资3.2亿元,占计划总投资5.6亿元的", "%")
    assert shares_of_planned_amount("完成投资1.8亿元,占年度计划投资的", "%")
    assert shares_of_planned_amount("改造面积2万平方米,占规划量的", "%")


def test_share_of_something_else_or_pledged():
    assert not shares_of_planned_amount("老年人口占总人口的", "%")
    assert not shares_of_planned_amount("确保完成投资占年度计划投资的", "%")
    assert not shares_of_planned_amount("完成投资1.8亿元,占年度计划投资的", "亿元")


def test_share_of_plan_in_pipeline():
    text = "全县实施书屋改造项目12个,累计完成投资0.9亿元,占计划总投资1.5亿元的60%。"
    assert 60 not in [h.value for h in find_targets(text, role="plan")]


def test_mark_before_cohort_year():
    assert mark_before_cohort_year("2.2031", "届")
    assert mark_before_cohort_year("3.2030", "级")
    assert not mark_before_cohort_year("2.5", "届")
    assert not mark_before_cohort_year("2.2031", "年度")


def test_mark_before_cohort_year_in_pipeline():
    text = "二、参会人员\n1.校领导\n2.2031届毕业生代表、教师代表。\n"
    assert not [h for h in find_targets(text, role="plan") if h.unit == "届"]


def test_opens_by_category():
    assert opens_by_category("按照办学层次划分,幼儿园15所、小学18所")
    assert opens_by_category("按建设性质分:新建30所、改扩建12所")
    assert not opens_by_category("按照规划,新建幼儿园15所")
    assert not opens_by_category("全县新建幼儿园15所,按照办学层次划分,…")


def test_breakdown_by_category_shares_targets():
    text = "未来三年,全县将新建、改扩建学校40所。按照办学层次划分,幼儿园15所、小学18所、初中7所。"
    got = sorted(h.value for h in find_targets(text, role="none"))
    assert got == [7, 15, 18, 40]


def test_ying_idiom_is_no_modal():
    from extract.cues import _MODAL

    assert not _MODAL.search("全镇低保做到了应保尽保,年发低保资金")
    assert not _MODAL.search("突发病例做到应救尽救,")
    assert _MODAL.search("各校应配备")
    assert _MODAL.search("应尽快完成")
    assert _MODAL.search("应当尽快完成")
    assert _MODAL.search("应予尽快落实")


def test_ying_idiom_reports_outlay_in_pipeline():
    text = "全镇城乡低保做到了应保尽保,按标准逐月发放,年发低保资金60万元。"
    assert not find_targets(text, role="report")


def test_disclosure_annual_report():
    from extract.rules.disclosure_reports import is_disclosure_annual_report

    text = "一、总体情况\n…\n二、主动公开政府信息情况\n…\n三、收到和处理政府信息公开申请情况\n…"
    assert is_disclosure_annual_report(text)
    assert not is_disclosure_annual_report("五、做好主动公开政府信息情况统计,每季度报送1次。")


def test_disclosure_report_counts_are_status():
    from rules_kit import records

    text = ("一、总体情况\n2031年,某镇认真贯彻落实政府信息公开条例,通过政府网站主动公开政府信息48条,其中机构类信息12条,"
            "动态类信息30条。\n二、主动公开政府信息情况\n信息内容 | 本年制发件数 |\n规章 | 0 |\n"
            "三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请0件。\n")
    assert not records(text, "numeric_target")


def test_more_measure_words():
    got = {(h.value, h.unit) for h in find_targets(
        "2031年改造危桥300延米,建成生态河道45km,办理科学营80梯次,二氧化硫年平均值不超过0.05毫克/标准立方米。", role="plan")}
    assert {(300, "延米"), (45, "km"), (80, "梯次"), (0.05, "毫克/标准立方米")} <= got


def test_ge_only_before_parking():
    got = {(h.value, h.unit) for h in find_targets("新建停车场1处,设120格汽车停车位。", role="plan")}
    assert (120, "格") in got
    assert not [h for h in find_targets("每年开展3格活动。", role="plan") if h.unit == "格"]


def test_rate_per_square_metre_sign():
    got = {(h.value, h.unit) for h in find_targets("计划将小区物业费定为0.6元/m2,居民承担0.4元/㎡。", role="plan")}
    assert (0.6, "元/m2") in got


def test_value_digit_past_opening_year():
    from extract.rules.past_results import value_digit

    text = "2032年计划投资12亿元"
    assert value_digit(text, 0, len(text)) == text.index("12")
    assert value_digit("新建学校5所", 0, 6) == 4


def test_year_plan_after_to_date_frame_in_pipeline():
    from rules_kit import records

    text = ("某市2032年政府投资项目计划\n发布日期:2032-06-10 09:00\n"
            "2032年安排市本级政府投资项目50个,总投资300亿元,截至2031年底累计完成投资80亿元,2032年计划投资45.5亿元。\n")
    assert 45.5 in [r.value for r in records(text, "numeric_target")]


def test_task_label_list_count():
    from extract.rules.task_label_lists import counts_task_list

    assert counts_task_list("2032年书屋建设任务:东坪镇、西坪镇、南山乡")
    assert not counts_task_list("会同甲局、乙局、丙局")
    got = [(h.value, h.unit) for h in find_targets("2032年文化书屋建设任务:东坪镇、西坪镇、南山乡3个乡镇。", role="none")]
    assert got == [(3, "个")]


def test_total_of_works_ahead():
    from extract.rules.ahead_funding import funds_works_ahead

    assert funds_works_ahead("万元", ",预定明年3月完工启用。")
    assert not funds_works_ahead("万元", ",已于3月完工。")
    assert not funds_works_ahead("所", ",预计明年完工。")
    got = [h.value for h in find_targets("该馆由乡公所自筹1200万元,加上县府补助800万元合计2000万元,预定明年6月完工启用。", role="none")]
    assert 2000 in got


def test_appropriation_named_before_its_word():
    got = [(h.value, h.unit) for h in find_targets("立法会于今日通过政府提出的12亿港元文化设施拨款申请。", role="none")]
    assert (12, "亿港元") in got
    assert not [h for h in find_targets("该批资金2000万元已全部拨款到位。", role="report")]


def test_to_date_frame_of_own_year_with_day():
    from extract.rules.past_dates import past_frame_status

    s = "据统计,截至2032年年底,全市60岁以上老年人口达52万"
    assert past_frame_status(s, s.index("52"), 2032)
    s2 = "截至2032年,全市建成书屋20个"
    assert not past_frame_status(s2, s2.index("20个"), 2032)
    s3 = "截至2032年底,全市将建成书屋20个"
    assert not past_frame_status(s3, s3.index("20个"), 2032)


def test_base_frame_year_dates_nothing():
    from extract.rules.base_frame_years import masks_base_frame_years

    assert masks_base_frame_years("将在2031年扩招1.6万人的基础上再增加") == "将在□□□□年扩招1.6万人的基础上再增加"
    hits = find_targets("2032年,高校本科招生规模将在2031年扩招1.6万人的基础上再增加2万人。", role="none", doc_year=2032)
    assert [(h.value, h.target_year) for h in hits] == [(2, 2032)]


def test_works_finished_before_text():
    from extract.rules.finished_works import finished_before

    assert finished_before("间教室,在2029年11月完工。", 2031)
    assert finished_before("间教室,在118年11月完工。", 2031)
    assert not finished_before("间教室,预计2029年完工。", 2028)
    assert not finished_before("间教室,在2031年完工。", 2031)
    hits = find_targets("该校于2028年10月动土兴建12间教室,在2029年11月完工。", role="none", doc_year=2031)
    assert not [h for h in hits if h.value == 12]
