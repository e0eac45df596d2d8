"""(tgtB33) N17d (twenty-seventh round): money a higher level reports handed down for works still to be carried out is
the works' funding granted, a target. Made-up texts."""

from extract.rules.ahead_funding import hands_down_for_works
from rules_kit import records


def test_cue():
    assert hands_down_for_works("已下达补助资金", "亿元", ",用于对150所新建幼儿园补助")
    assert hands_down_for_works("再下达第二批幼儿园建设补助资金", "万元", "")
    assert not hands_down_for_works("书屋修缮资金已下达", "万元", ",占计划80%")
    assert not hands_down_for_works("已下达补助资金", "万元", "")
    assert not hands_down_for_works("已下达", "所", ",用于建设")


def test_handed_down_for_works_is_a_target():
    text = "某省教育新闻\n\n昨日,省财政厅发布消息称,已下达补助资金3.2亿元,用于对150所新建、改扩建公办幼儿园补助。"
    assert (3.2, "亿元") in [(r.value, r.unit) for r in records(text, "numeric_target")]


def test_progress_of_money_is_status():
    text = "某县书屋工作半年报告\n\n截至6月底,书屋修缮资金已下达240万元,占计划80%。"
    assert records(text, "numeric_target") == []


def test_money_then_works_verb():
    from extract.rules.ahead_funding import money_builds
    assert money_builds("亿", "打造某区运动中心")
    assert money_builds("万元", "改建行政大楼")
    assert not money_builds("亿", "改善农村学生营养")
    assert not money_builds("所", "新建")
    text = "某市新闻\n\n6.2亿打造某区运动中心"
    assert [(r.value, r.unit) for r in records(text, "numeric_target")] == [(6.2, "亿")]
