"""Target cues of the sixteenth round's second batch (t24): frames of the genre on small made-up texts (no sentence of a
real document), each with made-up variants (other fields, Traditional script) and near-misses that must not fire."""

from extract.rules.target_phrasings import (changes_over_dated_base, continues_works_item, masks_measured_against_plan, only_item_mark,
                                   masks_done_attribute, news_lead_year, opens_to_month, plans_money_stated, progress_follows_task,
                                   ranks_held)
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit) for r in records(text, "numeric_target")]


# -- an item of a list of the year's works: a verb of its own words, the count, then what it counts --------------------


def test_works_list_items_with_any_verb():
    text = ("某区今年将办好10件民生实事。具体包括:\n新建幼儿园3所。\n改善全区20所学校照明环境。\n"
            "巩固提升80个应急避难点。\n整体提升30所学校、20家医院周边照明。\n")
    assert targets(text) == [(3.0, "所"), (20.0, "所"), (80.0, "个"), (30.0, "所"), (20.0, "家")]


def test_works_list_items_numbered_with_full_stops():
    # the page writes the item's dot as ``。``: ``2。`` is split off as a sentence of its own and breaks no run
    text = ("今年,某县继续开展为民办实事工作,将实施十二个具体项目,如下:\n1。新建10家托育服务点;\n2。改善全县20所学校照明环境;\n"
            "3。持续实施关爱行动;\n4。巩固提升6个避灾点;\n")
    assert targets(text) == [(10.0, "家"), (20.0, "所"), (6.0, "个")]


def test_works_list_items_traditional_script():
    text = "某市明年將推動8項惠民工程,包括:\n新建長照據點12處。\n整體提升30所學校周邊照明。\n優化改善15座公園照明。\n"
    assert targets(text) == [(12.0, "处"), (30.0, "所"), (15.0, "座")]


def test_works_list_item_near_misses():
    assert continues_works_item("改善全区", "所学校照明环境。")
    assert continues_works_item("整体提升30所学校、", "家医院周边照明", "学校、")
    assert not continues_works_item("已改善全区", "所学校照明环境。")  # a result
    assert not continues_works_item("共有学校", "所。")  # a level at the item's end, no object
    assert not continues_works_item("在园幼儿", "人")  # a level at the end
    assert not continues_works_item("该", "所学校将建礼堂")  # a demonstrative, no verb
    assert not continues_works_item("某市", "所学校将建礼堂")  # the count is the subject of a later verb
    assert not continues_works_item("列入实事的", "所学校")  # which schools: a selection closed by 的
    assert not continues_works_item("甲资金", "(其中乙资金0.3亿元)")  # a bracket after the amount, no object
    assert not continues_works_item("现状是,新建", "所学校")  # a later clause
    # a review: the items before it were results, not targets, so the list shares nothing
    text = "某区去年民生实事完成情况\n去年全区已新建幼儿园3所。\n改善全区20所学校照明环境。\n"
    assert targets(text) == []


def test_only_item_mark():
    assert only_item_mark("2")
    assert only_item_mark("12。")
    assert not only_item_mark("共2")
    assert not only_item_mark("2031")


# -- a change over a dated base, after the money figure it changes ------------------------------------------------


def test_budget_change_over_dated_base():
    text = ("某市明年总预算编列完成\n某市121年度总预算岁出编列900亿元,较120年度增加12亿元。"
            "教育支出编列300亿元,較上年度成長7億元,增幅達4.5%。")
    assert targets(text) == [(900.0, "亿元"), (300.0, "亿元")]


def test_budget_change_over_dated_base_other_fields():
    assert changes_over_dated_base("卫生经费编列12亿元,较2031年减少", "较2031年减少", "亿元")
    assert changes_over_dated_base("稅課收入編列260億元,較110年度成長", "較110年度成長", "億元")
    assert changes_over_dated_base("岁入岁出差短90亿元,较2031年度减少9亿元,降幅达", "降幅达", "%")
    assert changes_over_dated_base("拟发行某债券1万亿元、比上年增加", "比上年增加", "亿元")
    assert changes_over_dated_base("某基金规模比上年增加", "某基金规模比上年增加", "万亿元")


