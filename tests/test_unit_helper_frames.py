"""Made-up tests for ``rules.unit_helper_frames``: a helper written as the subject, ``乙局协助甲局做好Z`` (U7b)."""

from extract.rules.unit_helper_frames import helper_subject_frames


def _rows(text):
    return [(text[h.start:h.end], h.task, h.lead, h.responsible) for h in helper_subject_frames(text)]


def test_helper_subject_then_unit_helped():
    text = "某村委员会协助某镇人民政府、某街道办事处做好防汛物资储备工作。"
    assert _rows(text) == [("某村委员会协助某镇人民政府、某街道办事处做好防汛物资储备工作", "做好防汛物资储备工作",
                            ["某镇人民政府", "某街道办事处"], ["某村委员会"])]


def test_modal_between_helper_and_verb():
    assert _rows("甲署将协助乙署物色合适处所。")[0][1:] == ("物色合适处所", ["乙署"], ["甲署"])
    assert _rows("某区委员会将协助某区政府做好宣传工作。")[0][2:] == (["某区政府"], ["某区委员会"])


def test_helper_in_clause_before_comma():
    text = "某县长要求有关部门要发挥职能作用,配合某县教育局做好项目选址、资金筹措等工作,及时解决问题。"
    quote, task, lead, resp = _rows(text)[0]
    assert quote.startswith("有关部门") and task == "做好项目选址、资金筹措等工作"
    assert (lead, resp) == (["某县教育局"], ["有关部门"])
    assert _rows("各成员单位按照职责分工,积极配合某领导小组开展相关工作。")[0][2:] == (["某领导小组"], ["各成员单位"])
    assert _rows("各成员单位要按照职责分工,要积极配合某领导小组开展相关工作。")[0][2:] == (["某领导小组"], ["各成员单位"])


def test_no_doer_written():
    assert _rows("某区公安分局协助做好突发事件处置等。") == [("某区公安分局协助做好突发事件处置", "做好突发事件处置", [], ["某区公安分局"])]


def test_near_misses_give_nothing():
    assert _rows("积极配合某区体育局做好健身器材试点工作。") == []  # no helper written (U8: the block's own unit)
    assert _rows("在某区公安局的配合下,完成了整治。") == []  # help received
    assert _rows("副组长协助组长做好日常工作。") == []  # people
    assert _rows("某村委员会配合政府督促家长做好入学工作。") == []  # no organisation in particular
    assert _rows("指定有资质的专科医院配合某区教育局开展筛查工作。") == []  # a description, no name
    assert _rows("我们将配合某区住建局做好选址。") == []  # the text's own voice
    assert _rows("协助单位:某区文化馆。") == []  # a label
