"""Made-up tests for goal_group_lists: the work goals of a body's groups listed group by group under one title (O1,
O2), with variants of numbering, group names with and without abbreviations, and Traditional script."""

from extract.rules.goal_group_lists import names_group, titles_group_goals
from rules_kit import records


def _goals(text):
    return [g.quote for g in records(text, "goal")]


def test_group_goal_titles():
    assert titles_group_goals("组别工作目标")
    assert titles_group_goals("某实验小学各部门工作目标")
    assert titles_group_goals("各处室年度目标")
    assert titles_group_goals("各科室工作目标:")
    assert not titles_group_goals("各部门工作职责")  # another part of the page
    assert not titles_group_goals("各部门要完成全年工作目标")  # a sentence about the goals
    assert not titles_group_goals("工作目标")  # the plain label (goals.is_goal_label)


def test_group_names():
    assert names_group("图书馆管理委员会(LMC)")
    assert names_group("总务处")
    assert names_group("体育科组:")
    assert names_group("校友联络小组（校友）")
    assert not names_group("1.总务处")  # a numbered item
    assert not names_group("加强与社区的联系。")  # a sentence
    assert not names_group("内容")


def test_group_lists_end_to_end():
    plain = ("某实验小学各部门工作目标\n总务处\n1、维护校园设施完好。\n2、按期采购教学用品。\n"
             "体育科组(PE)\n1、每周组织课外锻炼两次。\n")
    assert _goals(plain) == ["维护校园设施完好", "按期采购教学用品", "每周组织课外锻炼两次"]
    # Traditional script, bracketed numbers, a members' line among the items, a blank line under the title
    trad = ("組別工作目標\n\n圖書館管理委員會(LMC)\n  (1) 推廣全校閱讀風氣。\n  (2) 成員:主任、兩位老師。\n"
            "總務處\n  (1) 維護校園設施完好。\n")
    got = _goals(trad)
    assert got[0] == "推廣全校閱讀風氣" and got[-1] == "維護校園設施完好" and len(got) == 3
    assert not any("總務處" in g or "委員會(LMC)" in g for g in got)  # a group's name is no goal (O2)
    # circled numbers, the group names closed by a colon
    circled = "各科室工作目标\n财务科:\n①按月编制预算报表。\n②清理往来账目。\n人事科:\n①完成年度考核。\n"
    assert _goals(circled) == ["按月编制预算报表", "清理往来账目", "完成年度考核"]
    # the title as a numbered heading of a plan, the groups' items under it
    outlined = ("一、各部门工作目标\n总务处\n1.维护校园设施完好。\n2.按期采购教学用品。\n体育科组\n1.每周组织课外锻炼两次。\n"
                "二、保障措施\n1.加强组织领导。\n")
    assert _goals(outlined) == ["维护校园设施完好", "按期采购教学用品", "每周组织课外锻炼两次"]


def test_other_titles_give_no_goals():
    duties = "各部门工作职责\n总务处\n1、维护校园设施完好。\n2、按期采购教学用品。\n"
    assert _goals(duties) == []


def test_deed_lines_stay_goals():
    assert not names_group("成立工作领导小组")  # a deed to do, not a group's name
    assert not names_group("健全家长委员会")


def test_group_items_read_as_text_state_goals():
    from extract.rules.goal_group_lists import group_item_goal

    line = "②如期更换消防器材。"
    hits = group_item_goal(line, 10, ["安保组"])
    assert [(h.start - 10, h.end - 10) for h in hits] == [(1, 9)] and line[1:9] == "如期更换消防器材"
    assert group_item_goal(line, 0, ["保障措施"]) == []  # no group's name over it
    assert group_item_goal("如期更换消防器材。", 0, ["安保组"]) == []  # no list mark
    # the items of the first group stand over the next number (read as text), bullets and bracketed numbers alike
    circled = "各处室年度目标\n安保组:\n①如期更换消防器材。\n②每季演练一次疏散。\n膳食组:\n①核对食材台账。\n"
    want = ["如期更换消防器材", "每季演练一次疏散", "核对食材台账"]
    assert _goals(circled) == want
    assert _goals(circled.replace("①", "●").replace("②", "●")) == want
    assert _goals(circled.replace("①", "(1)").replace("②", "(2)")) == want
