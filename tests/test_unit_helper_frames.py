"""Made-up tests of a helper written as the subject, ``乙局协助甲局做好Z`` (U7b), through the whole rules extractor.

unitA23 (``rules.unit_duty_items.helper_frames``) and unitB23 wrote a reader each for this frame in the same round; on
every text of the corpus their records were the same, so one was kept, and these tests (unitB23's cases) hold it."""

import pytest

from tests.rules_kit import units


def test_helper_subject_then_unit_helped():
    assert units("某村委员会协助某镇人民政府、某街道办事处做好防汛物资储备工作。") == [
        ("做好防汛物资储备工作", ["某镇人民政府", "某街道办事处"], ["某村委员会"])]


def test_modal_between_helper_and_verb():
    assert units("甲署将协助乙署物色合适处所。") == [("物色合适处所", ["乙署"], ["甲署"])]
    assert units("某区委员会将协助某区政府做好宣传工作。") == [("做好宣传工作", ["某区政府"], ["某区委员会"])]


def test_helper_in_clause_before_comma():
    assert units("某县长要求有关部门要发挥职能作用,配合某县教育局做好项目选址、资金筹措等工作,及时解决问题。") == [
        ("做好项目选址、资金筹措等工作", ["某县教育局"], ["有关部门"])]
    assert units("各成员单位按照职责分工,积极配合某领导小组开展相关工作。") == [("开展相关工作", ["某领导小组"], ["各成员单位"])]


@pytest.mark.xfail(strict=True, reason="a second modal before the helping verb (要…,要积极配合) is not read by the kept reader")
def test_helper_with_a_modal_in_each_clause():
    assert units("各成员单位要按照职责分工,要积极配合某领导小组开展相关工作。") == [("开展相关工作", ["某领导小组"], ["各成员单位"])]


def test_no_doer_written():
    assert units("某区公安分局协助做好突发事件处置等。") == [("做好突发事件处置", [], ["某区公安分局"])]


@pytest.mark.parametrize("text", [
    "积极配合某区体育局做好健身器材试点工作。",  # no helper written (U8: the block's own unit)
    "在某区公安局的配合下,完成了整治。",  # help received
    "副组长协助组长做好日常工作。",  # people
    "某村委员会配合政府督促家长做好入学工作。",  # no organisation in particular
    "指定有资质的专科医院配合某区教育局开展筛查工作。",  # a description, no name
    "我们将配合某区住建局做好选址。",  # the text's own voice
    "协助单位:某区文化馆。",  # a label
])
def test_near_misses_give_nothing(text):
    assert units(text) == []
