"""Target cues of the fifteenth round (fnB15): misses on short pages of wide fields (民生实事 lists, education, health,
elderly care news), on made-up texts only (某区, 甲园, years like 2031), each with near-misses that must not fire."""

from extract.rules.target_forms import counts_task_heading, works_verb
from rules_kit import records


def targets(text):
    return [(round(r.value, 4), r.unit) for r in records(text, "numeric_target")]


# -- a numbered item of a works list read as a heading ----------------------------------------------------------------


def test_counts_task_heading_star_and_whom():
    assert counts_task_heading("*改建照护床位220张")
    assert counts_task_heading("★新增社区食堂3家")
    assert counts_task_heading("*为甲区学校普通教室安装200台空调")
    assert counts_task_heading("在公共场所增配30台除颤器")
    assert not counts_task_heading("新增养老床位160张")  # (the older cue's own case)
    assert not counts_task_heading("*甲局牵头工作(8项)")  # a name with a count
    assert not counts_task_heading("为民办实事")  # no count
    assert not counts_task_heading("*改建床位220张,新增食堂3家")  # a clause mark: the sentence cue's


def test_star_items_of_a_works_list_give_targets():
    text = ("2031年某区实事项目安排\n\n一、实事项目\n\n(一)老有所养\n\n1.*改建照护床位220张\n\n2.*新增社区食堂3家\n\n"
            "(二)儿童友好\n\n3.*为甲区学校普通教室安装200台空调\n\n4.*开设暑托班40个\n")
    got = targets(text)
    assert (220, "张") in got and (200, "台") in got


# -- verbs of works ---------------------------------------------------------------------------------------------------


def test_works_verb():
    assert works_verb("在居民小区增配")
    assert works_verb("“一事一议”硬化村内巷道")
    assert works_verb("硬化农村道路")
    assert works_verb("推动")
    assert not works_verb("动脉硬化患者")
    assert not works_verb("道路硬化率")
    assert not works_verb("配备")


def test_works_verb_gives_a_target_outside_an_outline():
    assert (30, "台") in targets("某区今年在公共场所增配30台除颤器。")
    assert (12, "万平方米") in targets("某县今年硬化村内道路12万平方米。")
    assert targets("某县有动脉硬化患者1200人。") == []
    assert (300, "项") in targets("某市今年推动300项政务服务事项跨省通办。")
    assert targets("某市去年推动300项政务服务事项跨省通办。") == []  # a result


# -- a space between a number and its measure word --------------------------------------------------------------------


def test_pads_quantity():
    from extract.rules.target_forms import pads_quantity
    t = "新增480 张养老床位"
    assert pads_quantity(t, t.index("480"), t.index("张"))
    t = "为1000 户老人家庭安装水表"
    assert pads_quantity(t, t.index("1000"), t.index("户"))
    t = "比例达到96 %以上"
    assert pads_quantity(t, t.index("96"), t.index("%"))
    t = "甲乡10 张庄镇40"
    assert not pads_quantity(t, t.index("10"), t.index("张"))
    t = "成为10 个镇之一"
    assert not pads_quantity(t, t.index("10"), t.index("个"))


def test_spaced_measure_after_a_verb_is_kept():
    assert (480, "张") in targets("2031年某区新增480 张养老床位,为1000 户老人家庭安装水表。")
    assert (1000, "户") in targets("2031年某区新增480 张养老床位,为1000 户老人家庭安装水表。")
    assert (96, "%") in targets("到2031年,某区初中毕业生升学比例达到96 %以上。")
    assert (10, "张") not in targets("2031年分配名额:甲乡10 张庄镇40 乙镇5。")


# -- ``共计划`` is a plan, not the total ``共计`` -------------------------------------------------------------------------


def test_gong_jihua_is_no_total():
    from extract.cues import status_cue
    assert status_cue("全市共计划建设公办幼儿园") is None
    assert status_cue("全市共计建设公办幼儿园") == "status:共计"
    assert (38, "所") in targets("2031年全市共计划建设公办幼儿园38所。")
    assert targets("去年全市共计建设公办幼儿园38所。") == []


# -- a label line naming a list of 实事 by its count ------------------------------------------------------------------


def test_names_counted_works_list():
    from extract.rules.target_forms import names_counted_works_list
    assert names_counted_works_list("十大民生实事项目")
    assert names_counted_works_list("2031年某区十件民生实事清单")
    assert names_counted_works_list("某县10件为民办实事项目:")
    assert not names_counted_works_list("八件民生实事完成情况")
    assert not names_counted_works_list("某区关于落实某市十件民生实事的进展情况汇报")
    assert not names_counted_works_list("某区人代会票决产生了十大民生实事")
    assert not names_counted_works_list("民生实事项目")  # no count: the older cue wants a year


def test_items_under_a_counted_list_label_are_targets():
    text = ("3月1日,某区人代会票决产生了2031年度某区十大民生实事。\n会上,代表们从12个候选项目票选出10个项目。\n"
            "十大民生实事项目\n万名长者乐享智慧养老\n20万学生视力筛查全覆盖\n10个口袋公园建设\n文/某报记者:张三\n")
    got = targets(text)
    assert (20, "万") in got and (10, "个") in got
    # without the label line the bare counts stay statuses
    assert targets(text.replace("十大民生实事项目\n", "")) == []


