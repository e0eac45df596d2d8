"""Cues of the sixteenth round's pass over the remaining errors (rest16), on small made-up texts (no sentence of a real
document), with near-misses that must not fire."""

from extract.rules.r16_rest16 import answers_proposal, reply_reports_done, sentence_at
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit) for r in records(text, "numeric_target")]


# -- a reply to a deputy's proposal reports work done ----------------------------------------------------------------


def test_answers_proposal_openings():
    assert answers_proposal("甲委员:\n您提出的《关于加强乙工作的提案》收悉,现答复如下:")
    assert answers_proposal("某代表:\n您提出的关于丙的建议已收悉,现将办理情况函复如下。")
    assert answers_proposal("丁委員：\n您所提《關於加強戊工作的提案》已收悉，現答覆如下：")  # Traditional script
    assert answers_proposal("某某议员:\n现就提案中提出的有关问题回复如下:")


def test_answers_proposal_near_misses():
    assert not answers_proposal("某县2031年提案办理情况统计表\n共收到提案120件。")
    assert not answers_proposal("某区关于加强托育服务的实施方案\n为落实有关建议,制定本方案。")


def _done(sentence, number, cues):
    return reply_reports_done(sentence, sentence.index(number), cues)


def test_reply_reports_done_cue():
    assert _done("组织40余名家长代表参加讲座", "40", ("target_verb",))
    assert _done("帮助全县30所学校完成视力筛查工作", "30", ("target_verb",))
    assert _done("2031年开展3次线下培训", "3", ("target_verb",))
    assert _done("甲局负责人4次到乙镇现场调研,并计划开设10个班", "4", ("section:plan",))  # the plan is another clause's
    assert _done("全市累計輔導1200名家長參與親職講座", "1200", ("target_verb",))  # Traditional script


def test_reply_reports_done_near_misses():
    assert not _done("要求每学期至少开展2次安全讲座", "2", ("comparator", "target_verb"))  # a bound
    assert not _done("严格落实每学期2次视力监测制度", "2", ("target_verb",))  # a standing rate
    assert not _done("保障學生每天2小時的戶外活動時間", "2", ("target_verb",))  # a standing rate, Traditional
    assert not _done("该园明年将开设12个班", "12", ("target_verb",))  # still to come
    assert not _done("到2032年底,实现配备比例达到100%", "100", ("target_verb",))  # a deadline ahead
    assert not _done("该园可开设6个班,容纳180名幼儿", "180", ("section:plan",))  # a capacity
    assert not _done("计划开设12个班", "12", ("target_verb", "modal"))  # a modal cue


def test_sentence_at_finds_first_digit():
    text = "前一句。甲校每天开设1节课,乙校2节。后一句"
    s, p = sentence_at(text, text.index("甲"), text.index("课"))
    assert s == "甲校每天开设1节课,乙校2节" and s[p] == "1"


def test_reply_pipeline_drops_done_keeps_standard():
    text = ("甲委员:\n您提出的《关于加强某区学生体质健康工作的提案》收悉,现答复如下:\n"
            "一、关于体育活动的推进情况\n"
            "我区组织60余名体育教师参加专项培训,新建校园运动角15个。"
            "严格落实学生每天不少于1小时的体育活动。明年将新建2所学校体育馆。")
    got = targets(text)
    assert (1.0, "小时") in got and (2.0, "所") in got
    assert (60.0, "名") not in got and (15.0, "个") not in got


def test_plan_pipeline_keeps_same_figures():
    # the same figures in a plan (no reply opening) stay targets
    text = ("某区学生体质健康提升方案\n一、主要任务\n"
            "组织60名体育教师参加专项培训,新建校园运动角15个。")
    got = targets(text)
    assert (60.0, "名") in got and (15.0, "个") in got


def test_heading_looks_ahead():
    from extract.rules.r16_rest16 import heading_looks_ahead
    assert heading_looks_ahead(["二、下一步工作"])
    assert heading_looks_ahead(["(三)今後工作計劃"])  # Traditional script
    assert not heading_looks_ahead(["一、关于甲的推进情况"])
    assert not heading_looks_ahead(["二、加强师资建设"])


def test_reply_next_steps_section_keeps_targets():
    text = ("甲委员:\n您的建议收悉,现将办理情况函复如下:\n一、关于乙的推进情况\n组织50名教师参加培训。\n"
            "二、下一步工作\n1.新建托育点8个。")
    got = targets(text)
    assert (8.0, "个") in got and (50.0, "名") not in got


# -- figures dated in the year whose data an undated page reports -----------------------------------------------------


def test_dated_in_data_year_cue():
    from extract.rules.r16_rest16 import dated_in_data_year
    text = "某部介绍,2031年全国托育机构达到9万家。2029年至2031年,中央财政下达资金20亿元,支持300家机构建设。"
    i = text.index("中央")
    assert dated_in_data_year(2031, 2031, text, i, i + 14)
    assert dated_in_data_year(2030, 2031, text, 0, 20)


