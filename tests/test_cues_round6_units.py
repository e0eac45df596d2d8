"""Unit-assignment cues of the sixth round, each on a small made-up text (no sentence of a real document)."""

from extract.cues import bulleted_task
from extract.line_tables import is_unit_line, run_header
from rules_kit import records, units


# -- a table flattened one cell per line whose rows have a variable number of cells ---------------
def test_a_header_of_one_cell_per_line_with_unit_columns_last():
    assert run_header(["方面", "主 要 目 标", "主要责任单位", "责任单位"]) == ["category", "content", "lead", "responsible"]
    assert run_header(["方面", "主要目标"]) is None  # too few cells, no unit column
    assert run_header(["主要责任单位", "主要目标", "责任单位"]) is None  # the units stand last


def test_a_unit_line_is_a_short_name_and_no_bulleted_content():
    assert is_unit_line("甲县花木局")
    assert not is_unit_line("——甲县花木站")
    assert not is_unit_line("——蓝果合格率达到90%以上。")


def test_a_bulleted_cell_names_its_first_clause():
    assert bulleted_task("——蓝果合格率达到90%以上,红果合格率达到80%。\n\n——绿果…") == "蓝果合格率达到90%以上"
    assert bulleted_task("推进蓝果种植。") is None


CELL_RUNS = """甲县果园目标责任分解

方面

主 要 目 标

主要责任单位

责任单位

1.提高果品质量。

——蓝果合格率达到90%以上,红果合格率达到80%以上。

甲县花木局

甲县水务局

甲县农机站

——紫果破损率控制在3%以下。

——黄果破损率逐年下降。

甲县花木局

2.扩大种植规模。

——新增果园面积20亩。

甲县农机站

甲县花木局
"""


def test_rows_of_content_lines_and_a_run_of_unit_lines():
    assert units(CELL_RUNS) == [
        ("蓝果合格率达到90%以上", ["甲县花木局"], ["甲县水务局", "甲县农机站"]),
        ("紫果破损率控制在3%以下", ["甲县花木局"], []),
        ("新增果园面积20亩", ["甲县农机站"], ["甲县花木局"]),
    ]


def test_the_unit_lines_of_such_a_table_are_no_headings_and_its_numbers_stay():
    got = records(CELL_RUNS, "numeric_target")
    assert sorted((r.value, r.unit) for r in got) == [(3, "%"), (20, "亩"), (80, "%"), (90, "%")]
    assert all("甲县" not in (r.section or "") for r in got)


# -- a note that keys a label line's list (``(第一责任单位为牵头单位,下同)``) -----------------------------
def test_a_key_note_closing_a_unit_list():
    from extract.cues import key_note

    assert key_note("甲局、乙局(第一责任单位为牵头单位,下同)") == ("甲局、乙局", True, True)
    assert key_note("甲局、乙局(排在首位的为牵头部门)") == ("甲局、乙局", True, False)
    assert key_note("甲局、乙县(开发区)") == ("甲局、乙县(开发区)", False, False)


KEYED_LABELS = """一、种好蓝果

(一)扩大蓝果种植,完善果园灌溉。

责任单位:甲县花木局、甲县水务局(第一责任单位为牵头单位,下同)

时限要求:持续推进

(二)规范红果收购,严禁压级压价。

责任单位:甲县市场局

时限要求:持续推进
"""


def test_a_keyed_label_line_and_the_lines_below_it_lead_with_their_first_unit():
    got = units(KEYED_LABELS)
    assert [(lead, resp) for _, lead, resp in got] == [
        (["甲县花木局"], ["甲县水务局"]),
        (["甲县市场局"], []),
    ]


def test_a_label_line_without_a_key_still_names_no_lead():
    got = units(KEYED_LABELS.replace("(第一责任单位为牵头单位,下同)", ""))
    assert [(lead, resp) for _, lead, resp in got] == [([], ["甲县花木局", "甲县水务局"]), ([], ["甲县市场局"])]


# -- the manner of a duty closing a unit list (``…按照职责分工负责``) -----------------------------------
def test_the_manner_of_a_duty_is_no_part_of_the_last_unit():
    from extract.cues import strip_duty_tail

    assert strip_duty_tail("甲局、乙局按照职责分工") == "甲局、乙局"
    assert strip_duty_tail("甲局、乙局根据职责") == "甲局、乙局"
    assert strip_duty_tail("甲局按职能") == "甲局"
    assert strip_duty_tail("甲县职业学校") == "甲县职业学校"


def test_units_that_act_by_their_duties_answer_for_the_task():
    got = units("三、主要任务\n(一)种好蓝果。扩大蓝果种植。(甲县花木局、甲县水务局按照职责分工负责)")
    assert [(lead, resp) for _, lead, resp in got] == [([], ["甲县花木局", "甲县水务局"])]


