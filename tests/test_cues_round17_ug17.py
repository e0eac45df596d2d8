"""Cue tests of the seventeenth round (ug17): made-up pages only."""

from extract.rules.unit_directives import chosen_by_vote, directed_with_units, without_directive
from rules_kit import records
from rules_kit import units

PAGE = "某县新闻\n\n2031年5月1日\n\n{}\n"


def rows(text):
    return [(t, ld, rs) for _, _, t, ld, rs in directed_with_units(text)]


def test_directed_with_units_comma():
    got = rows("同时要求丙乡政府会同县交通运输部门,认真研究丁路拓宽方案,争取年内开工。")
    assert got == [("认真研究丁路拓宽方案", ["丙乡政府"], ["县交通运输部门"])]


def test_directed_with_units_no_comma():
    got = rows("要求某县教育局会同某县财政局制定学校建设方案。")
    assert got == [("制定学校建设方案", ["某县教育局"], ["某县财政局"])]


def test_directed_call_together_listed():
    got = rows("一、建请卫生局邀集环保、水务局等有关单位组成小组,尽速办理乙市场排水改善工程,以维护环境卫生。")
    assert got == [("组成小组,尽速办理乙市场排水改善工程", ["卫生局"], ["环保", "水务局"])]


def test_directed_with_units_after_a_colon_or_comma():
    assert rows("会议要求,某县教育局会同某县财政局制定学校布局方案。") == [("制定学校布局方案", ["某县教育局"], ["某县财政局"])]
    assert rows("会议要求:某县教育局会同某县财政局,制定学校布局方案。") == [("制定学校布局方案", ["某县教育局"], ["某县财政局"])]
    assert rows("会议指出,某县教育局会同某县财政局制定了方案。") == []


def test_directed_then_with_in_next_clause():
    got = rows("下一步,某区将责成乙街道做好住户的告知工作,并会同区消防救援大队开展楼道隐患排查,确保居民安全。")
    assert got == [("开展楼道隐患排查", ["乙街道"], ["区消防救援大队"])]


def test_directed_with_units_near_misses():
    assert rows("要求各镇会同县交通运输部门,研究拓宽方案。") == []  # a collective
    assert rows("某局已责成丙乡政府会同乙局开展了排查工作。") == []  # a report of what was done
    assert rows("请其会同县规划局研究扩建方案。") == []  # a pronoun
    assert rows("指示教育处长某某会同县警察局长某某视察甲小学。") == []  # people, no directive word of the list
    assert rows("甲局会同乙局召开会议,就项目进行了协商。") == []  # no directive
    assert rows("要求甲局会同有关部门抓紧研究。") == []  # a collective helper: left to the other cues
    assert rows("卫生小组昨天邀集卫生局官员前往乙市场勘查。") == []
    assert rows("请示县教育局会同县财政局研究方案。") == []  # 请示, no directive


def test_directed_rows_through_the_pipeline():
    assert units(PAGE.format("同时要求丙乡政府会同县交通运输局认真研究丁路拓宽方案。")) == [
        ("认真研究丁路拓宽方案", ["丙乡政府"], ["县交通运输局"])]
    assert units(PAGE.format("会中做成以下决议:一、建请卫生局邀集环保、水务局等有关单位组成小组,尽速办理乙市场排水改善工程,以维护环境卫生。")) == [
        ("组成小组,尽速办理乙市场排水改善工程", ["卫生局"], ["环保", "水务局"])]


def test_without_directive():
    assert without_directive("会议要求某县教育局") == "某县教育局"
    assert without_directive("请某县教育局") == "某县教育局"
    assert without_directive("同时要求丙乡政府") == "丙乡政府"
    assert without_directive("某市政府责成某县教育局") == "某县教育局"
    assert without_directive("请示办") == "请示办"  # a word that opens with 请
    assert without_directive("要求各镇") == "要求各镇"  # the rest is a collective, no name
    assert without_directive("某县教育局") == "某县教育局"
    assert without_directive("市督促检查办公室") == "市督促检查办公室"  # a name with a directive-like word inside


def test_directive_out_of_role_clause_leads():
    assert units(PAGE.format("会议要求某县教育局牵头,某县财政局配合,制定学校布局方案。")) == [
        ("制定学校布局方案", ["某县教育局"], ["某县财政局"])]
    assert units(PAGE.format("请某县教育局牵头,某县财政局、某县住建局配合,尽快制定学校布局方案。")) == [
        ("尽快制定学校布局方案", ["某县教育局"], ["某县财政局", "某县住建局"])]


def test_chosen_by_vote():
    assert chosen_by_vote("某区第三届人民代表大会第二次会议,于2031年1月9日投票表决确定2031年区政府十件实事,具体如下:")
    assert chosen_by_vote("在某市人大会议上,全体代表无记名投票表决,确定2031年政府十大民生实事。")
    assert chosen_by_vote("某区人民代表大会于2031年3月1日表决通过某区2031年民生实事项目:")
    assert not chosen_by_vote("大会表决通过了政府工作报告,2031年将新建学校5所。")  # no list of 实事 chosen
    assert not chosen_by_vote("经人民代表大会投票表决,2031年继续实施10件民生实事。")  # no verb of choosing
    assert not chosen_by_vote("2031年全县将办好12件民生实事。")


def test_voted_list_is_no_goal():
    page = "某县新闻\n\n2031年2月21日\n\n{}\n一、新建幼儿园3所。\n"
    got = [r.quote for r in records(page.format("某区人民代表大会于2031年1月9日投票表决确定2031年区政府十件实事,具体如下:"), "goal")]
    assert got == []
    got = [r.quote for r in records(page.format("2031年全县将办好10件民生实事,分别是:"), "goal")]
    assert got == ["2031年全县将办好10件民生实事,分别是"]  # (goalB26) O5: no line-final ``:``


def test_phone_field_ends_a_label_list():
    page = "某市惠民项目\n\n2031年4月15日\n\n开展老年人免费体检。\n\n承办部门:市卫健委         联系电话:1234567\n"
    assert units(page) == [("开展老年人免费体检", [], ["市卫健委"])]
    page = "某市惠民项目\n\n2031年4月15日\n\n开展老年人免费体检。\n\n承办部门:市卫健委\n"
    assert units(page) == [("开展老年人免费体检", [], ["市卫健委"])]
