"""The evidence of unit rows (``rules.unit_evidence``): named cues per evidence kind, unit and task shapes,
run-on units repaired, role brackets in ``〔…〕``. Made-up text only."""

from extract.rules.unit_evidence import (all_org_names, evidence_of, has_bare_bracket, has_bracket_label,
                                         has_bracket_roles, has_host_label, has_label_line, is_org_name, is_table_row,
                                         is_task_text, repaired_units, tortoise_role_brackets, unit_run_on)
from rules_kit import records, units


# -- cues of each evidence kind -------------------------------------------------------------------------------

def test_bracket_label():
    assert has_bracket_label("开展体质监测。(牵头单位:某区教育局;责任单位:某区卫健委)")
    assert has_bracket_label("开展体质监测。【责任单位:某区教育局】")
    assert not has_bracket_label("开展体质监测。\n责任单位:某区教育局")
    assert not has_bracket_label("责任单位:某区教育局")  # a label opening the quote is no bracket's


def test_label_line():
    assert has_label_line("新建幼儿园2所。\n责任单位:某区教育局")
    assert not has_label_line("新建幼儿园2所。(责任单位:某区教育局)")
    assert not has_label_line("新建幼儿园2所。某区教育局负责")


def test_host_label():
    assert has_host_label("甲园读书会\n主办单位:某县文旅局\n承办单位:某县图书馆")
    assert not has_host_label("由某县文旅局主办的读书会")  # running text (U7e): no label


def test_bracket_roles_and_bare_bracket():
    assert has_bracket_roles("修缮甲园。(某区文旅局牵头,某区财政局配合)")
    assert not has_bracket_roles("修缮甲园。(责任单位:某区文旅局)")
    assert has_bare_bracket("修缮甲园。(某区文旅局、某区财政局)", ["某区文旅局", "某区财政局"])
    assert not has_bare_bracket("修缮甲园。(某区文旅局牵头)", ["某区文旅局"])
    assert not has_bare_bracket("修缮甲园(二期)工程", ["某区文旅局"])  # the names are not in the bracket


def test_table_row():
    assert is_table_row("新建幼儿园 | 某区教育局")
    assert is_table_row("新建幼儿园\n\n某区教育局")
    assert not is_table_row("新建幼儿园。\n责任单位:某区教育局")
    assert not is_table_row("由某区教育局负责新建幼儿园")


def test_evidence_kind_and_cues():
    kind, cues = evidence_of("开展体质监测。(牵头单位:某区教育局;责任单位:某区卫健委)", "开展体质监测", ["某区教育局"], ["某区卫健委"])
    assert kind == "bracket_label" and "org_shape" in cues and "task_shape" in cues
    kind, cues = evidence_of("由某区教育局负责开展体质监测", "开展体质监测", ["某区教育局"], [])
    assert kind == "prose_charge"
    kind, _ = evidence_of("某区教育局会同某区卫健委开展体质监测", "开展体质监测", ["某区教育局"], ["某区卫健委"])
    assert kind == "prose_with"
    kind, cues = evidence_of("由某办组织验收", "验收", ["某办"], [])
    assert kind == "prose_other"


# -- shapes of units and tasks --------------------------------------------------------------------------------

def test_org_name_shape():
    for u in ("某区教育局", "甲街道", "乙公司", "丙中心", "各县(市、区)", "相关部门", "13个街道", "某县人民政府"):
        assert is_org_name(u), u
    for u in ("某局牵头督导", "丙部门持续", "王某某", ""):
        assert not is_org_name(u), u
    assert all_org_names(["某区教育局", "各镇"]) and not all_org_names([]) and not all_org_names(["某局", "持续推进"])


def test_task_shape():
    assert is_task_text("新建幼儿园2所")
    for t in ("组织机构", "2031年5月", "0571-12345678", "120万元", ""):
        assert not is_task_text(t), t


