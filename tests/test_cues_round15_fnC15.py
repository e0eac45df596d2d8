"""Round 15 (fnC15): missed numeric targets -- made-up sentences only."""
from extract.rules.targets import NUMBER, find_targets


def _values(text):
    return [(h.value, h.unit) for h in find_targets(text)]


def _first(text):
    m = NUMBER.search(text)
    return m.group("v"), m.group("unit")


def test_blank_after_decimal_point_before_wan():
    assert (1.2, "万张") in _values("2031年某区新增养老床位1. 2万张。")


def test_blank_after_thousands_comma():
    assert (3400, "个") in _values("某区计划新增约3, 400个托育名额。")


def test_blank_inside_grouped_figure():
    assert (52361000, "元") in _values("甲校新建教学楼,计划投入52,36 1,000元。")


def test_list_marker_at_line_start_is_not_joined():
    assert _first("1. 6所学校完成改造")[0] == "1"


def test_list_marker_after_punctuation_is_not_joined():
    assert _first("目标如下:1. 6万名学生参加")[0] == "1"


def test_blank_after_point_without_wan_is_not_joined():
    assert _first("甲园1. 6所学校")[0] == "1"


def test_two_figures_of_a_row_not_joined():
    assert _first("甲园 12, 3456人")[0] != "12, 345"
