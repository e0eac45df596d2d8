"""(vrestA28) Targets and goals read the same whatever the layout: a breakdown table's quotas one cell per line, a
unit label's value broken onto the next line between a task and its result, a goal statement broken after its colon,
a plan reported approved. Made-up texts only; each case against the same content in the other layout."""

from rules_kit import records

from extract.cues import reports_a_plan
from extract.rules.label_values import _FRAME_LINE
from extract.rules.quotas import cell_line_quotas


def targets(text):
    return sorted((r.indicator, r.value, r.unit) for r in records(text, "numeric_target"))


def goal_quotes(text):
    return [r.quote for r in records(text, "goal")]


# -- quotas of a breakdown table, delimited rows and one cell per line --------------------------------------------

PIPE = ("某县2032年度惠民工程任务分解表\n"
        "项目 | 目标 | 分解情况 | 责任领导 | 责任单位 | 责任人 |\n"
        "技能提升工程 | 提升务工人员技能 | 职业技能培训(人次) | 900 | 东坪镇300 西岭乡200 南湾镇250 北岗街道150 | 周某 | 县人社局 | 吴某 |\n"
        "农村劳动力转移(人) | 400 | 东坪镇120 西岭乡80 南湾镇110 北岗街道90 |\n")
CELLS = ("某县2032年度惠民工程任务分解表\n项目\n目标\n分解情况\n责任领导\n责任单位\n责任人\n技能提升工程\n提升务工人员技能\n"
         "职业技能培训(人次)\n900\n东坪镇300 西岭乡200 南湾镇250 北岗街道150\n周某\n县人社局\n吴某\n"
         "农村劳动力转移(人)\n400\n东坪镇120 西岭乡80 南湾镇110 北岗街道90\n")


def test_cell_line_quotas_reads_label_total_and_breakdown():
    qs = cell_line_quotas(CELLS)
    got = {(q.indicator, q.value, q.unit) for q in qs}
    assert ("职业技能培训", 900.0, "人次") in got
    assert ("西岭乡职业技能培训", 200.0, "人次") in got
    assert ("北岗街道农村劳动力转移", 90.0, "人") in got  # a continuation row, shorter than the first
    assert len(qs) == 2 + 8


def test_label_and_number_lines_without_breakdown_are_no_quotas():
    assert cell_line_quotas("指标\n目标值\n绿化覆盖率(%)\n45\n人均公园面积(平方米)\n15\n") == []


def test_quota_table_reads_the_same_in_both_layouts():
    pipe, cells = targets(PIPE), targets(CELLS)
    assert ("南湾镇农村劳动力转移", 110.0, "人") in cells
    assert {t for t in pipe if "镇" in t[0] or "乡" in t[0] or "街道" in t[0]} <= set(cells)
    assert len([t for t in cells if t[0].endswith("农村劳动力转移")]) == 5


# -- a report item: task, unit label (value below it or not), result label -------------------------------------------

REPORT_ONE = ("某市2032年惠民实事完成情况\n一、实事完成情况\n1.全年新建城市书房12个,新增图书5万册。\n"
              "责任单位:市文旅局\n完成情况:建成城市书房13个,新增图书5.6万册。\n")


def test_unit_label_value_on_its_own_line_keeps_the_task_line_a_target():
    broken = REPORT_ONE.replace("责任单位:", "责任单位:\n").replace("完成情况:", "完成情况:\n")
    assert any(v == 12.0 and u == "个" for _, v, u in targets(broken))
    assert [(v, u) for _, v, u in targets(broken)] == [(v, u) for _, v, u in targets(REPORT_ONE)]
    assert not any(v == 13.0 for _, v, u in targets(broken))  # the result stays status


# -- a goal statement broken after its colon ---------------------------------------------------------------------

GOALS_ONE = ("北岸县2033年政府工作任务分解\n一、2033年主要任务\n2033年全县发展的主要预期目标是:地区生产总值增长6.5%左右;"
             "城镇新增就业1.2万人;全面完成省里下达的减排任务。\n(一)扩大有效投资\n")


def test_goal_statement_line_broken_after_colon_keeps_its_targets():
    broken = GOALS_ONE.replace("是:", "是:\n")
    assert [(v, u) for _, v, u in targets(broken)] == [(v, u) for _, v, u in targets(GOALS_ONE)]
    assert any(v == 1.2 and u == "万人" for _, v, u in targets(broken))


