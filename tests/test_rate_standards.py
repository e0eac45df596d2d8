"""A subsidy rate per head or per period stated as a standard (N2a)."""

from extract.rules.rate_standards import states_rate_standard
from extract.rules.targets import find_targets


def test_rate_standard():
    assert states_rate_standard("区财政奖补标准为:1.特困家庭翻建住房户均", "1.特困家庭翻建住房户均")
    assert states_rate_standard("护理补贴每人每月不低于900元,其中市级财政每月补贴", "其中市级财政每月补贴")


def test_not_rate_standard():
    assert not states_rate_standard("全镇人均住房面积", "全镇人均住房面积")  # no subsidy, no per-unit word
    assert not states_rate_standard("试点小区每户用电", "试点小区每户用电")  # no subsidy
    assert not states_rate_standard("共发放补贴资金", "共发放补贴资金")  # no per-unit word


def test_sentences():
    got = [(h.value, h.unit) for h in find_targets("区财政奖补标准为:1.特困家庭翻建住房户均3万元;维修加固户均0.8万元。",
                                                   role="none")]
    assert got == [(3.0, "万元"), (0.8, "万元")]
    got = [(h.value, h.comparator) for h in find_targets("护理补贴每人每月不低于900元,其中市级财政每月补贴500元。", role="none")]
    assert got == [(900.0, ">="), (500.0, "=")]


def test_standard_only_named_is_left_alone():
    assert not states_rate_standard("医疗补助标准为每人", "医疗补助标准为每人")
