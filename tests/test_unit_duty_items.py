"""Duty lists and the subjects of their items (rules.unit_duty_items): made-up texts only."""

import pytest

from extract.rules.unit_duty_items import item_lead_length
from rules_kit import units


@pytest.mark.parametrize("text,n", [
    ("(二)某县文旅局负责书屋建设", 3),
    ("（十七）某区城管局负责摊点清理", 4),
    ("第三条 某县教育局负责校车管理", 4),
    ("第12条某县水务局负责河道巡查", 4),
    ("如某县教育部门负责宣传教育", 1),
    ("例如甲园管委会负责绿化养护", 2),
])
def test_item_lead_length(text, n):
    assert item_lead_length(text, 0) == n


@pytest.mark.parametrize("text", [
    "如皋市某局负责校舍改造",  # a place name that opens with 如
    "如期完成校舍改造",  # no verb of charge after it
    "第三中学负责校园安保",  # a school's name, no 条
    "某县文旅局负责书屋建设",
])
def test_item_lead_length_near_misses(text):
    assert item_lead_length(text, 0) == 0


def test_bracketed_mark_is_no_part_of_the_subject():
    rows = units("第六条 各部门按照以下分工负责监督管理:(一)某县卫健局负责医疗机构的监督管理,(二)某县市场监管局负责餐饮场所的监督管理,"
                 "(三)某县商务局、某县市场监管局负责集贸市场的监督管理。")
    leads = [r[1] for r in rows]
    assert ["某县市场监管局"] in leads and ["某县商务局", "某县市场监管局"] in leads
    assert not any(u.startswith(("(", "（")) for r in rows for u in r[1] + r[2])


def test_article_mark_is_no_part_of_the_subject():
    rows = units("第二条 为做好2031年防汛工作,制定本规定。\n第三条 某县水务局负责防汛日常工作。\n")
    assert ("防汛日常工作", ["某县水务局"], []) in rows


def test_example_lead_in_is_no_part_of_the_subject():
    rows = units("四、成员职责\n各成员单位按职责配合做好相关工作。如某县教育部门负责学校安全教育;某县水利部门负责水域巡查。\n")
    assert any(r[1] == ["某县教育部门"] for r in rows)
    assert not any(u.startswith("如") for r in rows for u in r[1] + r[2])


def test_marked_collective_gives_no_lead():
    rows = units("按照以下分工负责:(一)某县卫健局负责医疗机构的监督管理,(十七)各乡镇政府负责辖区内孳生地调查。")
    assert not any(u.startswith(("各", "(十七)")) for r in rows for u in r[1])


def test_place_name_with_ru_is_kept():
    rows = units("三、职责分工\n如皋市某局负责2031年校舍改造工作。\n")
    assert any(r[1] == ["如皋市某局"] for r in rows)


def test_spaced_numeral_inside_a_line():
    rows = units("本局设下列各科,分别掌理下列事项: 一 甲科:社会团体会务辅导事项。 二 乙科:弱势市民生活扶助事项。")
    leads = [u for r in rows for u in r[1]]
    assert "甲科" in leads and "乙科" in leads
    assert not any(u[0] in "一二" for u in leads)


def test_name_opening_with_numeral_is_kept():
    rows = units("三、职责分工\n六安市某局:负责2031年书屋建设。\n")
    assert all(u.startswith("六安") for r in rows for u in r[1])
