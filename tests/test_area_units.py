from extract.rules.targets import find_targets


def test_pingmi_kept_as_unit():
    hits = find_targets("2031年,某镇计划新建文化广场面积超3万平米。", role="plan")
    assert [(h.value, h.unit) for h in hits] == [(3.0, "万平米")]


def test_pingmi_without_magnitude():
    hits = find_targets("2031年某园计划改造绿地800平米。", role="plan")
    assert [(h.value, h.unit) for h in hits] == [(800.0, "平米")]


def test_square_metre_unchanged():
    hits = find_targets("2031年某园计划改造绿地800平方米。", role="plan")
    assert [(h.value, h.unit) for h in hits] == [(800.0, "平方米")]
