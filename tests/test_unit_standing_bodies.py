"""A standing body of a plan that meets or works across offices (``联席会议``, ``某工作专班``) owns its duty heading's
numbered items as a 领导小组 does (U8a, U8b (iii), twenty-fifth round)."""

import pytest

from extract.rules.unit_function_bodies import function_body_name
from rules_kit import units


def test_a_joint_meetings_duty_heading_owns_its_items():
    rows = units("一、联席会议主要职责\n(一)审议年度书屋建设计划。\n(二)监督书屋经费使用。\n二、联席会议成员单位\n某县文旅局、某县财政局。\n")
    assert [(task, lead) for task, lead, _ in rows[:2]] == [("审议年度书屋建设计划", ["联席会议"]), ("监督书屋经费使用", ["联席会议"])]


@pytest.mark.parametrize("name,expected", [("联席会议", True), ("某县防汛工作联席会议", True), ("书屋建设工作专班", True),
                                           ("会议", False), ("联席", False)])
def test_standing_bodies(name, expected):
    assert function_body_name(name) is expected


def test_a_company_heads_its_duty_line():
    from extract.rules.units import bare_unit_heading
    assert bare_unit_heading("某县燃气公司") == ["某县燃气公司"]
    rows = units("三、成员单位职责\n某县水务局:负责河道堤防的巡查。\n某县燃气公司:负责燃气管网的巡检维护,做好冬季供气保障。\n")
    assert [lead for _, lead, _ in rows] == [["某县水务局"], ["某县燃气公司"]]
