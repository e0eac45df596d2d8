"""The invariants of every unit list (eighth round, ``rules.unit_lists`` and the vocabulary of ``extract.roles``): each
on small made-up texts (no sentence of a real document), and over the rules' output on every development text."""

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from extract import roles
from extract.rules.unit_lists import tidy_unit_lists
from rules_kit import records, units

ROOT = Path(__file__).resolve().parents[1]


# --- the vocabulary ---------------------------------------------------------------------------------------------

def test_the_role_vocabulary_holds_each_class_once():
    assert not set(roles.LEAD_VERBS) & set(roles.HELP_VERBS)
    for word in ("协作", "参加", "协管", "支持", "落实", "配合", "参与", "协助", "协同"):
        assert roles.verb_role(word) == "responsible"
    assert roles.verb_role("牵头") == roles.verb_role("牵头负责") == "lead"
    assert roles.verb_role("负责", "lead") == "lead" and roles.verb_role("负责") == "responsible"
    assert re.fullmatch(roles.alternation(roles.LEAD_VERBS), "牵头负责")
    assert re.fullmatch(roles.DUTY_MANNER, "按职责分工") and re.fullmatch(roles.DUTY_MANNER, "根据职责")
    assert re.fullmatch(roles.RESP_LABEL, "协作单位") and re.fullmatch(roles.LEAD_LABEL, "牵头部门")


# --- each invariant, on made-up lists -----------------------------------------------------------------------------

def test_a_label_never_stays_in_a_unit_and_gives_its_role():
    assert tidy_unit_lists(["责任单位:丙县水利局"], []) == ([], ["丙县水利局"])
    assert tidy_unit_lists([], ["牵头单位:丙县水利局", "丁县农业局"]) == (["丙县水利局"], ["丁县农业局"])
    assert tidy_unit_lists([], ["【配合单位】丁县农业局"]) == ([], ["丁县农业局"])
    assert tidy_unit_lists(["丙县水利局配合单位:丁县农业局"], []) == (["丙县水利局"], ["丁县农业局"])  # run together


def test_a_role_word_closing_a_unit_decides_its_role():
    assert tidy_unit_lists([], ["丙县水利局牵头", "丁县农业局配合"]) == (["丙县水利局"], ["丁县农业局"])
    for word in ("参加", "协作", "协管", "支持", "落实", "负责落实", "积极配合", "协助"):
        assert tidy_unit_lists(["戊市园林局"], [f"己市交通局{word}"]) == (["戊市园林局"], ["己市交通局"]), word
    assert tidy_unit_lists([], ["丙县水利局牵头负责"]) == (["丙县水利局"], [])
    assert tidy_unit_lists(["丙县水利局负责"], []) == (["丙县水利局"], [])  # 负责: the list's own role
    assert tidy_unit_lists(["丙县水利局", "丁县农业局(配合)"], []) == (["丙县水利局"], ["丁县农业局"])
    assert tidy_unit_lists([], ["丙县水利局(牵头单位)", "丁县农业局(协办)"]) == (["丙县水利局"], ["丁县农业局"])
    assert tidy_unit_lists(["丙县水利局", "丁县农业局(按职责分工负责)"], []) == (["丙县水利局", "丁县农业局"], [])
    assert tidy_unit_lists([], ["丁县农业局(按职责分工)", "戊县林业局（负责）"]) == ([], ["丁县农业局", "戊县林业局"])


def test_a_list_tail_between_a_unit_and_its_role_word():
    assert tidy_unit_lists([], ["己市交通局等牵头", "庚市林业局等5个部门按职责分工负责"]) == (["己市交通局"], ["庚市林业局"])
    assert tidy_unit_lists([], ["庚市林业局等积极配合", "辛市商务局等部门协助"]) == ([], ["庚市林业局", "辛市商务局"])


def test_a_duty_phrase_is_no_part_of_a_unit():
    assert tidy_unit_lists(["庚区文广局"], ["辛区商务局按职责分工负责"]) == (["庚区文广局"], ["辛区商务局"])
    assert tidy_unit_lists([], ["辛区商务局根据职责"]) == ([], ["辛区商务局"])
    assert tidy_unit_lists([], ["辛区商务局按照各自职能分工"]) == ([], ["辛区商务局"])


