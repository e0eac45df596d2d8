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
    got = targets("将己类宽免的金额提高一半,由原来首150万调整为225万澳门元。")
    assert (225.0, "万澳门元") in got
    assert (150.0, "万") not in got and (150.0, "万澳门元") not in got


def test_earmark_end_to_end():
    assert (8.0, "亿元") in targets("卫生局亦推进智慧医院建设,已预留8亿元资助各院的系统更新。")
    assert targets("卫生局去年已拨款8亿元资助各院的系统更新。") == []


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
    assert (900.0, "元") in targets("庚区施政报告公布,敬老券维持900元,并向每名长者额外发放300元。")
    assert (48.5, "亿元") in targets("此外,各局编列相关乙计划预算共计48.5亿元,协助青年创业。")
    assert (9.6, "亿元") in targets("县府将开源节流,期能有效弥补财政收支缺口9.6亿元。")
    assert targets("丁公司业绩创新高,目标价上调至420元!") == []  # a market's price


def test_ceiling_for_each_of_a_list():
    got = {(r.value, r.comparator) for r in records("社署为安老院提供一笔过资助,三类院舍资助上限分别为12万元及20万元。",
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
    got = targets("双职家庭及单亲家庭的幼童则分别获多25%及35%资助,2032/33学年起实行。")
    assert (25.0, "%") in got and (35.0, "%") in got


def test_target_named_and_funds_works():
    from extract.rules.target_budget_levels import funds_works, names_target_level
    assert names_target_level("预计首3年目标受惠人数约为 ")
    assert not names_target_level("目前参与人数约为")
    assert funds_works("宣布用市款", "兴建,预计明年完工")
    assert not funds_works("宣布用市款", ",已于去年")
    assert (45.0, "万人次") in targets("同时扩大计划至丙类病种,预计首3年目标参与人数约为 45万人次。")
    assert (2.8, "亿元") in targets("丁区第三座运动馆今日动土,宣布用区款2.8亿元兴建,预计2033年底完工。")
