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


def test_year_work_carried_on():
    """(goalA25) 继续/持续 before a verb of driving the work, after the year and a short subject: the year's work."""
    assert year_work_clause("2032年,某省持续深化城乡供水一体化改革,推进管网改造")[0] == 2032
    assert year_work_clause("按照部署,2032年,我们继续制定并公布服务清单")[0] == 2032
    assert [h.year for h in find_goals("按照部署,2032年,我们继续制定并公布服务清单。", 0, False)] == [2032]
    assert year_work_clause("2032年,某区图书馆持续上新") == (None, -1)  # 持续 before a state
    assert year_work_clause("2032年,市政府扶持小微企业和稳定岗位工作继续加强") == (None, -1)  # a long subject's state
    assert year_work_clause("在2030年新建书屋8个、2031年新建书屋9个的基础上,2032年继续推进书屋建设") == (None, -1)
    assert year_work_clause("2032年,某省已持续深化改革") == (None, -1)  # told done
