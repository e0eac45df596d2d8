"""(tgtB34) value forms of numeric targets: a half after the measure, a ratio to one, a rate that lost its ``%``, a
whole level after ``≥``, a coefficient under ``以内``, a rate written without its currency, more measure words."""

from extract.headings import title_quantity
from extract.rules.target_value_forms import (coefficient_bound, half_after, half_end, rate_sign_lost, ratio_to_one,
                                              signed_whole_level)
from extract.rules.targets import find_targets


def _hits(text: str, role: str = "plan") -> list[tuple[float, str, str]]:
    return [(h.value, h.unit, h.comparator) for h in find_targets(text, role=role)]


def test_half_after():
    assert half_after("年", "半内完成") == "年"
    assert half_after("个", "半小时以上") == "个小时"
    assert half_after("年", "内完成") is None
    assert half_after("所", "半") is None
    assert half_after("个", "半成品") is None
    assert half_end("1个半小时以上", 2) == 5
    assert half_end("4年半", 2) == 3
    assert half_end("4年内", 2) == 2


def test_half_in_pipeline():
    assert (4.5, "年", "=") in _hits("平均轮候时间降至4年半。")
    assert (1.5, "个小时", ">=") in _hits("每次活动开展必须持续1个半小时以上。")
    assert (4.0, "年", "=") not in _hits("平均轮候时间降至4年半。")


def test_ratio_to_one():
    s = "城乡收入差距控制在2.2∶1以内"
    assert ratio_to_one(s, s.index("2.2"), s.index("2.2") + 3) == s.index("以内")
    s = "男女比例1:1"
    assert ratio_to_one(s, s.index("1:1"), s.index("1:1") + 1) is None  # read from its second term
    s = "上午8:30开会"
    assert ratio_to_one(s, s.index("8"), s.index("8") + 1) is None
    assert (2.2, "", "<=") in _hits("到2031年,城乡收入差距控制在2.2∶1以内。", role="none")


def test_rate_sign_lost():
    assert rate_sign_lost("全省产前筛查率达到", "95", "新生儿遗传代谢性疾病")
    assert not rate_sign_lost("全省产前筛查率达到", "95", "")  # a figure cut off at the page's end
    assert not rate_sign_lost("合格率为", "90", "以后")
    assert not rate_sign_lost("筛查人数达到", "95", "新生儿")  # no rate word
    assert not rate_sign_lost("全省产前筛查率达到", "250", "新生儿")
    assert [v for v, u, c in _hits("方案要求到2031年全省产前筛查率达到95新生儿疾病筛查率达到98严重缺陷发生率下降")] == [95, 98]


def test_signed_whole_level():
    assert signed_whole_level("人均健康期望寿命≥", "71", ",65至74岁")
    assert not signed_whole_level("首页 > ", "2016", "年")
    assert not signed_whole_level("寿命≥", "71", "岁")  # a measure word follows: read by its unit
    assert not signed_whole_level("寿命>", "71", ",")
    assert (71.0, "", ">=") in _hits("至2031年人均健康期望寿命≥71,家庭病床占比≥3,社区卫生服务全覆盖。", role="none")


def test_coefficient_bound():
    assert coefficient_bound("0.011", "以内,年均")
    assert not coefficient_bound("1.5", "以内")
    assert not coefficient_bound("0.5", "个百分点")


def test_rate_without_currency():
    got = _hits("特困人员的全护理标准为965/半护理标准为579/全自理护理标准为78/月,分散供养的另行确定。")
    assert (965.0, "/", "=") in got and (579.0, "/", "=") in got and (78.0, "/月", "=") in got
    assert not _hits("财政预算案2026/医疗/长者")


def test_more_measure_words():
    assert (1.0, "纸", "=") in _hits("一、首奖1名,颁发奖状1纸。")
    assert (5.0, "万羽", "=") in _hits("出栏生态家禽5万羽。")
    assert (10.0, "群", ">=") in _hits("择定社区医疗群至少10群。")
    assert not [h for h in _hits("本文共1097字") if h[1] == "字"]  # characters of a page: no measure word here


