"""``分别负责`` and a means clause before ``负责`` (``要通过座谈等形式,``) leave ``X负责Y`` read as it is (U7)."""

import pytest

from extract.rules.unit_charge_adverbs import charge_adverb
from rules_kit import units


@pytest.mark.parametrize("line", ["某区住建局、某区城管局分别负责老旧小区改造的摸底和设计。",
                                  "某区住建局、某区城管局要通过现场踏勘、入户走访等方式,分别负责老旧小区改造的摸底和设计。"])
def test_units_each_charged(line):
    rows = units("二、摸底设计\n" + line + "\n")
    assert rows == [("老旧小区改造的摸底和设计", ["某区住建局", "某区城管局"], [])]


def test_charge_adverb_lengths():
    assert charge_adverb("分别负责征集") == 2
    assert charge_adverb("要通过走访等形式,负责征集") == len("要通过走访等形式,")
    assert charge_adverb("分别召开会议") == 0


@pytest.mark.parametrize("line,unit,task", [
    ("后勤科包括食堂、宿舍管理员,主要负责师生饮食和住宿保障。", "后勤科", "师生饮食和住宿保障"),
    ("领导小组办公室由教务处、总务处组成,负责日常协调工作。", "领导小组办公室", "日常协调工作"),
])
def test_a_bodys_make_up_before_its_charge(line, unit, task):
    rows = units("二、职责分工\n" + line + "\n")
    assert rows == [(task, [unit], [])]
