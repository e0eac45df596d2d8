"""Made-up tests for goal_heading_parts: a heading that names goals beside other parts, undivided or divided."""

from extract.rules.goal_heading_parts import goal_section_of, opens_other_part, other_parts


def test_other_parts_of_combined_headings():
    assert other_parts("一、总体要求和目标") == ["总体要求"]
    assert other_parts("二、目标和原则") == ["原则"]
    assert other_parts("一、指导思想、原则和工作目标") == ["指导思想", "原则"]
    assert other_parts("二、发展目标") == []
    assert other_parts("三、主要任务") == []
    assert other_parts("2、推进甲、乙两县改革试点,完成年度目标任务") == []  # a task sentence, no names of parts
    assert other_parts("一、关于“服务目标”中甲、乙等问题") == []


def test_undivided_combined_heading_is_goal_section():
    assert goal_section_of(["总体要求和目标"], False)
    assert goal_section_of(["总体思想和目标"], False)
    assert not goal_section_of(["主要任务"], False)


def test_divided_combined_heading():
    assert not goal_section_of(["指导思想、原则和工作目标", "指导思想"], True)
    assert not goal_section_of(["目标和原则", "基本原则"], True)
    assert goal_section_of(["指导思想、原则和工作目标", "工作目标"], True)
    assert goal_section_of(["目标和原则", "目标"], True)
    # a plain goal heading over a sentence that mentions a principle keeps its reading
    assert goal_section_of(["总体目标", "采取稳步推进的工作原则,全面提高保健水平"], True)


def test_inline_label_of_other_part():
    path = ["2031年全县工作的总体要求和预期目标"]
    assert opens_other_part("(一)总体要求:以某思想为指导,坚持稳中求进。", path)
    assert not opens_other_part("预期目标:全区生产总值增长6%。", path)
    assert not opens_other_part("(一)总体要求:以某思想为指导。", ["主要任务"])
    assert not opens_other_part("坚持以人民为中心,推动高质量发展。", path)


def test_pages_end_to_end():
    from tests.rules_kit import records
    undivided = "某县健康行动方案\n一、总体要求和目标\n坚持以人民健康为中心,全方位保障市民健康。\n二、主要任务\n(一)加强宣传。\n开展健康讲座。\n"
    assert [g.quote for g in records(undivided, "goal")] == ["坚持以人民健康为中心,全方位保障市民健康"]
    divided = ("某县科普方案\n一、指导思想、原则和工作目标\n(一)指导思想。\n坚持以人民为中心,推动科普事业发展。\n"
               "(二)工作目标。\n全民科学素质明显提升。\n二、主要任务\n(一)加强宣传。\n开展科普讲座。\n")
    assert [g.quote for g in records(divided, "goal")] == ["全民科学素质明显提升"]


def test_clause_parts_of_clausal_headings():
    """(goalA34) A heading of clauses, one naming the goals beside the others."""
    from extract.rules.goal_heading_parts import clause_parts
    assert clause_parts("一、提高认识,明确书屋事业发展的目标任务") == ["提高认识"]
    assert clause_parts("一、明确目标任务,促进书屋事业快速发展") == ["促进书屋事业快速发展"]
    assert clause_parts("二、发展目标") == []
    assert clause_parts("一、明确目标,完成年度目标任务") == []  # goals in two clauses
    assert clause_parts("一、对照目标中的短板,加快补齐") == []  # goals named inside a phrase


def test_divided_heading_whose_sub_headings_name_no_goals():
    """(goalA34) Where sub-headings divide a heading that names goals beside other parts, a sub-heading that names no
    goals, and the lead text above the first sub-heading, make no goal section."""
    divided = lambda prefix: len(prefix) == 1  # noqa: E731  (the top heading has sub-headings, they have none)
    top = "2031年工作目标及主要思路"
    assert not goal_section_of([top], True, divided)
    assert not goal_section_of([top, "围绕“书香”,落实“两大行动”"], True, divided)
    assert goal_section_of([top, "年度目标"], True, divided)
    assert goal_section_of([top], True, lambda prefix: False)  # undivided: all of it
    assert goal_section_of([top, "围绕“书香”,落实“两大行动”"], True)  # no outline given: the old reading
    clausal = "明确目标任务,促进书屋事业快速发展"
    assert not goal_section_of([clausal, "推进书屋低龄化发展"], True, divided)
    assert goal_section_of([clausal, "书屋三年发展目标"], True, divided)
    assert goal_section_of(["主要任务", "推进书屋低龄化发展"], False, divided) is False
    # (goalB37) O1, thirty-first round: a work item with its span of years names no goals, under goals by stage too
    assert not goal_section_of(["分阶段目标及推进步骤", "某育人深化工程(2031-2035)"], True, divided)
    assert goal_section_of(["分阶段目标及推进步骤", "第一阶段目标(2031-2032年)"], True, divided)


def test_names_stage():
    from extract.rules.goal_heading_parts import names_stage
    assert names_stage("(一)某育人深化工程(2031-2035)")
    assert names_stage("1.课程重构(2031—2032年)")
    assert not names_stage("(一)围绕“书香”,落实“两大行动”")
    assert not names_stage("2031年工作要点")


def test_divided_pages_end_to_end():
    from tests.rules_kit import records
    page = ("某乡2031年工作报告\n六、2031年工作目标及主要思路\n2031年是某乡全面推进振兴的关键一年。我们必须加快农业现代化步伐。\n"
            "(一)围绕“产业富乡”,落实“两大行动”\n1、实施好“三动”助增收。积极探索合作社发展模式。要着力发展特色农业大户,2031年完成全部任务。\n")
    assert [g.quote for g in records(page, "goal")] == ["要着力发展特色农业大户,2031年完成全部任务"]


def test_stage_span_subheadings_end_to_end():
    """(goalB37) eval/README.md O1, thirty-first round's made-up example: no goal under work items with their spans."""
    from tests.rules_kit import records
    page = ("某县书屋建设规划\n二、建设目标与推进路径\n(一)书屋提质工程(2031-2035)\n1.馆藏更新(2031-2032)\n"
            "每个书屋新增图书2000册。\n")
    assert records(page, "goal") == []
    page2 = ("某县书屋建设规划\n二、建设目标与推进路径\n(一)阶段目标\n每个书屋新增图书2000册。\n")
    assert [g.quote for g in records(page2, "goal")] == ["每个书屋新增图书2000册"]