def test_title_rate_per_head():
    assert title_quantity("支持毕业生求职创业,按1500/人标准发放求职创业补贴")
    assert not title_quantity("第1/2页")
    assert not title_quantity("加强管理")


def test_masks_obtained_funding_years():
    from extract.rules.target_value_forms import masks_obtained_funding_years as mask
    s = "東勢鄉公所於108年爭取到內政部補助新臺幣9,131萬元"
    assert mask(s) == s.replace("108", "某某某")
    assert mask("104年核定計1億4,151萬2,000元經費") .startswith("某某某年核定")
    assert mask("2031年获批补助资金800万元").startswith("某某某某年获批")
    s = "预计2031年竣工,总投资2亿元"
    assert mask(s) == s  # the year of the works ahead stays
    got = [(h.value, h.target_year) for h in find_targets("校舍改建工程,2029年获批补助资金800万元。", role="plan")]
    assert got == [(800.0, None)]  # a step done dates nothing (N9b)
    got = [(h.value, h.target_year) for h in find_targets("校舍改建工程,2029年获批补助资金800万元,预计2031年完工。", role="plan")]
    assert got == [(800.0, 2031)]  # the year of the works


def test_masks_allotment_years():
    from extract.rules.target_value_forms import masks_allotment_years as mask
    s = "资金来源为2031年第一批薄弱学校改造中央专项资金214万元,自筹288万元。"
    assert mask(s) == s.replace("2031", "某某某某")
    s = "获得积极应对人口老龄化工程2031年中央预算内专项资金4000万元"
    assert "2031" not in mask(s)
    s = "我委已将该项目列入2031年某市重点项目建设计划,用地面积70235平方米"
    assert "2031" not in mask(s)
    for kept in ("2031年安排资金800万元", "2031年第二批校舍维修改造项目建设总投资2601.3万元,涉及学校42所",
                 "计划2031年完成投资3亿元"):
        assert mask(kept) == kept
    got = [(h.value, h.target_year) for h in find_targets(
        "项目估算总投资680万元。资金来源为2031年第一批薄弱学校改造中央专项资金214万元,自筹288万元。", role="plan")]
    assert (214.0, None) in got and (288.0, None) in got


def test_obtained_project_approval_year():
    from extract.rules.target_value_forms import masks_obtained_funding_years as mask
    assert "2015" not in mask("安海幼儿园新园区于2015年11月20日取得立项,用地面积9337平方米")
    s = "计划2031年立项,用地面积9337平方米"
    assert mask(s) == s


def test_comparators_of_ceilings_and_strive():
    assert (2250.0, "元", "<=") in _hits("半津学生资助金额上限则为2250元。")
    assert (6000.0, "元", "<=") in _hits("每名中小学生津贴上限维持6,000元。")
    assert (4.6, "%", "<=") in _hits("力争失业率不超4.6%。")
    assert (4.6, "%", ">") in _hits("力争失业率超4.6%。")
    assert [h.comparator for h in find_targets("力争2031年底人均体育场地面积达到2.1平方米。", role="plan")] == [">="]
    assert [h.comparator for h in find_targets("2031年底人均体育场地面积达到2.1平方米。", role="plan")] == ["="]


def test_bracketed_section_measure():
    assert (40.0, "条(段)", "=") in _hits("完成40条(段)河涌截污、清淤。")


def test_part_of_listed_total():
    from extract.rules.target_value_forms import part_of_listed_total
    s = "总经费共计524万元,包含筹备期324万元、营运期200万元"
    total_end = s.index("元") + 1
    assert part_of_listed_total(s, [(total_end, "万元")], s.index("324"), "万元")
    assert not part_of_listed_total(s, [(total_end, "万元")], s.index("324"), "人")
    s2 = "总经费共计524万元;另有营运期200万元"
    assert not part_of_listed_total(s2, [(s2.index("元") + 1, "万元")], s2.index("200"), "万元")
    s3 = "总经费共计524万元,用于筹备期324万元"
    assert not part_of_listed_total(s3, [(s3.index("元") + 1, "万元")], s3.index("324"), "万元")
