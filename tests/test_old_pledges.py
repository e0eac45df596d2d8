"""``rules.old_pledges``: an amount reached by now or pledged years ago is no target (N13, N13c; made-up texts)."""

from extract.rules.old_pledges import reached_or_pledged_before


def test_reached_and_old_pledges():
    assert reached_or_pledged_before("全市公幼到今年增加")
    assert reached_or_pledged_before("市长3年前刚上任,提出要增加")
    assert reached_or_pledged_before("在3年前我上任的时候,要增加")
    assert reached_or_pledged_before("市长刚上任曾经承诺,要增加")


def test_what_is_ahead_is_left_alone():
    assert not reached_or_pledged_before("在3年前我上任的时候,要增加80班,到今年就增加150班,未来两年还会再增加")
    assert not reached_or_pledged_before("到今年底,全市将新增")  # a deadline
    assert not reached_or_pledged_before("计划在2031年前新建")  # a year's deadline, no years-ago
    assert not reached_or_pledged_before("全市新增")


def test_pipeline_old_pledge_and_new_one():
    from rules_kit import records
    text = ("某市增设公共化幼儿园\n某市公共幼儿园到今年增加150班,市长3年前刚上任,提出要增加80班,提前达成目标。"
            "市长表示,未来两年还会再增加60班。\n")
    got = {(r.value, r.unit) for r in records(text, "numeric_target")}
    assert (150.0, "班") not in got and (80.0, "班") not in got
    assert (60.0, "班") in got
