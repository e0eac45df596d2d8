"""The guard of rules/unit_people_parties.py on made-up sentences."""

from test_rules import run_rules

from extract.rules.unit_people_parties import people_list, without_people


def units(text):
    return [(r.task, r.lead_units, r.responsible_units) for r in run_rules(text).records if r.type == "unit_assignment"]


def test_shared_people_tail():
    assert people_list(["乙镇", "村干部"], "乙镇、村干部负责宣传发动")
    rows = units("甲镇卫生院负责统一组织实施体检。乙镇、村干部负责宣传发动和摸底造册。")
    assert ("统一组织实施体检", ["甲镇卫生院"], []) in rows
    assert not any("摸底造册" in t for t, _, _ in rows)


def test_name_cut_inside_a_post():
    assert people_list(["局党委委"], "责成局党委委员、副局长张三同志组织答复")
    assert people_list(["局党委委"], "", "员、副局长张三同志组织答复")


def test_units_are_kept():
    assert not people_list(["某镇卫生院"], "某镇卫生院负责组织实施")
    assert not people_list(["团委"], "团委负责安排志愿者")
    assert not people_list(["区人大常委"], "区人大常委会负责监督", "会负责监督")
    assert not people_list(["甲区常委"], "甲区常委员会负责监督")
    assert without_people(["甲局"], ["乙局"], "甲局负责,乙局配合") == (["甲局"], ["乙局"])
    assert without_people(["甲局"], ["村干部"], "甲局负责,村干部配合") == (["甲局"], [])


def test_contact_lines_are_no_duties():
    from extract.rules.unit_people_parties import contact_task

    assert contact_task("张三13900000000")
    assert contact_task("李四 0871-1234567")
    assert contact_task("王五老师:13900000000、0871-7654321")
    assert not contact_task("拨打12345热线受理投诉")
    assert not contact_task("负责登记送餐人员")
    rows = units("四、负责人\n1、甲处:张三13900000000\n2、乙中心:李四13900000001\n五、分工\n甲处负责登记送餐人员。")
    assert all("1390" not in t for t, _, _ in rows), rows
    assert ("登记送餐人员", ["甲处"], []) in rows
