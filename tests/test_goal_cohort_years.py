"""Made-up tests for goal_cohort_years: a birth cohort's year names people, it dates no goal (O3)."""

from extract.rules.goal_cohort_years import names_birth_cohort
from extract.rules.goals import false_goal_cue, find_goals


def test_birth_cohort_names_people():
    s = "县府将为自2034年起出生的新生儿每人发放育儿补贴3000元"
    assert names_birth_cohort(s, s.find("2034"))
    assert false_goal_cue(s, s.find("2034")) == "birth_cohort"
    assert find_goals(s, 0, False) == []
    assert find_goals("对2034年1月1日以后出生的三孩家庭,每月补助500元", 0, False) == []


def test_other_years_still_date():
    s = "2035年起,对2034年以后出生的孩子发放入园补贴"
    assert not names_birth_cohort(s, 0)
    assert [h.year for h in find_goals(s, 0, False)] == [2035]
    assert [h.year for h in find_goals("到2035年,出生缺陷发生率控制在1%以下", 0, False)] == [2035]
