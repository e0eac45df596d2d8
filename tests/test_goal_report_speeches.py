"""Made-up tests for goal_report_speeches: a work report's year goals, a notice formula after a purpose clause, and a
budget of a relative year written with its number in brackets."""

from extract.normalise import normalise
from extract.rules.goal_date_cues import goal_date
from extract.rules.goal_report_speeches import (bracketed_year_budget, document_own_act, report_names_goals,
                                                report_sets_year_goals, without_next_year_drawing)
from extract.rules.goals import false_goal_cue, find_goals


def _years(s: str) -> list:
    return [h.year for h in find_goals(s, 0, False)]


def test_report_sets_year_goals():
    s = "近日,在某县人民代表大会上,县长作政府工作报告,总结了2030年全县工作,并提出了2031年的政府工作目标"
    assert report_sets_year_goals(s)[0] == 2031
    assert _years(s) == [2031]
    s2 = "报告总结了2030年工作回顾,提出2031年工作目标,以及8大范畴的重点工作"
    assert _years(s2) == [2031]
    s3 = "某某在报告中提出了2031年经济社会发展主要预期目标:全区生产总值增长6%,城镇登记失业率控制在4%以内"
    assert _years(s3) == [2031]


def test_speaker_lists_year_focus_without_report_word():
    s = "另外某某阐述了2031年政府的工作重点,包括民生方面,加大保障性住房建设"
    assert _years(s) == [2031]
    s2 = "另外某某阐述了2031年政府的工作重点"  # no report, no list after: nothing said of goals
    assert report_sets_year_goals(s2) == (None, -1)


def test_meeting_deploying_year_tasks_is_no_report_goal():
    s = "某市政府召开2031年人力资源工作会议,总结回顾2030年工作,深入部署2031年各项任务"
    assert report_sets_year_goals(s) == (None, -1)
    s2 = "某办公厅下发通知,明确了2031年度6件重点处理代表建议及督办分工"
    assert report_sets_year_goals(s2) == (None, -1)


def test_report_names_undated_goals():
    s = "某某在县人代会上作报告时提出今年全县发展的主要预期目标,包括经济方面,地区生产总值增长6%左右;粮食产量稳定"
    assert report_names_goals(s)
    assert _years(s) == [None]
    s2 = "某某在作政府工作报告时提出今年要抓好几件大事"  # no goals named
    assert not report_names_goals(s2)
    assert _years(s2) == []


def test_purpose_clause_then_document_act():
    s = "为认真做好2031年政府工作,实现经济社会发展目标任务,现就某报告确定的重点工作提出部门分工意见如下:"
    assert document_own_act(s, goal_date(s)[1])
    assert false_goal_cue(s, goal_date(s)[1]) == "document_act"
    assert _years(s) == []
    s2 = "为深入贯彻上级决策部署,全力做好2031年高校毕业生就业创业工作,促进充分就业,制定本行动方案"
    assert _years(s2) == []


def test_purpose_with_own_commitment_stays_goal():
    s = "为加快推进某县教育发展,争取到2031年,我县通过优质均衡督导评估,结合实际,特制定本规划"
    assert not document_own_act(s, goal_date(s)[1])
    assert 2031 in _years(s)
    s2 = "为解决群众急难愁盼问题,2031年在全县继续实施民生工程,采取更多惠民举措,制定如下实施方案"
    assert not document_own_act(s2, s2.find("2031"))
    assert _years(s2) == [2031]
    s3 = "2031年某县将新建公园3个,现将安排通报如下"  # no purpose clause
    assert not document_own_act(s3, 0)


def test_bracketed_year_budget():
    s = normalise("某縣政府今(120)年特別追加編列8,000萬元預算,補助鄉鎮圖書館改善閱讀環境").text
    assert _years(s) == [2031]
    s2 = "某局今(2031)年编列预算补助5万元"
    assert bracketed_year_budget(s2)[0] == 2031
    s3 = "某局今(2031)年将举办阅读活动"  # no money
    assert bracketed_year_budget(s3) == (None, -1)
    s4 = "某局今年编列预算补助5万元"  # no written year
    assert bracketed_year_budget(s4) == (None, -1)


def test_next_year_budget_drawn_already_is_no_result():
    s = "另明(2032)年度的公务预算也已经编列育儿津贴补助计6.5亿元"
    assert "已" not in without_next_year_drawing(s)
    assert _years(s) == [2032]
    s2 = "去年的公务预算已经编列育儿津贴补助计6.5亿元"
    assert without_next_year_drawing(s2) == s2


def test_variants_spaces_and_traditional():
    s = normalise("近日,某縣縣長作政府工作報告,總結了 2030 年全縣工作,並提出了 2031 年的政府工作目標").text
    assert _years(s) == [2031]
    s2 = normalise("為認真做好2031年政府工作,現就某報告確定的重點工作提出部門分工意見如下:").text
    assert _years(s2) == []
    s3 = "某县政府今 ( 2031 ) 年追加编列 8,000 万元预算"
    assert bracketed_year_budget(s3)[0] == 2031


from extract.rules.goal_report_speeches import said_after_meeting


def test_words_said_after_a_meeting_held():
    s = "2月9日,某州两会在州府隆重开幕,州长代表州政府作报告时表示,某州将在2036年新建养老院8所"
    assert said_after_meeting(s, s.find("2036"))
    assert _years(s) == [2036]
    # the meeting's own date stays a meeting's date (no goal)
    s2 = "全州文化旅游大会定于2036年5月在某市召开,州长表示,将认真筹备"
    assert not said_after_meeting(s2, s2.find("2036"))
    assert _years(s2) == []


def test_decision_before_the_notice_formula_is_a_goal():
    """(goalA25) O3g: a notice's sentence whose year stands in a decision of its own (``经研究,决定于2032年举办…``) before
    ``现将有关事项通知如下`` states a commitment: a goal with that year, the formula no matter."""
    s = "为丰富职工文化生活,增进部门交流,经局党组研究,决定于2032年举办第三届职工象棋友谊赛,现将有关事项通知如下:"
    assert not document_own_act(s, goal_date(s)[1])
    assert [h.year for h in find_goals(s, 0, False)] == [2032]
    s2 = "为做好2032年职工象棋友谊赛筹备工作,经局党组研究,现将有关事项通知如下:"
    assert find_goals(s2, 0, False) == []  # the year only in the purpose: a notice formula


def test_occasion_before_the_purpose_is_part_of_the_formula():
    """(goalA25) O3g: ``20XX年春节即将到来,为…,特制定本方案``: the year names the occasion of a notice formula, no goal."""
    s = "2032年中秋节即将到来,为丰富职工业余生活,结合单位实际,特制定本方案。"
    assert document_own_act(s, goal_date(s)[1])
    assert find_goals(s, 0, False) == []


def test_report_heard_at_meeting_sets_year_goals():
    s = ("2032年1月9日至11日,某县第五届人民代表大会第二次会议在某县召开,会议审议通过了《政府工作报告》,"
         "报告回顾了过去一年的工作,提出了2032年政府工作总体目标和重点任务")
    assert said_after_meeting(s, s.find("2032年政府"))
    assert not said_after_meeting(s, s.find("2032年1月"))  # the meeting's own date
    from tests.rules_kit import records
    page = "某县政府工作报告解读\n一、起草背景\n" + s + "。\n"
    assert [g.target_year for g in records(page, "goal")] == [2032]
