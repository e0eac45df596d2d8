"""A bound word written after the amount it bounds (N1b)."""

from extract.rules.bounds_after import bound_after
from extract.rules.targets import find_targets


def test_upper_after():
    assert bound_after("土地为上限,") == "<="
    assert bound_after("即封顶") == "<="
    assert bound_after("为限。") == "<="


def test_lower_after():
    assert bound_after("为下限") == ">="


def test_no_bound():
    assert bound_after(",上限为500元") is None  # a bound of another level
    assert bound_after("的土地,分两期建设") is None


def test_sentences():
    got = [(h.value, h.comparator) for h in find_targets("新区建设用地将以85公顷为上限。", role="plan")]
    assert got == [(85.0, "<=")]
    got = [(h.value, h.comparator) for h in find_targets("每户补贴以3000元为限。", role="plan")]
    assert got == [(3000.0, "<=")]


def test_bound_on_multiple_of_a_standard():
    # (N2, N13b) the standard's name stands between the bound word and the multiple
    got = [(h.value, h.unit, h.comparator) for h in find_targets("困境儿童护理补贴不低于本县城镇职工最低工资标准的1.4倍。", role="plan")]
    assert got == [(1.4, "倍", ">=")]
