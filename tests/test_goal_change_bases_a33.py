"""Made-up tests for goalA33's O4 reading of a ``在20XX年…的基础上`` phrase: a base, no deadline
(goal_change_bases.beyond_foundation)."""

from extract.rules.goals import find_goals


def test_year_beyond_foundation():
    # (goalA33) O4: the year of ``在…的基础上`` is the base of the change, no deadline
    from extract.rules.goal_change_bases import beyond_foundation
    s = "2031年某校招生规模将在2030年扩招1200人的基础上再增加1500人"
    assert beyond_foundation(s, 2030, s.find("2030")) == (2031, 0)
    s = "在2030年提高标准100元的基础上,2031年再提高标准100元"
    assert beyond_foundation(s, 2030, 1) == (2031, s.find("2031"))
    assert beyond_foundation("到2031年,某率在2030年的基础上降低5%", 2031, 1) == (2031, 1)  # the deadline elsewhere
    s = "在2030年提高标准100元的基础上,2031年再提高标准100元,10月底前下达2031年度补助资金。"
    assert [h.year for h in find_goals(s, 0, False)] == [2031]