def test_requirement_frame_broken_after_colon_is_one_goal():
    one = ("南湖镇2034年工作计划\n2034年全镇工作的总体要求是:坚持稳中求进,以高质量发展为主线,推动全镇经济社会发展再上新台阶。\n"
           "一、主要工作\n")
    broken = one.replace("是:", "是:\n")
    assert goal_quotes(broken) and goal_quotes(broken)[0].startswith("2034年全镇工作的总体要求是:\n坚持稳中求进")
    assert len(goal_quotes(broken)) == len(goal_quotes(one))


def test_frame_line_cue():
    assert _FRAME_LINE.search("2034年全镇工作的总体要求是:")
    assert _FRAME_LINE.search("近期目标：")
    assert not _FRAME_LINE.search("各乡镇人民政府,县直各单位:")  # a letter's addressees
    assert not _FRAME_LINE.search("通知公告:")


def test_addressee_line_over_the_opening_is_no_goal():
    text = ("各乡镇人民政府,县直各单位:\n为做好2035年春季植树工作,推动全县绿化提质,现将有关事项通知如下。\n"
            "一、工作安排\n")
    assert not any(q.startswith("各乡镇人民政府") for q in goal_quotes(text))


# -- a plan reported approved ---------------------------------------------------------------------------------------

def test_plan_reported_approved():
    assert reports_a_plan("西城中学的改扩建计划已经得到市发改委的正式批复,")
    assert reports_a_plan("东港区老旧小区改造方案近日获批")
    assert not reports_a_plan("计划总投资3亿元")


def test_approved_plan_content_read_with_label_on_its_line_or_run_in():
    own = "西城中学的改扩建计划已经得到市发改委的正式批复,\n具体如下:\n增加45名教师,每个班额控制在50人。\n"
    run_in = own.replace(":\n", ":")
    assert any(v == 45.0 for _, v, _u in targets(run_in))
    assert [(v, u) for _, v, u in targets(run_in)] == [(v, u) for _, v, u in targets(own)]


def test_copula_frame_read_as_a_heading_still_joins_its_body():
    one = ("西河乡环境整治方案\n一、总体思想和目标\n今后两年全乡整治的总体思路是:以生态优先为统领,坚持治理与建设并重,"
           "打造宜居宜业的美丽乡村。\n")
    broken = one.replace("是:", "是:\n")
    assert any(q.startswith("今后两年全乡整治的总体思路是:\n以生态优先为统领") for q in goal_quotes(broken))


# -- a letter that hands down a plan, the plan's first heading on its own line or run in --------------------------------

LETTER = ("各乡镇人民政府,县直各单位:\n经县政府同意,现将《2036年县政府工作报告》确定的重点工作进行责任分解,请认真抓好落实。\n"
          "《2036年县政府工作报告》重点工作责任分解\n一、2036年主要任务\n"
          "2036年全县发展的主要预期目标是:地区生产总值增长7%左右;城镇新增就业3000人。\n(一)扩大有效投资\n")


def test_plan_title_line_ends_the_letter():
    from extract.cues import _plan_title_line, transmitting_letter
    assert _plan_title_line("《2036年县政府工作报告》重点工作责任分解")
    assert not _plan_title_line("现将任务清单印发给你们,请认真贯彻执行。")
    assert transmitting_letter(["现将某方案印发给你们,请认真贯彻执行。", "某县重点工作任务清单", "一、主要任务。全年…"]) == 1
    assert transmitting_letter(["现将某方案印发给你们,请认真贯彻执行。", "某县重点工作任务清单", "为做好全年工作,制定本方案。"]) == 3


def test_run_in_first_heading_after_the_letter_keeps_its_targets():
    run_in = LETTER.replace("一、2036年主要任务\n", "一、2036年主要任务。")
    assert [(v, u) for _, v, u in targets(run_in)] == [(v, u) for _, v, u in targets(LETTER)]
    assert any(v == 3000.0 for _, v, _u in targets(run_in))


# -- a progress table whose result cell opens by restating the year's plan -------------------------------------------

def test_result_cell_restating_the_plan_keeps_its_targets_in_pipe_rows():
    from extract.rules.result_columns import ResultColumns
    text = ("某市2037年重点工作上半年落实情况汇总表\n序号 | 重点工作 | 牵头单位 | 上半年落实情况\n"
            "1 | 推进河道综合整治。 | 市水务局 | 2037年我市共实施6个河道整治工程,计划新增治理长度42公里。截至6月底,已完成治理长度30公里。\n")
    plan = text.index("42公里")
    done = text.index("30公里")
    rc = ResultColumns(text, 2037)
    assert not rc.holds(plan)  # the plan restated: the year's target
    assert rc.holds(done)  # what was done by June: status
    assert ResultColumns(text, 2038).holds(plan)  # a plan of a year before the report's: no restated commitment
