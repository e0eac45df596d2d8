"""A sentence-opening adverbial of time or sequence before the subject unit of ``X会同Y…`` / ``X牵头…`` (made-up text)."""

from rules_kit import units

from extract.rules.unit_clause_openers import blank_clause_openers


def test_blank_keeps_length_and_blanks_opener_only():
    t = "下一步,甲局将会同乙局管好资金。"
    b = blank_clause_openers(t)
    assert len(b) == len(t) and b.strip() == "甲局将会同乙局管好资金。"
    assert blank_clause_openers("甲局下一步,管好资金。") == "甲局下一步,管好资金。"  # not at the sentence's start
    assert blank_clause_openers("根据要求,甲局管好资金。") == "根据要求,甲局管好资金。"  # no time or order
    assert blank_clause_openers("近日甲局管好资金。") == "近日甲局管好资金。"  # no comma of its own


def test_with_frame_after_next_step():
    assert units("下一步,某市财政局将会同某市卫健委通过实地督导管好配套资金。") == [
        ("通过实地督导管好配套资金", ["某市财政局"], ["某市卫健委"])]
    assert units("同时，某县教育局会同某县交通局研究校车接送方案。") == [
        ("研究校车接送方案", ["某县教育局"], ["某县交通局"])]


def test_lead_frame_after_date_or_recent():
    assert units("为确保工作按期完成。3月5日下午,某市人社局牵头组织某市财政局等成员单位召开联席会议。") == [
        ("组织某市财政局等成员单位召开联席会议", ["某市人社局"], [])]
    assert units("近日,某区民政局牵头开展困难群众走访。") == [("开展困难群众走访", ["某区民政局"], [])]


def test_traditional_script_and_full_width_spacing():
    assert units("下一步，某市財政局將會同某市衛健委管好配套資金。") == [("管好配套资金", ["某市财政局"], ["某市卫健委"])]
    assert units("近日，　某區民政局牽頭開展困難群眾走訪。") == [("开展困难群众走访", ["某区民政局"], [])]


def test_near_misses_stay_silent():
    assert units("根据要求,某市人社局牵头组织某市财政局等成员单位召开联席会议。") == []  # no time or order opener
    assert units("下一步,各乡镇将会同有关部门管好配套资金。") == []  # a collective names no one
    # (lead51) a deed reported done keeps its row (U7, twentieth round), the opener no part of the name
    assert units("近日,某区民政局牵头编制了困难群众名册。") == [("编制了困难群众名册", ["某区民政局"], [])]


# (unitB27) a recurring deadline as the opener (``每年12月31日前,``), people as the helpers of ``会同``, ``进行`` no bank
def test_deadline_opener_and_people_helpers():
    from rules_kit import units

    assert units("每年6月30日前,县档案馆会同专家对馆藏档案进行鉴定。") == [("对馆藏档案进行鉴定", ["县档案馆"], [])]
    assert units("县档案馆会同志愿者开展档案整理。") == [("开展档案整理", ["县档案馆"], [])]
    assert units("县档案馆会同县史志办推进地方志编修。") == [("推进地方志编修", ["县档案馆"], ["县史志办"])]


def test_verb_ending_in_hang_is_no_bank():
    from extract.cues import is_unit_cell

    assert not is_unit_cell("专家对馆藏档案进行") and is_unit_cell("县农商银行")
