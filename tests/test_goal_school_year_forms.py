"""goal_school_year_forms and goal_year_qualifiers (goalB33): made-up sentences."""

from extract.rules.goal_date_cues import common_era, goal_date
from extract.rules.goal_school_year_forms import glued_year_pairs, year_span_tails
from extract.rules.goal_year_qualifiers import asks_whether, qualifies_noun
from extract.rules.goals import false_goal_cue


def test_span_tail_in_figures():
    assert year_span_tails("甲署在2031/三二学年增设学位") == "甲署在2031/32学年增设学位"
    assert year_span_tails("于2031 / 三二学年开始时推行") == "于2031 / 32学年开始时推行"
    assert year_span_tails("在2031至三二年度拨款") == "在2031至32年度拨款"
    assert year_span_tails("三二个班级") == "三二个班级"


def test_glued_pair():
    s = "某局预计二〇三一二〇三二学年新增学位"
    out = glued_year_pairs(s)
    assert out == "某局预计2031/ 32学年新增学位" and len(out) == len(s)
    assert glued_year_pairs("二〇三一年完成") == "二〇三一年完成"


def test_common_era_reads_the_forms():
    assert common_era("开支增加至二〇三一/三二学年的约9亿元") == "开支增加至2031/32学年的约9亿元"
    assert goal_date(common_era("以及达到在二零三一 / 三二学年开始时,全部学生就读全日制"))[0] == 2031
    assert goal_date(common_era("甲署将于二〇三一二〇三二学年起推行新计划"))[0] == 2031


def test_year_qualifiers():
    s = "乙处正审核资料,例如是否于2031/32学年提供免费服务"
    assert asks_whether(s, s.find("2031"))
    assert false_goal_cue(s, s.find("2031")) == "year_qualifier"
    s = "乙处将于月底把名单及其在2031/32学年的收费水平,上载网页"
    assert qualifies_noun(s, s.find("2031"))
    s = "开支增加至2031/32学年的约9亿元"
    assert not qualifies_noun(s, s.find("2031")) and not asks_whether(s, s.find("2031"))
