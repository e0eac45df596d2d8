"""(tgtB37) Forms of a commitment the target rules left unread: 千多万 without 元, headline runs of amounts, 分别 lists of
bare values, a count's noun followed by 将."""

from extract.rules.recall_forms import (count_then_will, fenbie_list_unit, fenbie_run_continues, headline_amount_run,
                                        headline_topic)
from extract.rules.targets import find_targets
from rules_kit import records


def _got(sentence, role="plan"):
    return [(h.value, h.unit) for h in find_targets(sentence, role=role)]


def test_kilo_more_wan_without_yuan():
    assert _got("某校重建约需3千多万经费。") == [(3.0, "千万")]
    assert _got("图书馆改建约需2千余万经费。") == [(2.0, "千万")]
    assert _got("县财政另筹约3千多万元。") == [(3.0, "千万元")]  # with 元: read as before


def test_headline_amount_run():
    assert headline_amount_run("2个、16个、30万户", "!某市乡村未来五年这么建")
    assert headline_amount_run("5所、1200个", "！某县将这样建学校")
    assert not headline_amount_run("2个、16个、30万户", "!回顾过去五年")  # nothing ahead
    assert not headline_amount_run("新建学校2所、幼儿园3所", "!某县将这样建")  # words between: no run of amounts
    assert headline_topic("!某市乡村未来五年这么建\n正文") == "某市乡村未来五年这么建"


def test_headline_run_end_to_end():
    got = [(r.value, r.unit) for r in records("2个、16个、30万户!某市乡村未来五年这么建\n", "numeric_target")]
    assert got == [(2.0, "个"), (16.0, "个"), (30.0, "万户")]


def test_fenbie_list_unit():
    assert fenbie_list_unit("评选一、二、三等奖分别", ",1,2名") == "名"
    assert fenbie_list_unit("评选一、二、三等奖分别1,", ",2名") == "名"
    assert fenbie_list_unit("新建", "和2号楼") is None  # no 分别: a name
    assert fenbie_run_continues("分别1,1,2名", 3, 4)
    assert not fenbie_run_continues("分别1名,另有2名", 4, 8)


def test_fenbie_bare_values_end_to_end():
    assert _got("比赛设一、二、三等奖,分别评选3,5,8名。") == [(3.0, "名"), (5.0, "名"), (8.0, "名")]


def test_count_then_will():
    assert count_then_will("警力将提前到岗")
    assert count_then_will("学生将全面实现…")
    assert not count_then_will("省份将持续推进")  # places (N12b)
    assert not count_then_will("鄞州区今年将新增学位")  # a headline run on, no noun of the count
    assert not count_then_will("学校将盖礼堂", "某市25所学校将盖礼堂,2031年底可全数完工。(某市教育局提供/记者某某传真)")


def test_count_then_will_end_to_end():
    assert _got("考试期间,80余名民警将提前到岗。", role="none") == [(80.0, "名")]
    assert _got("考试期间,80余名民警提前到岗。", role="none") == []  # no 将: a report


def test_share_having_facility():
    from extract.rules.recall_forms import share_having_facility
    assert share_having_facility("各镇", "的村设有村级书屋")
    assert share_having_facility("全市", "街道建有养老服务站")
    assert not share_having_facility("目前全市", "的村设有村级书屋")  # what is there now
    assert not share_having_facility("全市", "的村已建有村级书屋")
    assert not share_having_facility("全市", "的村达到标准")  # no facility word (read by the other cues)


def test_share_having_facility_end_to_end():
    got = _got("2031年,建设1个市级书屋中心。全市70%街道建有书屋,各街道40%的社区设有阅览点。", role="none")
    assert (40.0, "%") in got
    assert _got("全市各街道40%的社区设有阅览点。", role="none") == []  # alone: no list of targets to go on


def test_design_and_scale_are_no_status():
    from extract.cues import status_cue
    assert status_cue("南湖中学设计为") is None  # (tgtB37) the planned design of works (N17a)
    assert status_cue("总建筑规模为") is None
    assert status_cue("该校学生人数为") == "status:为"  # a plain 为 stays a status outside the outline