def test_budget_change_near_misses():
    # the change of a rate a plan commits to: the plan's own step
    assert not changes_over_dated_base("比例达到32%以上,比2030年提高", "比2030年提高", "个百分点")
    # an extra amount with no base year: money the plan allots
    assert not changes_over_dated_base("乙经费再增加", "乙经费再增加", "亿元")
    # a count a plan commits to change
    assert not changes_over_dated_base("招生数较去年增加", "招生数较去年增加", "%")
    # a change to an end point
    assert not changes_over_dated_base("经费编列9亿元,较2030年度提高到", "较2030年度提高到", "亿元")
    # a rate with no change before it
    assert not changes_over_dated_base("编列9亿元,降幅达", "降幅达", "%")


# -- money that a plan or a budget bill states with ``为`` ---------------------------------------------------------


def test_planned_money_stated_with_wei():
    text = "某县兴建综合服务中心\n某县政府兴建综合服务中心,规划总经费为2亿元,包含甲楼和乙楼。"
    assert (2.0, "亿元") in targets(text)
    text = "某市明年预算\n某市明年某基金预算案支出规模为80亿元。"
    assert targets(text) == [(80.0, "亿元")]


def test_planned_money_variants():
    assert plans_money_stated("某馆规划总投资为", "亿元")
    assert plans_money_stated("本案規畫總經費爲", "億元")
    assert plans_money_stated("明年預算案歲出規模約為", "億元")
    assert plans_money_stated("新园区计划总费用为", "万元")


def test_planned_money_near_misses():
    assert not plans_money_stated("去年全县教育经费支出为", "亿元")  # spent: no plan word
    assert not plans_money_stated("规划覆盖率为", "%")  # not money
    assert not plans_money_stated("规划总经费", "亿元")  # no ``为``: other cues read it
    text = "某县教育工作总结\n去年全县教育经费支出为9亿元。"
    assert targets(text) == []


def test_planned_money_compared_with_last_year():
    text = ("某省今年主要任务\n一、今年重点工作\n政府投资:拟安排某专项债券2万亿元、比上年增加500亿元。"
            "基金:某基金拟按3%左右安排,某基金规模比上年增加0.4万亿元。")
    assert (2.0, "万亿元") in targets(text)
    assert (500.0, "亿元") not in targets(text) and (0.4, "万亿元") not in targets(text)


# -- a progress report up to a month's end: ``截至6月底,…`` tells results, ``占计划N%`` measures them -----------------


def test_progress_to_month_end_gives_nothing():
    text = ("某省为民办实事项目半年进展\n推进托育服务建设。截至6月底,托育机构建设项目开工120个,开工率60%;"
            "省级补助资金已下达0.8亿元,占计划80%。\n"
            "加快保障性住房建设。截止9月末,全省新开工保障性住房2万套,占年任务的55%;已基本建成1.2万套,基本建成率90%。\n")
    assert targets(text) == []


def test_progress_to_month_traditional():
    text = "某縣長照據點進度\n截至10月15日,全縣新設長照據點12處,占計劃任務的60%。\n"
    assert targets(text) == []


def test_progress_to_month_near_misses():
    assert opens_to_month("截至6月底,甲项目开工12个")
    assert opens_to_month("截至2031年5月底,乙工程完工3处")
    assert not opens_to_month("到6月底,要完成甲项目12个")  # a deadline, not up to now
    assert not opens_to_month("6月底前完成甲项目12个")
    # a sentence of the report that commits stays read as a plan
    text = "某省为民办实事项目半年进展\n截至6月底,进展顺利。下半年将新建托育机构30个。\n"
    assert targets(text) == [(30.0, "个")]
    assert "计划" in masks_measured_against_plan("甲中心计划新建12个")  # a plan's own words stay
    assert "将" in masks_measured_against_plan("全县将新建12个")


# -- a rank held marks a report of results ------------------------------------------------------------------------


def test_review_with_rank_and_total_gives_nothing():
    text = ("社会事业\n坚持民生优先,新增就业岗位1200个,城镇调查失业率3.2%。累计获得上级项目40个,项目总量位居全省第二。"
            "改造背街小巷12条,维修校舍8栋。\n")
    assert targets(text) == []


def test_review_with_rank_traditional():
    text = "社會福利\n堅持照顧優先,全縣長照據點累計達40處,數量名列全省前茅。托育中心新增5所,公托床位增設120床。\n"
    assert targets(text) == []


