"""Made-up tests for goal_investment_plans: the year's investment projects and a cut-off before a planned year."""

from extract.rules.goal_investment_plans import planned_after_cutoff, year_project_investment
from extract.rules.goals import find_goals


def _years(s: str) -> list:
    return [h.year for h in find_goals(s, 0, False)]


def test_year_projects_with_planned_investment():
    s = "为保持全县经济平稳发展, 2031年确定我县重点项目21项,项目总投资96.4亿元,计划年内完成投资31.2亿元"
    assert year_project_investment(s)[0] == 2031
    assert _years(s) == [2031]
    s2 = "2031年确定我县重点项目13项"  # no planned investment
    assert year_project_investment(s2) == (None, -1)


def test_cutoff_then_planned_year():
    s = "生态项目:共28个,总投资231.8亿元,截至2030年底累计完成投资23.8亿元,2031年计划投资12.9亿元"
    assert planned_after_cutoff(s, 2030, s.find("2030"))[0] == 2031
    assert _years(s) == [2031]


def test_cutoff_without_later_plan_stays_past():
    s = "截至2030年底,全市累计完成投资23.8亿元"
    assert planned_after_cutoff(s, 2030, s.find("2030")) == (2030, s.find("2030"))
    assert _years(s) == []
    s2 = "到2030年底,全市完成投资23.8亿元,2031年计划投资12.9亿元"  # a deadline, no cut-off: unchanged
    assert planned_after_cutoff(s2, 2030, s2.find("2030")) == (2030, s2.find("2030"))


def test_variants_spaces_and_traditional():
    from extract.normalise import normalise
    s = normalise("2031 年安排市本級政府投資項目 153 個,總投資1908億元,截至 2030 年底累計完成投資88億元,2031 年計劃投資140億元").text
    assert _years(s) == [2031]
