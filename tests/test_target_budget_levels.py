"""Made-up budget and policy-address sentences for ``extract.rules.target_budget_levels``: the level an adjustment
sets is a target, the level it starts from is not; money a budget has earmarked is a target despite ``已``."""

from extract.cues import is_baseline
from extract.rules.target_budget_levels import adjusted_level, earmarked_ahead
from rules_kit import records


def targets(text):
    return [(r.value, r.unit) for r in records(text, "numeric_target")]


def test_adjusted_level():
    assert adjusted_level("由原来首150万调整为")
    assert adjusted_level("乙补贴上限下调为每月")
    assert adjusted_level("丙名额放宽至")
    assert not adjusted_level("去年已将丁津贴调整为")  # a change already made
    assert not adjusted_level("丁津贴为")  # no adjustment verb


def test_old_level_is_baseline():
    assert is_baseline("由原来首", "调整为300万澳门元")
    assert is_baseline("戊补贴由每月", "上调至900元")
    assert not is_baseline("戊补贴每月", "上调至900元")


def test_earmarked_ahead():
    assert earmarked_ahead("房屋署已预留")
    assert earmarked_ahead("某局已经预留约")
    assert not earmarked_ahead("某局已拨款")
    assert not earmarked_ahead("某局已投入")


def test_adjustment_end_to_end():
    got = targets("市府拟把丁类住房印花税的免税额由原先的150万元上调至225万元。")
    assert (225.0, "万元") in got
    assert (150.0, "万元") not in got


def test_earmark_end_to_end():
    assert (8.0, "亿元") in targets("为支援各区图书馆更新设备,文化局已预留8亿元。")
    assert targets("为支援各区图书馆更新设备,文化局去年已拨款8亿元。") == []


def test_budget_level_cues():
    from extract.rules.target_budget_levels import (closes_gap, compiled_budget_total, funding_adjusted, keeps_level,
                                                    sets_budget_level)
    assert keeps_level("乙券维持") and keeps_level("丙津贴维持在每月")
    assert not keeps_level("乙券目前维持")
    assert compiled_budget_total("各局编列相关甲计划预算共计")
    assert not compiled_budget_total("全市学校共计")
    assert closes_gap("期能弥补财政收支缺口")
    assert not closes_gap("学位")
    assert funding_adjusted("追加900万元,总经费调整为")
    assert sets_budget_level("乙券维持") == "kept_level"
    assert sets_budget_level("某股目标价上调至") == ""  # a market's price, no budget's level
    assert sets_budget_level("某镇") == ""


def test_budget_levels_end_to_end():
    assert (400.0, "元") in targets("明年起乙区交通补贴维持每月400元。")
    assert (48.5, "亿元") in targets("丙市今年编列长照服务经费合计48.5亿元。")
    assert (9.6, "亿元") in targets("市府出售闲置土地,用以填补年度预算缺口9.6亿元。")
    assert targets("丁公司业绩创新高,目标价上调至420元!") == []  # a market's price


def test_ceiling_for_each_of_a_list():
    got = {(r.value, r.comparator) for r in records("大型及小型活动的补助上限分别为12万元及20万元。",
                                                    "numeric_target")}
    assert got == {(12.0, "<="), (20.0, "<=")}
    got = {(r.value, r.comparator) for r in records("政府将把资助上限提高至4万元和7万元。", "numeric_target")}
    assert (7.0, "<=") not in got  # a raised ceiling's new levels are levels (``=``), not bounded by the word


def test_extra_share_of_grant():
    from extract.rules.target_budget_levels import extra_share_of_grant
    assert extra_share_of_grant("长者则分别获多", "%", "及45%津贴")
    assert extra_share_of_grant("长者则分别获多15%及", "%", "津贴")
    assert not extra_share_of_grant("长者则分别获多", "元", "津贴")
    assert not extra_share_of_grant("参与率多", "%", ",较去年")
    got = targets("夜间及周末班学员分别获多25%及35%补贴。")
    assert (25.0, "%") in got and (35.0, "%") in got
    assert (20.0, "%") in targets("参加延长时段的长者可获额外20%津贴。")


def test_target_named_and_funds_works():
    from extract.rules.target_budget_levels import funds_works, names_target_level
    assert names_target_level("预计首3年目标受惠人数约为 ")
    assert not names_target_level("目前参与人数约为")
    assert funds_works("宣布用市款", "兴建,预计明年完工")
    assert not funds_works("宣布用市款", ",已于去年")
    assert (12.0, "万人") in targets("新计划的目标受惠人数为12万人。")
    assert (2.8, "亿元") in targets("县府以自有经费2.8亿元兴建综合体育馆。")
