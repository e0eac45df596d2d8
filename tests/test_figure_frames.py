"""Figure frames: a rate's scaled per-part, a plan counting its own parts, a month-end cut-off (made-up texts)."""

import hashlib

from extract.data import Document
from extract.pipeline import process_document
from extract.rules.figure_frames import counts_own_outline, opens_with_month_cutoff


def targets(text):
    doc = Document(doc_id="t", path="t.txt", text=text, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    return [r for r in process_document(doc, "rules").records if r.type == "numeric_target"]


def test_scaled_per_part_kept_in_unit():
    ts = targets("到2031年,某区道路网密度达到8公里/百平方公里。")
    assert [(t.value, t.unit) for t in ts] == [(8, "公里/百平方公里")]
    ts = targets("到2031年,某县食品抽检不少于4.5批次/千人。")
    assert [(t.value, t.unit) for t in ts] == [(4.5, "批次/千人")]


def test_plain_rate_and_list_unchanged():
    ts = targets("到2031年,某区生均补助标准提高到600元/生,新建学校3所。")
    assert sorted((t.value, t.unit) for t in ts) == [(3, "所"), (600, "元/生")]
    ts = targets("到2031年,某区道路总长达到120公里。")
    assert [(t.value, t.unit) for t in ts] == [(120, "公里")]


def test_own_outline():
    assert counts_own_outline("该纲要共设", "篇")
    assert counts_own_outline("某方案提出", "个")
    assert not counts_own_outline("计划提出", "个")
    assert not counts_own_outline("规划新建", "所")
    assert not counts_own_outline("纲要共设", "万元")
    assert targets("甲省规划纲要共设12篇,对未来5年作出部署。") == []
    ts = targets("某方案提出,到2031年新建幼儿园5所。")
    assert [(t.value, t.unit) for t in ts] == [(5, "所")]


def test_month_cutoff():
    assert opens_with_month_cutoff("本报讯 截至9月底,某市完成培训城乡劳动者")
    assert opens_with_month_cutoff("截止到三月末,全县生产总值实现")
    assert not opens_with_month_cutoff("截至6月底前完成")
    assert not opens_with_month_cutoff("截至9月底,计划完成")
    assert not opens_with_month_cutoff("到9月底,完成")
    assert not opens_with_month_cutoff("截止到2031年6月底,甲县完成")
    assert targets("截至9月底,某市完成培训城乡劳动者8.5万人,创业培训1.2万人。") == []
    ts = targets("截至9月底,某区将新建学校10所。")
    assert [(t.value, t.unit) for t in ts] == [(10, "所")]


def test_later_items_of_counted_breakdown():
    from extract.rules.figure_frames import later_list_item
    assert later_list_item("其中甲类床位300个、乙类床位100个、丙类床位") == "丙类床位"
    assert later_list_item("(其中:甲区 20 张、乙县 30 张、丙县 ") == "丙县 "
    assert later_list_item("新建甲园、乙园") == "新建甲园、乙园"
    assert later_list_item("甲局、乙局牵头") == "甲局、乙局牵头"
    text = "某区实施安养工程,增加600个养老床位,其中机构养老床位200个、社区养老床位100个、家庭养老床位300个。"
    got = sorted(t.value for t in targets(text))
    assert got == [100, 200, 300, 600], got


def test_later_items_of_past_breakdown_stay_out():
    text = "去年某区已增加600个养老床位,其中机构养老床位200个、社区养老床位100个、家庭养老床位300个。"
    assert targets(text) == []


def test_month_cutoff_before_the_task_stays_open():
    assert not opens_with_month_cutoff("截至6月底,全年8万人搬迁任务")


def test_achievement_heading():
    from extract.rules.figure_frames import heading_states_achievement as h
    assert h("一、甲业结构不断优化,乙业不断壮大")
    assert h("(二)育人格局逐渐成型")
    assert h("1.某区教育格局日趋完善")
    assert not h("(二)不断优化甲业结构")
    assert not h("一、主要目标")
    assert not h("到2031年甲业不断壮大")
    assert not h("一、甲业结构不断优化,加强乙业建设")
    text = "一、甲业结构不断优化,乙业不断壮大\n某镇建立专业合作社16个,实现农民人均增收500元以上。\n二、下一步工作\n某镇计划新建合作社5个。"
    assert sorted(t.value for t in targets(text)) == [5]


def test_extra_measure_words():
    ts = targets("到2031年,某区新植行道树1200棵。")
    assert [(t.value, t.unit) for t in ts] == [(1200, "棵")]
    assert targets("某区有一棵300年的古树。") == []


def test_scaled_per_part_of_visits():
    from extract.rules.targets import numbers
    ts = targets("到2031年,某县床位数达到6张/千人口。")
    assert [(t.value, t.unit) for t in ts] == [(6, "张/千人口")]
    assert [m.group("unit") for m in numbers("费用3元/万人次")] == ["元/万人次"]
