"""Unit-assignment cues of the tenth round, each on a small made-up text (no sentence of a real document)."""

from extract.rules.unit_charge_finders import assisting_units
from rules_kit import units


# -- U7: the assisting clause after a led task, also where the sentence goes on ----------------------------
def test_assisting_clause_followed_by_what_is_done():
    text = "果园巡查主要由丙县农机局牵头,丁县水务局、戊县林业站配合,对各村果园进行全面检查。"
    assert units(text) == [("果园巡查", ["丙县农机局"], ["丁县水务局", "戊县林业站"])]


def test_short_department_names_share_the_closing_word():
    assert assisting_units("农机、水务、林业部门") == ["农机", "水务", "林业部门"]
    assert assisting_units("农机、水务、林业", "等部门") == ["农机", "水务", "林业"]
    assert assisting_units("农机、水务、林业") == []  # nothing says these words name departments
    assert assisting_units("加快推进果园建设", "等部门") == []  # a clause, not a list of names
    text = "渠道清淤由丙县水务局牵头,农机、林业等部门配合,对主干渠逐段清淤;"
    assert units(text) == [("渠道清淤", ["丙县水务局"], ["农机", "林业"])]


# -- U4a: a helpers' label with ``主要`` before it, on a line of its own under a numbered task ----------------
def test_main_helpers_label_line_under_a_task():
    text = ("1.修缮灌溉渠,保障春耕用水\n\n牵头责任单位:丙县水务局\n\n主要协作单位:各乡人民政府、丙县农机局\n\n"
            "2.推广蓝果种植。\n\n牵头责任单位:丙县果业局\n\n主要配合单位:丙县林业站")
    assert units(text) == [("修缮灌溉渠,保障春耕用水", ["丙县水务局"], ["各乡人民政府", "丙县农机局"]),
                           ("推广蓝果种植", ["丙县果业局"], ["丙县林业站"])]


# -- U4c: the key in a note closing a label line, also worded ``列第一位者为牵头`` -----------------------------
def test_a_key_worded_with_zhe_holds_for_its_line_and_after():
    text = ("1.修缮灌溉渠。\n责任单位:丙县水务局\n2.推广蓝果种植。\n责任单位:丙县果业局、丙县林业站(列第一位者为牵头单位,下同)\n"
            "3.扩建冷库两座。\n责任单位:丙县商务局、丙县农机局\n")
    assert units(text) == [("修缮灌溉渠", [], ["丙县水务局"]),
                           ("推广蓝果种植", ["丙县果业局"], ["丙县林业站"]),
                           ("扩建冷库两座", ["丙县商务局"], ["丙县农机局"])]


# -- U4a: a lead verb written after units inside a list, no bracket ------------------------------------------
from extract.rules.unit_cells import unmarked_lead_verbs  # noqa: E402


def test_a_lead_verb_inside_a_list_decides_the_role():
    assert unmarked_lead_verbs([], ["丙县果业局和丙县林业站分别牵头", "丙县农机局"]) == (
        ["丙县果业局", "丙县林业站"], ["丙县农机局"])
    assert unmarked_lead_verbs([], ["丙县果业局牵头", "丙县农机局"]) == (["丙县果业局"], ["丙县农机局"])
    # without 分别 a 和 stays inside one name
    assert unmarked_lead_verbs([], ["丙县人力资源和社会保障局牵头"]) == (["丙县人力资源和社会保障局"], [])
    assert unmarked_lead_verbs(["丙县果业局"], ["丙县农机局"]) == (["丙县果业局"], ["丙县农机局"])  # no verb
    text = "1.修缮灌溉渠。\n责任单位:丙县水务局和丙县农机局分别牵头、丙县财政局\n"
    assert units(text) == [("修缮灌溉渠", ["丙县水务局", "丙县农机局"], ["丙县财政局"])]


# -- U8: contact lines are no duties (``甲办:地址:…``) --------------------------------------------------------
from extract.rules.unit_prose import is_duty  # noqa: E402


def test_a_contact_label_after_the_colon_is_no_duty():
    assert not is_duty("地址:乙市果园路8号三楼302室,邮编:123456")
    assert not is_duty("联系电话:0123-4567890")
    assert is_duty("负责果园巡查和灌溉渠维护")
    text = ("联系方式:\n丙县果业办:地址:丙县果园路8号302室,邮编:123456;联系电话:0123-4567890。\n"
            "乙市果业办:地址:乙市北门路2号1106室,邮编:123400,联系电话:0123-7654321。\n")
    assert units(text) == []


