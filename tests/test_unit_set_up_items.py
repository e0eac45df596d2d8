"""A body set up by the sentence and then given a list of work (``成立X小组:…,办理以下工作项目:``; U7d, U8b (i)). Made-up text."""

from rules_kit import units

from extract.cues import is_unit_cell
from extract.rules.unit_set_up_items import set_up_group_items


def test_group_given_numbered_items_on_lines():
    text = ("一、成立某县阅读推广工作组:某馆馆长、各校教师,办理以下工作项目:\n1. 编制全县阅读推广计划,报县政府审定。\n"
            "2. 组织书香校园评选,\n每年一次。\n二、经费保障。")
    assert units(text) == [("编制全县阅读推广计划", ["某县阅读推广工作组"], []),
                           ("组织书香校园评选", ["某县阅读推广工作组"], [])]


def test_other_verbs_marks_and_traditional_script():
    text = "成立某區托育指導小組,由區衛健局分管領導任組長,負責以下工作事項:\n(一)審核托育機構備案材料。\n(二)開展托育從業人員培訓。"
    assert units(text) == [("审核托育机构备案材料", ["某区托育指导小组"], []),
                           ("开展托育从业人员培训", ["某区托育指导小组"], [])]
    hits = set_up_group_items("成立某镇防汛指挥部,承担下列任务:\n1.巡查沿河堤坝险情。\n2.转移低洼地带群众。", is_unit_cell)
    assert [(t, u) for _, _, t, u in hits] == [("巡查沿河堤坝险情", ["某镇防汛指挥部"]), ("转移低洼地带群众", ["某镇防汛指挥部"])]
    assert hits[0][0] == len("成立")  # the first quote opens at the body's name


def test_near_misses_stay_silent():
    assert set_up_group_items("成立某县阅读推广工作组。\n1.编制全县阅读推广计划。", is_unit_cell) == []  # no list handed over
    assert set_up_group_items("成立某县阅读推广工作组,办理以下工作项目:\n经费另行安排。", is_unit_cell) == []  # no items


def test_lead_in_of_the_list_is_no_task_of_its_own():
    from extract.rules.unit_set_up_items import list_lead_in

    assert list_lead_in("以下工作:(一)审定计划") and list_lead_in("如下事项:")
    assert not list_lead_in("审定年度阅读推广计划")
    assert units("成立某县全民阅读领导小组,负责以下工作:(一)审定年度阅读推广计划;(二)协调解决经费问题。") == [
        ("审定年度阅读推广计划", ["某县全民阅读领导小组"], []), ("协调解决经费问题", ["某县全民阅读领导小组"], [])]
    assert units("设立某区托育服务指导中心办公室,具体负责以下事项:\n1.受理托育机构备案。\n2.组织从业人员培训。") == [
        ("受理托育机构备案", ["某区托育服务指导中心办公室"], []), ("组织从业人员培训", ["某区托育服务指导中心办公室"], [])]


def test_group_put_together_inline_items():
    assert units("组建某镇防汛指挥部,由镇长任指挥长,承担如下任务:1.巡查堤坝险情;2.转移受困群众。") == [
        ("巡查堤坝险情", ["某镇防汛指挥部"], []), ("转移受困群众", ["某镇防汛指挥部"], [])]
