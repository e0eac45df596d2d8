"""``(由X+doing)`` closing an item or a sentence (rules.unit_bracket_by_doings, U7 eighteenth round): made-up texts only."""

import pytest

from rules_kit import units


def test_a_bare_verb_takes_the_item_before_the_bracket():
    rows = units("五、出席人员\n(一)嘉宾\n1.省级专家(由某县科技局邀请);\n2.县领导(由某县委办联络);\n")
    assert ("邀请省级专家", ["某县科技局"], []) in rows
    assert ("联络县领导", ["某县委办"], []) in rows


def test_a_doing_with_its_own_object_is_the_task():
    rows = units("3、各班准备一个节目。(由某校学生会统一购置道具)\n")
    assert ("统一购置道具", ["某校学生会"], []) in rows


@pytest.mark.parametrize("text", [
    "观众名单(由各社区自行推荐)\n",  # a collective (U7d)
    "演出经费(由某县财政安排专项资金)\n",  # a payer (U3a)
    "开幕式(由某县文旅局局长主持)\n",  # a person (U4a)
])
def test_no_row_for_what_is_no_task_of_a_named_unit(text):
    assert units(text) == []
