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


from extract.rules.goal_cohort_years import names_things_by_year


def test_things_named_by_their_year():
    s = "街道将更换2029年之前安装的路灯,新装路灯40盏"
    assert names_things_by_year(s, s.find("2029"))
    assert find_goals(s, 0, False) == []
    s2 = "为2034年度到期的经营许可户发送提醒"
    assert names_things_by_year(s2, s2.find("2034"))
    # a deadline, no thing named by it
    assert not names_things_by_year("2034年之前完成全部路灯更换", 0)
    assert [h.year for h in find_goals("2034年之前完成全部路灯更换", 0, False)] == [2034]


def test_holders_named_by_year_without_de():
    """(goalA26) ``对2034年度即将到期持证…``: 即将 before 到期 names the holders though no 的 follows (O3)."""
    s = "向2033年度即将到期养殖许可户发送续办通知,督促及时办理"
    assert names_things_by_year(s, s.find("2033"))
    assert find_goals(s, 0, False) == []
    # a deadline with 到期 after it is no holder's name
    assert not names_things_by_year("本轮补贴2033年到期后停止发放", 0)