# -- a share that a commitment sets -----------------------------------------------------------------------------------


def test_commits_share():
    from extract.rules.target_forms import commits_share
    c = "力争到2031年某市公办园占幼儿园总数的"
    assert commits_share(c, c)
    assert commits_share("今年的目标是,公办园占全市幼儿园总数的", "公办园占全市幼儿园总数的")
    assert not commits_share("目前全市公办园占幼儿园总数的", "目前全市公办园占幼儿园总数的")
    assert not commits_share("某园占地", "某园占地")  # the site, not a share
    assert not commits_share("力争到2031年新建幼儿园", "新建幼儿园")  # no share


def test_committed_share_is_a_target_in_news():
    got = targets("某报讯 某市教育局表示,力争到2031年公办园占幼儿园总数的80%。目前全市公办园占幼儿园总数的62%。")
    assert (80, "%") in got and (62, "%") not in got


# -- a rate written without its sign ----------------------------------------------------------------------------------


def test_rate_without_sign():
    from extract.rules.target_forms import rate_without_sign
    assert rate_without_sign("家长满意率在", "80", "以上。")
    assert rate_without_sign("测试合格率达", "90", "以上")
    assert not rate_without_sign("学生数在", "80", "以上")  # no rate word
    assert not rate_without_sign("合格率达", "90", "。")  # no ``以上``
    assert not rate_without_sign("合格率达", "120", "以上")  # no share


def test_rate_without_sign_gives_a_unitless_target():
    text = "甲园五年规划\n一、目标\n(一)园务管理1、形成一套管理制度;2、每学年完成一份汇报。3、家长满意率在85以上。\n"
    recs = records(text, "numeric_target")
    assert [(r.value, r.unit, r.comparator) for r in recs] == [(85, "", ">=")]
    assert targets(text.replace("家长满意率", "班级人数")) == []


# -- works done for the things counted; works on what exists ----------------------------------------------------------


def test_works_for_counted():
    from extract.rules.target_forms import works_for_counted
    assert works_for_counted("为", "栋", "高层住宅实施消防设施改造提升")
    assert works_for_counted("某区为", "万户", "居民用户更换燃气软管")
    assert not works_for_counted("可为", "户", "家庭更换软管")  # a capacity
    assert not works_for_counted("成为", "栋", "样板楼改造")
    assert not works_for_counted("为", "栋", "住宅的业主发放补贴")  # no works


def test_works_for_counted_in_a_list_page():
    text = "2031年某区为民办实事项目包括:为100栋高层住宅实施消防设施改造提升,为5万户居民用户更换燃气软管。"
    got = targets(text)
    assert (100, "栋") in got and (5, "万户") in got


def test_works_on_existing():
    from extract.rules.target_forms import works_on_existing
    assert works_on_existing("推进现有", "个“宝宝屋”扩优提质")
    assert works_on_existing("完成现有", "所学校改造")
    assert not works_on_existing("全区现有", "个“宝宝屋”")
    assert not works_on_existing("推进现有", "个“宝宝屋”开放")  # no upgrade


def test_existing_upgraded_is_a_target():
    got = targets("某区教育服务项目包括:新增2个“宝宝屋”,推进现有23个“宝宝屋”扩优提质。")
    assert (23, "个") in got
    assert (23, "个") not in targets("某区教育服务项目包括:新增2个“宝宝屋”,全区现有23个“宝宝屋”。")


def test_spaced_range_and_hours_as_written():
    from extract.rules.target_forms import pads_quantity
    t = "熟练掌握1-2 项运动技能"
    assert pads_quantity(t, t.index("1-2"), t.index("项"))
    assert (1, "项") in targets("某市将鼓励学生熟练掌握1-2 项运动技能。")
    assert (1, "项") in targets("某市将鼓励学生熟练掌握1-2项运动技能。")
    got = records("2031年起,某市保障学生每天校内、校外各1个小时体育活动时间。", "numeric_target")
    assert [(r.value, r.unit) for r in got] == [(1, "个小时"), (1, "个小时")]


# -- lists that share one number --------------------------------------------------------------------------------------


def test_split_last_joined():
    from extract.rules.target_forms import split_last_joined
    assert split_last_joined([(0, "甲中心"), (4, "乙食堂及丙之家")]) == [(0, "甲中心"), (4, "乙食堂"), (8, "丙之家")]
    assert split_last_joined([(0, "中小学及幼儿园")]) == [(0, "中小学及幼儿园")]  # no ``、`` list
    assert split_last_joined([(0, "甲园"), (3, "乙及丙")]) == [(0, "甲园"), (3, "乙及丙")]  # one-character sides


def test_each_of_a_list_joined_at_its_end():
    got = records("2031年某区新增甲中心、乙食堂及丙之家各3处。", "numeric_target")
    assert len(got) == 3 and {"乙食堂", "丙之家"} <= {r.indicator for r in got}


