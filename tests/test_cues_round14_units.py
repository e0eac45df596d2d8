"""Unit-assignment cues of the fourteenth round (units14), from the unit errors of the retired sealed v14 texts (w20-*):
each a general cue, tested on made-up sentences in mainland and Taiwan/Hong Kong wordings and on near-misses that must
not fire. Every text is made up (no sentence of a real document).

1. Prose role parts parted by ``、`` after the verb of charge (``…,由甲处负责、乙处配合``): the charged unit leads (U7, as
   ``…,由甲处负责,乙处配合`` and ``由甲处牵头、乙处配合`` already read).
2. A collective of one kind (``相关保洁公司``) leads where the clause names helpers (a division of work); alone it names no
   one, nor does a party named by its part (``学员所在单位``: U7).
3. A modifier before a role label (``共同责任单位:``, ``其他配合单位:``) is the label's word, never a unit (U4, U4a).
4. The last joint of a serial list (``甲局、乙处及丙中心``): two units (U3), not inside a name (``人力资源和社会保障局``) nor
   before ``其`` (``甲局及其下属大队``).
5. A role label cut by a line break (``,配`` / ``合单位:``): read whole (no unit ``配``).
"""

import pytest

from extract.rules.unit_prose import task_then_roles, task_then_sharers
from extract.rules.units import find_inline_assignments, mend_cut_labels, split_units
from test_cues_round12v_units import check


def _rows(hits):
    return [(h.task, h.lead, h.responsible) for h in hits]


# -- 1. ``由X负责、Y配合``
CHARGE_DUN = [
    ('二、检查分工\n1.实验楼的用电安全,由后勤保障处负责、实验室管理中心配合;\n2.图书馆的消防安全,由图书馆负责、保卫处配合;\n',
     [('实验楼的用电安全', ['后勤保障处'], ['实验室管理中心']), ('图书馆的消防安全', ['图书馆'], ['保卫处'])]),
    ('乡村书屋的日常管理,由丁区文旅局负责、丁区财政局、丁区住建局配合。',
     [('乡村书屋的日常管理', ['丁区文旅局'], ['丁区财政局', '丁区住建局'])]),
    ('二、分工\n1.操場圍欄的維修,由總務處負責、學務處配合;\n',
     [('操場圍欄的維修', ['總務處'], ['學務處'])]),
    # near-misses: a list of doings after the verb (no helpers' verb), a collective that takes the task
    ('二、分工\n1.实验楼的用电安全,由后勤保障处负责、定期检查线路;\n', []),
    ('二、分工\n1.实验楼的用电安全,由各学院负责、保卫处配合;\n', []),
]


@pytest.mark.parametrize("text,rows", CHARGE_DUN)
def test_charge_then_help_parted_by_dun(text, rows):
    check(text, rows)


def test_charge_dun_cue():
    assert _rows(task_then_roles("实验楼的用电安全,由后勤保障处负责、实验室管理中心配合;")) == [
        ("实验楼的用电安全", ["后勤保障处"], ["实验室管理中心"])]
    assert task_then_roles("实验楼的用电安全,由后勤保障处负责、定期检查线路;") == []


# -- 2. a collective of one kind with helpers; a party named by its part alone
def test_kind_collective_leads_with_helpers():
    assert _rows(task_then_roles("体育馆的卫生保洁,由相关保洁公司负责、场馆中心配合;")) == [
        ("体育馆的卫生保洁", ["相关保洁公司"], ["场馆中心"])]
    assert task_then_roles("体育馆的卫生保洁,由相关部门负责、各单位配合;") == []  # no named helper
    assert task_then_roles("体育馆的卫生保洁,由各保洁公司负责、场馆中心配合;") == []  # ``各``: everyone (U7)
    assert task_then_roles("体育馆的卫生保洁,由相关方面负责、场馆中心配合;") == []  # no kind of organisation


