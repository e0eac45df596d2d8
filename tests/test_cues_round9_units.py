"""Unit-assignment cues of the ninth round, each on a small made-up text (no sentence of a real document)."""

from extract.rules.units import find_spaced_labels, leading_units
from rules_kit import units


def _rows(hits):
    return [(h.task, h.lead, h.responsible) for h in hits]


# -- U3: a unit's own bracket is part of its name, also where a list may run on -----------------------
def test_a_last_unit_keeps_its_own_bracket():
    assert leading_units("丙县农机局(农机站)") == ["丙县农机局(农机站)"]
    assert leading_units("丁市水务局、丙县农机局(农机站)") == ["丁市水务局", "丙县农机局(农机站)"]


def test_a_last_unit_run_on_into_text_is_still_cut():
    assert leading_units("丁市水务局东门西门") == ["丁市水务局"]  # no bracket: the list ran on into other text
    assert leading_units("丁市水务局(牵头)") == ["丁市水务局(牵头)"]  # the lead mark, as before


def test_labels_in_square_brackets_keep_the_bracketed_name():
    text = "(一)果园面积增加5%。[牵头单位:丙县农机局(农机站);责任单位:各乡人民政府,丙县果业园区]"
    assert _rows(find_spaced_labels(text)) == [
        ("果园面积增加5%", ["丙县农机局(农机站)"], ["各乡人民政府", "丙县果业园区"])]
    assert units(text) == [("果园面积增加5%", ["丙县农机局(农机站)"], ["各乡人民政府", "丙县果业园区"])]
