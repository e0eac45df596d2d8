"""A unit's head named as the subject of a duty (``某科负责人:负责…``) is a person, no unit (U4a)."""

import pytest

from extract.rules.unit_head_titles import names_unit_head, post_holds_duty
from rules_kit import units


def test_heads_duty_lines_give_no_unit_rows():
    rows = units("三、成员职责\n各成员按岗位履行安全职责:\n1. 财务科负责人:负责经费使用的安全审核。\n"
                 "2. 后勤处负责人:负责食堂和宿舍的安全检查。\n")
    assert rows == []


def test_a_working_group_line_with_people_still_gives_the_groups_duty():
    rows = units("三、工作分组\n2. 宣传组 组长:王五 成员:赵六 职责:负责赛事宣传报道。\n")
    assert [(lead, resp) for _, lead, resp in rows] == [(["宣传组"], [])]


@pytest.mark.parametrize("after,expected", [
    ("负责人:负责经费审核", True),
    ("主要负责人要亲自部署", True),
    ("负责经费审核", False),
    ("负责人员调配和车辆管理", False),
])
def test_names_unit_head(after, expected):
    assert names_unit_head(after) is expected


@pytest.mark.parametrize("after,expected", [
    ("负责人:负责安全检查", True),
    ("科长:具体负责台账管理", True),
    ("组长:王五 成员:赵六 职责:负责宣传", False),
])
def test_post_holds_duty(after, expected):
    assert post_holds_duty(after) is expected
