"""Cues of the sixteenth round's pass over the remaining errors (rest16), on small made-up texts (no sentence of a real
document), with near-misses that must not fire."""

from extract.rules.past_results import answers_proposal, reply_reports_done, sentence_at
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
    assert _done("走访70余户困难家庭", "70", ("target_verb",))
    assert _done("指导全镇16个社区完成垃圾分类评估", "16", ("target_verb",))
    assert _done("2031年举办4期消防讲座", "4", ("target_verb",))
    assert _done("甲局负责人5次到乙村实地查看,并计划增设8个站点", "5", ("section:plan",))  # the plan is another clause's
    assert _done("全市累計輔導1300名長者參與健康講座", "1300", ("target_verb",))  # Traditional script


def test_reply_reports_done_near_misses():
    assert not _done("要求每季度至少开展3次防汛演练", "3", ("comparator", "target_verb"))  # a bound
    assert not _done("严格落实每月1次水质检测制度", "1", ("target_verb",))  # a standing rate
    assert not _done("保障長者每週3次的健康巡訪", "3", ("target_verb",))  # a standing rate, Traditional
    assert not _done("该站明年将增设9个网点", "9", ("target_verb",))  # still to come
    assert not _done("到2032年底,实现配备比例达到100%", "100", ("target_verb",))  # a deadline ahead
    assert not _done("该中心可设置40张床位,容纳90名老人", "90", ("section:plan",))  # a capacity
    assert not _done("计划增设9个网点", "9", ("target_verb", "modal"))  # a modal cue


def test_sentence_at_finds_first_digit():
    text = "前一句。甲校每天开设1节课,乙校2节。后一句"
    s, p = sentence_at(text, text.index("甲"), text.index("课"))
    assert s == "甲校每天开设1节课,乙校2节" and s[p] == "1"


def test_reply_pipeline_drops_done_keeps_standard():
    text = ("甲委员:\n您提出的《关于加强某区居家养老服务的提案》收悉,现答复如下:\n"
            "一、关于助老服务的推进情况\n"
            "我区走访70余户独居老人,新建社区助餐点15个。"
            "严格落实每周不少于2次的上门巡访。明年将新建3所社区食堂。")
    got = targets(text)
    assert (2.0, "次") in got and (3.0, "所") in got
    assert (70.0, "户") not in got and (15.0, "个") not in got


def test_plan_pipeline_keeps_same_figures():
    # the same figures in a plan (no reply opening) stay targets
    text = ("某区居家养老服务提升方案\n一、主要任务\n"
            "培训70名助老员,新建社区助餐点15个。")
    got = targets(text)
    assert (70.0, "名") in got and (15.0, "个") in got


def test_heading_looks_ahead():
    from extract.rules.past_results import heading_looks_ahead
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
    from extract.rules.past_results import dated_in_data_year
    text = "某部介绍,2031年全国托育机构达到9万家。2029年至2031年,中央财政下达资金20亿元,支持300家机构建设。"
    i = text.index("中央")
    assert dated_in_data_year(2031, 2031, text, i, i + 14)
    assert dated_in_data_year(2030, 2031, text, 0, 20)


def test_dated_in_data_year_near_misses():
    from extract.rules.past_results import dated_in_data_year
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
    from extract.rules.past_results import plans_in_own_clause
    s = "全县共规划14座文化站,其中3座已在兴建中"
    assert plans_in_own_clause(s, s.index("14"))
    s = "某署已在甲区预留用地,期望合共可以提供约650个托位"
    assert plans_in_own_clause(s, s.index("650"))
    s = "以2031至2034学年增加120班以上为目标,经统计已增加50班"
    assert plans_in_own_clause(s, s.index("120"))
    s = "全縣共計規劃6座圖書分館,其中2座已完工"  # Traditional script
    assert plans_in_own_clause(s, s.index("6"))


def test_plans_in_own_clause_near_misses():
    from extract.rules.past_results import plans_in_own_clause
    s = "规划建设的12所学校已全部建成"  # a past marker of its own clause
    assert not plans_in_own_clause(s, s.index("12"))
    s = "某署已在甲区预留用地,提供650个托位"  # no plan word
    assert not plans_in_own_clause(s, s.index("650"))
    s = "规划建筑总面积12000平方米,已竣工"  # the design's measure
    assert not plans_in_own_clause(s, s.index("12000"))
    s = "(某社)\n目标价上调至50元"  # a price target, not a plan's
    assert not plans_in_own_clause(s, s.index("50"))


def test_plans_pipeline():
    text = ("某县文化站建设\n县文化局指出,全县共计规划14座文化站,甲镇文化站已在兴建中。\n"
            "某局表示,已在乙区预留用地,期望合共可以提供约650个托位,但与需求仍有差距。\n")
    got = targets(text)
    assert (650.0, "个") in got


# -- a story's credit line closes its list --------------------------------------------------------------------------


