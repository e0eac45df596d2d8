"""(goalA28) Made-up tests: a bare goal label (``项目目标``, ``建设目标:``) over numbered lines that the outline reads partly as
text and partly as headings of their own: every item states a goal, its topic label no part of it (O1, O2); the
page's next bare label (``实施方案``, ``开放时间:``) closes the block."""

from extract.rules.goal_heading_names import closes_goal_items, opens_list_item
from rules_kit import records


def _goals(text):
    return [g.quote for g in records(text, "goal")]


def test_cues():
    assert opens_list_item("3、改善水质:新建净水厂一座。")
    assert opens_list_item("(二)提升服务")
    assert not opens_list_item("实施方案")
    assert closes_goal_items("实施方案")
    assert closes_goal_items("开放时间:")
    assert not closes_goal_items("二、市容环境")  # a numbered topic heading inside the list
    assert not closes_goal_items("(一)深化改革")


def test_label_over_text_items_end_to_end():
    page = ("某乡新建水利项目简介\n项目背景\n本乡地处山区,灌溉条件较差,群众期盼改善。\n项目目标\n"
            "1、改善灌溉条件:新修水渠,扩大有效灌溉面积,保障粮食生产。\n"
            "2、保障饮水安全:改造供水管网,让群众喝上放心水。\n"
            "3、提高防洪能力:加固河堤,减少汛期灾害损失。\n"
            "4、改善生态环境:治理水土流失,恢复河岸植被。\n"
            "实施方案\n1、水渠工程:\n(1)修建干渠:沿山修建干渠,连通各村。\n")
    got = _goals(page)
    assert "新修水渠,扩大有效灌溉面积,保障粮食生产" in got
    assert "加固河堤,减少汛期灾害损失" in got and "治理水土流失,恢复河岸植被" in got
    assert not any(g.startswith("提高防洪能力") or g.startswith("改善生态环境") for g in got)  # topic labels (O2)
    assert not any("干渠" in g for g in got)  # the next label closes the goals
