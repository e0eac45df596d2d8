"""The frame of a reply to a proposal (rules.reply_frames): the page, its parts (cited proposal, present state, work
ahead) and what they do to the figures. Made-up text."""

from rules_kit import records

from extract.rules.reply_frames import (cites_or_states_present, in_ahead_part, in_printed_proposal, is_reply_page,
                                        pledges_or_plans_works)


def _targets(text):
    return [r.quote for r in records(text, "numeric_target")]


def test_reply_page_by_head_line_or_label():
    assert is_reply_page("某县交通局关于县政协九届二次会议第31号提案的答复\n王五委员:\n经研究,提出以下意见。")
    assert is_reply_page("首页>政协提案\n关于市政协2031年第7号提案会办函\n正文……")
    assert is_reply_page("问:镇上何时通公交?\n县交通局回复:经了解,线路正在调整。")
    assert is_reply_page("吴六代表:\n您提出的《关于增设路灯的建议》收悉,现答复如下:")
    assert is_reply_page("冯某委员:\n你提出的《关于扩建菜市场的提案》(第21号),交由某区商务局办理,经认真研究,意见如下:")
    assert not is_reply_page("某区2031年民生实事\n根据人大代表建议,今年新建公园3个。")
    assert not is_reply_page("序号 | 建议标题 | 主办单位 | 会办单位 |\n1 | 关于修路的建议 | 甲局 | 乙局 |")
    assert not is_reply_page("2031年,我局共办理建议85件、提案40件,均已按期答复完毕。")
    assert not is_reply_page("提问者:某议员\n答覆:\n主席:政府将增建12所学校。")


def test_ahead_part_runs_to_the_paragraph_end():
    assert in_ahead_part("目前已建成书屋6家。下一步,计划新建书屋20家。建设村级书屋")
    assert in_ahead_part("二是今后将在各镇建设")
    assert not in_ahead_part("目前已建成书屋6家,覆盖")
    assert not in_ahead_part("下一步,计划新建书屋20家。目前已建成")
    assert not in_ahead_part("下一步,计划新建书屋20家。全县现有书屋")


def test_cited_items_and_present_state():
    assert cites_or_states_present("因此,暂不能将代表所提出的") == "cited"
    assert cites_or_states_present("您建议的") == "cited"
    assert cites_or_states_present("道路狭窄,现某镇小学有学生约") == "present"
    assert cites_or_states_present("由现状的") == "present"
    assert cites_or_states_present("目前正在规划建设2所学校、") == "present"
    assert cites_or_states_present("平均每千人2.1个,与国家要求") == "present"
    assert cites_or_states_present("下一步,计划新建") is None
    assert cites_or_states_present("现将新建") is None
    assert cites_or_states_present("现代农业园区有") is None


def test_printed_proposal_lies_between_field_and_opening():
    text = "提案人:赵某\n该片区常住人口约8000人,建议增设球场3处。\n办理情况\n我局计划新建球场2处。"
    assert in_printed_proposal(text, text.index("8000"))
    assert not in_printed_proposal(text, text.index("2处"))
    assert not in_printed_proposal("该片区常住人口约8000人。", 6)


def test_pledge_and_works_to_build():
    s = "移交完成后,某片区2031年秋季确保投用2所幼儿园"
    assert pledges_or_plans_works(s, s.index("2所"))
    s = "各校联动,确保12所学校均有安保人员"
    assert not pledges_or_plans_works(s, s.index("12所"))
    s = "区政府在某路以东建设一所小学,校园占地面积21000平方米"
    assert pledges_or_plans_works(s, s.index("21000"))
    s = "区政府已在某路以东建成一所小学,校园占地面积21000平方米"
    assert not pledges_or_plans_works(s, s.index("21000"))
    s = "经实地论证,代表提出的“旧粮站”选址方案(占地面积3200平方米,约4.8亩)具有可行性"
    assert pledges_or_plans_works(s, s.index("3200")) and pledges_or_plans_works(s, s.index("4.8"))
    s = "旧粮站地块(占地面积3200平方米)现为仓库"
    assert not pledges_or_plans_works(s, s.index("3200"))
    s = "2031年规划建设某路中学,扩充学位;开工建设某新区等4所幼儿园"
    assert pledges_or_plans_works(s, s.index("4所"))
    s = "2031年规划建设某路中学,已完成主体;开工建设某新区等4所幼儿园"
    assert not pledges_or_plans_works(s, s.index("4所"))