def test_dated_in_data_year_near_misses():
    from extract.rules.r16_rest16 import dated_in_data_year
    text = "统计公报显示,2031年甲率达到90%。预计2033年将新增托位5万个。到2035年达到95%。"
    i = text.index("预计")
    assert not dated_in_data_year(2033, 2031, text, i, i + 12)  # after the data year
    i = text.index("到2035")
    assert not dated_in_data_year(2035, 2031, text, i, i + 10)
    text2 = "某部介绍,2031年甲率达到90%。2031年将新增托位5万个。"
    i = text2.index("2031年将")
    assert not dated_in_data_year(2031, 2031, text2, i, i + 12)  # still to come
    assert not dated_in_data_year(2031, None, text2, i, i + 12)  # no data year


def test_data_year_pipeline():
    text = ("某部召开发布会\n某部今日召开发布会介绍,2031年全国托育机构达到9万家,比2025年增长50%。\n"
            "2029年至2031年,中央财政下达预算投资20亿元,支持300家机构建设。\n")
    assert targets(text) == []
    text_tw = ("某部召開記者會\n某部今日召開記者會介紹,2031年全國托育機構達到9萬家。\n"
               "2029年至2031年,中央財政下達預算投資20億元,支持300家機構建設。\n")
    assert targets(text_tw) == []


def test_data_year_pipeline_keeps_later_targets():
    text = ("某部召开发布会\n某部今日召开发布会介绍,2031年全国托育机构达到9万家。\n"
            "到2035年,全国托育机构达到12万家。\n")
    assert (12.0, "万家") in targets(text)


# -- a plan or a hope in the number's own clause outweighs a past marker of another clause -----------------------


def test_plans_in_own_clause_cue():
    from extract.rules.r16_rest16 import plans_in_own_clause
    s = "全市共规划9座运动中心,其中1座已在兴建中"
    assert plans_in_own_clause(s, s.index("9"))
    s = "某署已在甲区预留用地,期望合共可以提供约1000个托位"
    assert plans_in_own_clause(s, s.index("1000"))
    s = "以2031至2034学年增加200班以上为目标,经统计已增加84班"
    assert plans_in_own_clause(s, s.index("200"))
    s = "全縣共計規劃6座運動中心,其中2座已完工"  # Traditional script
    assert plans_in_own_clause(s, s.index("6"))


def test_plans_in_own_clause_near_misses():
    from extract.rules.r16_rest16 import plans_in_own_clause
    s = "规划建设的12所学校已全部建成"  # a past marker of its own clause
    assert not plans_in_own_clause(s, s.index("12"))
    s = "某署已在甲区预留用地,提供1000个托位"  # no plan word
    assert not plans_in_own_clause(s, s.index("1000"))
    s = "规划建筑总面积12000平方米,已竣工"  # the design's measure
    assert not plans_in_own_clause(s, s.index("12000"))
    s = "(某社)\n目标价上调至50元"  # a price target, not a plan's
    assert not plans_in_own_clause(s, s.index("50"))


def test_plans_pipeline():
    text = ("某市运动中心建设\n市体育局指出,某市共计规划9座运动中心,甲运动中心已在兴建中。\n"
            "某局表示,已在乙区预留用地,期望合共可以提供约1000个托位,但与需求仍有差距。\n")
    got = targets(text)
    assert (1000.0, "个") in got


# -- a story's credit line closes its list --------------------------------------------------------------------------


def test_is_credit_line():
    from extract.rules.r16_rest16 import is_credit_line
    assert is_credit_line("(中央社)")
    assert is_credit_line("（记者 张三 报道）")
    assert is_credit_line("【某報訊】")  # Traditional script
    assert not is_credit_line("(某报讯)某区今年新建学校3所")
    assert not is_credit_line("(含幼儿园)")


def test_credit_line_pipeline():
    text = ("某县新建大楼\n某县长说,全县规划新建服务大楼8栋,要让民众都得到照顾。\n(某社)\n目标价上调至50元\n")
    got = targets(text)
    assert (50.0, "元") not in got


# -- a budget figure's change over a named fiscal year is derived from it ------------------------------------------


def test_changes_over_named_year_cue():
    from extract.rules.r16_rest16 import changes_over_named_year as c
    before = "岁出预算总额为1,400亿元,较130年度增加"
    assert c(before, "较130年度增加")
    before = "岁入岁出差短120亿元,较2031年度减少36亿元,降幅达"
    assert c(before, "降幅达")
    before = "地方稅收編列262億元,較120年度成長"  # Traditional script
    assert c(before, "較120年度成長")


