"""(unitB26) ``X负责:`` duty heads whose X is a short body's name (团, 台, 班, 部…). Made-up lines."""

from rules_kit import units

from extract.rules.unit_charged_heads import charged_body_head


def test_charged_heads_of_short_bodies_give_their_rows():
    text = ("外联部负责:联系赞助商,落实场地。\n"
            "合唱团负责:准备开场合唱节目。\n"
            "校广播台负责:现场解说,播放背景音乐。\n")
    assert [(task, lead) for task, lead, _ in units(text)] == [
        ("联系赞助商", ["外联部"]), ("准备开场合唱节目", ["合唱团"]), ("现场解说", ["校广播台"])]


def test_charged_body_head_cue():
    assert charged_body_head("合唱团", "合唱团负责:") == ["合唱团"]
    assert charged_body_head("合唱团", "合唱团:") is None  # no 负责 before the colon
    assert charged_body_head("舞台", "舞台负责:") is None  # a thing, no body
    assert charged_body_head("每班", "每班负责:") is None  # each class: a collective