def test_joints_split_with_collective_tails_kept():
    assert tidy_unit_lists([], ["壬市卫健委等部门和各区县人民政府"]) == ([], ["壬市卫健委", "各区县人民政府"])
    assert tidy_unit_lists([], ["壬市卫健委等及各镇街"]) == ([], ["壬市卫健委", "各镇街"])
    assert tidy_unit_lists([], ["壬市卫健委及相关部门"]) == ([], ["壬市卫健委", "相关部门"])
    assert tidy_unit_lists([], ["壬市卫健委以及各乡镇"]) == ([], ["壬市卫健委", "各乡镇"])
    assert tidy_unit_lists([], ["壬市卫健委与区级相关部门"]) == ([], ["壬市卫健委", "区级相关部门"])
    assert tidy_unit_lists([], ["癸县交通局等单位"]) == ([], ["癸县交通局"])
    assert tidy_unit_lists([], ["癸县交通局等5个部门"]) == ([], ["癸县交通局"])
    assert tidy_unit_lists([], ["癸县交通局等成员单位"]) == ([], ["癸县交通局"])
    assert tidy_unit_lists(["由癸县交通局"], []) == (["癸县交通局"], [])  # 由: the preposition of charge
    assert tidy_unit_lists(["壬市教育局和壬市财政局"], []) == (["壬市教育局", "壬市财政局"], [])
    assert tidy_unit_lists([], ["区委与区政府"]) == ([], ["区委", "区政府"])
    # a 和 inside a name is no joint
    for name in ("壬市人力资源和社会保障局", "壬市发展和改革委员会", "各州(市)党委和政府", "各市州及县市区", "区教育和卫生健康局"):
        assert tidy_unit_lists([name], []) == ([name], []), name


def test_a_list_left_whole_in_one_item_is_split():
    assert tidy_unit_lists([], ["未县教育局、未县财政局"]) == ([], ["未县教育局", "未县财政局"])
    assert tidy_unit_lists([], ["未县教育局;未县财政局牵头"]) == (["未县财政局"], ["未县教育局"])
    # (r18) U3b (sixteenth round): an unbracketed level list is split on its ``、``; the bracketed form stays one unit
    assert tidy_unit_lists([], ["各县、市、区政府", "各镇(开发区、街道)"]) == ([], ["各县", "市", "区政府", "各镇(开发区、街道)"])


def test_brackets_and_stray_punctuation_are_trimmed():
    assert tidy_unit_lists(["(子县教育局"], ["丑县财政局)", "、寅县林业局。"]) == (["子县教育局"], ["丑县财政局", "寅县林业局"])
    assert tidy_unit_lists(["(子县教育局)"], []) == (["子县教育局"], [])
    assert tidy_unit_lists(["各镇(街道)"], ["子县教育局(基础教育科)"]) == (["各镇(街道)"], ["子县教育局(基础教育科)"])


def test_a_role_mark_standing_alone_gives_the_unit_before_it_its_role():
    assert tidy_unit_lists([], ["巳县教育局", "(牵头)", "巳县财政局"]) == (["巳县教育局"], ["巳县财政局"])
    assert tidy_unit_lists(["巳县教育局", "巳县财政局", "(配合)"], []) == (["巳县教育局"], ["巳县财政局"])
    assert tidy_unit_lists(["牵头", "巳县教育局", "配合", "巳县财政局"], []) == (["巳县教育局", "巳县财政局"], [])
    assert tidy_unit_lists(["巳县教育局*", "巳县财政局"], []) == (["巳县教育局", "巳县财政局"], [])  # a stray mark