def test_changes_over_named_year_near_misses():
    from extract.rules.r16_rest16 import changes_over_named_year as c
    assert not c("收入比2030年度增长", "收入比2030年度增长")  # no figure before: the target itself
    assert not c("人数比例达到32%以上,比2030年提高", "比2030年提高")  # a calendar year: a plan's own target
    assert not c("降幅达", "降幅达")  # no change before the rate


def test_changes_over_named_year_pipeline():
    text = ("某市总预算\n主计处指出,某市130年度岁出预算总额为1,400亿元,较129年度增加120亿元,增幅达9.4%。\n")
    got = targets(text)
    assert (120.0, "亿元") not in got and (9.4, "%") not in got


# -- an amount right after a funding noun is money set aside --------------------------------------------------------


def test_names_funding_cue():
    from extract.rules.r16_rest16 import names_funding as f
    assert f("某长照中心规划总经费为", "万元", "status:为")
    assert f("主體工程經費佔", "萬元", "status:占")  # Traditional script
    assert f("其次是“经济发展”支出", "万元", "bare")
    assert f("附属单位预算案支出规模为", "亿元", "status:为")


def test_names_funding_near_misses():
    from extract.rules.r16_rest16 import names_funding as f
    assert not f("决算支出为", "亿元", "status:为")  # an outturn
    assert not f("去年教育经费为", "亿元", "status:为")  # a past year
    assert not f("已支出", "万元", "bare")
    assert not f("经费占", "%", "status:占")  # no money
    assert not f("总经费为", "亿元", "past_marker")  # another rejection stands


def test_names_funding_pipeline():
    text = ("某县长照中心动工\n某县长照中心规划总经费为3亿256万元,设置床位120床。\n")
    assert (30256.0, "万元") in targets(text)
    text2 = ("某市总预算\n某市预算以教育支出最多,其次是“经济发展”支出89亿3850万元。\n")
    assert (893850.0, "万元") in targets(text2)


# -- a count right after a verb of upgrading or aiding ---------------------------------------------------------------


def test_upgrades_counted_cue():
    from extract.rules.r16_rest16 import upgrades_counted as u
    assert u("整体提升", "所学校周边环境")
    assert u("3.巩固提升", "个避灾点;")
    assert u("改善全市", "所中小学校教室照明")
    assert u("繼續補助全縣", "家衛生所")  # Traditional script
    assert u("重点扶持", "个传统村落保护提升")


def test_upgrades_counted_near_misses():
    from extract.rules.r16_rest16 import upgrades_counted as u
    assert not u("覆盖率提升至", "%")  # a level after 至
    assert not u("提升服务,覆盖", "个村")  # the verb stands in another clause
    assert not u("某省扶持", "万名毕业生就业工程实施方案\n")  # a document's name


def test_upgrades_counted_pipeline():
    text = ("某市今年民生实事\n今年,某市将办好10件民生实事。具体包括:\n整体提升80所学校周边环境。\n"
            "继续补助全市120家村卫生所。\n")
    got = targets(text)
    assert (80.0, "所") in got and (120.0, "家") in got


def test_names_funding_needs_copula_for_funds_noun():
    from extract.rules.r16_rest16 import names_funding as f
    assert not f("学校购置经费", "万元", "bare")  # a fund's noun run into its amount
    assert f("学校购置经费为", "万元", "status:为")


# -- a fiscal year's total budget with its amount is a goal of that year (O3e) ---------------------------------------


def test_fiscal_budget_year_cue():
    from extract.rules.r16_rest16 import fiscal_budget_year as f
    assert f("某市2032年度总预算岁出编列1,021亿元")[0] == 2032
    assert f("处长报告2032年度总预算案编列情形指出,岁入预算总额为1,293亿元")[0] == 2032
    assert f("某市在2032年度總預算歲入方面,以稅課收入最多,編列497億元")[0] == 2032  # Traditional script


def test_fiscal_budget_year_near_misses():
    from extract.rules.r16_rest16 import fiscal_budget_year as f
    assert f("2032年度总预算案送议会审议")[0] is None  # no amount set down
    assert f("与2031年度总预算编列100亿元相比")[0] is None  # measured against
    assert f("某市2032年预算约52亿元")[0] is None  # no 年度总预算: the older cue reads it


def test_masks_budget_base():
    from extract.rules.r16_rest16 import masks_budget_base as m
    s = "岁出编列1,021亿元,较2031年度增加15亿元"
    assert m(s) == "岁出编列1,021亿元,较某某某某年度增加15亿元" and len(m(s)) == len(s)
    assert m("2031年度已完成投资5亿元") == "2031年度已完成投资5亿元"


def test_fiscal_budget_goal_pipeline():
    from extract.rules.goals import find_goals
    s = "某市主计处表示,116年度总预算案编列完成,岁入预算总额为900亿元,较115年度减少30亿元。"  # ROC years
    hits = find_goals(s, 0, False, 0, [])
    assert hits and hits[0].year == 2027
