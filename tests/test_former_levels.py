"""(tgtA25) N2: a clause opened by ``原本``/``原先`` states the level before a change; the change is read as usual."""

from extract.rules.past_results import states_former_level
from extract.rules.targets import find_targets


def test_former_level_clause():
    assert states_former_level("该馆门票原本每人")
    assert states_former_level("据介绍,原先两级财政各承担")
    assert not states_former_level("原本每人20元,今年起调整为")
    assert not states_former_level("改造原有公厕")


def test_pipeline_keeps_the_new_level():
    hits = [(h.value, h.unit) for h in find_targets("原本市区两级各承担800元,今年起再追加600万元由市级负担。", role="none")]
    assert (800.0, "元") not in hits and (600.0, "万元") in hits
