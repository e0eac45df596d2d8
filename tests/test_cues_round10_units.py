"""Unit-assignment cues of the tenth round, each on a small made-up text (no sentence of a real document)."""

from extract.rules.units import assisting_units
from rules_kit import units


# -- U7: the assisting clause after a led task, also where the sentence goes on ----------------------------
def test_assisting_clause_followed_by_what_is_done():
    text = "果园巡查主要由丙县农机局牵头,丁县水务局、戊县林业站配合,对各村果园进行全面检查。"
    assert units(text) == [("果园巡查", ["丙县农机局"], ["丁县水务局", "戊县林业站"])]


def test_short_department_names_share_the_closing_word():
    assert assisting_units("农机、水务、林业部门") == ["农机", "水务", "林业部门"]
    assert assisting_units("农机、水务、林业", "等部门") == ["农机", "水务", "林业"]
    assert assisting_units("农机、水务、林业") == []  # nothing says these words name departments
    assert assisting_units("加快推进果园建设", "等部门") == []  # a clause, not a list of names
    text = "渠道清淤由丙县水务局牵头,农机、林业等部门配合,对主干渠逐段清淤;"
    assert units(text) == [("渠道清淤", ["丙县水务局"], ["农机", "林业"])]


# -- U4a: a helpers' label with ``主要`` before it, on a line of its own under a numbered task ----------------
def test_main_helpers_label_line_under_a_task():
    text = ("1.修缮灌溉渠,保障春耕用水\n\n牵头责任单位:丙县水务局\n\n主要协作单位:各乡人民政府、丙县农机局\n\n"
            "2.推广蓝果种植。\n\n牵头责任单位:丙县果业局\n\n主要配合单位:丙县林业站")
    assert units(text) == [("修缮灌溉渠,保障春耕用水", ["丙县水务局"], ["各乡人民政府", "丙县农机局"]),
                           ("推广蓝果种植", ["丙县果业局"], ["丙县林业站"])]
