"""Made-up pages for ``extract.rules.goal_title_labels``: a page's title line that names the year's goals opens a goal
block (O1); inside it a heading that heads items is no goal (O2)."""

from extract.rules.goal_title_labels import heading_heads_items, titles_year_goals
from extract.rules.goals import is_goal_label
from rules_kit import records


def goals(text):
    return [r.text for r in records(text, "goal")]


def test_title_names_year_goals():
    assert titles_year_goals("年度施政目标")
    assert titles_year_goals("某部120年度施政目标与重点")
    assert not titles_year_goals("甲县2031年度工作目标")  # another kind of goals as a page's title: left to other cues
    assert is_goal_label("年度施政目标")
    assert not titles_year_goals("年度施政目标值")  # a table's column
    assert not titles_year_goals("年度施政目标完成情况")  # a report of them
    assert not titles_year_goals("年度施政目标:新建甲园")  # a label with its text
    assert not titles_year_goals("年度施政目标达成情况")  # a report of them
    assert not titles_year_goals("某部120年度施政计划")  # no goals named


def test_heading_heads_items():
    assert heading_heads_items("一、深化某项改革,强化自治效能:", ["一"], ["一", "(一)"], None)
    assert heading_heads_items("壹、年度施政目标", ["壹"], ["壹", "一"], None)
    assert heading_heads_items("一、深化人才培育", ["一"], ["一"], "(一)推动甲计划,提升某项品质。")
    assert heading_heads_items("三、复育某地山林", ["三"], None, None)  # the page cut before its items
    assert not heading_heads_items("(七)提升某项权益。", ["(七)"], ["(八)"], None)
    assert not heading_heads_items("(七)提升某项权益。", ["(七)"], None, None)
    assert not heading_heads_items("4. 帮助学生建立自信。", ["4"], ["4"], "5. 建立学生的责任感。")
    assert not heading_heads_items("(三)引进优质团队,提升教学品质", ["(三)"], ["(三)"], "内容")


PAGE = ("年度施政目标\n"
        "一、深化某项改革,强化自治效能:\n"
        "(一)深化某项改革:\n"
        "1、赓续推动甲制度改革,确保公民权利。\n"
        "2、落实乙公约相关法制修正作业。\n"
        "二、协助弱势族群,健全社会福利网络:\n"
        "(一)保障弱势族群经济生活,扩大照顾范围。\n"
        "(二)落实儿童少年家庭关怀。\n"
        "(三)提升妇女权益。\n")


def test_title_page_goals():
    got = goals(PAGE)
    assert "落实儿童少年家庭关怀" in got and "提升妇女权益" in got
    assert "落实乙公约相关法制修正作业" in got
    assert not any("网络" in g for g in got)  # the labels over the items are no goals (O2)
    assert not any(g.startswith("深化某项改革") for g in got)


def test_no_title_no_goals():
    got = goals(PAGE.replace("年度施政目标", "年度施政计划"))
    assert "提升妇女权益" not in got


def test_closed_item_before_nested_next_item():
    page = ("一、工作目标\n"
            "(一)成立某区健康行动领导小组。\n"
            "(二)确保某区在年底前开展启动仪式,完成启动工作。\n"
            "(三)全年至少开展2次健步走活动,参与人数不少于500人。\n"
            "二、组织领导\n"
            "由领导小组负责统筹。\n")
    got = goals(page)
    assert "确保某区在年底前开展启动仪式,完成启动工作" in got


def test_closed_item_owning_deeper_items_is_title():
    page = ("一、工作目标\n"
            "(一)完善某区健康服务体系。\n"
            "1.建成社区健康小屋5个。\n"
            "2.培训健康指导员100名。\n"
            "二、组织领导\n"
            "由领导小组负责统筹。\n")
    got = goals(page)
    assert "建成社区健康小屋5个" in got
    assert "完善某区健康服务体系" not in got  # a title over deeper items (O2)


def test_plan_period_end_is_no_written_year():
    # (goals.find_goals, O3j twentieth round) a plan period's end names no year: no goal outside a goal section
    assert goals("规划提出,到“十六五”期末,全县建成智慧书屋40个。") == []
    assert goals("二、发展目标\n到“十六五”期末,全县建成智慧书屋40个。") == ["到“十六五”期末,全县建成智慧书屋40个"]
    assert goals("规划提出,到2033年,全县建成智慧书屋40个。") == ["规划提出,到2033年,全县建成智慧书屋40个"]


def test_dated_item_over_a_note_stays_a_goal():
    from types import SimpleNamespace as NS
    from extract.rules.goal_title_labels import paragraph_heads_items
    text = "(一)到2031年全区新建幼儿园5所\n其中公办园不少于3所。\n(二)优化某项服务\n其中包括甲、乙两项。\n"
    a, b, c, d = (NS(index=0, kind="heading", span=NS(start=0, end=18), section_path=["一"]),
                  NS(index=1, kind="text", span=NS(start=19, end=30), section_path=["一"]),
                  NS(index=2, kind="heading", span=NS(start=31, end=40), section_path=["二"]),
                  NS(index=3, kind="text", span=NS(start=41, end=51), section_path=["二"]))
    doc = NS(paragraphs=[a, b, c, d])
    assert text[a.span.start:a.span.end] == "(一)到2031年全区新建幼儿园5所"
    assert text[c.span.start:c.span.end] == "(二)优化某项服务"
    assert not paragraph_heads_items(doc, a, text)  # a dated commitment: a goal, whatever follows it
    assert paragraph_heads_items(doc, c, text)  # a name over its own text: a title (O2)


def test_item_before_another_label_is_a_goal():
    assert not heading_heads_items("3. 帮助学生建立自信。", ["3"], ["3"], "校训: 勤、俭")


def test_list_goals_title():
    """(goalA26) the title of a year's 实事 list named as its goals opens a block of goals; the items are goals (O1),
    the title and the topic headings are not (O2)."""
    from extract.rules.goal_title_labels import titles_list_goals, titles_year_goals
    from tests.rules_kit import records
    assert titles_list_goals("某州2033年为民办实事工作目标")
    assert titles_list_goals("2034年度区政府民生实事项目目标任务")
    assert titles_year_goals("某州2033年为民办实事工作目标")
    assert not titles_list_goals("某州为民办实事工作目标")  # no year: not the year's list
    assert not titles_list_goals("某州2033年民生实事完成情况")
    assert not titles_list_goals("某州2033年民生实事工作方案")
    assert not titles_list_goals("某州2033年民生实事工作目标完成情况")
    page = ("附件2\n\n某州2033年为民办实事工作目标\n\n一、教育医疗\n\n1。新建乡镇幼儿园6所。(牵头单位:州教育局)\n\n"
            "2。改造村卫生室40个,配齐基本诊疗设备。(牵头单位:州卫健委)\n\n二、道路供水\n\n3。硬化通组道路150公里。(牵头单位:州交通局)\n")
    assert [g.quote for g in records(page, "goal")] == ["新建乡镇幼儿园6所", "改造村卫生室40个,配齐基本诊疗设备",
                                                       "硬化通组道路150公里"]


def test_items_of_a_goal_list_closed_by_semicolons():
    # (goalB27) a goal list's items end with ``;``, its last with ``。``: each is a goal, not a title over the next
    page = ("某镇集市整治方案\n一、指导思想\n坚持便民利民。\n二、工作目标\n1.集市摊位规范有序;\n2.周边道路保持畅通;\n"
            "3.群众投诉明显减少。\n三、主要措施\n(一)划定摊区。\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert quotes == ["集市摊位规范有序", "周边道路保持畅通", "群众投诉明显减少"]
