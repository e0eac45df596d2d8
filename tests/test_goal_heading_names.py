"""Made-up tests for goal_heading_names: headings that name the goals by their field, label lines that name them with
a modifier and 的 over a list of items (O1, O2)."""

from extract.cues import heading_names_goals
from extract.rules.goal_heading_names import labels_goal_items, names_field_goals, names_goals_line


def test_field_goal_headings():
    assert names_field_goals("一、空气质量改善目标")
    assert names_field_goals("(二)污染物减排目标")
    assert names_field_goals("三、行动目标")
    assert names_field_goals("四、《方案》目标")
    assert names_field_goals("二、2032年目标")
    assert heading_names_goals("噪声环境质量目标")
    assert not names_field_goals("三、确保实现全年目标")  # the goals as a verb's object
    assert not names_field_goals("二、完成考核目标")
    assert not names_field_goals("一、总体要求和目标")  # goals beside other parts (goal_heading_parts)
    assert not names_field_goals("目标")  # the label cue's
    assert not names_field_goals("二、重点任务")
    assert not names_field_goals("五、为实现上述目标,某县采取以下措施")


def test_goal_label_lines():
    assert names_goals_line("城乡供水发展的主要目标")
    assert names_goals_line("■ 2031年全旗草原生态保护的主要预期目标")
    assert names_goals_line("老年教育事业的发展目标:")
    assert names_goals_line("■ 2032年全县主要预期目标")  # the year's goals named without 的
    assert names_goals_line("主要预期目标")
    assert not names_goals_line("规划提出了建成区域医疗中心的目标")  # a sentence that reports the goals set
    assert not names_goals_line("全面完成全年的目标")
    assert not names_goals_line("2031年全县顺利完成年度目标")
    assert not names_goals_line("城乡供水发展的主要任务")


def test_label_needs_items_below():
    items = "某市供水规划要点\n城乡供水发展的主要目标\n1.提升供水保障能力。新建水厂2座。\n"
    at = items.index("城乡")
    assert labels_goal_items(items, at, items.index("\n", at))
    prose = "某市供水规划要点\n城乡供水发展的主要目标\n规划明确了供水事业的方向,全市将稳步推进。\n"
    at = prose.index("城乡")
    assert not labels_goal_items(prose, at, prose.index("\n", at))


def test_pages_end_to_end():
    from tests.rules_kit import records
    field = ("某县2031年大气污染防治方案\n一、空气质量改善目标\n全县细颗粒物浓度下降到30微克/立方米以下,重污染天数明显减少。优良天数比例达到90%。\n"
             "二、主要任务\n(一)治理扬尘。\n开展工地检查。\n")
    assert [g.quote for g in records(field, "goal")] == ["全县细颗粒物浓度下降到30微克/立方米以下,重污染天数明显减少",
                                                        "优良天数比例达到90%"]
    label = ("某市养老服务规划要点\n\n养老服务发展的主要目标\n\n1.健全服务网络。完善社区养老设施布局,推动机构提质增效。"
             "加强护理人员培训。\n\n2.提升照护能力。扩大家庭照护床位供给。\n")
    assert [g.quote for g in records(label, "goal")] == ["完善社区养老设施布局,推动机构提质增效", "加强护理人员培训",
                                                        "扩大家庭照护床位供给"]
    prose = "某市养老服务规划要点\n\n养老服务发展的主要目标\n\n规划明确了养老事业的方向。全市将完善服务网络。\n"
    assert records(prose, "goal") == []


def test_label_heading_over_inline_items():
    """(goalA25) a bare label ``发展目标`` over numbered items whose titles run into their bodies (``1.甲。乙…``): the items'
    sentences are goals (O1), their inline titles not (O2)."""
    from tests.rules_kit import records
    page = ("某县托育服务方案要点\n发展目标\n1.健全服务网络。完善社区托育设施布局,推动机构提质增效。\n"
            "2.提升照护能力。扩大普惠托位供给。\n三、保障措施\n加强组织领导。\n")
    assert [g.quote for g in records(page, "goal")] == ["完善社区托育设施布局,推动机构提质增效", "扩大普惠托位供给"]
    other = page.replace("发展目标", "工作内容")
    assert records(other, "goal") == []


def test_bracketed_goal_labels():
    """(goalA25) ``【工作目标】`` on a line of its own: a bare label naming the goals (O1), over prose or numbered items."""
    from extract.headings import is_bare_label
    from extract.rules.goal_heading_names import undecorated_label
    from extract.rules.goals import is_goal_label
    assert undecorated_label("【工作目标】") == "工作目标"
    assert undecorated_label("◆ 发展目标") == "发展目标"
    assert undecorated_label("工作目标") == "工作目标"
    assert is_bare_label("【工作目标】") and is_goal_label("【工作目标】")
    assert not is_bare_label("【责任编辑:某某】")
    from tests.rules_kit import records
    prose = "某县托育方案\n【工作目标】\n完善社区托育设施布局,推动机构提质增效。\n扩大普惠托位供给到3000个。\n【保障措施】\n加强领导。\n"
    assert [g.quote for g in records(prose, "goal")] == ["完善社区托育设施布局,推动机构提质增效", "扩大普惠托位供给到3000个"]
    items = prose.replace("\n完善", "\n1.完善").replace("\n扩大", "\n2.扩大")
    assert [g.quote for g in records(items, "goal")] == ["完善社区托育设施布局,推动机构提质增效", "扩大普惠托位供给到3000个"]
    assert records(prose.replace("【工作目标】", "【工作内容】"), "goal") == []


