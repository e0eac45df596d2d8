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
