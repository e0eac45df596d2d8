"""A meeting's decision putting a case on an office (unit_decision_openers): made-up minutes only."""

from extract.rules.unit_decision_openers import decision_before_by
from rules_kit import units


def test_decision_label_and_case_topic_open_the_sentence():
    text = "决议:由甲处办理。"
    assert decision_before_by(text, text.index("由"))
    text = "决议:内容应兼顾稳定性,本 案由甲处研议办理。"
    assert decision_before_by(text, text.index("由"))


def test_field_labels_and_mid_clause_words_do_not():
    for text in ("案由:请重视短缺", "提案由甲会提出", "甲会决议由"):
        assert not decision_before_by(text, text.index("由")), text


def test_through_the_rules():
    assert units("二、提案单位:甲会 案由:请重视短缺。 决议:由甲处移请乙处积极进行人员之聘任。") == [
        ("移请乙处积极进行人员之聘任", ["甲处"], [])]
    assert units("决议:修订内容应兼顾稳定性,本 案由甲处录案研议办理。") == [("录案研议办理", ["甲处"], [])]
