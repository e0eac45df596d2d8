"""Made-up tests for goal_year_epithets: a year characterised by what it means for a plan is no commitment (O3)."""

from extract.rules.goal_year_epithets import year_epithet
from tests.rules_kit import records


def test_year_characterised():
    for s in ("某局负责人称,2031年是完成书屋规划的关键之年",
              "2031年是某规划的收官之年、下一轮规划的谋划之年",
              "2031年为关键性一年,关乎规划的收官"):
        assert year_epithet(s, s.index("2031")), s


def test_year_of_a_deed_or_elsewhere():
    s = "2031年是关键之年,到2032年全县将新建学校3所"
    assert not year_epithet(s, s.index("2032"))  # the deadline is the other year
    assert not year_epithet("2031年新建公园3个", 0)


def test_end_to_end():
    page = "某地书屋建设提速\n某局负责人称,2031年是完成书屋规划的关键之年。2031年全县将新建书屋40间。"
    assert [g.quote for g in records(page, "goal")] == ["2031年全县将新建书屋40间"]
