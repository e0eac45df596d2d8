"""(tgtA25) N12: an income bound before a class noun (``收入30万元以上的村``) says which villages, no amount; the count
of those villages is the target."""

from extract.rules.target_status import selects_cases
from extract.rules.targets import find_targets


def test_income_bound_selects_villages():
    assert selects_cases("力争集体收入", "万元", "以上的村5个")
    assert not selects_cases("安排补助资金", "万元", "用于村道修缮")


def test_pipeline_takes_the_count_only():
    hits = [(h.value, h.unit) for h in find_targets("2031年,力争村级集体经济收入30万元以上的村40个、80万元以上的村6个。")]
    assert (40.0, "个") in hits and (6.0, "个") in hits
    assert not [h for h in hits if h[1] == "万元"]