def test_an_item_opened_by_yi_shi_is_the_task_its_bracket_closes():
    got = units("三、主要任务\n一是种好蓝果。扩大种植,完善灌溉。(甲县花木局、甲县水务局按职责分工负责)")
    assert got == [("种好蓝果", [], ["甲县花木局", "甲县水务局"])]


# -- an inline title that lists units before their duties (``一、甲局、乙委。<duties…>``) ------------------
def test_a_title_that_lists_units_and_nothing_else():
    from extract.rules.units import unit_list_heading

    assert unit_list_heading("甲县花木局、甲县水务局") == ["甲县花木局", "甲县水务局"]
    assert unit_list_heading("甲县花木局") == ["甲县花木局"]
    assert unit_list_heading("加强甲县花木局建设") is None
    assert unit_list_heading("种好蓝果") is None


DUTY_LIST = """甲县果园委员会成员单位职责分工

一、甲县花木局、甲县水务局。负责蓝果种植规划,指导果园灌溉。督促各乡做好红果收购。

二、甲县市场局。规范果品收购秩序。
"""


def test_the_units_an_inline_title_lists_lead_the_duties_after_it():
    assert units(DUTY_LIST) == [
        ("负责蓝果种植规划", ["甲县花木局", "甲县水务局"], []),
        ("规范果品收购秩序", ["甲县市场局"], []),
    ]
    quotes = [r.quote for r in records(DUTY_LIST, "unit_assignment")]
    assert quotes == ["甲县花木局、甲县水务局。负责蓝果种植规划,指导果园灌溉", "甲县市场局。规范果品收购秩序"]


# -- a numbered sentence standing as a heading line (``3.甲局负责…``) --------------------------------
def test_a_heading_that_is_a_sentence_of_charge():
    from extract.cues import heading_is_sentence

    assert heading_is_sentence("蓝果例会由甲县花木局牵头,分管领导主持")
    assert not heading_is_sentence("花木局负责")
    assert not heading_is_sentence("种好蓝果")


def test_a_charge_in_a_numbered_sentence_line_is_read():
    text = "一、例会组织:蓝果例会由甲县花木局牵头,分管领导主持。\n二、例会时间:每月第一周。\n"
    assert units(text) == [("蓝果例会", ["甲县花木局"], [])]


# -- items of a unit heading whose first item stands as a heading of its own ------------------------
def test_list_markers_of_one_kind():
    from extract.rules.units import item_marker_kind

    assert item_marker_kind("(二)清理果园。") == item_marker_kind("(一)种好蓝果。") == "paren-numeral"
    assert item_marker_kind("2.清理果园。") == "digit"
    assert item_marker_kind("二、甲局") == "numeral"
    assert item_marker_kind("2.5亩果园") is None
    assert item_marker_kind("清理果园。") is None


SIBLINGS = """一、甲县花木局

(一)种好蓝果。

(二)清理果园周边的杂草,保证果园道路畅通,及时清理沟渠。

(三)修剪果树。

二、甲县水务局

(一)保证灌溉用水。
"""


def test_a_numbered_paragraph_after_an_item_heading_is_the_same_units_item():
    assert units(SIBLINGS) == [
        ("种好蓝果", ["甲县花木局"], []),
        ("清理果园周边的杂草,保证果园道路畅通,及时清理沟渠", ["甲县花木局"], []),
        ("修剪果树", ["甲县花木局"], []),
        ("保证灌溉用水", ["甲县水务局"], []),
    ]


# -- the unit that takes on a duty is the subject of the ``负责`` clause after it --------------------------
def test_a_unit_that_takes_on_a_duty_leads_what_it_is_charged_with_next():
    got = units("通知指出,甲县花木局承担全县果园监管责任,并负责发放采摘许可等工作。")
    assert got == [("发放采摘许可等工作", ["甲县花木局"], [])]
    got = units("甲县花木局作为果园工作的牵头单位,承担全县果园监管责任,负责指导各乡修剪果树。")
    assert got == [("指导各乡修剪果树", ["甲县花木局"], [])]


def test_an_office_set_up_in_a_unit_leads_what_it_is_charged_with():
    assert units("果园例会办公室设在甲县花木局,负责日常工作。") == [("日常工作", ["果园例会办公室"], [])]


def test_a_collective_or_a_person_taking_on_a_duty_is_no_unit():
    assert units("各乡承担果园监管责任,并负责发放采摘许可。") == []
    assert units("张三作为果园负责人,承担监管责任,负责发放采摘许可。") == []