def test_party_by_its_part_alone():
    # (r15 ug15) eval/README.md U7d: a party named by its relation to the task is a unit (``由学生所在单位负责``)
    assert _rows(task_then_sharers("教职工的安全教育,由学员所在单位负责;")) == [("教职工的安全教育", ["学员所在单位"], [])]
    assert _rows(task_then_sharers("教职工的安全教育,由职工所在部门负责。")) == [("教职工的安全教育", ["职工所在部门"], [])]
    assert task_then_sharers("教职工的安全教育,由各学院负责。") == []  # ``各``: everyone (U7d)
    assert _rows(task_then_sharers("教职工的安全教育,由丁区人社局负责。")) == [("教职工的安全教育", ["丁区人社局"], [])]


# -- 3. a modifier before a role label
LABEL_MODIFIER = [
    ('1.新建幼儿园5所。(牵头单位:丁市教育局;共同责任单位:丁市财政局、各县区)',
     [('新建幼儿园5所', ['丁市教育局'], ['丁市财政局', '各县区'])]),
    ('2.改造农村公路35公里。(牵头单位:丁区交通局、丁区住建局;共同责任单位:相关镇街)',
     [('改造农村公路35公里', ['丁区交通局', '丁区住建局'], ['相关镇街'])]),
    ('3.建设口袋公园8个。(牵头部门:丁区城管局;其他配合部门:丁区住建局)',
     [('建设口袋公园8个', ['丁区城管局'], ['丁区住建局'])]),
]


@pytest.mark.parametrize("text,rows", LABEL_MODIFIER)
def test_modifier_before_label(text, rows):
    check(text, rows)


# -- 4. the last joint of a serial list
@pytest.mark.parametrize("cell,want", [
    ("场馆中心、研究生院及学员所在单位", ["场馆中心", "研究生院", "学员所在单位"]),
    ("丁区教育局、丁区财政局和丁区住建局", ["丁区教育局", "丁区财政局", "丁区住建局"]),
    ("丁区教育局、丁区卫健委与丁区疾控中心", ["丁区教育局", "丁区卫健委", "丁区疾控中心"]),
    # not: a joint inside a name, ``及其``, a word that is no unit after the joint
    ("丁区教育局、人力资源和社会保障局", ["丁区教育局", "人力资源和社会保障局"]),
    ("丁区教育局、丁县公安局及其交警大队", ["丁区教育局", "丁县公安局及其交警大队"]),
    ("丁区教育局、环境及生态局", ["丁区教育局", "环境及生态局"]),
    ("丁区教育局、丁区财政局及下属", ["丁区教育局", "丁区财政局及下属"]),
])
def test_serial_list_joint(cell, want):
    assert split_units(cell) == want


def test_serial_joint_in_prose():
    check('实验室的危化品管理,由资产处负责,场馆中心、研究生院及学员所在单位配合;',
          [('实验室的危化品管理', ['资产处'], ['场馆中心', '研究生院', '学员所在单位'])])


# -- 5. a role label cut by a line break
def test_cut_label_mended():
    t = "增强学生的责任感。(牵头单位:丁省教育厅、丁省人社厅,配\n合单位:丁省体育局、团丁省委)"
    mended = mend_cut_labels(t)
    assert len(mended) == len(t) and "配合单位:" in mended
    hits = find_inline_assignments(t)
    assert [(h.lead, h.responsible) for h in hits] == [(["丁省教育厅", "丁省人社厅"], ["丁省体育局", "团丁省委"])]
    assert t[hits[0].start:hits[0].end].endswith("团丁省委)")


def test_cut_label_not_mended():
    # a break inside a sentence that forms no label, and a label already whole, stay as they are
    t = "提高学生的审美素养\n和人文底蕴。(牵头单位:丁省教育厅)"
    assert mend_cut_labels(t) == t
    t = "增强学生的责任感。(牵头单位:丁省教育厅,\n配合单位:丁省体育局)"
    assert mend_cut_labels(t) == t


def test_cut_label_traditional():
    check("一、提升素養\n增強學生的責任感。(牽頭單位:丁省教育廳、丁省人社廳,配\n合單位:丁省體育局)",
          [('增強學生的責任感', ['丁省教育廳', '丁省人社廳'], ['丁省體育局'])])
