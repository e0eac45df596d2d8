"""Target cues of the fifteenth round's false-positive pass (fp15): numbers of a status that runs on, of a list's
make-up, of a comparison and of a report of results, on small made-up texts (no sentence of a real document), with
near-misses that must not fire."""

from extract.rules.target_status import (against_base_figure, closes_with_task_met, counts_item_list, counts_places_where, counts_works_under_way,
                                    defines_people_counted, is_rate_base, modal_is_disposal, names_a_format, is_towards_not_pairs, modal_is_plan_noun,
                                    perfective_before, pledge_is_over, ready_to_open, refers_back, reports_actual_outturn, share_of_plan_done, states_only, without_item_mark,
                                    opens_with_amount, selects_cases,
                                    opens_with_period_to_date, serves_named_places, status_runs_on, title_reports_results)
from rules_kit import records


def values(text):
    return [round(r.value, 4) for r in records(text, "numeric_target")]


# -- a status runs on in its sentence ---------------------------------------------------------------------------------


def test_status_runs_on_through_its_breakdown():
    text = "某镇2031年教育工作计划\n一、主要任务\n1.某镇现有卫生院2所,医生64人,其中全科医生21人,持证率95%。\n2.新建幼儿园2所。"
    assert values(text) == [2.0]


def test_status_runs_on_near_misses():
    # a number with a cue of its own after the status keeps it
    text = "某镇2031年教育工作计划\n一、主要任务\n1.某镇现有小学6所,新建幼儿园2所,其中公办1所。"
    assert values(text) == [2.0, 1.0]
    assert status_runs_on(True, ("section:plan",))
    assert not status_runs_on(False, ("section:plan",))  # no status before it
    assert not status_runs_on(True, ("target_verb",))  # its own verb decides


# -- a paragraph that opens with an amount cut from the sentence before ----------------------------------------------


def test_cut_amount_shares_the_past_before_it():
    text = ("某区2031年教育工作计划\n一、主要任务\n1.发放助学资金:任务数120人。1-6月完成130人,下拨资金12.\n"
            "5万元,其中甲校7.5万元,乙校5万元。")
    assert values(text) == [120.0]


def test_opening_amount_near_misses():
    assert opens_with_amount("65万元(其中甲类40万元)。")
    assert not opens_with_amount("1、新建学校3所。")  # a list item
    assert not opens_with_amount("2031年:新建学校3所。")  # a year
    assert not opens_with_amount("新建学校3所。")  # words before the number
    assert not opens_with_amount("120人次:全年培训")  # a row label


# -- the count of a list's items (N12a) -----------------------------------------------------------------------------


def test_count_of_a_list_is_no_target():
    assert values("今年安排为民办实事项目共4大类15项,总投资1亿元。") == [1.0]  # its make-up
    assert values("某区今年将实施惠民项目,共包括养老、教育等5个方面22个项目。") == []
    assert values("今年新增6项包括:新建幼儿园3所,新增托位400个。") == [3.0, 400.0]  # the items set out after
    assert values("某县有8个项目纳入今年的惠民工程。") == []  # what a list takes in


def test_count_of_a_list_near_misses():
    assert 12.0 in values("某区今年将实施重点民生实事12件,总投资3亿元。")  # no items set out in the sentence
    assert values("某区将实施25件为民办实事项目。") == [25.0]  # the count before the list: what is delivered
    assert values("今年某市将实施托育、养老等4大类30个项目。") == [30.0]  # no 共 nor 包括
    assert not counts_item_list("新建", "所", "包括:甲校、乙校")  # a count of schools, not of items
    assert not counts_item_list("新建学校", "所", "")


# -- figures of a comparison (N13, N17c) ----------------------------------------------------------------------------


def test_figures_of_a_comparison_are_no_targets():
    assert values("某区明年教育开支预算约30亿元,较五年前的约20亿元,增加约50%。") == [30.0]
    text = "某市2031年教育工作计划\n一、主要任务\n明年教育开支预算为90亿元,占整体政府经常开支9%。"
    assert values(text) == [90.0]
    assert against_base_figure("与本年度修订预算的", "与本年度修订预算的", "亿元")
    assert against_base_figure("与本年度修订预算的80亿元比较,开支增加约", "开支增加约", "亿元")


def test_comparison_near_misses():
    assert values("某区较上年的2万个学位,将增加3000个学位。") == [3000.0]  # a change with a commitment of its own
    assert not against_base_figure("与本年度修订预算的80亿元比较,开支将增加约", "开支将增加约", "亿元")
    assert not against_base_figure("到2031年,体育产业增加值占GDP", "体育产业增加值占GDP", "%")  # no spending whole
    assert not against_base_figure("某区明年教育开支增加约", "某区明年教育开支增加约", "亿元")  # no base figure


