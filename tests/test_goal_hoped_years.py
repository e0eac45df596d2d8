"""goalB33: a hoped-for or strived-for year (O3): ``希望在2031年…建成``, ``努力实现2031年…达80%的既定目标``; a
recount run ends at such a sentence. Made-up sentences."""

from extract.rules.goal_date_cues import goal_date
from extract.rules.goal_year_rounds import year_goals_as_object
from extract.rules.recounts import commits


def test_hoped_year_is_expected_date():
    assert goal_date("甲局表示,工程已完成三成,希望在2031年年中可初步建成大楼")[0] == 2031
    assert goal_date("乙会并不希望2031年再举办此类活动")[0] is None


def test_strived_year_goal_with_figure():
    year, _ = year_goals_as_object("丙协会将开展各类活动,努力实现2031年全市老年人参与率达80%的既定目标")
    assert year == 2031
    assert year_goals_as_object("2031年目标完成情况")[0] is None


def test_recount_ends_at_hope():
    assert commits("丙协会希望,持续开展各类健身活动")
    assert not commits("以上是本站整理的内容,希望能对您有用")
    assert not commits("该校获评希望小学示范校")
