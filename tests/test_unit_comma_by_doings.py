"""``…,由X+doing`` inside a sentence (rules.unit_comma_by_doings, U7 eighteenth round): made-up texts only."""

import pytest

from rules_kit import units


def test_a_procedure_step_put_on_an_office_after_a_comma():
    rows = units("报名青年经体检合格后,由某县征兵办公室批准入伍,入伍时间另行通知。")
    assert ("批准入伍", ["某县征兵办公室"], []) in rows


def test_a_matter_put_on_a_division_after_a_comma():
    rows = units("各村反映的问题经汇总后,由某乡综治办登记转办,以便跟踪落实。")
    assert ("登记转办", ["某乡综治办"], []) in rows


def test_a_topic_then_the_unit_that_directs_it():
    rows = units("跨乡的山林火情扑救,由某县防火指挥部统一调度,必要时请求支援。")
    assert any(lead == ["某县防火指挥部"] for _, lead, _ in rows)


@pytest.mark.parametrize("text", [
    "项目建成后,由某县财政筹款解决运行经费。",  # a finance office that pays (U3a)
    "群众来电登记后,由某局工作人员跟踪回访。",  # people (U4a)
    "本次比赛定于6月举行,由某区文旅局组织。",  # an organiser verb (U7e)
    "活动场地确定后,由各村自行安排人员值守。",  # a collective (U7d)
    "大会开幕后,由某会主委致词。",  # a person's title
    "校舍改造完成后,由某局验收了全部工程。",  # reported done
])
def test_no_row_for_what_is_no_task_of_a_named_unit(text):
    assert units(text) == []


def test_a_role_verb_clause_is_left_to_its_own_reader():
    rows = units("校园周边的交通疏导,由某区交警大队负责。")
    assert [lead for _, lead, _ in rows] == [["某区交警大队"]]


@pytest.mark.parametrize("text", [
    "由某协会主委致词。",  # a person's title closing what reads as a name (U4a)
    "由某会主委王五开幕。",  # a person of the unit before the doing
    "由某局工作人员上门登记。",
])
def test_sentence_initial_by_clause_of_a_person_gives_no_row(text):
    assert units(text) == []


def test_sentence_initial_by_clause_of_a_unit_keeps_its_row():
    assert units("由某局安排人员值守。") == [("安排人员值守", ["某局"], [])]


@pytest.mark.parametrize("text", [
    "所需经费,由某县文旅局承担。",  # money as the topic: its payer (U3a)
    "场馆改造资金,由某镇政府自筹解决。",
    "培训费用,由某县人社局列支。",
])
def test_a_funding_clause_after_a_comma_gives_no_row(text):
    assert units(text) == []


def test_relation_party_after_comma_is_a_unit_u7d():
    from rules_kit import units as _units
    from extract.rules.unit_comma_by_doings import relation_party
    assert relation_party("所在单位审核后报送") == 4 and relation_party("学员所在部门复核") == 6
    assert relation_party("各单位审核") == 0 and relation_party("使用单位承担") == 0
    rows = _units("评审专家因故不能到场的,由所在单位推荐替补人选,评审组确认。")
    assert ("推荐替补人选", ["所在单位"], []) in rows
    rows = _units("志愿者需要请假的,由志愿者所在部门审批。")
    assert ("审批", ["志愿者所在部门"], []) in rows
    assert not _units("器材损坏的,由使用单位赔偿。")  # a party by its kind, not by relation: no row


# (unitA28) a ``由X`` doing closed by a colon is the lead-in of a list (its items the rows), also where the name was read
# into the verb (``某局办`` + ``理:``)
def test_by_unit_doing_closed_by_colon_is_a_list_lead_in():
    rows = units("下列事項,由縣衛生局辦理:\n一、轉診服務之協調事項。\n二、社區義診之安排事項。\n")
    assert ("转诊服务之协调事项", ["县卫生局"], []) in rows and ("社区义诊之安排事项", ["县卫生局"], []) in rows
    assert all(not t.startswith(("理", "办理")) for t, _, _ in rows)
