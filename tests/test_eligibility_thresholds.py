from extract.rules.eligibility_thresholds import selects_eligible
from extract.rules.targets import find_targets


def _values(text):
    return [(h.value, h.unit) for h in find_targets(text, role="plan")]


def test_threshold_of_who_is_covered():
    assert selects_eligible("补助所得税率未达", "的长者福利金1000元")
    assert selects_eligible("且居住满", "以上均可申请")
    assert (12.0, "%") not in _values("某市新增补助所得税率未达12%的长者福利金800元。")
    assert (800.0, "元") in _values("某市新增补助所得税率未达12%的长者福利金800元。")
    assert (2.0, "年") not in _values("甲乡65岁以上老人,且居住满2年以上均可申请午餐。")


def test_level_to_reach_kept():
    assert not selects_eligible("力争所得税率达到", "。")
    assert (12.0, "%") in _values("某县力争所得税率达到12%。")


def test_count_of_people_served_kept():
    assert not selects_eligible("服务老人", "。")
    assert (200.0, "人") in _values("某乡2031年新增服务老人200人。")


def test_bracket_of_a_benefit_schedule():
    from extract.rules.eligibility_thresholds import bounds_benefit_bracket
    assert bounds_benefit_bracket("可获3万元;")
    assert bounds_benefit_bracket("或以上可獲8萬元")
    assert bounds_benefit_bracket("即可申请补助")
    assert not bounds_benefit_bracket("名,可提供学位")
    text = "每所托儿所按床位数获津贴:床位少于30个可获3万元;30至50个可获6万元;51个或以上可获9万元。"
    got = _values(text)
    assert (30.0, "个") not in got and (51.0, "个") not in got
    assert (3.0, "万元") in got and (9.0, "万元") in got
    assert (4.0, "万") not in _values("某区将把申请标准调低,镇人口达4万即可申请建设补助。")


def test_amount_a_party_may_get_kept():
    # the amount after 可获 is what the measure gives, read on its own
    assert (5.0, "万元") in _values("2031年起,每所乡村学校可获5万元设备补助。")
    # a count a commitment sets, then a clause of what it earns: the comma closes the count's clause
    assert (300.0, "个") in _values("某区2031年新增学位300个,可获得省级奖补。")
