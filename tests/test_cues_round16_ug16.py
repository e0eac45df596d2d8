"""Cue tests of the sixteenth round (ug16): made-up pages only."""

from extract.rules.r16_ug16 import project_in_charge_of, reports_plan_goals
from rules_kit import records, units


def goals(text):
    return [(r.target_year, r.quote) for r in records(text, "goal")]


def test_project_in_charge_of_cue():
    got = project_in_charge_of("民生实事中,由某县教育局负责的智慧课堂提升项目投资80万元,已完工。")
    assert [(t, u) for _, _, t, u in got] == [("智慧课堂提升项目", ["某县教育局"])]
    got = project_in_charge_of("由甲镇、乙镇负责的农田改造工程总投资900万元")
    assert [(t, u) for _, _, t, u in got] == [("农田改造工程", ["甲镇", "乙镇"])]


def test_project_in_charge_of_near_misses():
    assert project_in_charge_of("由各镇负责的农田改造工程总投资900万元") == []
    assert project_in_charge_of("由相关部门负责的道路改造项目已开工") == []
    assert project_in_charge_of("明确每名民警负责的学校范围") == []
    assert project_in_charge_of("由某县教育局负责的工作范围已明确") == []
    assert project_in_charge_of("由某县教育局负责智慧课堂提升项目") == []


def test_project_in_charge_of_rows():
    got = units("2031年实事完成情况:由某县卫健局负责的老年人体检项目投资50万元,共为2000人体检;"
                "由某县民政局负责的社区食堂项目投资30万元,已建成食堂3个。")
    assert got == [("老年人体检项目", ["某县卫健局"], []), ("社区食堂项目", ["某县民政局"], [])]


def test_reports_plan_goals_cue():
    assert reports_plan_goals("规划提出了建成宜居花园城市的目标")
    assert reports_plan_goals("《某省养老服务纲要》提出以下主要目标:养老床位数量稳步增加")
    assert reports_plan_goals("方案明确了未来五年的发展目标,即全面建成托育服务体系")
    assert not reports_plan_goals("规划提出的目标已全面实现")
    assert not reports_plan_goals("对照纲要确定的目标抓好落实")
    assert not reports_plan_goals("规划提出要加快建设养老机构")
    assert not reports_plan_goals("会议提出了建成宜居城市的目标")


def test_reported_plan_goals_are_goals():
    page = "某市新闻\n\n2031年5月1日\n\n某市日前发布卫生规划,明确今后五年卫生事业发展方向。\n\n{}\n"
    got = goals(page.format("规划提出了建成国际一流健康城市的目标。全市医疗机构床位数稳步增加。"))
    assert got == [(None, "规划提出了建成国际一流健康城市的目标")]
    assert goals(page.format("规划提出的目标已全面实现。全市医疗机构床位数稳步增加。")) == []
