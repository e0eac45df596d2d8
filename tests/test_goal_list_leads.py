"""Made-up sentences for ``extract.rules.goal_list_leads`` (O3f: a dated lead that sets out the year's list below it)."""

from extract.rules.goal_list_leads import year_list_lead
from extract.rules.goals import find_goals, introduces_a_list


def test_year_list_lead_with_items_below():
    assert year_list_lead("据了解,某街道2031年十大实事项目包括:")[0] == 2031
    assert year_list_lead("2031年某区8件民生实事分别是:")[0] == 2031
    assert year_list_lead("2031年某區8件民生實(shí)事分別是:")[0] == 2031
    assert year_list_lead("2031年度全县民生工程项目有:")[0] == 2031


def test_lead_is_a_goal_not_a_list_intro():
    s = "2031年某区8件民生实事分别是:"
    assert not introduces_a_list(s)
    hits = find_goals(s, 0, False)
    assert len(hits) == 1 and hits[0].year == 2031


def test_near_misses():
    assert year_list_lead("现将2031年实事项目安排如下:")[0] is None  # notice formula (O3g)
    assert year_list_lead("2031年实事项目完成情况包括:")[0] is None  # a report on the list
    assert year_list_lead("2031年重点工作包括:")[0] is None  # no list of 实事
    assert year_list_lead("2031年某区8件民生实事分别是:新建公园3个")[0] is None  # items in the sentence: other cues
    assert year_list_lead("2030—2031年民生实事包括:")[0] is None  # a span's end year
    assert find_goals("今年某区8件民生实事分别是:", 0, False) == []  # no written year (N9)


from extract.cues import heading_names_goals
from extract.rules.goal_list_leads import names_goal_completion, reports_list_drawn_up
from extract.rules.goals import false_goal_cue


def test_goal_completion_heading_is_no_goal_heading():
    assert names_goal_completion("一、年度指标任务完成情况")
    assert names_goal_completion("(二)2031年目标任务落实情况")
    assert names_goal_completion("(一)全县主要预期目标完成情况")
    assert not heading_names_goals("一、年度指标任务完成情况")
    # near-misses: goal headings stay
    assert not names_goal_completion("二、目标任务")
    assert not names_goal_completion("三、完成目标任务的保障措施")
    assert heading_names_goals("二、主要目标")


def test_list_drawn_up_reported():
    s = "年初,某街道制定了2031年为群众拟办重要实事清单,各部门依据职责,积极行动"
    assert reports_list_drawn_up(s)
    assert false_goal_cue(s) == "list_drawn_up"
    assert find_goals(s, 0, False) == []
    # near-misses: a list still to be drawn up, a commitment to the list
    assert not reports_list_drawn_up("某街道将制定2031年实事清单")
    assert not reports_list_drawn_up("2031年某区将办好十件民生实事")
    assert not reports_list_drawn_up("某局制定了2031年工作要点")



from extract.rules.goal_list_leads import budget_fields_year


def test_budget_drawn_for_fields():
    assert budget_fields_year("落实服务,2031年度编列老人、儿少及社会救助等181.9亿元;另编列…")[0] == 2031
    assert budget_fields_year("2031年度編列長期照顧經費116億元")[0] == 2031
    hits = find_goals("落实服务,2031年度编列老人及社会救助等181.9亿元", 0, False)
    assert len(hits) == 1 and hits[0].year == 2031
    # near-misses: a base year, a comma between, no amount, no 年度
    assert budget_fields_year("较2030年度编列社会救助等增加3亿元")[0] is None
    assert budget_fields_year("2031年度编列,社会救助等181.9亿元")[0] is None
    assert budget_fields_year("2031年度编列社会救助经费")[0] is None
    assert budget_fields_year("2031年编列社会救助等181.9亿元")[0] is None


from extract.rules.goal_list_leads import tells_list_selection


def test_list_selection_told():
    s = "据了解,区政府高度重视2031年民生实事候选工作,从2030年11月开始,就着手谋划征集民生实事项目"
    assert tells_list_selection(s)
    assert false_goal_cue(s) == "list_selection"
    assert find_goals(s, 0, False) == []
    assert tells_list_selection("现向社会征集2031年某区民生实事项目")
    # near-misses: the list committed to, a collection of something else
    assert not tells_list_selection("2031年某区将办好十件民生实事")
    assert not tells_list_selection("2031年征集志愿者500名")
    assert find_goals("2031年某区将办好十件民生实事", 0, False)[0].year == 2031


from extract.rules.goal_list_leads import will_year_list_lead, year_list_lead


def test_will_before_year_leads_the_list():
    s = "为回应居民期盼,某省将在2034年重点办好以下十二件民生实事"
    assert will_year_list_lead(s) == (2034, s.find("2034"))
    assert will_year_list_lead("某縣將於2034年著力推進以下工作:")[0] == 2034
    assert find_goals(s, 0, False)[0].year == 2034
    # near-misses: no year (N9), a notice formula (O3g), no will
    assert will_year_list_lead("今年将重点办好以下实事") == (None, -1)
    assert find_goals("现将2034年实事项目安排如下:", 0, False) == []
    assert will_year_list_lead("2034年实事项目如下") == (None, -1)


def test_list_set_out_with_wei():
    assert year_list_lead("2035年某区政府惠民实事项目为:")[0] == 2035
    assert year_list_lead("2035年某区民生實事項目為:")[0] == 2035
    # after the vote that chose it, the list set out is still the year's commitment (O3f)
    s = "经区人大会议票决通过,2035年某区民生实事项目为:"
    assert false_goal_cue(s) == ""
    assert find_goals(s, 0, False)[0].year == 2035
    # near-misses: the list's completion, the vote alone
    assert year_list_lead("2035年某区民生实事项目完成情况为:") == (None, -1)
    assert find_goals("经区人大会议票决通过了2035年某区民生实事项目", 0, False) == []


def test_year_list_set_out_below_without_a_verb():
    from extract.rules.goal_list_leads import year_list_lead
    assert year_list_lead("某县2031年8个民生实事项目具体如下")[0] == 2031
    assert year_list_lead("某省政府2031年度民生实事项目如下:")[0] == 2031
    assert year_list_lead("2031年民生实事项目完成情况如下:")[0] is None  # a report on the list
    assert year_list_lead("现将2031年重点工作梳理如下:")[0] is None  # no list of 实事 named
    from tests.rules_kit import records
    page = "某县公布实事项目\n某县2031年8个民生实事项目具体如下:\n一、新建公园3个。\n"
    assert [g.target_year for g in records(page, "goal")] == [2031]
