"""Cue words of the genre read in their common synonyms (r30 lexA30, ``tools/lexical_variants.py``): unit lists joined
by ``和``/``及``/``与``/``以及`` anywhere in the list, lead words of a key or a flattened header beside ``牵头``, verbs of
a ``均`` list. Made-up sentences."""

from extract.cues import states_first_listed_lead
from extract.rules.target_cues import jointly_reached
from extract.rules.unit_flat import flat_rows
from extract.rules.unit_labels import key_clause
from extract.rules.unit_lists import tidy_unit_lists, without_joint_head
from extract.rules.units import inner_serial_joints, split_units


def test_a_joint_inside_the_list_splits_as_the_last_one_does():
    # the joint closes a group of the list before a comma and a collective tail
    assert split_units("甲市教育局、甲市财政局和甲市住建局,各镇街") == ["甲市教育局", "甲市财政局", "甲市住建局", "各镇街"]
    assert split_units("甲县农业局以及甲县林业局,甲县各乡镇") == ["甲县农业局", "甲县林业局", "甲县各乡镇"]
    assert inner_serial_joints(["甲局与乙局", "各街道"]) == ["甲局", "乙局", "各街道"]
    # a body with its parts stays one item
    assert inner_serial_joints(["甲局及所属学校", "各街道"]) == ["甲局及所属学校", "各街道"]
    # a joint inside a name is no joint
    assert split_units("甲县人力资源和社会保障局、甲县文化和旅游局,各乡镇") == \
        ["甲县人力资源和社会保障局", "甲县文化和旅游局", "各乡镇"]


def test_a_serial_joint_after_the_other_endings_of_an_organisation():
    assert split_units("甲县残联、甲县妇联和甲县关工委") == ["甲县残联", "甲县妇联", "甲县关工委"]
    assert split_units("东山集团、西山集团及南山集团") == ["东山集团", "西山集团", "南山集团"]
    assert split_units("甲街道、乙街道与丙街道") == ["甲街道", "乙街道", "丙街道"]
    # two joints in the last item, and the list's trailing 等
    assert split_units("甲校总务处、甲校教务处和甲校后勤处及甲校保卫处") == ["甲校总务处", "甲校教务处", "甲校后勤处", "甲校保卫处"]
    assert split_units("甲市科技局、甲市财政局和甲市税务局等") == ["甲市科技局", "甲市财政局", "甲市税务局"]


def test_a_joint_is_never_glued_to_the_next_name():
    assert without_joint_head("和区财政局") == "区财政局"
    assert without_joint_head("及各乡镇人民政府") == "各乡镇人民政府"
    assert without_joint_head("和平区教育局") == "和平区教育局"  # a place's name that opens with 和
    assert without_joint_head("以及团区委") == "团区委" and without_joint_head("与人社局") == "人社局"
    assert tidy_unit_lists(["市教育局", "和市体育局"], []) == (["市教育局", "市体育局"], [])


def test_a_key_that_names_the_lead_by_another_lead_word():
    assert states_first_listed_lead("列在首位的为主责单位")
    assert states_first_listed_lead("排在第一位的为牵头责任单位")
    assert not states_first_listed_lead("列在首位的为责任单位")
    m = key_clause("甲县文旅局、甲县教育局,列第一位的为主责单位")
    assert m is not None and m.group("note") == "列第一位的为主责单位"


def test_a_flattened_header_with_another_lead_column_word():
    text = ("2031年惠民项目分解表序号项目名称主要内容分管领导主责单位配合单位1修缮甲馆完成甲馆外墙修缮,"
            "新增展位30个。李明远文旅局甲新园(乙镇)各街道丙投资公司")
    rows = flat_rows(text)
    assert [(h.lead, h.responsible) for h in rows] == [(["文旅局"], ["甲新园(乙镇)", "各街道", "丙投资公司"])]


def test_a_joint_list_reaches_by_the_synonyms_of_reaching():
    assert jointly_reached("甲镇入学率和巩固率均实现") == ((0, "甲镇入学率"), (6, "巩固率"))
    assert jointly_reached("公办学位、普惠学位均增至") == ((0, "公办学位"), (5, "普惠学位"))
