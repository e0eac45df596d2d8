"""Unit-assignment cues of the eleventh round, each on a small made-up text (no sentence of a real document)."""

import pytest

from extract.normalise import normalise
from extract.rules.units import form_item_title, parse_label_line
from rules_kit import units


# -- U4a: ``主办单位:`` / ``承办单位:`` lines are role labels of the text, not the site's footer ---------------------
def test_organiser_labels_of_an_event_plan_are_kept():
    text = ("一、活动主题\n蓝果丰收节系列活动\n二、组织机构\n主办单位:丙县农业农村局、丙县文明办\n"
            "协办单位:丙县图书馆、丙县融媒体中心\n三、活动安排\n")
    n = normalise(text)
    assert "主办单位:丙县农业农村局" in n.text and not n.boilerplate_lines
    got = units(text)
    assert got and got[0][1] == ["丙县农业农村局", "丙县文明办"] and got[0][2] == ["丙县图书馆", "丙县融媒体中心"]


def test_traditional_host_and_undertaker_labels_of_a_notice():
    text = ("三、請有意願之學校於4月15日前回復本處。\n主辦單位: 本府農業處\n承辦單位: 果業科\n發布者: 陳某\n點閱數: 12\n")
    got = units(text)
    assert got and got[0][1] == ["本府农业处"] and got[0][2] == ["果业科"]


@pytest.mark.parametrize("text", [
    "一、活动目标\n推广蓝果种植。\n主办单位:丙县人民政府办公室\n承办单位:丙县大数据中心\n网站标识码:1234567890\n丙ICP备12345678号",
    "一、活动目标\n推广蓝果种植。\n版权所有:丙县人民政府\n主办单位:丙县人民政府办公室",
    "一、活动目标\n推广蓝果种植。\n联系我们 | 网站地图\n主办单位:丙县人民政府办公室\n地址:丙县府前路1号",
    "一、活动目标\n推广蓝果种植。\n主办单位:丙县人民政府办公室 地址:丙县府前路1号 电话:0000-1234567\n其他",
    "一、活动目标\n推广蓝果种植。\n主办单位:丙县人民政府办公室",  # the page's last line
])
def test_a_site_footer_host_line_stays_furniture(text):
    n = normalise(text)
    assert "主办单位" not in n.text
    assert units(text) == []


# -- U4a: ``主要承办单位`` leads (as ``主要责任单位``); a reply form's ``提案名称`` is the task ---------------------------
def test_main_undertaker_label_leads():
    assert parse_label_line("主要承办单位:丙县果业局") == (["丙县果业局"], [])
    assert parse_label_line("主要承办部门:丙县果业局;协办单位:丙县林业站") == (["丙县果业局"], ["丙县林业站"])
    assert parse_label_line("承办单位:丙县果业局") == ([], ["丙县果业局"])  # a plain undertaker helps (U4a)


@pytest.mark.parametrize("text,task,lead", [
    ("丙县政协提案办理回复单\n提案名称:关于扩大蓝果种植面积的建议\n交办时间:2031年5月1日\n主要承办单位:丙县果业局\n"
     "协办、会办单位:\n负责领导:张三\n办理回复:\n今年将新建果园3个。",
     "关于扩大蓝果种植面积的建议", ["丙县果业局"]),
    ("建议标题:关于修缮灌溉渠的建议\n办结时间:2031年6月\n主要承办部门:丙县水务局\n", "关于修缮灌溉渠的建议", ["丙县水务局"]),
    ("案由:關於整治果園周邊環境的提案\n交辦日期:2031年3月\n主辦單位:丙縣果業局\n辦理情況:\n將增設巡查崗2處。", "关于整治果园周边环境的提案", ["丙县果业局"]),
])
def test_reply_form_title_is_the_task(text, task, lead):
    got = units(text)
    assert got and got[0][0] == task and got[0][1] == lead


def test_form_title_field_variants_and_near_misses():
    assert form_item_title("提案名称:关于扩大蓝果种植面积的建议") == ("关于扩大蓝果种植面积的建议", 5)
    assert form_item_title("案由:关于整治果园周边环境的提案")[0] == "关于整治果园周边环境的提案"
    assert form_item_title("事项名称: 蓝果种植补贴发放")[0] == "蓝果种植补贴发放"
    assert form_item_title("交办时间:2031年5月1日") is None
    assert form_item_title("提案人:张三") is None
    assert form_item_title("项目负责人:张三") is None
    assert form_item_title("提案名称:丙县果业局") is None  # a unit, no title
