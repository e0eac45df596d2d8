"""(unitB26) A meeting's directive right before ``由X``: ``会议要求由X+doing`` puts the task on X. Made-up minutes."""

import re

from rules_kit import units

from extract.rules.unit_directives import DIRECTIVE_BEFORE_BY


def test_minutes_directive_then_by_unit_doing():
    text = "东湖小学主体已封顶,会议要求由区住建局尽快完成消防验收,确保秋季投用。"
    assert units(text) == [("尽快完成消防验收", ["区住建局"], [])]
    assert units("会议决定由市体育局修缮全市中学篮球场。") == [("修缮全市中学篮球场", ["市体育局"], [])]


def test_directive_words():
    assert re.fullmatch(DIRECTIVE_BEFORE_BY, "会议要求") and re.fullmatch(DIRECTIVE_BEFORE_BY, "明确")
    assert not re.fullmatch(DIRECTIVE_BEFORE_BY, "据了解")
    assert units("会议要求由各学校抓紧整改。") == []  # a collective (U7d)