def test_duplicates_and_people_go_and_a_unit_may_stand_in_both_lists():
    assert tidy_unit_lists(["卯县团委", "卯县团委"], ["辰县妇联", "辰县妇联牵头"]) == (["卯县团委", "辰县妇联"], ["辰县妇联"])
    assert tidy_unit_lists(["卯县团委"], ["分管领导"]) == (["卯县团委"], [])
    assert tidy_unit_lists(["卯县团委"], ["配合单位", "相关单位"]) == (["卯县团委"], ["相关单位"])  # a label alone
    assert tidy_unit_lists(["卯县团委", "王小明"], ["辰县妇联", "李晓红"]) == (["卯县团委"], ["辰县妇联"])  # names
    assert tidy_unit_lists([], ["辰县妇联责任人:李晓红"]) == ([], ["辰县妇联"])  # a people label ends the list
    assert units("一、重点任务\n(一)修缮山区蓄水池\n改造水池120座。\n牵头部门:卯市教育局 配合部门:卯市财政局 责任人:王小明\n") \
        == [("修缮山区蓄水池", ["卯市教育局"], ["卯市财政局"])]
    assert tidy_unit_lists(["民政", "卫生健康", "县团委"], []) == (["民政", "卫生健康", "县团委"], [])  # short names
    assert tidy_unit_lists(["卯县团委(王小明)"], ["辰县妇联(分管副主任)"]) == (["卯县团委"], ["辰县妇联"])
    assert tidy_unit_lists(["学生工作部(处)", "卯县教育局(基础教育科)"], []) == (["学生工作部(处)", "卯县教育局(基础教育科)"], [])
    assert tidy_unit_lists(["卯县团委"], ["卯县团委"]) == (["卯县团委"], ["卯县团委"])  # U4: listed in both


def test_meet_gives_a_lead_and_a_helper():
    assert tidy_unit_lists([], ["巳市民政局会同午市财政局"]) == (["巳市民政局"], ["午市财政局"])


# --- the same, through the readers ------------------------------------------------------------------------------

def test_a_labelled_bracket_with_role_words_is_one_record_with_roles():
    got = units("一、扩建乡村学校食堂。(责任单位:未县教育局牵头,未县财政局配合)\n")
    assert got == [("扩建乡村学校食堂", ["未县教育局"], ["未县财政局"])]


def test_readers_leave_no_duty_phrase_joint_or_label_in_units():
    got = units("二、修缮山区蓄水池。(牵头单位:申市水务局;责任单位:申市农业局按职责分工负责)\n")
    assert got == [("修缮山区蓄水池", ["申市水务局"], ["申市农业局"])]
    got = units("四、新建村卫生室。(责任单位:酉市卫健委等部门和各区县人民政府)\n")
    assert got == [("新建村卫生室", [], ["酉市卫健委", "各区县人民政府"])]
    got = units("一、重点任务\n修缮山区蓄水池,改造水池120座。(亥市教育局牵头,亥市财政局以及各县区政府配合)\n")
    assert got == [("修缮山区蓄水池", ["亥市教育局"], ["亥市财政局", "各县区政府"])]  # not ``亥市财政局以``
    got = units("五、新建村文化室。(牵头单位:戌市文旅局;责任单位:戌市财政局落实)\n")
    assert got == [("新建村文化室", ["戌市文旅局"], ["戌市财政局"])]
    table = ("附件\n重点任务分工表\n序号 |\n重点任务 |\n牵头单位 |\n责任单位 |\n1 |\n修缮山区蓄水池 |\n亥市水务局 |\n"
             "亥市农业局及各县区政府 |\n2 |\n建设一批乡村供水站 |\n亥市水务局 |\n亥市林草局按职责分工负责 |\n")
    got = units(table)
    assert ("修缮山区蓄水池", ["亥市水务局"], ["亥市农业局", "各县区政府"]) in got
    assert ("建设一批乡村供水站", ["亥市水务局"], ["亥市林草局"]) in got


# --- every development text -------------------------------------------------------------------------------------

_VERB_END = re.compile(rf"(?:{roles.alternation(roles.ROLE_VERBS)}(?:单位|部门)?[)）]?|{roles.DUTY_MANNER})$")
_LABEL = re.compile(rf"(?:{roles.LEAD_LABEL}|{roles.RESP_LABEL})\s*[:：】〕\]]")
_JOINT = re.compile(r"等(?:有关|相关)?(?:部门|单位)?(?:及|和|与|以及)|(?:等|及)$")
_PUNCT_END = re.compile(r"^[、,，;；。.:：“”\s]|[、,，;；。.:：“”\s]$")


_LOST_CLOSE = re.compile(r"[(（〈<][\u4e00-\u9fff、]{2,}$")


