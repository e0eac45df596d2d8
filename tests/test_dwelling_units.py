"""``单位`` as flats in housing texts (N3, N12a)."""

from extract.rules.dwelling_units import counts_dwelling_units
from extract.rules.targets import find_targets


def test_flats():
    assert counts_dwelling_units("预计未来三年公营房屋供应约", "万个", "单位")
    assert counts_dwelling_units("新区预计可提供约", "万个", "單位,并")
    assert counts_dwelling_units("该地块预计可兴建公屋约", "个", "单位")


def test_bodies():
    assert not counts_dwelling_units("此项工作涉及", "个", "牵头单位")  # no ``单位`` right after
    assert not counts_dwelling_units("全区共有", "个", "单位参与评比")
    assert not counts_dwelling_units("预计未来三年公营房屋供应约", "万个", "公屋")


def test_housing_sentence():
    got = [(h.value, h.unit) for h in find_targets("预计未来三年公营房屋建屋量约8.5万个单位。", role="none")]
    assert got == [(8.5, "万个")]
    assert find_targets("本次考核共有12个单位参与。", role="none") == []
