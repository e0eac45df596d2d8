"""``分别负责`` and a means clause before ``负责`` (``要通过座谈等形式,``) leave ``X负责Y`` read as it is (U7)."""

import pytest

from extract.rules.unit_charge_adverbs import charge_adverb
from rules_kit import units


@pytest.mark.parametrize("line", ["甲县人大办、甲县政协办分别负责向代表和委员征集建议。",
                                  "甲县人大办、甲县政协办要通过座谈、走访等形式,分别负责向代表和委员征集建议。"])
def test_units_each_charged(line):
    rows = units("二、征集方式\n" + line + "\n")
    assert rows == [("向代表和委员征集建议", ["甲县人大办", "甲县政协办"], [])]


def test_charge_adverb_lengths():
    assert charge_adverb("分别负责征集") == 2
    assert charge_adverb("要通过走访等形式,负责征集") == len("要通过走访等形式,")
    assert charge_adverb("分别召开会议") == 0


@pytest.mark.parametrize("line,unit,task", [
    ("安保科包括学校安保人员和门卫,主要负责校园周边治安管理。", "安保科", "校园周边治安管理"),
    ("领导小组办公室由教务处、总务处组成,负责日常协调工作。", "领导小组办公室", "日常协调工作"),
])
def test_a_bodys_make_up_before_its_charge(line, unit, task):
    rows = units("二、职责分工\n" + line + "\n")
    assert rows == [(task, [unit], [])]
