"""report_parts: the parts of a page that report what was done (made-up texts)."""

from rules_kit import records

from extract.rules.report_parts import opens_review_frame, review_line, review_part_indices, turns_ahead


# a news page's first eight lines: a review line below them (where a title would flag the whole page as a report)
_LEAD = ("某区人代会开幕\n\n1月9日,某区第五届人代会开幕。\n\n区长甲乙向大会作政府工作报告。\n\n(记者 丙丁)\n\n"
         "图为会议现场。\n\n戊己 摄\n\n某区融媒体中心\n\n本文共两部分。\n\n")


def _values(text):
    return {r.value for r in records(text, "numeric_target")}


def test_review_line_names_a_review_of_what_was_done():
    assert review_line("2041年工作回顾")
    assert review_line("过去五年主要工作回顾")
    assert review_line("某镇2041年上半年民生工作情况总结")
    assert review_line("主要成效:")
    assert review_line("某县国民经济计划执行情况")  # the plan is what was reviewed
    assert not review_line("2041年工作总结和2042年工作计划")  # the line also opens what comes next
    assert not review_line("项目基本情况")  # the state of a project, no review
    assert not review_line("2042年重点工作")
    assert not review_line("全年新建公园4座,新增托位650个。")  # prose, no line of its own
    assert not review_line("指标 | 完成情况")  # a table row


def test_review_frame_and_turns():
    assert opens_review_frame("在2041年工作回顾方面,报告提到,新增就业岗位3.1万个。")
    assert opens_review_frame("回顾过去一年,全县新建桥梁8座。")
    assert not opens_review_frame("2042年,全县将新建桥梁5座。")
    assert opens_review_frame("报告显示,过去的2041年,全市新增就业5.2万人。")  # a report's words on the year gone by
    assert opens_review_frame("市长在报告中指出,一年来,全市新建绿道40公里。")
    assert not opens_review_frame("报告指出,未来一年,全市将新增就业5万人。")
    assert not opens_review_frame("报告指出,2042年,全市新建学校5所。")  # a year named alone may be the plan's
    assert turns_ahead("今年,全区将新建学校3所。")
    assert turns_ahead("下一步,力争新增车位900个。")
    assert turns_ahead("全区将新建学校3所,新增学位2700个。")
    assert not turns_ahead("多措并举应对入学高峰,新增学位5200个。")  # 应对: to cope with, no modal
    assert not turns_ahead("全年新建公园4座,新增托位650个。")


def test_part_runs_from_review_line_to_next_line_of_its_own():
    kinds = ["text"] * 6 + ["heading", "text"]
    paths = [[]] * 6 + [["民生"], ["民生"]]
    texts = ["2041年工作回顾", "全年新建公园4座。", "02", "明年将新建公园2座。", "养老床位增加120张。",
             "2042年重点工作", "一、民生", "新增托位300个。"]
    assert review_part_indices(kinds, paths, texts) == {1}  # the turn ends it; ``02`` is skipped
    texts[3] = "社区食堂增至18家。下一步力争再建6家。"
    assert review_part_indices(kinds, paths, texts) == {1, 4}  # a paragraph that looks ahead is left out, no end
    paths[6:] = [["一年来的主要工作"], ["一年来的主要工作"]]
    assert review_part_indices(kinds, paths, texts) == {1, 4, 7}  # a text paragraph under a heading of work done


def test_bare_figures_of_a_review_part_are_results():
    text = (_LEAD + "2041年工作回顾\n\n过去一年,全区经济平稳运行,社会更加和谐安定。全年新增托位650个,新建口袋公园4座。\n\n"
            "2042年重点工作\n\n新建学校3所,新增学位2700个。\n")
    got = _values(text)
    assert 650.0 not in got and 4.0 not in got
    assert {3.0, 2700.0} <= got


