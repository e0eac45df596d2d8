"""Target cues widened in the ninth round's second wave, each on a small made-up text (no sentence of a real
document)."""

from extract.cues import status_cue
from rules_kit import records


def values(text):
    return sorted(round(r.value, 4) for r in records(text, "numeric_target"))


def test_a_level_still_reached_or_only_reached_is_a_status():
    # ``仍达``, ``仍占``, ``只有``, ``仅有``: what the level is now (a problem the text describes), like ``仍有``
    assert status_cue("全省农村学校寄宿生占比仍达") == "status:仍达"
    assert status_cue("某县专职心理教师仅有") == "status:仅有"
    assert values("背景分析\n\n某省义务教育阶段超大班额占比仍达6.4%,城区学位缺口较大。") == []
    assert values("当时当地人口平均寿命只有41岁。") == []
    # the target a plan sets after such a status stays a target
    assert values("某市教师本科学历比例仍为62%,到2027年提高到80%。") == [80]