def _balanced(u: str) -> bool:
    """Brackets closed in order; one note bracket opened inside the name and running to its end without a close is the
    scraper's lost bracket (U4b: the name is kept as written, ``甲区政府(含新区``), not the extractor's fault."""
    if _LOST_CLOSE.search(u) and not any(c in u for c in ")）〉>"):
        u = _LOST_CLOSE.sub("", u)
    depth = 0
    for c in u:
        depth += c in "(（【〔<〈《"
        depth -= c in ")）】〕>〉》"
        if depth < 0:
            return False
    return depth == 0


def unit_name_faults(name: str) -> list[str]:
    """The invariants a predicted unit name breaks (empty when it keeps them all)."""
    faults = []
    if not name or name == "/":
        faults.append("empty")
    if _LABEL.search(name) or ":" in name or "：" in name:
        faults.append("label")
    if _VERB_END.search(name):
        faults.append("role word")
    if _JOINT.search(name):
        faults.append("joint")
    if _PUNCT_END.search(name) or not _balanced(name):
        faults.append("punctuation")
    if re.search(r"(?:领导|负责人|责任人|联系人)$", name):
        faults.append("people")
    return faults


@lru_cache(maxsize=1)
def dev_unit_rows():
    from extract.pipeline import process_document, read_document

    docs = []
    for gold in sorted((ROOT / "eval/gold").glob("*.jsonl")) + sorted((ROOT / "eval/gold/wild").glob("*.jsonl")):
        lines = [json.loads(ln) for ln in gold.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("//")]
        if any(r["type"] == "unit_assignment" for r in lines):
            docs.append(gold.stem)
    rows = []
    for doc in docs:
        path = next((p for p in (ROOT / "data/docs" / f"{doc}.txt", ROOT / "data/docs/wild" / f"{doc}.txt") if p.exists()),
                    None)
        if path is None:
            continue
        for r in process_document(read_document(path), "rules").records:
            if r.type == "unit_assignment":
                rows.append((doc, r))
    return rows


@pytest.mark.skipif(not (ROOT / "data/docs/wild").exists(), reason="the development texts are not here")
def test_every_unit_of_every_development_text_keeps_the_invariants():
    rows = dev_unit_rows()
    assert len(rows) > 200
    bad = []
    for doc, r in rows:
        for name in r.lead_units + r.responsible_units:
            if unit_name_faults(name):
                bad.append((doc, name, unit_name_faults(name)))
        if len(set(r.lead_units)) != len(r.lead_units) or len(set(r.responsible_units)) != len(r.responsible_units):
            bad.append((doc, r.task, ["duplicate"]))
    assert bad == []


def test_the_dev_check_knows_a_bad_name():
    assert unit_name_faults("责任单位:甲局") == ["label"]
    assert unit_name_faults("甲局牵头") == ["role word"]
    assert unit_name_faults("甲局按职责分工负责") == ["role word"]
    assert unit_name_faults("甲局等部门和各区县政府") == ["joint"]
    assert unit_name_faults("甲局)") == ["punctuation"]
    assert unit_name_faults("甲局(") == ["punctuation"] and unit_name_faults("甲区政府)含新区(") == ["punctuation"]
    assert unit_name_faults("甲区政府〈含新区") == [] and unit_name_faults("甲区政府(含新区") == []
    assert unit_name_faults("各镇(开发区、街道)") == [] and unit_name_faults("区人力资源和社会保障局") == []


# --- a word of a class is known to every reader (``extract.roles``) ----------------------------------------------

def test_every_reader_knows_every_helping_and_leading_word():
    head = "一、重点任务\n"
    got = units(head + "修缮山区蓄水池,改造水池120座。(乙市水务局牵头,乙市农业局协作)\n")
    assert got == [("修缮山区蓄水池", ["乙市水务局"], ["乙市农业局"])]
    got = units(head + "修缮山区蓄水池,改造水池120座。(乙市水务局主责,乙市农业局参加)\n")
    assert got == [("修缮山区蓄水池", ["乙市水务局"], ["乙市农业局"])]
    for label in ("参加单位", "协作单位"):
        got = units(head + f"修缮山区蓄水池,改造水池120座。(牵头单位:乙市水务局;{label}:乙市农业局)\n")
        assert got == [("修缮山区蓄水池", ["乙市水务局"], ["乙市农业局"])], label
    got = units(head + "修缮山区蓄水池,改造水池120座。乙市水务局牵头;乙市农业局支持;各县政府落实\n")
    assert got == [("修缮山区蓄水池,改造水池120座", ["乙市水务局"], ["乙市农业局", "各县政府"])]
    got = units(head + "修缮山区蓄水池,由乙市水务局牵头,乙市农业局、乙市林草局协作。\n")
    assert got == [("修缮山区蓄水池", ["乙市水务局"], ["乙市农业局", "乙市林草局"])]