def test_review_frame_of_a_news_story():
    text = ("某报讯 某市人代会今日开幕,市长作政府工作报告。\n\n在2041年工作回顾方面,报告提到,新增就业岗位3.1万个。\n\n"
            "多措并举应对入学高峰,新增学位5200个,入园率达93%。\n\n今年,全市将新增学位4000个。\n")
    got = _values(text)
    assert not {3.1, 5200.0, 93.0} & got
    assert 4000.0 in got


def test_commitment_inside_a_review_part_stays_a_target():
    text = _LEAD + "2041年工作回顾\n\n全年新建公园4座。下一步力争再建公园6座。\n"
    assert 6.0 in _values(text)


def test_state_of_a_planned_project_is_no_review():
    text = "样板镇污水处理站扩建工程初步设计说明\n\n项目基本情况\n\n样板镇污水处理站拟建于镇区西南角,设计日处理规模1500吨。\n"
    assert 1500.0 in _values(text)  # (under a review line, ``主要成效:``, the figure is a result: none)


def test_plan_line_names_the_plan_ahead():
    from extract.rules.report_parts import plan_line
    assert plan_line("二、2042年项目建设安排")
    assert plan_line("下一步工作打算")
    assert plan_line("明年工作思路:")
    assert not plan_line("2041年重点工作完成情况")  # a review of the year's plan
    assert not plan_line("2041年工作总结暨2042年工作计划")  # the page's title names both parts
    assert not plan_line("全区将新建学校3所,新增学位2700个。")


def test_plan_part_of_a_report_page_still_commits():
    # a page titled as a summary and a plan: its review part reports, its plan part commits (the page reads as a report)
    text = ("某区2041年工作总结和2042年工作计划\n\n一、2041年工作总结\n\n全年新增托位650个,新建口袋公园4座。\n\n"
            "二、2042年工作计划\n\n新建学校3所,新增学位2700个。\n")
    got = _values(text)
    assert 650.0 not in got and 4.0 not in got
    assert {3.0, 2700.0} <= got


def test_plan_part_needs_a_review_before_it():
    from extract.rules.report_parts import plan_part_indices
    assert plan_part_indices(["2042年工作计划", "新建学校3所。"]) == set()  # no review part before: nothing to set apart
    assert plan_part_indices(["2041年工作回顾", "新建学校2所。", "2042年工作计划", "(一)学校", "新建学校3所。",
                              "上半年工作总结", "建成学校1所。"]) == {3, 4}


def test_heading_reports_done():
    from extract.rules.report_parts import heading_reports_done
    assert heading_reports_done("一、2041年工作情况")
    assert heading_reports_done("一年来的主要工作")
    assert heading_reports_done("一、过去五年的工作")
    assert heading_reports_done("(二)主要工作及成效")
    assert heading_reports_done("(一)已完成的工作")
    assert not heading_reports_done("一、工作情况及下一步打算")  # the part plans too
    assert not heading_reports_done("(二)办理情况")  # a reply tells what is under way and what will be done
    assert not heading_reports_done("一、2042年主要工作")


def test_figures_under_a_done_heading_are_results():
    text = ("某区民政局工作汇编\n\n一、一年来的主要工作\n\n新建社区食堂14家,新增养老床位320张。明年将再建社区食堂6家。\n\n"
            "二、下一步工作安排\n\n新建社区食堂10家,新增养老床位200张。\n")
    got = _values(text)
    assert 14.0 not in got and 320.0 not in got
    assert {6.0, 10.0, 200.0} <= got  # a commitment of its own under the heading still counts


def test_plan_line_names_the_goals_ahead():
    # (tgtA28) a line naming the year's goals after a review line opens the plan part, as a plan or task line does
    from extract.rules.report_parts import plan_line
    assert plan_line("2042年发展主要预期目标")
    assert plan_line("二、2042年經濟社會發展主要目標")
    assert plan_line("明年目标:")
    assert not plan_line("2041年目标完成情况")  # a review of the year's goals


