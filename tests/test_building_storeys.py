from extract.rules.building_storeys import storeys_above_below
from extract.rules.targets import find_targets


def _values(text, role="none"):
    return [(h.value, h.unit) for h in find_targets(text, role=role)]


def test_storeys_above_and_below_ground_are_measures():
    assert _values("甲乡综合服务大楼为地上5层、地下1层,设停车场。") == [(5.0, "层"), (1.0, "层")]
    assert _values("某中心为地上4层、地下1层建筑体。") == [(4.0, "层"), (1.0, "层")]


def test_cue_variants():
    assert storeys_above_below("大楼为地上", "层")
    assert storeys_above_below("打造地下 ", "層")  # space, Traditional script


def test_near_misses():
    assert not storeys_above_below("该楼地下", "楼")  # a floor's level
    assert not storeys_above_below("楼高", "层")  # no ground word (another cue's)
    assert not storeys_above_below("地上部分共", "层")
    assert _values("该楼地下1楼为停车场。") == []
