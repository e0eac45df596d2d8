"""Words that end like an office but name a place (``…场所``, ``厕所``), and a service's people after a unit's name
(``某卫生院医生担任``): no unit (U3, U4a)."""

import pytest

from extract.cues import is_unit_cell
from rules_kit import units


@pytest.mark.parametrize("cell,expected", [("社区养老服务场所", False), ("公共厕所", False), ("某镇派出所", True), ("某镇市场所", True),
                                           ("某镇财政所", True)])
def test_places_ending_in_suo(cell, expected):
    assert is_unit_cell(cell) is expected


def test_a_heading_naming_a_place_is_no_unit():
    rows = units("三、重点任务\n(一)推进全民健身\n2.增加乡村健身活动场所。推动闲置厂房改建健身场地。各乡镇要按照“")
    assert rows == []


def test_a_post_held_by_a_services_people_is_no_unit_row():
    rows = units("二、健康服务\n校园健康辅导员,由某镇卫生院医生担任,每月到校巡诊一次。\n")
    assert rows == []


def test_a_planned_sub_centre_is_a_place():
    assert not is_unit_cell("城市副中心") and not is_unit_cell("省域副中心") and is_unit_cell("政务服务中心")
    assert units("三、重点任务\n城市副中心将协助开展社区足球场建设。\n") == []
    assert units("三、重点任务\n省域副中心负责建设区域物流枢纽。\n") == []
