"""(tgtA25) N13, N17: in a report, a later clause of a sentence whose earlier number was taken under a modal or a
deadline shares that time still ahead (``将…;新建…,建成…``), unless a past marker comes between."""

from extract.rules.targets import find_targets


def test_later_clauses_share_the_modal():
    hits = [(h.value, h.unit) for h in find_targets("另外,将改造老旧管网30公里;新建停车场4处,增设充电桩120个。", role="report")]
    assert hits == [(30.0, "公里"), (4.0, "处"), (120.0, "个")]


def test_past_marker_between_stops_it():
    hits = [(h.value, h.unit) for h in find_targets("明年将新建驿站5个,去年已建成驿站8个。", role="report")]
    assert hits == [(5.0, "个")]


def test_no_taken_number_before_no_carry():
    assert not find_targets("新建停车场4处,增设充电桩120个。", role="report")