REPLY = ("关于增设乡村书屋的建议的答复\n钱七代表:\n您提出的《关于增设乡村书屋的建议》收悉,现答复如下:\n"
         "目前,全县已建成乡村书屋9家,现某镇书屋有藏书约3000册。下一步,我局计划新建乡村书屋20家,在4个镇各建3家。"
         "在中心村建设乡村书屋8个,实现全覆盖。\n感谢您对我们工作的支持。\n")


def test_reply_frame_end_to_end():
    got = _targets(REPLY)
    assert any(q.endswith("乡村书屋8个") for q in got)
    assert any("20家" in q for q in got)
    assert not any("3000" in q for q in got)
    assert not any("9家" in q for q in got)


def test_cited_count_and_proposal_text_give_no_target():
    text = ("关于配置健身器材的建议的答复\n孙八代表:\n您提出的《关于配置健身器材的建议》已收悉,答复如下:\n"
            "经实地勘察,部分场地面积过小,因此不能将代表所提出的5个场地全部配齐器材,我局将向上争取。\n")
    assert not any("5个" in q for q in _targets(text))
    text = ("某区政协提案\n提案人:李某\n  某街区常住人口约6000人以上,建议增设篮球场。\n审查结果:已立案\n"
            "办理情况\n您的提案收悉,现答复如下:我中心将于2031年新建篮球场2个。\n")
    got = _targets(text)
    assert not any("6000" in q for q in got)


from rules_kit import units  # noqa: E402

from extract.rules.reply_frames import handling_label_rows, proposal_title  # noqa: E402


def test_proposal_title():
    assert proposal_title("周九委员:\n您提出的《关于修缮村级水塘的建议》收悉,现答复如下:") == "关于修缮村级水塘的建议"
    assert proposal_title("某局办理回复单\n提案名称:关于加密公交班次的建议\n") == "关于加密公交班次的建议"
    assert proposal_title("对第9号提案的答复(关于增设路灯的建议)\n正文") == "关于增设路灯的建议"
    assert proposal_title("某县2031年工作要点\n一、总体要求") is None


def test_handling_labels_one_row_for_the_reply():
    text = ("关于修缮村级水塘的建议的答复\n周九委员:\n您提出的《关于修缮村级水塘的建议》收悉,现答复如下:我局将修缮水塘3处。\n"
            "主办单位:某县水利局\n\n会办单位:某县财政局 某县农业农村局\n联系人:郑某\n")
    rows = handling_label_rows(text)
    assert [(t, lead, resp) for _, _, t, lead, resp in rows] == [
        ("关于修缮村级水塘的建议", ["某县水利局"], ["某县财政局", "某县农业农村局"])]
    a, b = rows[0][:2]
    assert text[a:b] == "主办单位:某县水利局\n\n会办单位:某县财政局 某县农业农村局"
    signed = text.replace("主办单位:某县水利局\n\n会办单位:某县财政局 某县农业农村局\n联系人:郑某",
                          "承办单位:某县水利局 单位负责人: 二〇三一年五月二日")
    assert [(lead, resp) for _, _, _, lead, resp in handling_label_rows(signed)] == [([], ["某县水利局"])]


