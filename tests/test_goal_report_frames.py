"""Made-up tests for goal_report_frames: a meeting report's matter and a year only inside a document's name."""

from extract.rules.goal_date_cues import goal_date
from extract.rules.goal_report_frames import treats_dated_matter, year_only_in_name
from extract.rules.goals import find_goals
from tests.rules_kit import records


def _at(s: str) -> int:
    return goal_date(s)[1]


def test_meeting_arranges_dated_work():
    s = "会议总结了上年工作,并就如何做好2031年全区养老服务工作进行安排部署"
    assert treats_dated_matter(s, s.find("2031"))
    assert find_goals(s, 0, False) == []


def test_meeting_announces_matter_across_comma():
    s = "某局对2030年实事完成情况、社会效益,2031年将列入实事的项目进行了新闻发布"
    assert treats_dated_matter(s, s.find("2031"))


def test_meeting_heard_and_discussed():
    s = '会上,汇报及讨论了"2026至2035年某服务十年规划"2031年的工作进度'
    assert treats_dated_matter(s, s.find("2026"))
    s2 = "會上聽取了2031年甲園建設進度的匯報"
    assert treats_dated_matter(s2, s2.find("2031"))


def test_meeting_told_of_matter():
    """(goalA35) ``…通报了2031年…有关情况``: the matter the meeting was told of, done."""
    s = "联席会通报了2031年春、秋两季书屋安全专项检查有关情况,各部门作了交流发言"
    assert treats_dated_matter(s, s.find("2031"))
    assert find_goals(s, 0, False) == []
    s2 = "通报了有关情况,要求到2031年完成书屋整治"  # a commitment after a comma is its own
    assert not treats_dated_matter(s2, s2.find("2031"))


def test_commitment_is_not_a_meeting_matter():
    s = "到2031年,某区将新建幼儿园5所,并对老旧校舍进行改造"
    assert not treats_dated_matter(s, _at(s))
    assert find_goals(s, 0, False) != []
    s2 = "2031年,全区将就业困难人员纳入帮扶,进行技能培训"
    assert not treats_dated_matter(s2, s2.find("2031"))
    assert not treats_dated_matter(s2, -1)


def test_year_in_bracketed_name_only():
    s = "某县民政、财政部门共同制订了《2031年某区居民康复项目实施方案》,将为200名居民提供康复服务"
    assert year_only_in_name(s, s.find("2031"))
    assert find_goals(s, 0, False) == []


def test_year_in_unbracketed_title_after_release():
    s = "据某部消息,某部、某局发布关于开展2031年某示范创建工作的通知"
    assert year_only_in_name(s, s.find("2031"))
    s2 = "某廳印發關於做好2031年甲園招生工作的通知"
    assert year_only_in_name(s2, s2.find("2031"))


def test_year_outside_the_name_still_dates():
    s = "根据《2030年某方案》,2031年某区将建成公园3个"
    assert not year_only_in_name(s, s.find("2030"))
    assert find_goals(s, 0, False) != []
    s2 = "某区将于2031年底前完成关于老旧小区的改造"
    assert not year_only_in_name(s2, s2.find("2031"))


def test_variants_traditional_and_spaces():
    s = "會議就如何做好 2031 年全縣托育工作進行安排部署"
    assert treats_dated_matter(s, s.find("2031"))
    s2 = "某局發布關於開展2031年甲園評估工作的通知"
    assert year_only_in_name(s2, s2.find("2031"))
    s3 = "某县印发《某县2031年民生实事实施方案》"
    assert year_only_in_name(s3, s3.find("2031"))


def test_meeting_matter_stops_at_the_sentence():
    s = "会议听取了工作汇报;2031年全区将新建学校3所"
    assert not treats_dated_matter(s, s.find("2031"))


def test_heard_matter_is_its_own_clause():
    s = "会议讨论了某方案,到2031年全区建成公园5个"
    assert not treats_dated_matter(s, s.find("2031") - 1)


def test_released_title_told_done_without_guanyu():
    """(goalA25) ``会议下发了…做好20XX年度…工作的通知``: the year inside the released notice's title dates nothing (O3g,
    N9c), an earlier year beside it (the last year's awards) neither; a later year outside it still dates the sentence."""
    from extract.rules.goals import find_goals
    s = "会上印发了做好2032年度防汛工作的通知,表彰了2031年度防汛先进集体。"
    assert find_goals(s, 0, False) == []
    s2 = "会上印发了做好2032年度防汛工作的通知,2033年全县新建堤防3处。"
    assert [h.year for h in find_goals(s2, 0, False)] == [2033]


def test_meeting_convened_then_what_it_took_up():
    from extract.rules.goal_report_frames import convened_on
    s = "近日,某县召开校舍安全专题会议,研究落实2031年实现全县校舍抗震达标率100%"
    assert convened_on(s, s.index("2031"))
    s2 = "某区举行春季调度会,部署2031年公园建设工作"
    assert convened_on(s2, s2.index("2031"))
    # near-misses: a commitment in a clause of its own after the meeting's act; no meeting
    s3 = "某县召开专题会议,研究落实校舍改造,确保2031年底前全部完工"
    assert not convened_on(s3, s3.index("2031"))
    s4 = "某县将研究落实2031年校舍改造任务"
    assert not convened_on(s4, s4.index("2031"))


def test_meeting_convened_end_to_end():
    page = ("某县部署校舍安全工作\n日前,某县召开校舍安全专题会议,研究落实2031年实现全县校舍抗震达标率100%。"
            "各乡镇要优化施工环境,确保2031年9月实现全县校舍抗震达标率100%。")
    goals = [(g.quote, g.target_year) for g in records(page, "goal")]
    assert goals == [("各乡镇要优化施工环境,确保2031年9月实现全县校舍抗震达标率100%", 2031)]
