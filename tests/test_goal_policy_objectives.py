"""Made-up policy-plan pages for ``extract.rules.goal_policy_objectives``: short objective sentences under a
``年度施政目标`` heading are goals; a line cut short is not."""

from extract.rules.goal_policy_objectives import objective_provides_chart, short_objective
from rules_kit import records


def goals(text):
    return [r.text for r in records(text, "goal")]


def test_short_objective():
    assert short_objective("严密船籍管理")
    assert short_objective("端正礼俗、改善乡里风气。")
    assert not short_objective("推动某村体", "")  # cut by the page, no full stop
    assert not short_objective("某县政府")  # no objective verb
    assert not short_objective("强化管理")  # too short to name what it works on


def test_objective_provides_chart():
    assert objective_provides_chart("办理渔获数量调查,公布渔获资料及提供查询图表")
    assert not objective_provides_chart("某县渔船统计图表")
    assert not objective_provides_chart("各乡渔船一览表")


PAGE = ("某县政府2031年度施政计画目标与重点\n\n"
        "壹、农渔类\n\n"
        "一、年度施政目标\n\n"
        "推动渔港设施更新,落实渔民安全。\n\n"
        "严密船籍管理。\n\n"
        "强化渔会团体辅导。\n\n"
        "办理渔获数量调查,公布渔获资料及提供查询图表。\n\n"
        "二、年度施政重点\n\n")


def test_page_objectives():
    got = goals(PAGE)
    assert "严密船籍管理" in got
    assert "强化渔会团体辅导" in got
    assert "办理渔获数量调查,公布渔获资料及提供查询图表" in got
    assert "推动渔港设施更新,落实渔民安全" in got


# a doc-sharing page's summary line: the plan's title, its category and its goal heading run into one line
FLAT = ("88\n\n"
        "某县政府 2031 年度施政计画目标与重点 壹、农渔类 一、年度施政目标 推动渔港设施更新,落实渔民安全。 "
        "严密船籍管理。 强化渔会团体辅导。 2\n\n"
        "某县政府2030年度施政计画目标与重点\n\n"
        "上传 下载\n")


def test_flat_line_objectives():
    got = goals(FLAT)
    assert "推动渔港设施更新,落实渔民安全" in got
    assert "严密船籍管理" in got and "强化渔会团体辅导" in got
    assert not any("2030年度" in g for g in got)  # the list ends with its line


def test_cited_forecast_is_no_goal():
    from extract.rules.goals import forecasts_year
    assert forecasts_year("依据统计处的人口推算,本市老年人口占比上升,到2045年将超过三成")
    assert not forecasts_year("根据某署部署,全县至2040年将新建学校5所")  # a plan, no forecast
    assert goals("依據統計處的人口推算,本市老年人口占比上升,到2045年將超過三成。") == []
    assert goals("全縣至2040年將新建學校5所。") != []


PREFACE = ("某县文化中心公开资讯\n\n"
           "2032年度施政计画\n\n"
           "前言(施政目标与重点)\n"
           "  本中心以推广地方艺文为宗旨,办理展演与研习活动,并协助各乡镇社区剧团。\n\n"
           "  本年度将结合社区团体,扩大巡回演出的范围。\n\n"
           "壹、年度施政目标\n\n"
           "一、推动剧场设施更新\n"
           "1.持续办理甲剧场整修作业,维持设备安全。\n")


def test_preface_named_as_goals():
    from extract.rules.goal_title_labels import titles_year_goals
    assert titles_year_goals("前言(施政目标与重点)")
    assert not titles_year_goals("前言")
    assert not titles_year_goals("前言(计画缘起)")
    got = goals(PREFACE)
    assert any(g.startswith("本中心以推广地方艺文为宗旨") for g in got)
    assert any(g.startswith("本年度将结合社区团体") for g in got)


def test_safeguards_are_no_objectives():
    assert not short_objective("加强组织领导。")
    assert not short_objective("强化督导考核")


def test_plan_founded_on_forecast_stays():
    from extract.rules.goals import forecasts_year
    assert not forecasts_year("某局根据人口推估,计划到2040年新建学校6所")

