"""Made-up tests for goal_meeting_names: a year inside the name of the meeting a story was heard at dates no goal (N9c)."""

from extract.rules.goal_date_cues import goal_date
from extract.rules.goal_meeting_names import names_meeting_heard_at
from tests.rules_kit import records


def test_year_of_a_meeting_name():
    s = "记者从日前召开的2034年全县农业农村工作会议上获悉,今年该县将新建高标准农田3万亩"
    assert names_meeting_heard_at(s, s.find("2034"))
    assert goal_date(s)[0] is None
    s2 = "在区图书馆学会2035年度年会上透露,今年起将开放夜间阅览室8处"
    assert names_meeting_heard_at(s2, s2.find("2035"))
    assert goal_date(s2)[0] is None


def test_other_years_still_date():
    s = "从2034年全市水利工作会议上获悉,到2036年全市将建成节水型社区40个"
    assert not names_meeting_heard_at(s, s.find("2036"))
    assert goal_date(s)[0] == 2036
    s2 = "2034年,某县将在各乡镇召开推进会,新建村级书屋25个"  # a meeting the plan will hold, no source heard at
    assert not names_meeting_heard_at(s2, 0)
    assert goal_date(s2)[0] == 2034


def test_news_page_end_to_end():
    page = ("某县新建农田3万亩\n\n本报讯 记者从日前召开的2034年全县农业农村工作会议上获悉,今年该县将新建高标准农田3万亩,"
            "改造灌渠120公里。\n\n会议还对春耕生产作了部署。\n")
    assert records(page, "goal") == []
