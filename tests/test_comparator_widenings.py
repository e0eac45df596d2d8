"""(tgtA25) N1: ``X或以上`` is ``>=`` as ``X以上`` is; ``力争…达X`` keeps ``>=`` across two measures joined before one level."""

from extract.rules.targets import find_targets


def test_or_above():
    assert [(h.value, h.comparator) for h in find_targets("每处场地面积达到800平方米或以上。")] == [(800.0, ">=")]
    assert [(h.value, h.comparator) for h in find_targets("每班人数控制在45人或以下。")] == [(45.0, "<=")]


def test_strive_over_two_joined_measures():
    hits = find_targets("力争“校校通”接入率和多媒体教室配备率达95%。")
    assert [(h.value, h.comparator) for h in hits] == [(95.0, ">=")]