def test_is_credit_line():
    from extract.rules.past_results import is_credit_line
    assert is_credit_line("(某社)")
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
    from extract.rules.past_results import changes_over_named_year as c
    before = "岁出预算总额为1,400亿元,较130年度增加"
    assert c(before, "较130年度增加")
    before = "岁入岁出差短80亿元,较2031年度减少9亿元,降幅达"
    assert c(before, "降幅达")
    before = "地方稅收編列75億元,較120年度成長"  # Traditional script
    assert c(before, "較120年度成長")


def test_changes_over_named_year_near_misses():
    from extract.rules.past_results import changes_over_named_year as c
    assert not c("收入比2030年度增长", "收入比2030年度增长")  # no figure before: the target itself
    assert not c("人数比例达到32%以上,比2030年提高", "比2030年提高")  # a calendar year: a plan's own target
    assert not c("降幅达", "降幅达")  # no change before the rate


def test_changes_over_named_year_pipeline():
    text = ("某市总预算\n主计处指出,某市130年度岁出预算总额为1,400亿元,较129年度增加120亿元,增幅达9.4%。\n")
    got = targets(text)
    assert (120.0, "亿元") not in got and (9.4, "%") not in got


# -- an amount right after a funding noun is money set aside --------------------------------------------------------


def test_names_funding_cue():
    from extract.rules.past_results import names_funding as f
    assert f("某养老中心规划总经费为", "万元", "status:为")
    assert f("主體工程經費佔", "萬元", "status:占")  # Traditional script
    assert f("其次是“文化体育”支出", "万元", "bare")
    assert f("附属单位预算案支出规模为", "亿元", "status:为")


def test_names_funding_near_misses():
    from extract.rules.past_results import names_funding as f
    assert not f("决算支出为", "亿元", "status:为")  # an outturn
    assert not f("去年教育经费为", "亿元", "status:为")  # a past year
    assert not f("已支出", "万元", "bare")
    assert not f("经费占", "%", "status:占")  # no money
    assert not f("总经费为", "亿元", "past_marker")  # another rejection stands


def test_names_funding_pipeline():
    text = ("某县养老中心动工\n某县养老中心规划总经费为3亿512万元,设置床位80张。\n")
    assert (30512.0, "万元") in targets(text)
    text2 = ("某市总预算\n某市预算以教育支出最多,其次是“文化体育”支出45亿1200万元。\n")
    assert (451200.0, "万元") in targets(text2)


# -- a count right after a verb of upgrading or aiding ---------------------------------------------------------------


def test_upgrades_counted_cue():
    from extract.rules.past_results import upgrades_counted as u
    assert u("全面提升", "座公园照明")
    assert u("3.巩固提升", "处应急站点;")
    assert u("改善全县", "所学校食堂条件")
    assert u("繼續補助全區", "家農家書屋")  # Traditional script
    assert u("重点扶持", "个特色集镇发展")


def test_upgrades_counted_near_misses():
    from extract.rules.past_results import upgrades_counted as u
    assert not u("覆盖率提升至", "%")  # a level after 至
    assert not u("提升服务,覆盖", "个村")  # the verb stands in another clause
    assert not u("某市扶持", "家小微企业发展行动方案\n")  # a document's name


def test_upgrades_counted_pipeline():
    text = ("某县今年民生实事\n今年,某县将办好12件民生实事。具体包括:\n全面提升45座公园照明。\n"
            "继续补助全区90家农家书屋。\n")
    got = targets(text)
    assert (45.0, "座") in got and (90.0, "家") in got


def test_names_funding_needs_copula_for_funds_noun():
    from extract.rules.past_results import names_funding as f
    assert not f("学校购置经费", "万元", "bare")  # a fund's noun run into its amount
    assert f("学校购置经费为", "万元", "status:为")


# -- a fiscal year's total budget with its amount is a goal of that year (O3e) ---------------------------------------


def test_fiscal_budget_year_cue():
    from extract.rules.past_results import fiscal_budget_year as f
    assert f("某市2032年度总预算岁出编列640亿元")[0] == 2032
    assert f("处长报告2032年度总预算案编列情形指出,岁入预算总额为580亿元")[0] == 2032
    assert f("某市在2032年度總預算歲入方面,以稅課收入最多,編列210億元")[0] == 2032  # Traditional script


def test_fiscal_budget_year_near_misses():
    from extract.rules.past_results import fiscal_budget_year as f
    assert f("2032年度总预算案送议会审议")[0] is None  # no amount set down
    assert f("与2031年度总预算编列100亿元相比")[0] is None  # measured against
    assert f("某市2032年预算约52亿元")[0] is None  # no 年度总预算: the older cue reads it


def test_masks_budget_base():
    from extract.rules.past_results import masks_budget_base as m
    s = "岁出编列640亿元,较2031年度增加11亿元"
    assert m(s) == "岁出编列640亿元,较某某某某年度增加11亿元" and len(m(s)) == len(s)
    assert m("2031年度已完成投资5亿元") == "2031年度已完成投资5亿元"


def test_fiscal_budget_goal_pipeline():
    from extract.rules.goals import find_goals
    s = "某市主计处表示,116年度总预算案编列完成,岁入预算总额为900亿元,较115年度减少30亿元。"  # ROC years
    hits = find_goals(s, 0, False, 0, [])
    assert hits and hits[0].year == 2027
