from extract.rules.present_frames import present_frame_later
from extract.rules.targets import find_targets


def _values(text):
    return [(h.value, h.unit) for h in find_targets(text, role="none")]


def test_later_present_frame_states_what_is():
    assert _values("甲局一直高度重视体育设施建设,目前,全市体育场地达到290个,人均面积1.5平方米以上。") == []


def test_modal_after_frame_keeps_target():
    assert (3.0, "所") in _values("甲局高度重视,目前,已建成5所,今年将新建3所。")


def test_frame_after_number_changes_nothing():
    assert (3.0, "所") in _values("某区新建幼儿园3所,目前,已开工。")


def test_direct_cue():
    s = "甲局高度重视,目前,人均面积1.5平方米以上"
    assert present_frame_later(s, "人均面积")
    assert not present_frame_later("甲局高度重视,人均面积1.5平方米以上", "人均面积")
    assert not present_frame_later("甲局高度重视,截至目前,“新增学位3", "“新增学位")
