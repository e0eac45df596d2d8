"""Made-up tests for goal_since_years: a year since which something has run, told as a start or a state (O3)."""

from extract.rules.goal_since_years import tells_since_year
from tests.rules_kit import records


def _at(s, year="2031"):
    return s.index(year)


def test_start_told_as_a_fact():
    for s in ("自2031年起,某省启动实施书香校园行动,计划两年内建成书屋200间",
              "据悉,从2031年起,某市开始尝试多种方式扩充托位",
              "某中心自2031年开始推出夜间托管服务",
              "我县自2031年起共有35个村承担着全省耕地监测工作",
              "该工程自2031年启动,到规划期末结束"):
        assert tells_since_year(s, _at(s)), s


def test_start_still_ahead_or_no_start():
    for s in ("自2031年起,全县将启动新一轮校舍改造",  # a modal: a start ahead
              "从2031年起要开始推行新的收费标准",
              "从2031年秋季学期开始,各校普遍开设劳动课",  # 开始 closes the time phrase, the deed follows
              "2031年启动建设体育公园1个"):  # no from-phrase
        assert not tells_since_year(s, _at(s)), s
    s = "从2030年1月起至2031年底,力争建成书屋40间"
    assert not tells_since_year(s, _at(s))  # the deadline is another year than the from-year


def test_end_to_end_undated_page():
    page = ("某地学前教育投入加大\n据了解,从2031年起,某自治区开始探索多种方式扩充学前教育资源。\n"
            "自2031年起,某自治区将每年新建幼儿园50所。")
    goals = [g.quote for g in records(page, "goal")]
    assert goals == ["自2031年起,某自治区将每年新建幼儿园50所"]


def test_already_built_things_are_no_past_start():
    s = "自2031年起,对已建成小区全面实施垃圾分类"  # a commitment about things that exist, no start told
    assert not tells_since_year(s, _at(s))