def test_bare_goal_lines_after_a_review_line_are_targets():
    # a news page of a work report: the review's figures are results, the bare lines under the goals line targets
    text = ("某市人代会开幕,市长甲乙向大会作政府工作报告。\n\n2041年工作回顾\n\n地区生产总值增长6.1%。\n\n"
            "新增城镇就业4.2万人。\n\n2042年发展主要预期目标\n\n地区生产总值增长5.5%左右。\n\n"
            "城镇调查失业率4.8%左右,新增城镇就业3.6万人以上。\n")
    got = _values(text)
    assert 6.1 not in got and 4.2 not in got
    assert {5.5, 4.8, 3.6} <= got
    # the same in Traditional script, the lines numbered
    trad = ("某市人代會開幕,市長甲乙向大會作政府工作報告。\n\n一、2041年工作回顧\n\n地區生產總值增長6.1%。\n\n"
            "二、2042年發展主要預期目標\n\n1.地區生產總值增長5.5%左右。\n\n2.糧食產量70萬噸左右。\n")
    got = _values(trad)
    assert 6.1 not in got
    assert {5.5, 70.0} <= got


def test_bulletin_cited_in_a_news_opening_is_a_review_frame():
    # (tgtA28) a statistics bulletin cited in a story's opening sentence: its figures are the year gone by's
    assert opens_review_frame("本报讯(记者甲乙)某省统计局3月2日发布的《2041年某省国民经济和社会发展统计公报》显示,"
                              "2041年末全省常住人口820万人。")
    assert opens_review_frame("某市人社局日前发布的统计公报指出:去年全市新增就业岗位5.2万个。")
    assert opens_review_frame("據某廳發布的《2041年度某省社會保障統計公報》顯示,2041年全省新增參保人數12萬人。")
    assert not opens_review_frame("某市发布公告称,2042年将新建学校3所。")  # a notice, no bulletin
    text = ("某日报讯(记者甲乙)某厅日前发布的《2041年度某省人力资源统计公报》显示,2041年末全省就业人员900万人。\n\n"
            "2041年全省城镇新增就业21.6万人,失业人员再就业7.4万人。\n\n"
            "全年为劳动者提供职业指导服务96.5万人次。\n")
    got = _values(text)
    assert not {21.6, 7.4, 96.5} & got
    trad = ("某日報訊 某廳日前發布的《2041年度某省人力資源統計公報》顯示:2041年末全省就業人員900萬人。\n\n"
            "2041年全省城鎮新增就業21.6萬人,失業人員再就業7.4萬人。\n")
    assert not {21.6, 7.4} & _values(trad)


def test_results_lead_opens_a_review_part():
    # (tgtA28) an achievement story's one-sentence lead: the bare figures of the prose after it are results
    from extract.rules.report_parts import leads_results
    assert leads_results("“十五五”期间,某省教育事业取得显著成就。")
    assert leads_results("一年来,全县民生工作取得明显成效")
    assert leads_results("過去五年,某市醫療衛生事業取得長足進展。")
    assert not leads_results("到2045年,力争取得显著成效。")  # an aim
    assert not leads_results("全县新建学校3所,取得显著成效,新增学位2700个,覆盖12个乡镇,惠及全县所有适龄儿童和家长,各方反响良好。")
    text = ("某报记者 甲乙\n\n近五年来,某省基础教育取得显著成就。\n\n"
            "甲市新增公办学位3.6万个,乙市义务教育巩固率达99.2%。丙县学前教育毛入园率提高至93%。\n")
    got = _values(text)
    assert not {3.6, 99.2, 93.0} & got
    trad = "某報記者 甲乙\n\n近五年來,某省基礎教育取得顯著成就。\n\n甲市新增公辦學位3.6萬個,乙市義務教育鞏固率達99.2%。\n"
    assert not {3.6, 99.2} & _values(trad)
