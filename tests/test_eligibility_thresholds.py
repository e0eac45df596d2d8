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
