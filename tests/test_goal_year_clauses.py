"""Made-up sentences for ``extract.rules.goal_year_clauses``: a clause opening with its year and a verb of organising the
year's work is a goal with that year (O3)."""

from extract.rules.goal_year_clauses import year_work_clause
from extract.rules.goals import find_goals


def test_year_work_clause():
    s = "深入推进农家书屋建设,2031年在各村组织一次读书节活动。"
    assert year_work_clause(s)[0] == 2031
    assert [h.year for h in find_goals(s, 0, False)] == [2031]
    s = "持续推动河道整治;2031年常态化做好河道排查、治理工作,防止返黑返臭。"
    assert [h.year for h in find_goals(s, 0, False)] == [2031]
    assert year_work_clause("2031年某镇计划于下半年继续举办农产品展会")[0] == 2031


def test_near_misses():
    assert year_work_clause("2031年某镇成功举办农产品展会") == (None, -1)  # told done
    assert year_work_clause("2031年各村已组织读书节活动") == (None, -1)
    assert year_work_clause("2031年某镇举办了农产品展会") == (None, -1)
    assert year_work_clause("为做好2031年读书节活动,近日某镇召开会议") == (None, -1)  # a purpose, no clause of its year
    assert year_work_clause("2031年开展2次线下培训") == (None, -1)  # 开展: a reply's results as often as a plan's
    assert find_goals("2031年某镇成功举办农产品展会。", 0, False) == []


def test_past_year_of_a_summary_is_no_goal():
    from rules_kit import records
    page = "某镇2031年工作总结\n发布日期:2032-01-05\n2031年在各村组织读书节活动,参与群众5000人次。\n"
    assert records(page, "goal") == []  # the year is over at the page's date (O3d)
    page = "某镇2032年工作计划\n发布日期:2032-01-05\n2032年,我镇计划于下半年举办农产品展会。\n"
    assert [(r.text, r.target_year) for r in records(page, "goal")] == [("2032年,我镇计划于下半年举办农产品展会", 2032)]
