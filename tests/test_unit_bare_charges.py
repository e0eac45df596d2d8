"""Bare charge sentences (``rules.unit_bare_charges``): ``…。由X负责,…`` with the task named before it (U7, U2).
Made-up text only."""

from extract.rules.unit_bare_charges import bare_charge_task, bare_charges
from rules_kit import units


def _hits(text):
    return [(h.task, h.lead, h.responsible) for h in bare_charges(text, 0, [])]


def test_task_is_opening_title():
    text = "“送书下乡”惠民活动:每季度向各村配送图书2031册。由某县图书馆负责,文化志愿者协助。"
    assert _hits(text) == [("“送书下乡”惠民活动", ["某县图书馆"], [])]


def test_task_is_clause_before():
    text = "甲校成立课程小组,形成课程研究网络。即由甲校教务处负责,各年级组长组织开展。"
    assert _hits(text) == [("形成课程研究网络", ["甲校教务处"], [])]
    assert bare_charge_task(text, text.index("即由")) == "形成课程研究网络"


def test_sentence_opening_paragraph_leaves_task_empty():
    assert _hits("由某区教育局具体负责。") == [("", ["某区教育局"], [])]


def test_through_pipeline_task_from_line_above():
    got = units("一、组织建构\n甲校成立课程小组,形成课程研究网络。\n即由甲校教务处负责,各年级组长组织开展。\n")
    assert any(lead == ["甲校教务处"] for _, lead, _ in got)


def test_near_misses():
    assert not _hits("每季度配送图书。由各学校负责,按月上报。")  # a collective
    assert not _hits("每天放学后清点人数。由班主任负责。")  # people
    assert not _hits("每天放学后清点人数。由家长负责。")
    assert not _hits("设备日常维护。由使用部门负责。")  # a party named by kind only
    assert not _hits("每季度配送图书。由牵头单位负责。")  # a role word
    assert not _hits("每季度配送图书。由某县图书馆负责图书采购。")  # an object: the charge clause's (U7)


def test_task_after_comma_is_not_bare():
    # the task follows the comma: U7's ``X负责Y`` (another cue's), never a bare charge
    assert not _hits("由丙县商务局负责,年底前新建冷库2座。")
    assert not _hits("由丙县商务局负责,新建冷库2座。")
    assert not _hits("由丙县商务局牵头负责,2031年新建冷库2座。")
    assert units("由丙县商务局牵头负责,年底前新建冷库2座。\n") == [("年底前新建冷库2座", ["丙县商务局"], [])]


# (unitB26) ``<topic>,由X负责``: the topic that opens the sentence is the task



def test_topic_then_bare_charge():
    assert units("联席会议的文书工作,由某县民政局负责,并可视需要抽调人员协助办理。") == [
        ("联席会议的文书工作", ["某县民政局"], [])]
    assert units("场馆的日常维护,由某区体育中心负责。") == [("场馆的日常维护", ["某区体育中心"], [])]


def test_no_topic_charge_after_a_time_a_condition_or_before_helpers():
    assert units("今年以来,由某县教育局负责,完成了校舍改造。") == []  # a time, no task
    got = units("场馆的日常维护,由某区体育中心负责,某区文旅局配合。")
    assert [(lead, resp) for _, lead, resp in got] == [(["某区体育中心"], ["某区文旅局"])]  # the helpers' cue's row


def test_no_topic_charge_before_a_helpers_clause_with_its_doing():
    got = units("社区助餐点的运营,由某街道办负责,某区民政局配合办理。")
    assert [(lead, resp) for _, lead, resp in got] == [(["某街道办"], ["某区民政局"])]
