import re

from extract.rules.targets import NUMBER, find_targets
from extract.rules.thousand_counts import THOUSAND_ALONE, THOUSAND_BEFORE_COUNT


def _values(text):
    return [(h.value, h.unit) for h in find_targets(text, role="plan")]


def test_thousand_with_many_before_wan_yuan():
    assert _values("2031年某县计划自筹约2千多万元建设甲园。") == [(2.0, "千万元")]
    assert _values("2031年某县计划自筹约2千余万元建设甲园。") == [(2.0, "千万元")]


def test_thousand_before_people_counter():
    assert _values("2031年某县计划增加1千多名社工。") == [(1.0, "千名")]
    assert _values("2031年某区计划新增3千人就业岗位。") == [(3.0, "千人")]


def test_traditional_script_matches_the_pattern():
    assert re.match(THOUSAND_BEFORE_COUNT, "千餘萬元")
    assert re.match(THOUSAND_BEFORE_COUNT, "千多戶")


def test_near_misses_keep_their_reading():
    assert _values("2031年某县计划修建步道3千米。") == [(3.0, "千米")]
    assert _values("2031年某县计划自筹2千万元。") == [(2.0, "千万元")]
    assert _values("2031年某县计划增加2千多元慰问金。") == [(2.0, "千元")]
    assert not re.match(THOUSAND_BEFORE_COUNT, "千克")
    assert not re.match(THOUSAND_BEFORE_COUNT, "千瓦")
    assert [m.group(0) for m in NUMBER.finditer("每千人口托位4.5个")] == ["4.5个"]


def test_yi_parts_with_many_before_wan():
    assert _values("2031年某区计划拨款1亿7,000多万元。") == [(17000.0, "万元")]
    assert _values("2031年某县计划自筹2亿2000多万,建设甲园。") == [(22000.0, "万")]
    assert _values("2031年某县计划投入1亿8000余万元改建甲楼。") == [(18000.0, "万元")]


def test_yi_parts_near_misses():
    assert _values("2031年某区计划拨款1亿7,000万元。") == [(17000.0, "万元")]
    assert _values("2031年某县计划投入1亿元、8000余万元改建甲楼。") == [(1.0, "亿元"), (8000.0, "万元")]
    assert [m.group(0) for m in NUMBER.finditer("投入1亿8000多人")] != ["1亿8000多人"]


def test_thousand_with_no_measure_after():
    assert _values("2031年某县残津将升至9千,惠及甲乡。") == [(9.0, "千")]
    assert _values("2031年某区计划提供最多3千受托名额。") == [(3.0, "千")]


def test_thousand_alone_near_misses():
    assert not re.match(THOUSAND_ALONE, "千字")
    assert not re.match(THOUSAND_ALONE, "千瓦")
    assert not re.match(THOUSAND_ALONE, "千2百")
    assert [m.group(0) for m in NUMBER.finditer("本文约3.2千字")] != ["3.2千"]
