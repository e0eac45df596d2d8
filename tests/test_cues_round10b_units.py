"""Unit-assignment cues of the tenth round's second wave: variants of the prose classes a different writer of the
genre would use (other verbs, adverbs, orders, script), each on a small made-up text (no sentence of a real document)."""

from rules_kit import units


# -- U7: ``由X具体负责`` / ``由X统一牵头``: an adverb between the unit and its verb of charge -------------------------------
def test_an_adverb_before_the_verb_of_charge():
    text = "蓝果冷库扩建由丙县商务局具体负责,丙县农机局和丙县电力公司协助,对冷库逐座改造。"
    assert units(text) == [("蓝果冷库扩建", ["丙县商务局"], ["丙县农机局", "丙县电力公司"])]
    assert units("灌溉渠清淤由丙县水务局统一牵头。") == [("灌溉渠清淤", ["丙县水务局"], [])]
    assert units("灌溉渠清淤由各乡具体负责。") == []  # a collective names everyone


# -- U7: ``…由X负责实施`` / ``…由X牵头组织落实``: the plain doing after the verb is no task; the task is named before --
def test_the_plain_doing_after_the_verb_is_no_task():
    assert units("灌溉渠清淤工作由丙县水务局负责实施。") == [("灌溉渠清淤工作", ["丙县水务局"], [])]
    text = "果园巡查工作由丙县果业局牵头组织落实,丙县林业站配合。"
    assert units(text) == [("果园巡查工作", ["丙县果业局"], ["丙县林业站"])]


# -- U7: the assisting clause with ``协同``/``协助`` before its verb (``乙局以及丙局协同配合``) ------------------------------
def test_a_joint_adverb_before_the_assisting_verb():
    text = "果园巡查由丙县果业局牵头,丙县林业站以及丙县农机局协同配合,对各村果园逐一检查。"
    assert units(text) == [("果园巡查", ["丙县果业局"], ["丙县林业站", "丙县农机局"])]


# -- U4c: ``X会同Y等(N)部门,<task>``: any joint task after the comma, not only one that opens with ``共同`` -----------
def test_with_a_closed_list_then_a_comma_then_any_task():
    text = "丙县果业局会同丙县水务局、丙县农机局等2部门,年底前建成蓝果冷库3座。"
    assert units(text) == [("年底前建成蓝果冷库3座", ["丙县果业局"], ["丙县水务局", "丙县农机局"])]
    text = "丙县果业局会同丙县水务局、丙县林业站等有关部门,对全县果园开展巡查。"
    assert units(text) == [("对全县果园开展巡查", ["丙县果业局"], ["丙县水务局", "丙县林业站"])]


# -- U4c: label lines ``责任单位:`` / ``配合单位:`` under a task with no lead label: the ``责任单位`` list leads, as in a
# table's columns and in labels on one line ----------------------------------------------------------------------
def test_duty_label_line_beside_a_helpers_line_leads():
    text = "1.扩建蓝果冷库两座。\n责任单位:丙县商务局\n配合单位:丙县农机局、丙县电力公司\n"
    assert units(text) == [("扩建蓝果冷库两座", ["丙县商务局"], ["丙县农机局", "丙县电力公司"])]
    text = "1.扩建蓝果冷库两座。\n责任部门:丙县商务局\n协办单位:丙县农机局与丙县电力公司\n"
    assert units(text) == [("扩建蓝果冷库两座", ["丙县商务局"], ["丙县农机局", "丙县电力公司"])]
    # a lone 责任单位 line gives no lead (U4a), nor does one beside a lead label
    assert units("1.扩建蓝果冷库两座。\n责任单位:丙县商务局、丙县农机局\n") == [
        ("扩建蓝果冷库两座", [], ["丙县商务局", "丙县农机局"])]
    assert units("1.扩建蓝果冷库两座。\n牵头单位:丙县商务局\n责任单位:丙县农机局\n") == [
        ("扩建蓝果冷库两座", ["丙县商务局"], ["丙县农机局"])]


# -- U7/U4c: role parts ``甲局负责,乙局、丙局配合`` (bracketed or closing a task) with no lead verb: the unit that takes the
# task leads; ``由``/``此项工作由`` before the units is no part of their names ----------------------------------------------
def test_the_charged_part_beside_assisting_parts_leads():
    text = "(二)扩建蓝果冷库两座(丙县商务局负责,丙县农机局、丙县电力公司配合)。"
    assert units(text) == [("扩建蓝果冷库两座", ["丙县商务局"], ["丙县农机局", "丙县电力公司"])]
    text = "(二)扩建蓝果冷库两座。由丙县商务局负责,丙县农机局配合。"
    assert units(text) == [("扩建蓝果冷库两座", ["丙县商务局"], ["丙县农机局"])]
    text = "(二)扩建蓝果冷库两座。此项工作由丙县商务局牵头,丙县农机局配合。"
    assert units(text) == [("扩建蓝果冷库两座", ["丙县商务局"], ["丙县农机局"])]
    # a lone 负责 part keeps the list's role; collectives and people are never promoted to lead
    assert units("(二)扩建蓝果冷库两座(丙县商务局、丙县农机局负责)。") == [
        ("扩建蓝果冷库两座", [], ["丙县商务局", "丙县农机局"])]
    assert units("(二)做好果农安全教育。果园负责,果农配合。") == []
    assert units("(二)做好果农安全教育。各乡负责,果农配合。") == []