# -- U4c/U7: ``X会同Y等N部门,共同…`` ------------------------------------------------------------------------
def test_with_a_counted_list_and_a_comma_before_the_joint_task():
    text = "丙县果业局会同丙县水务局、丙县农机局、丙县林业站等三部门,共同制定全县蓝果种植推广方案。"
    assert units(text) == [("共同制定全县蓝果种植推广方案", ["丙县果业局"], ["丙县水务局", "丙县农机局", "丙县林业站"])]
    # a headline's restatement with no task named gives no row
    assert units("丙县果业局会同丙县水务局、丙县农机局等两部门共同组成") == []


# -- U7: ``X牵头的专班负责Y`` is ``X牵头负责Y`` with the group X leads named between -------------------------------
def test_the_group_a_unit_leads_takes_the_task():
    text = "本次行动组建三个专班,丙县水务局牵头的专班负责对灌溉渠进行清淤,丙县果业局牵头的工作组负责对果园进行巡查。"
    assert units(text) == [("对灌溉渠进行清淤", ["丙县水务局"], []), ("对果园进行巡查", ["丙县果业局"], [])]
    assert units("各乡牵头的专班负责对果园进行巡查。") == []  # a collective names everyone


# -- U1/U6: a task table flattened a row a line, its cells parted by blanks, the unit column last ------------------
from extract.rules.unit_rows import spaced_rows  # noqa: E402


def test_rows_of_a_table_parted_by_blanks():
    text = ("蓝果推广进展\n序号 项目名称 单位 目标任务 完成情况 责任单位\n1 修缮灌溉渠 条 12 5 丙县水务局\n"
            "农田水渠 条 4 2\n2 扩建蓝果冷库 座 2 1 已完成选址 丙县商务局\n")
    assert units(text) == [("修缮灌溉渠", ["丙县水务局"], []), ("扩建蓝果冷库", ["丙县商务局"], [])]


def test_the_blanks_after_a_pinyin_annotation_still_part_the_cells():
    text = ("序號(hào) 項(xiàng)目名稱 單位 目標(biāo)任務(wù) 責(zé)任單位\n"
            "1 修繕灌溉渠 條(tiáo) 12 丙縣水務(wù)局\n")
    assert units(text) == [("修缮灌溉渠", ["丙县水务局"], [])]


def test_no_rows_without_a_header_that_ends_with_the_unit_column():
    # a unit column before others: read only where the row has as many cells as the header (round 10b)
    assert spaced_rows("序号 项目名称 责任单位 完成情况\n1 修缮灌溉渠 丙县水务局 已完成 选址\n") == []
    assert spaced_rows("1 修缮灌溉渠 条 12 丙县水务局\n") == []


# -- U1/U6: a delimited progress table whose header names a month (``8月计划进度``) -------------------------------
def test_a_header_naming_a_month_is_still_a_header():
    text = ("项目内容 | 5月计划进度 | 实际进度情况 | 责任单位 | 分管领导 |\n"
            "(1)修缮灌溉渠12条,保障春耕用水。 | 完成招标。 | 已完成招标。 | 丙县水务局 | 王一 |\n")
    got = units(text)
    assert [(lead, resp) for _task, lead, resp in got] == [(["丙县水务局"], [])]
    assert got[0][0].endswith("修缮灌溉渠12条,保障春耕用水")


def test_header_period_words():
    from extract.line_tables import _PERIOD_WORD
    assert _PERIOD_WORD.sub("", "8月计划进度 | 1-6月完成情况 | 第3季度") == "计划进度 | 完成情况 | "
    assert _PERIOD_WORD.sub("", "2031年目标") == "2031年目标"  # a year stays: no progress column


# -- U4c: ``X印发《…》,将会同Y、Z N部门,<task>``: the sentence's subject leads, the listed units answer ------------------
def test_with_after_an_adverb_takes_the_sentence_subject_as_lead():
    text = "近日,丙县果业局印发《关于修缮灌溉渠的通知》,将会同丙县水务局、丙县农机局2部门,修缮全县灌溉渠道。"
    assert units(text) == [("修缮全县灌溉渠道", ["丙县果业局"], ["丙县水务局", "丙县农机局"])]
    text = "丙县果业局印发《蓝果方案》,并会同丙县林业站等部门,推广蓝果种植技术。"
    assert units(text) == [("推广蓝果种植技术", ["丙县果业局"], ["丙县林业站"])]
    # no unit opens the sentence: nobody to lead
    assert units("近日印发《蓝果方案》,将会同丙县林业站等部门,推广蓝果种植技术。") == []


# -- U7: a 负责 clause that only describes a system (``…的管理体制``) puts no task on a unit ------------------------
def test_a_described_system_is_no_assignment():
    text = "逐步形成由果业部门统一管理果园,林业部门负责苗木检疫发证的果园管理体制。"
    assert units(text) == []
    assert units("林业部门负责苗木检疫发证。") == [("苗木检疫发证", ["林业部门"], [])]
