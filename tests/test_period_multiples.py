"""(tgtA25) N13b: a multiple of an earlier period's figure gives nothing; a multiple of a standard is a target (N2)."""

from extract.rules.period_multiples import multiple_of_earlier_period
from extract.rules.targets import find_targets


def test_earlier_period_multiples():
    assert multiple_of_earlier_period("五年投入将是上一个五年的", "倍")
    assert multiple_of_earlier_period("相当于“十三五”期间的", "倍")
    assert not multiple_of_earlier_period("不低于最低工资标准的", "倍")


def test_pipeline():
    hits = [(h.value, h.unit) for h in find_targets("五年新建社区书屋600个,相当于“十三五”的2倍。")]
    assert hits == [(600.0, "个")]