def test_a_role_list_holding_a_unit_with_its_own_bracket():
    got = units("一、重点任务\n修缮山区蓄水池,改造水池120座。(乙市水务局牵头,各县(市、区)人民政府负责落实)\n")
    assert got == [("修缮山区蓄水池", ["乙市水务局"], ["各县(市、区)人民政府"])]
    got = units("一、重点任务\n修缮山区蓄水池,改造水池120座。(由乙市水务局牵头,乙市农业局配合)\n")
    assert got == [("修缮山区蓄水池", ["乙市水务局"], ["乙市农业局"])]


def test_a_deadline_part_in_a_role_list_names_no_unit():
    got = units("一、重点任务\n修缮山区蓄水池,改造水池120座。(乙市水务局、乙市农业局负责,2031年底前完成)\n")
    assert got == [("修缮山区蓄水池", [], ["乙市水务局", "乙市农业局"])]
    got = units("一、重点任务\n修缮山区蓄水池,改造水池120座。(乙市水务局牵头,乙市农业局配合,2031年6月底前完成)\n")
    assert got == [("修缮山区蓄水池", ["乙市水务局"], ["乙市农业局"])]


def test_role_parts_after_a_task_are_no_part_of_it():
    got = units("一、重点任务\n修缮山区蓄水池,由乙市水务局牵头,乙市农业局等部门按职责分工负责。\n")
    assert got == [("修缮山区蓄水池", ["乙市水务局"], ["乙市农业局"])]
    got = units("一、重点任务\n修缮山区蓄水池,由乙市水务局、乙市农业局按职责分工负责。\n")
    assert got == [("修缮山区蓄水池", [], ["乙市水务局", "乙市农业局"])]  # shared: no lead


def test_a_table_cell_of_role_parts_with_any_role_word():
    table = ("附件\n重点任务分工表\n序号 |\n重点任务 |\n责任单位 |\n1 |\n修缮山区蓄水池 |\n丙市水务局主责,丙市农业局参加 |\n"
             "2 |\n建设一批乡村供水站 |\n丙市水务局牵头,丙市林草局协作 |\n")
    got = units(table)
    assert ("修缮山区蓄水池", ["丙市水务局"], ["丙市农业局"]) in got
    assert ("建设一批乡村供水站", ["丙市水务局"], ["丙市林草局"]) in got
    assert len(got) == 2


def test_units_numbered_in_their_cell():
    from extract.cues import is_unit_cell

    assert is_unit_cell("1.午县水务局 2.午县农业局") and not is_unit_cell("建成8个书画工作坊")
    assert tidy_unit_lists(["1.午县水务局", "②午县农业局", "(3)午县林业局"], []) == (["午县水务局", "午县农业局", "午县林业局"], [])
    table = ("附件\n重点任务分工表\n序号 |\n重点任务 |\n责任单位 |\n1 |\n修缮山区蓄水池 |\n1.午县水务局 2.午县农业局 |\n"
             "2 |\n建设一批乡村供水站 |\n午县林业局 |\n")
    assert ("修缮山区蓄水池", ["午县水务局", "午县农业局"], []) in units(table)


def test_a_unit_heading_with_its_lead_mark_owns_the_items_below():
    got = units("二、分工\n(一)子县教育局(牵头)\n1.修缮山区学校校舍。\n2.新建乡村幼儿园。\n")
    assert got == [("修缮山区学校校舍", ["子县教育局"], []), ("新建乡村幼儿园", ["子县教育局"], [])]


def test_a_labelled_bracket_with_a_schedule_or_people_label_is_read_whole():
    head = "一、重点任务\n修缮山区蓄水池,改造水池120座。"
    got = units(head + "(牵头单位:丑市教育局 责任单位:丑市财政局 完成时限:2031年底)\n")
    assert got == [("修缮山区蓄水池", ["丑市教育局"], ["丑市财政局"])]
    got = units(head + "(责任单位:丑市教育局;完成时限:2031年6月)\n")
    assert got == [("修缮山区蓄水池", [], ["丑市教育局"])]  # not a unit ``完成``
    got = units(head + "(牵头领导:王小明;牵头单位:丑市教育局)\n")
    assert got == [("修缮山区蓄水池", ["丑市教育局"], [])]  # the task is before the bracket, not ``(``


