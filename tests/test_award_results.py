"""``rules.award_results``: the outcome of a contest, an award or a selection is a result (N13)."""

from extract.rules.award_results import tells_award_result


def test_award_and_selection_outcomes_are_results():
    assert tells_award_result("东坪书屋凭借人均借阅量达", "册,获“阅读推广奖”。")
    assert tells_award_result("西坪书屋因人均藏书达", "册,荣获“示范书屋”称号。")
    assert tells_award_result("此次评比从200名报名者中评选出", "名优秀馆员,于5月3日举行颁奖。")
    assert tells_award_result("南坪书屋以人均借阅量达", "册,获“借阅量”绩优等2项肯定。")


def test_awards_ahead_and_money_granted_are_left_to_other_cues():
    assert not tells_award_result("力争全县书屋在评比中获一等奖", "个。")
    assert not tells_award_result("明年将从200名报名者中评选出", "名优秀馆员。")
    assert not tells_award_result("东坪书屋今年获得补助", "万元。")
    assert not tells_award_result("某镇2031年新建书屋", "个,可获得省级奖补。")
    assert not tells_award_result("某镇新建书屋", "个,获奖励资金10万元。")
    assert not tells_award_result("东坪书屋人均借阅量达", "册。")