# -- a title that reports results ----------------------------------------------------------------------------------


def test_result_titles_make_a_report():
    text = "某区2031年重点民生实事自查报告\n一、幼儿园建设\n收购资金为置换资金135万元,安排维修资金60万元。"
    assert values(text) == []
    assert title_reports_results("某区文旅局2031年政府工作报告上半年工作落实结果")
    assert title_reports_results("某县教育局关于2031年重点民生实事考核自 查 报 告")


def test_result_title_near_misses():
    text = "某区2031年重点民生实事工作计划\n一、幼儿园建设\n收购资金为置换资金135万元,安排维修资金60万元。"
    assert values(text) == [135.0, 60.0]
    assert not title_reports_results("关于报送2031年落实结果的通知")
    assert not title_reports_results("某区自查报告编写要求")


# -- a period to date that opens a sentence ---------------------------------------------------------------------------


def test_period_to_date_in_words_reports():
    assert values("半年来,全区新建幼儿园3所。") == []
    assert opens_with_period_to_date("一年来,新建学校3所。")
    assert opens_with_period_to_date("两年多来,新建学校3所。")


def test_period_to_date_near_misses():
    assert values("未来一年,共投入建设资金1.2亿元。") == [1.2]  # a period ahead
    assert not opens_with_period_to_date("今年,新建学校3所。")
    assert not opens_with_period_to_date("计划一年来完成,新建学校3所。")  # not at the opening


# -- the places a measure is done for, named then totalled (N12a) ----------------------------------------------------


def test_named_places_served_are_no_amount():
    assert values("某县今年将为甲校、乙校等4所学校配齐图书。") == []
    assert values("某县今年将为甲园、乙园、丙园 3 所幼儿园更新玩具。") == []


def test_named_places_near_misses():
    assert values("某县今年将为5所学校配备校长。") == [5.0]  # no places named
    assert values("某县今年将为民办实事新建甲园、乙园2所幼儿园。") == [2.0]  # what is built
    assert not serves_named_places("为甲校、乙校等", "名", "教师")  # a count of people
    assert not serves_named_places("为甲校、乙校等", "所", "的")  # no place after the count


# -- a run of results closed by the task met --------------------------------------------------------------------------


def test_results_closed_by_task_met():
    assert values("2031年,改造操场14个,增设图书室9间,圆满完成建设任务。") == []
    assert closes_with_task_met(",新增学位2万个,圆满完成建设任务。")


def test_task_met_near_misses():
    assert values("2032年,将新增学位2万个,确保超额完成年度任务目标。") == [2.0]  # a modal of its own
    assert values("2031年,完成新建学校项目12个,超额完成年度任务目标,并将新增学位2万个。") == [2.0]  # goes on after it
    assert not closes_with_task_met(",超额完成年度任务,并新增学位2万个。")
    assert not closes_with_task_met("。超额完成年度任务。")  # another sentence


# -- the places where a measure is done, counted after 在 (N12b) ------------------------------------------------------


def test_places_counted_after_at_are_no_amount():
    assert values("某区今年将在12个街道新建托育点30个。") == [30.0]
    assert values("某区今年将在8个公园增设座椅。") == []


def test_places_counted_near_misses():
    assert 3.0 in values("某区今年将在3个月内完成改造学校5所。")  # a time limit
    assert not counts_places_where("某区今年将在", "个月", "内完成")
    assert not counts_places_where("某区今年将新建", "个", "托育点")  # no 在
    assert not counts_places_where("在", "个", "方面取得突破")  # no place


# -- a bound that selects which schools or firms (N12) --------------------------------------------------------------


def test_bounds_that_select_cases_are_no_targets():
    assert values("今年将为在校生超过800人的学校配备校医。") == []
    assert selects_cases("对职工总数", "人", "(含)以下的企业暂免征收")


def test_case_bound_near_misses():
    assert values("今年将每年培训教师不少于2次。") == [2.0]  # a bound of an amount to reach
    assert not selects_cases("新建", "所", "学校")
    assert not selects_cases("覆盖率超过", "%", "的学校")  # a share is no case bound of a count


# -- a frequency that says who is counted (N12b: ``1次及以上``) -------------------------------------------------------


def test_frequency_defining_the_people_counted():
    assert values("到2031年,每周参加体育锻炼不少于4次、每次不少于40分钟的人数比例达到35%。") == [35.0]
    assert defines_people_counted("次", "及以上体育锻炼的人数达4亿")


def test_frequency_near_misses():
    assert values("到2031年,学校每周开展体育活动不少于3次。") == [3.0]  # the frequency is the requirement
    assert not defines_people_counted("次", ",参加的人数达5亿")  # the count of people is in another clause
    assert not defines_people_counted("%", "的人数比例")


