"""(unitA37) The body a unit works under, told between its name and its charge (``甲部在某领导小组的领导下,主要负责…``)
(made-up text)."""

import re

from rules_kit import units

from extract.rules.unit_charge_adverbs import UNDER_LEADERSHIP


def test_under_leadership_before_charge():
    assert units("某指挥部在某工作领导小组的领导下,主要负责研究制定训练计划。") == [("研究制定训练计划", ["某指挥部"], [])]
    assert units("某县文旅局应在县委的领导下负责书屋建设。") == [("书屋建设", ["某县文旅局"], [])]
    assert units("某县文旅局在市文旅局的指导下负责书屋建设。") == [("书屋建设", ["某县文旅局"], [])]


def test_the_clause_only_before_a_charge():
    assert re.match(UNDER_LEADERSHIP, "在县委的领导下负责") is not None
    assert re.match(UNDER_LEADERSHIP, "在县委的领导下开展") is None


def test_near_misses_stay_silent():
    assert units("各乡镇在县委的领导下负责书屋建设。") == []  # a collective
    assert units("副县长在县委的领导下负责书屋建设。") == []  # a person
