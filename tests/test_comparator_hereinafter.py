"""(tgtA26) N1: ``以下`` of ``(以下简称…)`` (hereinafter) is no bound: it neither commits a number nor makes it ``<=``."""

from extract.cues import reaches_level
from extract.rules.targets import find_targets


def test_hereinafter_is_no_bound():
    assert not reaches_level("某中心下设综合组(以下简称综合组)和")
    assert not reaches_level("某县教育局(以下称县局)共")
    assert reaches_level("每班人数控制在45人以下")
    assert reaches_level("费用在200元以下")


def test_count_after_a_hereinafter_note_on_a_page_without_plan_is_no_target():
    text = "本次行动设综合协调处(以下简称协调处)和4个专班。"
    assert [h.value for h in find_targets(text, role="none")] == []
    assert [h.value for h in find_targets("班额控制在40人以下。", role="none")] == [40.0]