# -- ``计划``/``规划`` as a plan's name, no modal -------------------------------------------------------------------------


def test_plan_noun_lends_no_modal():
    assert values("某市公布幼儿园项目名单,其中市计划项目园12所。") == []
    assert values("新规划的篇幅比“十二五”规划增加15%。") == []
    assert modal_is_plan_noun("首期行动计划使全区入园率达到")
    assert modal_is_plan_noun("在主要目标上,篇幅比“十二五”规划增加")  # the 要 of 主要 is no modal


def test_plan_noun_near_misses():
    assert values("某区今年计划新建学校3所。") == [3.0]  # the verb
    assert values("某区拟新建学校3所。") == [3.0]
    assert not modal_is_plan_noun("全市计划投资")
    assert not modal_is_plan_noun("行动计划将新建")  # another modal word
    assert not modal_is_plan_noun("新建学校")  # no modal at all


# -- the preposition 对 after an item number, no pairs --------------------------------------------------------------


def test_item_number_before_towards_is_no_count():
    assert values("二、重点任务\n1.5对甲馆陈列厅进行改造。") == []
    assert is_towards_not_pairs("对", "城区800名学生发放助学金")


def test_pairs_near_misses():
    assert values("今年将新增结对学校40对以上。") == [40.0]
    assert values("今年将新增师徒结对30对,实现全覆盖。") == [30.0]
    assert not is_towards_not_pairs("所", "甲馆进行改造")


# -- a pledge whose outcome its sentence reports (N11a) ---------------------------------------------------------------


def test_pledge_over_gives_nothing():
    assert values("甲市2028至2031學年度推動計畫,目標是4年內新增公幼至少100班,最終增加了120班。") == []
    assert pledge_is_over("曾承诺3年内让全部教室装空调,经费", "亿元,但至今无法完成。")


def test_pledge_near_misses():
    assert 60.0 in values("甲市目標是3年內增加公立幼兒園至少60班。")  # still running
    assert not pledge_is_over("新增", "班,最终增加了120班。")  # no pledge before it
    assert not pledge_is_over("目标是新增", "班。最终增加了120班。")  # the outcome in another sentence


# -- which cases, after an item marker or by a size class (N12) -----------------------------------------------------


def test_cases_after_item_marker_and_size_class():
    text = "某市文化建设实施方案\n三、补助标准\n(一)对新建800平方米以上场馆的文化中心每家补助10万元。"
    assert values(text) == [10.0]
    assert values("某市文化建设实施方案\n二、具体任务\n为15户以上的自然村接通宽带,新增用户8000户。") == [8000.0]
    assert without_item_mark("(一)对建成") == "对建成"
    assert without_item_mark("3.对超过") == "对超过"


def test_item_marker_near_misses():
    # a size with no 对 after the marker is a planned size
    assert values("某市文化建设实施方案\n二、具体任务\n(一)建成1000平方米以上的文化站3个。") == [1000.0, 3.0]
    assert without_item_mark("对建成") == "对建成"
    assert without_item_mark("2.5万元") == "2.5万元"  # a decimal, no marker
    assert not selects_cases("新增用户", "户", "")


def test_household_size_class_is_no_amount():
    assert 1.0 not in values("明年起,2至5人家庭的生活津贴每月增加300元。")
    assert selects_cases("维持", "人", "家团4,350元")
    assert not selects_cases("培训", "人", "次")


# -- ``only (about)`` states how small a figure is now (N13) ---------------------------------------------------------


def test_only_states_a_status():
    assert 2000.0 not in values("甲县公立幼儿园今年提供的名额仅约2000人。")
    assert states_only("录取率仅约")


def test_only_near_misses():
    assert not states_only("每人仅限申请")  # a limit
    assert values("甲县将新增名额2000人。") == [2000.0]


# -- a count that points back at things already counted (G4a, N12a) -------------------------------------------------


def test_back_reference_is_no_new_count():
    text = "明年春季,甲园、乙园等6所幼儿园将投入使用。新建的6所幼儿园位于东区和西区。"
    assert values(text) == [6.0]
    assert refers_back("规划的", "所")


def test_back_reference_near_misses():
    assert values("今年新增幼儿园6所。") == [6.0]
    assert values("新建的幼儿园将提供学位900个。") == [900.0]
    assert not refers_back("规划的", "万元")  # an amount, not a count of things


# -- works under way, counted (N13), their money kept (N17d) -------------------------------------------------------


def test_works_under_way_count_is_status():
    assert values("某县正全力推进甲、乙等5个校舍项目,总投资1.2亿元。") == [1.2]
    assert values("另有6个项目正在推进,计划投资3000万元。") == [3000.0]