# -- a unit list whose closing bracket the excerpt lost at its end (U4b) ----------------------------
def test_a_list_cut_by_the_end_of_the_text_ends_there():
    got = units("三、主要任务\n(一)种好蓝果。扩大种植,完善灌溉。(甲县花木局、甲县水务局、")
    assert [(lead, resp) for _, lead, resp in got] == [([], ["甲县花木局", "甲县水务局"])]
    assert units("三、主要任务\n(一)种好蓝果。扩大种植,完善灌溉(详见附表、") == []


# -- a collective's head before a thing names no unit (``相关依据``) ---------------------------------------
def test_related_things_are_no_units_but_related_offices_are():
    from extract.cues import is_unit_cell

    assert not is_unit_cell("相关依据 相关依据")
    assert not is_unit_cell("有关规定")
    assert is_unit_cell("相关部门")
    assert is_unit_cell("有关乡镇、甲县花木局")


# -- the last row of a pipe-delimited table is its whole line ------------------------------------------
def test_the_last_delimited_row_keeps_its_cells_after_the_units():
    text = ("序号 | 检查领域 | 检查事项 | 检查对象 | 发起部门 | 配合部门 | 检查层级 | 备注 |\n"
            "1 | 果园检查 | 蓝果采摘许可情况 | 各类果园 | 甲县花木局 | 甲县市场局 | 县级 | 重点检查 |\n"
            "2 | 学校检查 | 红果进校检疫情况 | 县直各类学校 | 甲县林业站 | 甲县花木局 | 县级 | 一般检查 |\n")
    got = units(text)
    assert [(lead, resp) for _, lead, resp in got] == [
        (["甲县花木局"], ["甲县市场局"]), (["甲县林业站"], ["甲县花木局"])]


def test_a_single_unit_column_reads_all_its_unit_lines_as_the_lead():
    text = CELL_RUNS.replace("主要责任单位\n\n责任单位\n", "责任单位\n")
    assert units(text)[0] == ("蓝果合格率达到90%以上", ["甲县花木局", "甲县水务局", "甲县农机站"], [])


# -- sub-rows whose unit cell follows their task cell ---------------------------------------------------
def test_each_unit_cell_closes_the_sub_row_of_the_task_before_it():
    text = """序号

主要职责

具体工作事项

负责部门

备注

1

管好全县果园

指导各乡修剪果树

花木股

2

统筹果品流通工作

拟订果品收购办法

市场股

制定果园用水计划

水务股

核定果园补贴标准

财务股

3

做好果园宣传

编印果园简报

办公室
"""
    assert [(task, lead) for task, lead, _ in units(text)] == [
        ("指导各乡修剪果树", ["花木股"]), ("拟订果品收购办法", ["市场股"]), ("制定果园用水计划", ["水务股"]),
        ("核定果园补贴标准", ["财务股"]), ("编印果园简报", ["办公室"])]
    quotes = [r.quote for r in records(text, "unit_assignment")]
    assert quotes[2] == "制定果园用水计划\n\n水务股"


def test_a_keyed_bracket_in_running_text_and_the_brackets_below_it():
    text = ("三、主要任务\n(一)扩大蓝果种植。(责任单位:甲县花木局、甲县水务局(第一责任单位为牵头单位,下同))\n"
            "(二)规范红果收购。(责任单位:甲县市场局、甲县花木局)\n")
    assert [(lead, resp) for _, lead, resp in units(text)] == [
        (["甲县花木局"], ["甲县水务局"]), (["甲县市场局"], ["甲县花木局"])]
    plain = text.replace("(第一责任单位为牵头单位,下同)", "")
    assert [(lead, resp) for _, lead, resp in units(plain)] == [
        ([], ["甲县花木局", "甲县水务局"]), ([], ["甲县市场局", "甲县花木局"])]


def test_an_item_heading_under_its_unit_is_read_once():
    text = "一、甲县花木局\n\n(一)甲县花木局负责蓝果种植规划,指导各乡修剪果树。\n\n(二)做好果园宣传。\n"
    got = units(text)
    assert len([u for u in got if u[0].startswith(("甲县花木局负责", "蓝果种植规划"))]) == 1


# -- a performance-target form names its project and the unit that carries it out -----------------------
def test_a_target_form_names_its_project_and_its_implementing_unit():
    text = """项目支出绩效目标表

项目名称

蓝果园灌溉改造

主管部门

甲县农业局

实施单位

甲县花木局

项目属性

新建

年度目标

指标值

灌溉覆盖率

95%
"""
    # (lead45) U4a (thirty-second round): ``主管部门`` reads as ``主责单位``, the lead; the ``实施单位`` beside it is responsible
    assert units(text) == [("蓝果园灌溉改造", ["甲县农业局"], ["甲县花木局"])]
    assert records(text, "unit_assignment")[0].quote.endswith("实施单位\n\n甲县花木局")