def test_the_invariants_hold_in_traditional_script():
    head = "一、重點任務\n修繕山區蓄水池,改造水池120座。"
    assert units(head + "(甲市水務局牽頭,甲市農業局協作)\n") == [("修缮山区蓄水池", ["甲市水务局"], ["甲市农业局"])]
    assert units(head + "(責任單位:甲市水務局牽頭,甲市農業局按職責分工負責)\n") == [
        ("修缮山区蓄水池", ["甲市水务局"], ["甲市农业局"])]
    assert units(head + "(責任單位:甲市水務局等部門和各區縣人民政府)\n") == [
        ("修缮山区蓄水池", [], ["甲市水务局", "各区县人民政府"])]


def test_the_assisting_clause_after_a_task_led_by_a_unit():
    got = units("一、重点任务\n校舍改造工作由酉县教育局牵头,酉县财政局等部门和各乡镇协作。\n")
    assert got == [("校舍改造工作", ["酉县教育局"], ["酉县财政局", "各乡镇"])]
    got = units("一、重点任务\n校舍改造工作由酉县教育局负责,酉县财政局协助。\n")
    assert got == [("校舍改造工作", ["酉县教育局"], ["酉县财政局"])]


def test_a_role_mark_on_a_line_of_its_own_inside_a_unit_cell():
    hdr = "附件\n重点任务分工表\n序号 |\n重点任务 |\n责任单位 |\n"
    table = hdr + "1 |\n修缮山区蓄水池 |\n戌市水务局\n(牵头)\n戌市农业局 |\n2 |\n建设一批乡村供水站 |\n戌市林草局 |\n"
    assert ("修缮山区蓄水池", ["戌市水务局"], ["戌市农业局"]) in units(table)


def test_random_made_up_brackets_keep_the_invariants():
    """Made-up task lines closed by brackets of every kind the readers take, their lists joined with every joint, tail,
    role word and duty phrase: every unit read keeps the invariants."""
    import random

    rnd = random.Random(8)
    places, offices = ["甲市", "乙县", "丙区"], ["教育局", "财政局", "人社局", "卫健委", "水务局", "农业农村局", "团委",
                                                 "发展和改革委员会"]
    tails = ["各县区人民政府", "各乡镇(街道)", "相关部门", "区级相关部门", "各县(市、区)政府"]
    helps = ["配合", "参与", "参加", "协助", "协作", "协同", "支持", "落实", "负责落实", "按职责分工负责", "积极配合"]

    def unit():
        return rnd.choice(places) + rnd.choice(offices)

    def listed(n=0):
        s = rnd.choice(["、", ","]).join(unit() for _ in range(n or rnd.randint(1, 3)))
        r = rnd.random()
        if r < 0.4:
            s += rnd.choice(["等部门和", "等及", "及", "以及", "与", "等部门,"]) + rnd.choice(tails)
        elif r < 0.6:
            s += rnd.choice(["等", "等单位", "等5个部门", "等有关部门"])
        return s

    shapes = [lambda: f"(牵头单位:{listed(1)};责任单位:{listed()}{rnd.choice(['', rnd.choice(helps)])})",
              lambda: f"({listed(1)}牵头,{listed()}{rnd.choice(helps)})",
              lambda: f"(责任单位:{listed(1)}牵头,{listed()}{rnd.choice(helps)})",
              lambda: f"(责任单位:{listed()})",
              lambda: f"({unit()}(牵头)、{listed()})",
              lambda: f"(牵头单位:{unit()};配合单位:{listed()};完成时限:2031年底)"]
    bad = []
    for _ in range(120):
        b = rnd.choice(shapes)()
        for r in records("一、重点任务\n修缮山区蓄水池,改造水池120座。" + b + "\n", "unit_assignment"):
            bad += [(b, u) for u in r.lead_units + r.responsible_units if unit_name_faults(u)]
    assert bad == []


