"""(goalA35) O1: a lead-in sentence the outline read as a label line (``goal_lead_headings``)."""

from extract.rules.goal_lead_headings import is_lead_in_title


def test_is_lead_in_title():
    assert is_lead_in_title("领导小组的主要任务包括")
    assert is_lead_in_title("领导小组的主要任务包括:")
    assert is_lead_in_title("本项目的具体内容有")
    assert is_lead_in_title("各项工作安排如下")
    assert is_lead_in_title("书屋建设的重点分别是：")
    # names of parts, numbered titles, sentences of clauses stay headings
    assert not is_lead_in_title("主要任务")
    assert not is_lead_in_title("工作目标")
    assert not is_lead_in_title("保障措施:")
    assert not is_lead_in_title("1.主要任务包括")
    assert not is_lead_in_title("(一)具体内容有")
    assert not is_lead_in_title("为保障书屋运转,建立以下机制如下")
    assert not is_lead_in_title("")


def test_divided_by_lead_in():
    from types import SimpleNamespace as N
    from extract.rules.goal_heading_parts import divided_by, goal_section_of
    top = "工作目标与任务分工"
    lead = N(path=[top, "领导小组的主要任务包括"])
    divided = divided_by([N(path=[top]), lead])
    assert not divided([top])  # a lead-in sentence divides nothing
    assert goal_section_of([top, "领导小组的主要任务包括"], True, divided)
    named = divided_by([N(path=[top]), N(path=[top, "任务分工"])])
    assert named([top])  # a sub-heading that names a part still divides the body
    assert not goal_section_of([top, "任务分工"], True, named)


def test_lead_in_end_to_end():
    from tests.rules_kit import records
    page = ("成立书屋工作小组方案\n一、小组组成\n1. 组长:由分管负责人担任。\n二、工作目标与任务分工\n书屋小组的主要任务包括:\n"
            "- 制定详细的书屋建设计划;\n- 协调各村书屋之间的配合。\n三、保障措施\n各成员单位要高度重视书屋工作。\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert quotes == ["书屋小组的主要任务包括", "制定详细的书屋建设计划", "协调各村书屋之间的配合"]


def test_announces_goals_below():
    from extract.rules.goal_lead_headings import announces_goals_below
    assert announces_goals_below("具体目标如下")
    assert announces_goals_below("具体目标如下:")
    assert announces_goals_below("主要目标包括：")
    assert not announces_goals_below("主要目标")  # a label (O2)
    assert not announces_goals_below("现将2031年工作目标任务分解如下")  # a notice formula, read by the general rules
    assert not announces_goals_below("具体措施如下")


def test_short_goal_lead_is_a_goal():
    from extract.rules.goals import find_goals
    text = "到2031年,建成书屋40个。具体目标如下:"
    assert [text[g.start:g.end].rstrip(":") for g in find_goals(text, 0, True)] == ["到2031年,建成书屋40个", "具体目标如下"]
    assert [g.year for g in find_goals(text, 0, False)] == [2031]  # outside a goal section, no goal by O1