# -- repairs: a unit that ran into the words after it ---------------------------------------------------------

def test_unit_run_on():
    assert unit_run_on("某团委等部门持续") == ("某团委", False)
    assert unit_run_on("乙局牵头督导") == ("乙局", True)
    assert unit_run_on("甲局") is None
    assert unit_run_on("某等部门工作站") is None  # a name that ends like an organisation
    assert unit_run_on("持续牵头督导") is None  # no organisation before 牵头


def test_repaired_units_moves_marked_leads():
    assert repaired_units([], ["甲局", "乙局", "丙局牵头督导", "丁局"]) == (["甲局", "乙局", "丙局"], ["丁局"])
    assert repaired_units(["甲局"], ["乙局等部门持续"]) == (["甲局"], ["乙局"])
    assert repaired_units(["甲局"], ["乙局"]) is None


def test_run_on_units_in_pipeline():
    text = "二、重点任务\n1.整治散乱企业。年底前完成整治。(某市生态局、某市工信局牵头督导,某市公安局、某市水务局参与)\n"
    got = units(text)
    assert ("整治散乱企业", ["某市生态局", "某市工信局"], ["某市公安局", "某市水务局"]) in got


# -- role brackets written with 〔〕 --------------------------------------------------------------------------

def test_tortoise_role_brackets():
    assert [m.group("body") for m in tortoise_role_brackets("修缮甲园。〔某省文物局牵头,各市政府配合〕")] == ["某省文物局牵头,各市政府配合"]
    assert tortoise_role_brackets("依据某府发〔2031〕8号文件") == []
    assert tortoise_role_brackets("修缮甲园。〔某省文物局、某省文旅厅〕") == []  # no role verb
    note = tortoise_role_brackets("修缮甲园。〔某局牵头,乙局参与。以下各项均需各县落实,不再列出。〕")
    assert [m.group("body") for m in note] == ["某局牵头,乙局参与"]


def test_tortoise_role_bracket_in_pipeline():
    text = "二、主要任务\n(一)保护利用文化遗产。实施甲园修缮工程,推出乙园游径。〔某省文物局、某省文旅厅牵头,各市(区)政府配合〕\n"
    assert ("保护利用文化遗产", ["某省文物局", "某省文旅厅"], ["各市(区)政府"]) in units(text)
    plain = "二、主要任务\n(一)保护利用文化遗产。依据某府发〔2031〕8号文件实施甲园修缮工程。\n"
    assert units(plain) == []


def test_cues_recorded_on_rows():
    text = "二、重点任务\n1.开展体质监测。(牵头单位:某区教育局;责任单位:某区卫健委)\n"
    rows = records(text, "unit_assignment")
    assert rows and rows[0].cues[0] == "evidence:bracket_label" and "org_shape" in rows[0].cues


# -- U3b: an unbracketed level list is split like any list ---------------------------------------------------

def test_level_list_split_on_its_commas():
    text = "二、重点任务\n1.开展体质监测。(牵头单位:某市教育局;责任单位:某市卫健委,各县、市、区政府)\n"
    assert ("开展体质监测", ["某市教育局"], ["某市卫健委", "各县", "市", "区政府"]) in units(text)
    kept = "二、重点任务\n1.开展体质监测。(牵头单位:某市教育局;责任单位:各县(市、区)政府)\n"
    assert ("开展体质监测", ["某市教育局"], ["各县(市、区)政府"]) in units(kept)


# -- a key note naming the lead with a qualifier (``为工作牵头单位``) -------------------------------------------

def test_key_note_with_work_qualifier():
    from extract.cues import key_note
    assert key_note("甲局、乙局(列第一位者为工作牵头单位或汇总单位,下同)") == ("甲局、乙局", True, True)
    assert key_note("甲局、乙局(列第一位者为牵头或汇总单位)") == ("甲局、乙局", True, False)
    assert key_note("甲局、乙局(工作专班)")[1] is False