def test_act_on_goals_headings():
    from extract.rules.goal_heading_names import names_act_on_goals
    assert names_act_on_goals("一、明确目标任务") and not heading_names_goals("一、明确目标任务")
    assert names_act_on_goals("(二)分解目标任务。") and not heading_names_goals("(二)分解目标任务。")
    assert names_act_on_goals("落實目標責任")
    assert not names_act_on_goals("一、明确目标任务,促进书屋建设")  # a clause after it names the field
    assert not names_act_on_goals("二、工作目标") and heading_names_goals("二、工作目标")
    assert not names_act_on_goals("三、目标分解")


def test_act_on_goals_end_to_end():
    from tests.rules_kit import records
    page = ("某县关于做好书屋建设的通知\n一、明确目标任务。全县共建书屋两大类20间,包括村级书屋和社区书屋。\n"
            "二、工作目标\n书屋覆盖全部行政村。")
    goals = [g.quote for g in records(page, "goal")]
    assert goals == ["书屋覆盖全部行政村"]


def test_a_short_numbered_goal_label_line_with_its_goal():
    # (goalB27) ``二、工作目标:…`` on a line short enough to read as a heading: the label is its title, the goal its text
    from extract.cues import heading_names_goals
    from extract.headings import parse_heading
    from extract.rules.goal_heading_names import goal_label_colon_end
    from tests.rules_kit import records
    assert goal_label_colon_end("工作目标:湖面保洁常态化。", heading_names_goals) == 4
    assert goal_label_colon_end("年度目标:各单位每年订定之具体目标。", heading_names_goals) == 0  # a term's definition
    assert goal_label_colon_end("主要措施:加强巡查。", heading_names_goals) == 0
    h = parse_heading("二、工作目标:湖面保洁常态化,群众满意度明显提高。")
    assert h is not None and h.title == "工作目标" and h.inline
    page = ("某乡湖泊保洁工作方案\n一、指导思想\n坚持源头治理。\n二、工作目标:湖面保洁常态化,群众满意度明显提高。\n"
            "三、主要措施\n(一)落实保洁员。\n")
    assert [g.quote for g in records(page, "goal")] == ["湖面保洁常态化,群众满意度明显提高"]


def test_goal_lines_under_a_label():
    """(goalA28) a label line of the year's goals over unnumbered lines, one goal to a line (a news summary), in a page
    that first reviews the year before: each line is a goal (O1), up to the label of the next part."""
    from extract.rules.goal_heading_names import goal_lines_follow
    from extract.rules.report_parts import plan_line
    assert goal_lines_follow("全县生产总值增长6%左右。\n居民收入稳步增长。\n", 0)
    assert goal_lines_follow("城镇新增就业3万人以上,。\n\n粮食产量稳定在50万吨。\n", 0)
    assert not goal_lines_follow("会议指出,过去一年成绩来之不易。全县上下要再接再厉,奋力完成各项任务。\n下一段。\n", 0)
    assert not goal_lines_follow("全县生产总值增长6%左右。\n", 0)  # one line only
    assert plan_line("2032年全县主要预期目标")
    assert not plan_line("2031年目标完成情况")
    from tests.rules_kit import records
    page = ("某县两会开幕,县长作政府工作报告。\n2031年工作回顾\n全县生产总值增长5.2%。\n新增城镇就业2.1万人。\n"
            "2032年全县主要预期目标\n全县生产总值增长6%左右。\n城镇新增就业2万人以上,居民收入稳步增长。\n粮食产量稳定在60万吨以上。\n"
            "2032年重点工作\n产业发展:\n拟安排专项资金3亿元。\n")
    assert [g.quote for g in records(page, "goal")] == ["全县生产总值增长6%左右", "城镇新增就业2万人以上,居民收入稳步增长",
                                                       "粮食产量稳定在60万吨以上"]
    trad = ("某縣兩會開幕,縣長作政府工作報告。\n2031年工作回顧\n全縣生產總值增長5.2%。\n"
            "■ 2032年全縣主要預期目標\n全縣生產總值增長6%左右,。\n城鎮新增就業2萬人以上。\n2032年重點工作\n擬安排專項資金3億元。\n")
    assert [g.quote for g in records(trad, "goal")] == ["全縣生產總值增長6%左右,", "城鎮新增就業2萬人以上"]
    prose = "某县两会开幕。\n2032年全县主要预期目标\n会议强调,全县要坚定信心、真抓实干,确保完成全年各项工作任务,推动高质量发展取得新成效。\n"
    assert records(prose, "goal") == []
    plain = ("某县召开经济工作会议。\n2032年全县主要预期目标\n全县生产总值增长6%左右。\n城镇新增就业2万人以上。\n"
             "2032年重点工作\n拟安排专项资金3亿元用于产业发展。\n")  # no review before: the same lines, the same goals
    assert [g.quote for g in records(plain, "goal")] == ["全县生产总值增长6%左右", "城镇新增就业2万人以上"]
