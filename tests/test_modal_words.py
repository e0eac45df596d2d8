"""(tgtB33) N5: words that hold a modal's characters but state no time ahead (``modal_idioms``), and ``规划`` before
the count it plans. Made-up texts."""

from extract.cues import _MODAL
from rules_kit import records


def _modal(text):
    m = _MODAL.search(text)
    return m.group(1) if m else None


def test_life_expectancy_is_no_forecast():
    assert _modal("全区居民人均预期寿命") is None
    assert _modal("预期增长百分之五") == "预期"


def test_programme_name_is_no_plan():
    assert _modal("实施“阳光成长计划”") is None
    assert _modal("落实《乡村阅读行动计划》") is None
    assert _modal("纳入年度维修计划,") is None
    assert _modal("两项计划涉及开支") is None
    assert _modal("按计划推进") is None
    assert _modal("区教育局计划新建") == "计划"
    assert _modal("计划于年底前") == "计划"


def test_planned_count():
    assert _modal("服务中心规划") == "规划"  # a clause read up to its number
    assert _modal("大楼规划9栋") == "规划"
    assert _modal("国土空间规划2031-2045年") is None


def test_review_of_life_expectancy_takes_no_target():
    text = "某区卫生健康工作回顾\n\n去年,全区居民人均预期寿命81.6岁,婴儿死亡率2.1‰。"
    assert [r.value for r in records(text, "numeric_target")] == []


def test_planned_buildings_are_a_target():
    text = "某县长照服务简讯\n\n另外,综合服务大楼规划12栋,让民众就近得到照顾。"
    assert [(r.value, r.unit) for r in records(text, "numeric_target")] == [(12.0, "栋")]
