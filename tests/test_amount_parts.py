"""(tgtB25, N8b) Amounts written in parts, read as one value in the unit after their last digits."""

from extract.rules.amount_parts import yi_parts_value
from extract.rules.targets import find_targets
from rules_kit import records


def _got(sentence):
    return [(h.value, h.unit) for h in find_targets(sentence, role="plan")]


def test_value_in_kilo_wan():
    assert yi_parts_value("7亿3", "千万元") == "73"
    assert yi_parts_value("4亿6", "仟万元") == "46"
    assert yi_parts_value("9亿1,500", "元") == "900001500"
    assert yi_parts_value("12亿4300", "万元") is None  # read elsewhere (亿 and 万 together)
    assert yi_parts_value("36", "千万元") is None


def test_yi_then_kilo_wan():
    assert _got("北区体育馆改建总经费约7亿3千万元。") == [(73.0, "千万元")]
    assert _got("东港码头扩建工程预算4亿6仟多万元。") == [(46.0, "仟万元")]


def test_yi_then_yuan():
    assert _got("再拨款9亿1,500元,增设长者宿位。")[0] == (900001500.0, "元")


def test_wan_then_area():
    assert _got("新图书馆总楼地板面积约2万4500坪。") == [(24500.0, "坪")]
    assert _got("二期校舍建筑面积3万1200平方米。") == [(31200.0, "平方米")]


def test_other_amounts_unchanged():
    assert _got("新建体育中心,总投资15亿2600万元。") == [(152600.0, "万元")]
    assert _got("县财政另筹约3千多万元。") == [(3.0, "千万元")]
    assert _got("2031年新增停车位1万2000个。") == [(12000.0, "个")]


def test_end_to_end():
    got = [(r.value, r.unit) for r in records("某县2031年重点工程\n一、新建县综合文化中心,总经费5亿8仟多万元,建筑面积1万6500平方米。\n",
                                              "numeric_target")]
    assert (58.0, "仟万元") in got and (16500.0, "平方米") in got
