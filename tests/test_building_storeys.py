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


from extract.rules.building_storeys import measures_building_with_storeys  # noqa: E402


def test_area_and_height_beside_storeys():
    got = _values("某中心为地上4层、地下1层建筑体,基地面积约3,073平方公尺(约930坪)。")
    assert (3073.0, "平方公尺") in got and (930.0, "坪") in got
    got = _values("新建办公楼规划为地上4层、地下1层,高度19公尺。")
    assert (19.0, "公尺") in got


def test_area_without_storeys_is_left_alone():
    assert _values("该校基地面积3,000平方公尺。") == []
    assert not measures_building_with_storeys("该校基地面积约3,000平方公尺。", "该校基地面积约", "平方公尺")
    assert not measures_building_with_storeys("大楼为地上4层,总面积为3所。", "总面积为", "所")
    assert measures_building_with_storeys("大樓為地上4層,總樓地板面積達7,840平方公尺。", "總樓地板面積達", "平方公尺")
