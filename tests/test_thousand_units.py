"""N8b: ``千`` after an amount's digits before ``元`` is part of the unit (made-up texts)."""

import re

from rules_kit import records

from extract.rules.thousand_units import THOUSAND_BEFORE_YUAN


def _targets(text):
    return {(r.value, r.unit) for r in records(text, "numeric_target")}


def test_pattern():
    assert re.match(THOUSAND_BEFORE_YUAN, "千元")
    assert re.match(THOUSAND_BEFORE_YUAN, "千多元")
    assert not re.match(THOUSAND_BEFORE_YUAN, "千米")
    assert not re.match(THOUSAND_BEFORE_YUAN, "千克")


def test_thousand_yuan_amount():
    assert (6.0, "千元") in _targets("明年甲類居民獲發1萬元,乙類居民亦有6千元。")


def test_compound_keeps_thousand_unit():
    assert (15.0, "千元") in _targets("明年起某縣長者敬老金每年1萬5千元。")


def test_other_thousand_units_unchanged():
    got = _targets("某区明年新建道路3千米。")
    assert (3.0, "千米") in got
    assert not any(u == "千元" for _v, u in got)
