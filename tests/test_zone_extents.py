"""The distance that draws a zone a measure covers: where it applies, no target (N12)."""

from extract.rules.zone_extents import bounds_zone
from rules_kit import records


def test_zone_distances():
    assert bounds_zone("禁渔区为干流两侧各", "公里", "的水域")
    assert bounds_zone("幼儿园周边", "米", "以内禁止设摊")
    assert bounds_zone("铁路沿线", "米", "范围内")


def test_not_zone_distances():
    assert not bounds_zone("新建沿河步道", "公里", "")  # a length of works
    assert not bounds_zone("两侧各种植", "米", "")  # no side word right before the number
    assert not bounds_zone("公园周边新增停车位", "个", "")  # no distance
    assert not bounds_zone("铁路两侧各", "米", "宽的绿化带建设")  # no zone word after it


def test_end_to_end():
    got = [(r.value, r.unit) for r in records("烟花禁放区为城区主干道两侧各500米的区域。全年新建绿道12公里。", "numeric_target")]
    assert got == [(12.0, "公里")]
