"""Target cues widened in the ninth round's second wave, each on a small made-up text (no sentence of a real
document)."""

from extract.cues import status_cue
from rules_kit import records


def values(text):
    return sorted(round(r.value, 4) for r in records(text, "numeric_target"))


def test_a_level_still_reached_or_only_reached_is_a_status():
    # ``仍达``, ``仍占``, ``只有``, ``仅有``: what the level is now (a problem the text describes), like ``仍有``
    assert status_cue("全省农村学校寄宿生占比仍达") == "status:仍达"
    assert status_cue("某县专职心理教师仅有") == "status:仅有"
    assert values("背景分析\n\n某省义务教育阶段超大班额占比仍达6.4%,城区学位缺口较大。") == []
    assert values("当时当地人口平均寿命只有41岁。") == []
    # the target a plan sets after such a status stays a target
    assert values("某市教师本科学历比例仍为62%,到2027年提高到80%。") == [80]


def test_a_works_projects_planned_size_is_a_target():
    from extract.rules.target_works_measures import states_project_measure
    assert states_project_measure("其中,某某实验中学工程总占地面积")
    assert states_project_measure("新校区规划占地")
    assert states_project_measure("该项目总投资约")
    assert not states_project_measure("本园是一所独立园区,占地")  # a school's present area names no project
    assert not states_project_measure("全县教育经费投入")
    # news of works begun: the project's site area and, once built, its scale (a 其中 breakdown of a status
    # sentence that looks ahead is no past)
    text = ("本月某县又有5个学校建设项目开工,大部分计划于明年秋季投用。其中,某某高中工程总占地面积8.2万平方米,"
            "建成后办学规模为48个班级。")
    assert values(text) == [8.2, 48]
    assert values("某镇小学新校区规划占地31亩,可与邻近中学共用运动场。") == [31]
    assert values("某校始建于1956年,校园占地42亩,现有教学班24个。") == []