def test_jointly_exceeded_with_a_word_holding_yu():
    from extract.rules.target_cues import jointly_reached
    assert jointly_reached("教师参与率与学生覆盖率均超") == ((0, "教师参与率"), (6, "学生覆盖率"))
    assert jointly_reached("教师参与率均超") is None  # one measure
    got = records("2031年,某区课后服务教师参与率与学生覆盖率均超90%。", "numeric_target")
    assert len(got) == 2 and all(r.comparator == ">" for r in got)


# -- values under a label that names them targets ---------------------------------------------------------------------


def test_under_value_label():
    from extract.rules.target_forms import under_value_label
    assert under_value_label("计算公式 甲率=年内已管理人数/总人数*100%指标值:甲管理率:")
    assert under_value_label("目标值：乙控制率:")
    assert not under_value_label("指标值:甲管理率:30%;实际完成:")  # a result after the label
    assert not under_value_label("甲管理率:")  # no label
    assert not under_value_label("基期值:甲管理率:")


def test_value_label_form_gives_targets():
    text = "计算公式 甲管理率=年内已管理人数/辖区内患者总人数*100%指标值:甲管理率:30%乙控制率: 50%"
    assert targets(text) == [(30, "%"), (50, "%")]
    assert targets(text.replace("指标值", "完成值")) == []


# -- a row of cells read as running text ------------------------------------------------------------------------------


def test_pipe_is_a_clause_bound_of_a_row_read_as_text():
    text = ("某区2031年民生实事进展\n序号 年份 项目 内容\n"
            "4 | 2031 | 实施20所中小学清凉工程 | 对20所学校的配电房进行改造,为教室安装空调300台 | 当年完成 |\n")
    quotes = [r.quote for r in records(text, "numeric_target")]
    assert "实施20所" in quotes and "对20所" in quotes  # each from its own cell, not from the row's number


# -- a measure written once after a pair of values --------------------------------------------------------------------


def test_shared_unit():
    from extract.rules.target_forms import shared_unit
    assert shared_unit("和2.9个百分点") == "个百分点"
    assert shared_unit("、5%") == "%"
    assert shared_unit("和2号楼") is None  # a name's number
    assert shared_unit("个百分点") is None


def test_pair_with_one_measure_gives_two_targets():
    got = targets("某市全民健身计划\n一、目标任务\n到2031年,城乡居民体育锻炼比例分别达到38%和30%以上,"
                  "分别比2026年提高4.9和2.9个百分点。\n二、主要措施\n(一)加强场地建设。\n")
    assert (4.9, "个百分点") in got and (2.9, "个百分点") in got
    assert targets("2026年某市城乡居民体育锻炼比例分别比上年提高4.9和2.9个百分点。") == []  # a result


# -- last year as the base of a planned change ------------------------------------------------------------------------


def test_masks_prior_year_base():
    from extract.rules.target_forms import masks_prior_year_base
    assert "去年" not in masks_prior_year_base("招生数较去年增加5%", "goal")
    assert "去年" not in masks_prior_year_base("数目比去年有所提高", "plan")
    assert masks_prior_year_base("招生数较去年增加5%", "none") == "招生数较去年增加5%"  # a report
    assert "去年" in masks_prior_year_base("去年新建学校5所", "plan")  # the past itself


def test_change_over_last_year_in_a_goal_section():
    text = ("某县2031年教育工作计划\n一、工作目标\n(一)职业教育:进一步扩大招生规模,招生数较去年增加5%;“双师型”数目比去年有所提高。\n"
            "二、工作措施\n(一)加强队伍建设。\n")
    assert (5, "%") in targets(text)
    assert targets("某县教育局消息:今年全县中职招生数较去年增加5%;“双师型”数目比去年有所提高。") == []


# -- school places after the classes of a planned facility ------------------------------------------------------------


def test_places_after_classes():
    from extract.rules.target_forms import places_after_classes
    assert places_after_classes("涉及初中18个教学班,", "个", "学位,计划明年投入使用")
    assert not places_after_classes("涉及初中18个教学班,", "个", "功能室")
    assert not places_after_classes("新增", "个", "学位")  # no classes before


def test_places_of_a_planned_school_building():
    text = "某校初中部教学楼是某小区的配套工程,总投资3600万元,涉及初中18个教学班,990个学位,计划明年8月投入使用。"
    assert (990, "个") in targets(text)
    assert (990, "个") not in targets("某校初中部于2010年建成,现有18个教学班,990个学位。")


# -- the people a planned amount reaches ------------------------------------------------------------------------------


def test_reach_of_amount():
    from extract.rules.target_forms import reach_of_amount
    assert reach_of_amount("估编5.6亿元照顾", "万人")
    assert reach_of_amount("预算3亿元,惠及约", "万名")
    assert not reach_of_amount("预算3亿元,学生", "万人")  # no verb of reach
    assert not reach_of_amount("估编5.6亿元照顾", "亿元")


def test_reach_shares_the_amount_commitment():
    assert (5, "万人") in targets("某县午餐全面免费估编5.6亿元照顾5万人。")
    assert targets("某县去年已投入5.6亿元照顾5万人。") == []  # money spent: its reach too is a result
