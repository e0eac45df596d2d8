"""Made-up tests for goal_year_rounds (the year's round of work as a goal's date) and the wider year_must frame."""

from extract.rules.goal_date_cues import goal_date
from extract.rules.goal_year_rounds import year_goals_as_object, year_quota_assigned, year_round_tasks
from extract.rules.goals import find_goals
from tests.rules_kit import records


def test_year_round_tasks():
    assert year_round_tasks("2033年度全市节水型社区评选的重点包括管网改造、宣传入户和用水计量")[0] == 2033
    assert year_round_tasks("2034年全省书香校园创建工作明确了四项任务,包括增添图书、培训馆员")[0] == 2034
    assert year_round_tasks("2032年全区文明家庭评选活动的内容有:推荐、公示和表彰")[0] == 2032


def test_year_round_tasks_not():
    assert year_round_tasks("日前,某市启动2033年节水型社区评选") == (None, -1)  # the launch told (O3b)
    assert year_round_tasks("2033年节水型社区创建的成果包括管网改造12公里") == (None, -1)  # results, no tasks
    assert year_round_tasks("节水型社区创建的重点包括管网改造") == (None, -1)  # no year


def test_year_quota_assigned():
    assert year_quota_assigned("据了解,省里下达我市2035年新增城镇就业任务8000人") == (2035, 10)
    assert year_quota_assigned("某区关于下达2035年老旧小区改造任务的通知") == (None, -1)  # a notice's name
    assert year_quota_assigned("省里下达资金300万元") == (None, -1)  # no year, no task


def test_year_goals_as_object():
    assert year_goals_as_object("各村要齐心协力,确保实现2032年乡村振兴各项目标任务")[0] == 2032
    assert year_goals_as_object("推进2033年文化惠民发展目标")[0] == 2033
    assert year_goals_as_object("全镇2032年目标任务完成情况良好") == (None, -1)  # a report of completion


def test_year_must_with_more_adverbs():
    assert goal_date("某乡2036年要全面完成危房改造任务")[0] == 2036
    assert goal_date("全區2036年須順利實現學位供給目標")[0] == 2036
    assert goal_date("某乡2036年要求各村上报数据")[0] is None  # 要求 is a demand's name, no must


def test_sentences_become_goals():
    assert [h.year for h in find_goals("上级下达我镇2037年劳动力转移就业任务1500人", 0, False)] == [2037]
    assert [h.year for h in find_goals("2037年全省绿色学校创建的重点包括垃圾分类和节能改造", 0, False)] == [2037]


def test_end_to_end():
    text = ("某县2032年促进就业工作安排\n\n据悉,市里下达我县2032年新增就业任务2600人,援助困难人员就业300人。"
            "各乡镇要确保实现2032年就业各项目标任务。\n")
    got = [(r.quote, r.target_year) for r in records(text, "goal")]
    assert ("据悉,市里下达我县2032年新增就业任务2600人,援助困难人员就业300人", 2032) in got
    assert ("各乡镇要确保实现2032年就业各项目标任务", 2032) in got


def test_year_funds_handed_down():
    s = "本次省级下达我县2035年农田水利补助资金共计860万元,计划实施项目9个"
    assert year_quota_assigned(s) == (2035, s.index("2035"))
    assert year_quota_assigned("市财政下达2035年校舍维修资金1200万元")[0] == 2035
    # near-misses: a notice's name, funds with no amount, a year outside the handing down
    assert year_quota_assigned("根据《关于下达2035年农田水利补助资金的通知》")[0] is None
    assert year_quota_assigned("及时下达2035年农田水利补助资金")[0] is None