def test_works_under_way_near_misses():
    assert values("今年将推进教育建设项目5个,总投资1.2亿元。") == [5.0, 1.2]
    assert not counts_works_under_way("正在推进", "万元", "")  # money stays


# -- a completion rate of a plan (N13a) -----------------------------------------------------------------------------


def test_share_of_plan_done_is_status():
    assert 62.5 not in values("2031年度累计完成投资5000万元,完成年度投资计划的62.5%。")
    assert share_of_plan_done("占全年目标任务的", "%")


def test_share_of_plan_near_misses():
    assert values("到2031年,学校标准化建设完成率达到100%。") == [100.0]
    assert not share_of_plan_done("完成年度投资计划的", "万元")


# -- an actual outturn, also with characters the page masked (N13) ---------------------------------------------------


def test_actual_outturn_masked_is_a_result():
    text = "某区2031年教育工作计划\n一、主要任务\n1.发放营养餐补助:任务数是1500人。上半年实际完**数是1600人(其中甲校500人,乙校1100人)。"
    assert values(text) == [1500.0]
    assert reports_actual_outturn("上半年实际完成数是")


def test_actual_outturn_near_misses():
    assert values("某区2031年教育工作计划\n一、主要任务\n1.发放营养餐补助:计划完成数是1500人。") == [1500.0]
    assert not reports_actual_outturn("实际完成 1 2 4.新投放")  # a column head before another item's words


def test_rate_base_is_no_count():
    assert values("到2031年,每10万人口在校大学生数达到3000人。") == [3000.0]
    assert is_rate_base("每", "万人", "口在校大学生数")


def test_rate_base_near_misses():
    assert values("到2031年,每校配备2名心理教师。") == [2.0]
    assert not is_rate_base("新增", "万人", "口")


# -- facilities about to open are built (G4a, N13) --------------------------------------------------------------------


def test_about_to_open_is_status():
    assert values("某市20所新幼儿园即将开园,可提供学位6000个") == []
    assert values("某区今年有7所幼儿园即将投用") == []


def test_about_to_open_near_misses():
    assert values("某区今年新建幼儿园1所,2031年投入使用。") == [1.0]
    assert values("某区今年新建幼儿园1所,即将开工。") == [1.0]  # works to start
    assert not ready_to_open("新建幼儿园", "所,将于明年投入使用")


# -- a verb with the perfective 了 right before the number (N13) -----------------------------------------------------


def test_perfective_before_is_done():
    assert values("今年3月,县教育局走访了45名教师,为学校配备了30台电脑。") == []
    assert perfective_before("并分析了 ")


def test_perfective_near_misses():
    # the list a sentence with 了 announces still gives its targets
    assert values("2031年,某区共设置了20项计划指标。其中,地区生产总值增长7%以上。") == [7.0]
    assert values("为了100名学生的安全,将新建围墙2000米。") == [2000.0]
    assert not perfective_before("除了")
    assert not perfective_before("考察了优秀教师")  # not right before the number


def test_count_with_names_listed_after_it():
    assert values("本批改扩建项目有5个,包括甲小学、乙中学、丙幼儿园。") == []
    assert 5.0 in values("今年将改扩建项目5个,包括甲小学、乙中学。")  # no 有: the count the verb takes on


# -- 将 as 把 in a report: what was done to the schools --------------------------------------------------------------


def test_disposal_jiang_in_a_report_is_no_modal():
    text = "某县教育局2031年工作总结\n一、学校布局调整\n将甲小学等9所学校并入乙校,撤并丙中学等4所学校。"
    assert values(text) == []
    assert modal_is_disposal("将甲小学等", "学校并入乙校")


def test_disposal_near_misses():
    assert values("某县教育局2031年工作总结\n一、学校布局调整\n明年将新建学校3所。") == [3.0]
    assert not modal_is_disposal("将新建学校", "")
    assert not modal_is_disposal("计划将甲小学等", "学校并入乙校")  # another modal word


def test_format_names_and_household_classes():
    assert values("今年将新建5人制足球场12个。") == [12.0]
    assert values("今年将对40户以上的木结构连片村寨实施改造,惠及农户1万户。") == [1.0]
    assert names_a_format("人", "制足球场")


def test_format_and_household_near_misses():
    assert values("今年将引导600名以上毕业生到企业就业。") == [600.0]
    assert not names_a_format("人", "次")


def test_count_of_what_is_set_out_below():
    assert values("以下是本报整理的12个区县今年的重点工作:") == []
    assert counts_item_list("以下是本报整理的", "个", "区县")
    assert not counts_item_list("今年将新建", "个", "学校")
