"""(tgtA26) N17a: the scale works are built to, ``按…N…规模建设``, is their planned size, not a name."""

from extract.rules.build_scales import builds_to_scale
from rules_kit import records


def test_scale_frame_with_a_building_verb():
    assert builds_to_scale("某馆新馆拟按", "规模高标准修建。")
    assert builds_to_scale("按24个班,在校生", "规模设计建设;")
    assert builds_to_scale("某园按照9个班、幼儿", "的规模进行建设")


def test_scale_without_frame_or_verb_is_left_alone():
    assert not builds_to_scale("分三档建设:", "规模占地不少于4亩")  # a class of a standard
    assert not builds_to_scale("某地有一家", "规模的企业")
    assert not builds_to_scale("乙校现有", "规模建设")  # no ``按``


def _values(text):
    return sorted((r.value, r.unit) for r in records(text, "numeric_target"))


def test_pupils_and_area_of_the_scale_through_the_extractor():
    assert _values("甲小学扩建项目:启动甲小学扩建工作,按36班,在校生1500人规模建设;") == [(36.0, "班"), (1500.0, "人")]
    assert _values("据悉,某县体育馆拟按1.6万平方米规模高起点修建。") == [(1.6, "万平方米")]
    assert _values("乙园新园区项目:按9个教学班、在园幼儿约270人规模设计建设。") == [(9.0, "个"), (270.0, "人")]