def test_handling_labels_not_metadata_nor_footer_nor_other_pages():
    meta = ("某县民政局关于第5号建议答复的函\n发布日期:2031-05-02 访问次数:\n主办单位:县民政局\n吴某代表:\n"
            "你提出的《关于建设养老中心的建议》收悉,现答复如下:……")
    assert handling_label_rows(meta) == []
    footer = ("关于增设路灯的建议的答复\n您提出的《关于增设路灯的建议》收悉,现答复如下:……\n"
              "主办单位:某区人民政府办公室 版权所有 地址:某路1号\n")
    assert handling_label_rows(footer) == []
    notice = "关于举办书法比赛的通知\n各校:定于5月举办比赛。\n主办单位:市教育局\n承办单位:市青少年宫\n发布者:张三\n"
    assert handling_label_rows(notice) == []


def test_signed_handling_label_end_to_end():
    text = ("关于修缮村级水塘的建议的答复\n周九委员:\n您提出的《关于修缮村级水塘的建议》收悉,现答复如下:\n"
            "我局高度重视,计划投资约8万元修缮水塘3处。感谢您对水利工作的关心。\n"
            "承办单位:某县水利局 单位负责人: 二〇三一年五月二日\n抄送:县政协提案委\n")
    assert units(text) == [("关于修缮村级水塘的建议", [], ["某县水利局"])]


from extract.rules.reply_frames import dates_past_decision, masks_decision_years  # noqa: E402


def test_year_of_a_decision_taken():
    s = "某县医院用房不足,2029年经县政府决定,将县医院整体迁址新建,建筑面积14000平方米"
    assert dates_past_decision(s) and dates_past_decision(s, s.index("2029"))
    assert masks_decision_years(s).count("某某某某年经") == 1 and len(masks_decision_years(s)) == len(s)
    assert not dates_past_decision("经县政府批准后,2031年开工建设")
    assert not dates_past_decision("2031年经批准后实施")
    assert not dates_past_decision("2031年将新建医院1所")


def test_decision_year_dates_no_goal_nor_target():
    text = ("某县医院用房不足,2029年经县政府决定,将县医院整体迁址新建,建筑面积14000平方米,项目总投资6000余万元。\n")
    assert [r.quote for r in records(text, "goal")] == []
    assert {r.target_year for r in records(text, "numeric_target")} == {None}



def test_present_clause_with_work_ahead_stays():
    from extract.rules.reply_frames import reply_not_committed
    head = "关于增建学校的建议的答复\n钱某代表:\n您提出的《关于增建学校的建议》收悉,现答复如下:\n"
    text = head + "目前正计划新建学校3所,其中1所已选址。"
    at = text.index("3所")
    assert not reply_not_committed([], text, len(head), at, at + 2, ("target_verb",))
    text = head + "目前正在规划建设学校3所,其中1所已开工。"
    at = text.index("3所")
    assert reply_not_committed([], text, len(head), at, at + 2, ("target_verb",))


from extract.rules.reply_frames import joins_year_campaign  # noqa: E402


def test_deed_joined_to_a_years_campaign():
    s = "一是将持续开展业务指导;二是结合2031年度文化品牌创建工作,组织专家对某景区进行专业指导"
    assert joins_year_campaign(s) == (2031, s.index("2031"))
    assert joins_year_campaign("结合2031年度预算情况,统筹安排资金")[0] is None
    assert joins_year_campaign("各项工作要结合2031年的实际")[0] is None


def test_joined_year_item_is_a_goal_end_to_end():
    text = ("某厅关于第5号建议会办意见的函\n时间:2031-05-28\n某厅:\n某代表提出《关于支持某县建设的建议》,由你厅主办,我厅会办。"
            "现提出会办意见如下。\n一、大力支持\n近年来,我厅累计投入资金。\n二、下一步工作计划\n"
            "一是将持续对某县图书馆项目开展业务指导;二是结合2031年度品牌创建工作,组织专家对某景区进行专业指导。\n此函。\n")
    assert [(r.target_year, "2031年度" in r.quote) for r in records(text, "goal")] == [(2031, True)]
