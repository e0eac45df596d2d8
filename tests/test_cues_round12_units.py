"""Unit-assignment cues of the twelfth round, each on a small made-up text (no sentence of a real document)."""

import pytest

from extract.rules.units import assisting_units, names_a_clause
from rules_kit import units


# -- U7: the clause after a charge that goes on with what is done names no helpers ---------------------------------
@pytest.mark.parametrize("text", [
    "甲局负责修好灌溉渠,按照乙部、丙委《支持果农发展的意见》精神,对果园开展检查。",
    "甲局負責修好灌溉渠,按照乙部、丙委《支持果農發展的意見》精神,對果園開展檢查。",
    "甲局负责修好灌溉渠，依据乙部、丙委〈关于支持果农的通知〉，对果园开展检查。",
    "甲局负责修好灌溉渠,对乙部、丙委支持的项目开展检查。",
])
def test_a_clause_after_the_charge_names_no_helpers(text):
    got = units(text)
    assert got and got[0][1] == ["甲局"] and got[0][2] == []


@pytest.mark.parametrize("text,resp", [
    ("修好灌溉渠由甲局牵头,乙局、丙局等部门配合。", ["乙局", "丙局"]),
    ("甲局负责修好灌溉渠,乙局、丙站等单位积极支持。", ["乙局", "丙站"]),
    ("甲局负责修好灌溉渠,经信局、财政局按职责配合。", ["经信局", "财政局"]),  # ``经…`` opens a unit's name here
])
def test_a_list_of_helpers_after_the_charge_is_kept(text, resp):
    got = units(text)
    assert got and got[0][2] == resp


def test_names_a_clause_variants():
    assert names_a_clause("按照甲部、乙委《支持")
    assert names_a_clause("根据甲部、乙委")
    assert names_a_clause("围绕乙局、丙局")
    assert not names_a_clause("乙局、丙局")
    assert not names_a_clause("经信局、财政局")
    assert assisting_units("按照甲部、乙委《") == []
    assert assisting_units("乙局、丙局") == ["乙局", "丙局"]


# -- U7: ``X牵头,Y配合,(负责)Z`` after a comma or without ``由``: the helpers' clause makes it a division of work ------
@pytest.mark.parametrize("text,lead,resp,task", [
    ("据悉,即日起,由丙县农委组织,丙县果业局牵头,丙县公安局、丙县林业站配合,负责对果园周边环境进行专项整治。",
     ["丙县果业局"], ["丙县公安局", "丙县林业站"], "对果园周边环境进行专项整治"),
    ("丙县果业局牵头,丙县公安局、丙县林业站协助,对果园周边环境开展巡查。",
     ["丙县果业局"], ["丙县公安局", "丙县林业站"], "对果园周边环境开展巡查"),
    ("即日起,由丙縣果業局牽頭,丙縣警察局及其交通隊、林務局參與,負責對果園周邊環境進行整治。",
     ["丙县果业局"], ["丙县警察局及其交通队", "林务局"], "对果园周边环境进行整治"),
    ("今年起，甲署統籌，乙局、丙處等部門配合，推行果園巡查計劃。",
     ["甲署"], ["乙局", "丙处"], "推行果园巡查计划"),
])
def test_lead_then_helpers_then_task(text, lead, resp, task):
    got = units(text)
    assert got and got[0] == (task, lead, resp)


@pytest.mark.parametrize("text", [
    "坚持政府主导,果业局牵头,对果园周边环境开展巡查。",  # a lead after a comma with no helpers' clause
    "各校要加强领导,校长牵头,各处室配合,落实安全责任。",  # people and a collective
    "形成党委领导、政府统筹,部门配合,社会参与的工作格局。",  # a system described
    "去年,丙县果业局牵头编制了果园规划。",  # no comma after the lead
])
def test_lead_clause_near_misses(text):
    assert units(text) == []