def test_rank_near_misses():
    assert ranks_held("甲项目总量位居全省第二")
    assert ranks_held("排名全區第3")
    assert not ranks_held("新建学校3所")
    # a plan aiming at a rank commits: its numbers stay targets
    text = "某县工作计划\n力争项目总量位居全市前列,累计争取上级项目40个。今年新建学校3所。\n"
    assert (3.0, "所") in targets(text)


# -- a news lead-in, then a past year: what the meeting reviewed -------------------------------------------------------


def test_news_lead_year_recounts():
    text = ("记者从某县残联全体会议上获悉,2030年全县残疾人事业经费投入2000万元,较上年增加3个百分点。"
            "残疾人就业率达70%,超过全市4个百分点。\n2031年,我县将新建残疾人之家3家。\n")
    assert targets(text) == [(3.0, "家")]


def test_news_lead_year_traditional():
    text = "記者從某縣府社會處獲悉,2030年全縣托育補助發放1.2億元。公托使用率達95%。\n明年將再增設公托2所。\n"
    assert targets(text) == [(2.0, "所")]


def test_news_lead_year_near_misses():
    assert news_lead_year("记者从会上获悉,2030年全县新建托育点5处") == 2030
    assert news_lead_year("会议指出,2031年全县新建托育点5处") is None  # no reporter's lead-in
    assert news_lead_year("记者获悉,2030年以来全县新建托育点5处") is None  # a period, read elsewhere
    # a lead-in before a commitment: the sentence commits, no recount opens
    text = "记者从某区教育局获悉,2031年全区将新建幼儿园4所。\n"
    assert targets(text) == [(4.0, "所")]


# -- the task first, then how far it has got ------------------------------------------------------------------------


def test_task_then_progress_keeps_the_task():
    text = "某县为民办实事进展\n1.养老项目:新建托养中心3栋,目前,地基已经完成。\n2.园林项目:新建街心公园8处;加强对已建公园的管护。\n"
    assert targets(text) == [(3.0, "栋"), (8.0, "处")]


def test_task_then_progress_variants():
    assert progress_follows_task("新建长照据点6处,目前已动工4处", 4)
    assert progress_follows_task("共規劃3座運動中心,甲中心已在興建中", 5)
    assert progress_follows_task("改造公厕20座,目前,已完成选址", 4)


def test_task_then_progress_near_misses():
    assert not progress_follows_task("新建学校5所,目前已全部投入使用", 4)  # finished whole: what was done
    assert not progress_follows_task("新建学校5所,已竣工3所", 4)  # past words not said as progress now
    assert not progress_follows_task("去年新建学校5所,目前已动工", 6)  # a past word before the number
    assert not progress_follows_task("新建学校5所", 4)  # no past words at all: other cues decide
    text = "某县民生工作回顾\n新建学校5所,目前已全部投入使用。\n"
    assert targets(text) == []


# -- ``已`` inside the name of what a measure works on ----------------------------------------------------------------


def test_done_attribute_names_what_is_worked_on():
    text = ("某市文明城市创建行动\n一、重点任务\n对 2030 年已达标的二级街(镇)进行提档升级,提档升级街(镇)比例达到 50%以上。\n"
            "對已有據點進行改善,改善比例達到80%。\n")
    assert targets(text) == [(50.0, "%"), (80.0, "%")]


def test_done_attribute_variants():
    assert "已" not in masks_done_attribute("加强对已建公园的管护")
    assert "已" not in masks_done_attribute("對已有長照據點進行改善")
    assert len(masks_done_attribute("对甲校已建成的操场进行翻新")) == len("对甲校已建成的操场进行翻新")


def test_done_attribute_near_misses():
    assert "已" in masks_done_attribute("已对甲街镇进行提档升级")  # 已 is the sentence's own verb
    assert "已" in masks_done_attribute("对甲街镇已完成提档升级")  # no 的 closes a name after it
    text = "某市工作总结\n已对二级街(镇)进行提档升级,提档升级街(镇)比例达到50%。\n"
    assert targets(text) == []


def test_done_attribute_is_no_status_of_the_commitment():
    """(tgtA27) ``对已…的`` names the things a measure works on in the status cue's path too (``已完成`` no status)."""
    text = "二、对已完成改造的6个村级书屋给予兑现每个3万元奖补资金。"
    assert sorted(targets(text)) == [(3.0, "万元"), (6.0, "个")]
    assert targets("二、8个示范社区已完成复核。") == []  # done: status
