"""``rules.team_staffing``: a working group's label over a clause naming the bodies that do its work (U3a, U7)."""

from extract.rules.team_staffing import staffed_by_named_units
from rules_kit import units


def test_staffed_by_named_units():
    units_, at = staffed_by_named_units("宣传组", "由校团委负责,负责活动宣传报道。")
    assert units_ == ["校团委"] and "由校团委负责,负责活动宣传报道。"[at:].startswith("活动宣传报道")
    units_, at = staffed_by_named_units("节目组", "校团委、艺术教研组负责节目的征集和排练。")
    assert units_ == ["校团委", "艺术教研组"] and "校团委、艺术教研组负责节目的征集和排练。"[at:].startswith("节目的征集")


def test_not_staffed():
    assert staffed_by_named_units("宣传组", "负责活动宣传报道。") is None  # the group's own duty
    assert staffed_by_named_units("宣传组", "组长张三负责活动宣传报道。") is None  # people
    assert staffed_by_named_units("教务处", "由各学院负责组织报名。") is None  # a bureau's own line, not a group


def test_event_groups_staffed_by_bodies():
    text = ("某校运动会活动方案\n\n四、组织分工\n1.宣传组:由校团委负责,负责活动宣传报道。\n"
            "2.后勤组:总务处、保卫处负责场地布置和安全保障。\n3.裁判组:负责比赛的裁判工作。\n")
    got = units(text)
    assert ("活动宣传报道", ["校团委"], []) in got
    assert ("场地布置和安全保障", ["总务处", "保卫处"], []) in got
    assert not any("宣传组" in lead or "后勤组" in lead for _t, lead, _r in got)


def test_role_clauses_after_the_group_stay_theirs():
    assert staffed_by_named_units("宣传报道组", "由县委宣传部牵头,县融媒体中心配合,负责宣传报道。") is None
    assert staffed_by_named_units("后勤组", "由总务处负责,财务处配合,做好物资保障。") is None


def test_organising_verbs_are_no_charge():
    assert staffed_by_named_units("宣传组", "由校团委组织实施宣传报道。") is None  # U7e: 组织实施 is no U7 verb
