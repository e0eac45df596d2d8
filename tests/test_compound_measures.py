"""A measure whose name goes on after its measure word (N8)."""

from extract.rules.compound_measures import measure_tail
from extract.rules.targets import find_targets


def test_tail():
    assert measure_tail("万吨", "标准煤,") == "标准煤"
    assert measure_tail("吨", "二氧化碳当量") == "二氧化碳当量"
    assert measure_tail("万吨", "钢材") == ""
    assert measure_tail("万元", "标准煤") == ""


def test_sentence_unit():
    got = [(h.value, h.unit) for h in find_targets("到2033年,全市能源消费总量控制在1800万吨标准煤以内。", role="plan")]
    assert got == [(1800.0, "万吨标准煤")]
