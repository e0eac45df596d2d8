"""(tgtB33) N9: a year that opens a later comma clause as its own deadline, or as the year of one share of the money,
dates no number written before it in the sentence. Made-up texts."""

from extract.rules.item_years import opens_later_clause
from rules_kit import records


def _years(text):
    return {r.value: r.target_year for r in records(text, "numeric_target")}


def test_clause_heads():
    s = "今年新建幼儿园6所,力争到2031年全县普惠率达到90%"
    assert opens_later_clause(s, s.index("6所"), s.index("2031"))
    s = "项目总投资5亿元,2031年计划投资2亿元"
    assert opens_later_clause(s, s.index("5亿"), s.index("2031"))
    s = "每名学童获资助3万元,预计2031年9月前到位"
    assert not opens_later_clause(s, s.index("3万"), s.index("2031"))


def test_deadline_of_another_commitment_dates_nothing_before_it():
    text = "某县教育工作安排\n\n今年新建幼儿园6所,力争到2031年全县普惠率达到90%。"
    assert _years(text) == {6.0: None, 90.0: 2031}


def test_year_share_of_money():
    text = "某县重点项目安排\n\n项目总投资5亿元,计划2031年投资2亿元。"
    assert _years(text) == {5.0: None, 2.0: 2031}


def test_works_completion_still_dates_the_project():
    text = "某县教育工作安排\n\n今年新建学校3所,到2031年全部建成。"
    assert _years(text) == {3.0: 2031}