# -- U4a: the agencies' labels with 机关 (Taiwan's plans) beside 单位/部门: ``主责机关``, ``配合机关``, ``协助机关`` -----------
def test_agency_labels_read_like_unit_labels():
    text = "(一)推動果園灌溉改善計畫。(主責機關:果業署;協助機關:水利署、農糧署)"
    assert units(text) == [("推动果园灌溉改善计划", ["果业署"], ["水利署", "农粮署"])]
    text = "(一)推動果園灌溉改善計畫。(主責部門:果業署;配合機關:水利署)"
    assert units(text) == [("推动果园灌溉改善计划", ["果业署"], ["水利署"])]


# -- U1/U6/U4a: a task table flattened a row a line with two unit columns (``牵头单位 配合单位``), or its unit column
# before a last column (``责任单位 完成时限``): cells under the unit columns where the row has as many cells as the header
def test_flattened_rows_with_two_unit_columns_or_a_column_after_them():
    text = "序号 工作任务 牵头单位 配合单位\n1 修缮灌溉渠 丙县水务局 丙县农机局\n2 扩建蓝果冷库 丙县商务局 丙县电力公司\n"
    assert units(text) == [("修缮灌溉渠", ["丙县水务局"], ["丙县农机局"]), ("扩建蓝果冷库", ["丙县商务局"], ["丙县电力公司"])]
    text = "序号 项目名称 目标任务 责任单位 完成时限\n1 修缮灌溉渠 12条 丙县水务局 6月底\n"
    assert units(text) == [("修缮灌溉渠", ["丙县水务局"], [])]
    # 责任单位 beside 配合单位 with no lead column leads (U4c)
    text = "序号 工作任务 责任单位 配合单位\n1 修缮灌溉渠 丙县水务局 丙县农机局\n"
    assert units(text) == [("修缮灌溉渠", ["丙县水务局"], ["丙县农机局"])]
    # a row whose cells do not line up with the header's (a blank inside a cell) names no units
    assert units("序号 工作任务 牵头单位 配合单位\n1 修缮灌溉渠 丙县水务局 丙县农机局 丙县林业站\n") == []


# -- U8: contact lines are no duties, whatever the contact label's compound (``联络电话``, ``服务热线``, ``办公地点``) ----
from extract.rules.unit_prose import is_duty  # noqa: E402


def test_contact_labels_of_any_compound_are_no_duty():
    for body in ("联络电话:01-2345678", "服务热线:12345", "邮递区号:100", "办公地点:丙县行政中心三楼", "办公时间:周一至周五",
                 "电子邮件:guo@example.org", "E-mail:guo@example.org", "联系方式:0123-4567890"):
        assert not is_duty(body), body
    assert is_duty("负责受理果农的电话投诉")
    text = "聯絡方式:\n丙縣果業辦:聯絡電話:01-2345678;辦公地點:丙縣果園路8號。\n乙市果業辦:服務熱線:12345。\n"
    assert units(text) == []


# -- U4c: the key note in other words (``列在第一位的部门牵头``, ``排在最前的为牵头单位``, ``名列第一的单位牵头``) -------------
from extract.cues import states_first_listed_lead  # noqa: E402


def test_key_notes_in_other_words():
    for note in ("列在第一位的部门牵头", "排在最前的为牵头单位", "名列第一的单位牵头", "居首位的为牵头部门"):
        assert states_first_listed_lead(note), note
        text = f"1.修缮灌溉渠。\n责任单位:丙县水务局、丙县农机局({note})\n"
        assert units(text) == [("修缮灌溉渠", ["丙县水务局"], ["丙县农机局"])], note
    assert not states_first_listed_lead("丙县是全省第一个牵头建设蓝果基地的县")  # a first place that keys no list


# -- U4: labels closed by 为 inside a bracket (``(牵头单位为甲局,配合单位为乙局)``): the label decides the role; before,
# the label was glued to each unit's name -----------------------------------------------------------------------------
def test_labels_closed_by_wei_in_a_bracket():
    text = "(二)扩建蓝果冷库两座。(牵头单位为丙县商务局;配合单位为丙县农机局、丙县电力公司)"
    assert units(text) == [("扩建蓝果冷库两座", ["丙县商务局"], ["丙县农机局", "丙县电力公司"])]
    assert units("(二)扩建蓝果冷库两座。(責任單位為丙縣商務局)") == [("扩建蓝果冷库两座", [], ["丙县商务局"])]
