"""(unitA25) A short numbered line that names its task, then ``由`` a party and its charge (U7 ``由X负责``): a passive
clause, no section name, however short; ``负责安排`` closing it is a bare doing whose object is the task named first (U4e).
Made-up texts."""

from rules_kit import units

from extract.cues import heading_is_sentence


def test_a_short_led_line_is_a_sentence():
    assert heading_is_sentence("奖品采购由总务处负责")
    assert heading_is_sentence("志愿者培训由团委牵头")
    assert not heading_is_sentence("总务处职责")
    assert not heading_is_sentence("由总务处负责")


def test_short_numbered_lines_each_give_their_row():
    text = "书画展分工如下:\n4、展板制作由美术组负责\n5、来宾接待由校办负责安排\n"
    rows = units(text)
    assert [(t, lead) for t, lead, _ in rows] == [("展板制作", ["美术组"]), ("来宾接待", ["校办"])]
