"""Tests for ``goal_headline_leads``: a headline run into its lead (O2, O3). Made-up text."""

from extract.rules.goal_headline_leads import glued_lead_start, headline_only_dates


def test_purpose_lead_glued_to_dated_headline():
    s = "某市2031年各类公园将达50个以上为进一步改善人居环境,日前,市政府印发《某市公园建设计划》"
    assert glued_lead_start(s) == s.index("为进一步")
    assert headline_only_dates(s)


def test_dateline_glued_to_headline():
    s = "定了!2031年要普及托育服务 覆盖率均达2028年3月2日上午,某部召开新闻发布会,介绍《托育计划》有关情况"
    assert headline_only_dates(s[s.index("!") + 1:])


def test_lead_with_its_own_deadline_keeps_the_goal():
    s = "某市2031年各类公园将达50个以上围绕重要节日组织活动;要加快建设,到2031年,全市公园达到50个以上"
    assert not headline_only_dates(s)  # (no lead opener glued: nothing to cut)
    s2 = "某市2031年各类公园将达50个以上为进一步改善人居环境,市政府提出到2031年全市公园达到50个以上"
    assert glued_lead_start(s2) > 0 and not headline_only_dates(s2)  # the lead has its own deadline


def test_near_misses():
    assert glued_lead_start("2031年3月10日前,某局将资金下达各校") == 0  # ``10日前``: a deadline, no ``日前,`` lead
    assert glued_lead_start("(二)2031年3月10日前,某局负责完成汇总核实") == 0
    assert glued_lead_start("力争于2031年7月1日,正式开放某馆") == 0  # a date after ``于``: the sentence's own
    assert glued_lead_start("某县将加快建设,为进一步改善人居环境提供保障") == 0  # a clause mark before the opener
    assert not headline_only_dates("到2031年,全市建成公园50个")
