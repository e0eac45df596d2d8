"""(tgtA26) N17a: the money or area of works the sentence says are still being built, under a present frame or a
past marker of the same sentence, is a target; money spent or works done stay a status."""

from extract.rules.works_under_way import measure_of_works_under_way
from rules_kit import records


def test_works_measure_with_works_under_way_after():
    assert measure_of_works_under_way("投资约", "万元的某体育馆正在加紧施工。")
    assert measure_of_works_under_way("占地面积", "亩的某学校新校区,即将开工建设;")
    assert measure_of_works_under_way("某馆投资超", "万元,主体已完成,目前正在进行外立面装修。")


def test_not_a_works_measure_or_not_under_way():
    assert not measure_of_works_under_way("招收学生", "人,正在进行分班。")  # no works measure
    assert not measure_of_works_under_way("投资", "万元的某广场已于5月建成投用。")  # no works ahead
    assert not measure_of_works_under_way("投资", "万元的某馆已竣工,正在进行绿化。")  # done before the under-way words
    assert not measure_of_works_under_way("上半年已完成投资", "万元,正在进行主体施工。")  # money spent so far
    assert not measure_of_works_under_way("投资", "万元。另有一处广场正在建设。")  # another sentence


def _values(text):
    return sorted((r.value, r.unit) for r in records(text, "numeric_target"))


def test_present_frame_before_works_under_way():
    text = "目前,投资650余万元、面积2800平方米的某镇文化广场正在加紧建设之中。"
    assert _values(text) == [(650.0, "万元"), (2800.0, "平方米")]


def test_present_frame_before_works_done_stays_a_status():
    assert _values("目前,投资650余万元、面积2800平方米的某镇文化广场已建成投用。") == []


def test_past_marker_of_the_sentence_before_works_under_way():
    text = "某村综合楼投资超900万元,是集会议、培训等功能为一体的场所,主体已完成,目前正在进行外立面装修,明年全部完成。"
    assert (900.0, "万元") in _values(text)


def test_designed_share_done_or_main_part_done_is_still_under_way():
    assert measure_of_works_under_way("投资", "余万元的某安置工程正在设计中。")
    assert measure_of_works_under_way("总计投资", "万元的某集市二期工程已完成45%,预计年底完工。")
    assert measure_of_works_under_way("投资", "万元的某商业街项目,目前主体工程已完工,正在进行内部装修。")
    assert not measure_of_works_under_way("投资", "万元的某商业街项目已全部竣工,正在进行验收。")


def test_present_frame_before_works_being_designed():
    assert _values("目前,投资1300余万元的某村安置工程正在设计中。") == [(1300.0, "万元")]