def test_masked_place_stars_stay_bold_stars_go():  # (r25 unitB25)
    from extract.rules.unit_lists import masked_place, tidy_unit_lists
    assert masked_place("***公安分局") == "***"
    assert masked_place("**乡卫生院") == "**"
    assert masked_place("**广播电视台") == "**"  # (unitA25's masked outlet: two stars before any name)
    assert masked_place("**财务科**") is None and masked_place("*财务科") is None
    assert tidy_unit_lists(["***公安分局", "**乡卫生院"], ["**财务科**"]) == (["***公安分局", "**乡卫生院"], ["财务科"])


def test_named_pair_split_at_its_joint():  # (r25 unitB25) ``甲局和乙委``: two offices, as the last pair of a list is
    from extract.rules.units import split_units
    assert split_units("县林业局和县水利局") == ["县林业局", "县水利局"]
    assert split_units("市卫健委与市医保局") == ["市卫健委", "市医保局"]
    assert split_units("文化和旅游局") == ["文化和旅游局"]  # one name
    assert split_units("有关股室和下属单位") == ["有关股室和下属单位"]  # one collective (U3)
    assert split_units("县林业局及其所属林场") == ["县林业局及其所属林场"]
    from rules_kit import units
    assert units("开展河道巡查。(责任单位:县林业局和县水利局)\n") == [("开展河道巡查", [], ["县林业局", "县水利局"])]


def test_outer_bracket_cut_by_the_page_end():  # (r25 unitB25) ``…。[甲委(乙局)`` and the excerpt ends
    from rules_kit import units
    text = "1.规范农贸市场管理。(县市场监管局负责)\n2.开展储备粮质量抽检。[县发展改革委(粮食和物资储备局)"
    assert ("开展储备粮质量抽检", [], ["县发展改革委(粮食和物资储备局)"]) in units(text)
    text = "1.规范农贸市场管理。(县市场监管局负责)\n2.开展储备粮质量抽检。[详见附表"
    assert all(t != "开展储备粮质量抽检" for t, _, _ in units(text))


def test_body_with_its_own_parts_stays_one():  # (r25 unitB25)
    from extract.rules.units import split_units
    assert split_units("县卫健局及下属医疗机构") == ["县卫健局及下属医疗机构"]
    assert split_units("县卫健局及县医保局") == ["县卫健局", "县医保局"]


def test_names_glued_where_blanks_were_dropped():  # (r25 unitB25) ``某口县妇联 某口县团委`` after normalising
    from extract.rules.units import split_units
    assert split_units("石门县妇联石门县团委石门县科协石门县新华书店") == ["石门县妇联", "石门县团委", "石门县科协", "石门县新华书店"]
    assert split_units("中共石门县委宣传部石门县文旅广体局") == ["中共石门县委宣传部", "石门县文旅广体局"]
    assert split_units("市自然资源局东湖区分局") == ["市自然资源局东湖区分局"]  # a branch of the office
    assert split_units("市人力资源社会保障局") == ["市人力资源社会保障局"]
    from rules_kit import units
    text = ("石门县读书节活动方案\n一、活动主题\n书香石门 阅读未来\n二、主、承办单位\n主办单位:中共石门县委宣传部 石门县文旅广体局\n"
            "承办单位:石门县图书馆\n协办单位:石门县妇联 石门县团委 石门县科协\n三、活动时间\n4月23日\n")
    assert [(l, r) for _, l, r in units(text)] == [(["中共石门县委宣传部", "石门县文旅广体局"],
                                                    ["石门县图书馆", "石门县妇联", "石门县团委", "石门县科协"])]


def test_helpers_of_a_with_clause_end_before_a_title():
    """U4c/U7: ``X会同Y、Z印发《…》``: the helpers end at ``印发`` (never ``Z印发《关于``, a name with a title's bracket in
    it), the task is the issuing of the title."""
    from extract.rules.unit_charge_finders import find_charge_clauses

    [hit] = find_charge_clauses("某市甲局会同乙局、丙局印发《关于开展示例工作的通知》。")
    assert hit.lead == ["某市甲局"] and hit.responsible == ["乙局", "丙局"] and hit.task == "印发《关于开展示例工作的通知》"
    [hit] = find_charge_clauses("某县甲局会同乙局出台“示例十条”。")
    assert hit.responsible == ["乙局"] and hit.task.startswith("出台")
