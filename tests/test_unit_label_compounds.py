"""(unitB24) Role labels as regular compounds of the genre: a role head and a noun of organisational units
(``牵头股室``, ``配合处室``, ``协办科室``, ``参与机构``) are read as the head's ``…单位`` label (U4a). Made-up texts."""

import re

import pytest
from rules_kit import units

from extract.roles import LEAD_LABEL, RESP_LABEL


@pytest.mark.parametrize("word", ["牵头股室", "牵头机构", "主责科室"])
def test_lead_compounds(word):
    assert re.fullmatch(LEAD_LABEL, word) and not re.fullmatch(RESP_LABEL, word)


@pytest.mark.parametrize("word", ["配合处室", "协办科室", "参与机构", "协同股室", "落实机关"])
def test_helper_compounds(word):
    assert re.fullmatch(RESP_LABEL, word) and not re.fullmatch(LEAD_LABEL, word)


def test_compound_labels_in_a_task_bracket():
    rows = units("二、重点任务\n3.完成档案数字化一期工程。(牵头股室:档案股;配合处室:信息中心、财务处)\n")
    assert [(lead, resp) for _, lead, resp in rows] == [(["档案股"], ["信息中心", "财务处"])]


def test_a_helpers_compound_ends_the_lead_list():
    rows = units("二、重点任务\n4.开展窗口服务评议。(牵头科室:办公室 协办科室:政务服务科)\n")
    assert [(lead, resp) for _, lead, resp in rows] == [(["办公室"], ["政务服务科"])]
