"""``rules.perfective_clauses``: a deed told with ``了`` earlier in the sentence makes its counts results (N13)."""

from extract.rules.perfective_clauses import told_done_with_le


def test_counts_after_a_perfective_deed_are_results():
    assert told_done_with_le("三是印制了宣传册并组织评审,选出", "个示范社区和12个示范村,成效明显。")
    assert told_done_with_le("东坪镇在4个村设立了书屋8间、阅览点", "个,方便了村民。")
    assert told_done_with_le("会议通报了上年工作,表彰了先进集体,并聘任甲某等", "名同志为督导员。")


def test_a_sentence_that_speaks_ahead_is_left_to_other_cues():
    assert not told_done_with_le("县里印制了宣传册,计划年内再建书屋", "间。")
    assert not told_done_with_le("东坪镇修缮了文化站,到2031年新建书屋", "间。")
    assert not told_done_with_le("东坪镇修缮了文化站,将新建书屋", "间。")
    assert not told_done_with_le("东坪镇去年建成了书屋5间,今年新建书屋", "间。")


def test_verbs_that_announce_a_plan_or_state_a_purpose_tell_no_deed():
    assert not told_done_with_le("方案提出了约束性指标,书屋覆盖率达到", "%。")
    assert not told_done_with_le("规划部门公示了新馆的方案,总用地面积", "平方米。")
    assert not told_done_with_le("为了方便村民,东坪镇投资", "万元新建书屋。")
    assert not told_done_with_le("县政府出台了扶持办法,每间书屋补助", "元。")
    assert not told_done_with_le("县里梳理了2031年实事项目,全年新建书屋", "间。")
    assert not told_done_with_le("东坪镇新建书屋", "间。")


def test_told_done_after_in_own_clause():
    from extract.rules.perfective_clauses import told_done_after

    # made-up sentences: the number's own clause goes on to a deed told with 了
    assert told_done_after("检查组对", "个县的申报材料进行了审核。")
    assert told_done_after("某局为", "名老人提供了上门服务,深受好评。")
    assert told_done_after("全镇", "所学校完成了改造。")
    # a 了 only in a later clause is not this number's deed
    assert not told_done_after("全镇", "所学校,完成了改造的有3所。")
    # a sentence that speaks of what is ahead, or 了解 / 为了
    assert not told_done_after("到2031年,全区", "所学校建成了智慧校园。")
    assert not told_done_after("确保", "%的学校配备了专职教师。")
    assert not told_done_after("组织", "名教师了解新课标。")
    assert not told_done_after("投入", "万元为了改善办学条件。")
    # a verb that announces a plan or a meeting whose content is stated
    assert not told_done_after("", "个部门召开了联席会议。")
    assert not told_done_after("全区新建", "所幼儿园。")
