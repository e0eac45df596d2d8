"""(lead46) Unit-row cues from the open texts (w56-*, w84-*, w85-*), read at the thirty-fifth round's second session,
each on made-up text: a list of bodies before a comma and its charge, a charge by ``牵头`` carried from the sentence's
subject, ``X会同有关部门`` with or without a comma, and a body's name read with its setting-up verb."""
from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.unit_set_up_names import without_set_up_verb, without_set_up_verbs


def _rows(text: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return sorted((r.task, tuple(r.lead_units), tuple(r.responsible_units))
                  for r in RulesExtractor().extract(prepare(doc)) if r.type == "unit_assignment")


def test_a_list_of_bodies_then_a_comma_leads_the_charge_together():
    rows = _rows("三、抓好校车管理\n\n某县公安局、某县教育局、某县交警大队,负责民办学校校车的核查,各镇政府牵头组织辖区学校开展自查。")
    assert ("民办学校校车的核查", ("某县公安局", "某县教育局", "某县交警大队"), ()) in rows


def test_a_collective_in_the_list_gives_no_joint_charge():
    rows = _rows("三、抓好校车管理\n\n各镇政府、某县教育局,负责民办学校校车的核查。")
    assert not any("各镇政府" in r[1] for r in rows)


def test_a_later_clause_leads_with_qian_tou_for_the_subject():
    rows = _rows("2. 建立联控机制。某县司法局要推动落实普法责任制,牵头做好面向农村的法治宣传教育工作。")
    assert rows == [("做好面向农村的法治宣传教育工作", ("某县司法局",), ())]


def test_a_qian_tou_unit_label_is_no_charge():
    assert _rows("2. 建立联控机制。某县司法局要推动落实普法责任制,牵头单位要加强督促。") == []


def test_with_the_relevant_departments_after_a_comma():
    rows = _rows("一、主要工作\n\n某省教育厅会同有关部门,结合本省实际,也制订了一批配套文件。")
    assert rows == [("制订了一批配套文件", ("某省教育厅",), ("有关部门",))]
    rows = _rows("三、保障措施\n\n某县教育局会同有关部门制订配套文件。")
    assert rows == [("制订配套文件", ("某县教育局",), ("有关部门",))]


def test_a_notices_oversight_with_the_relevant_departments_is_no_row():
    text = "各乡镇,区级各部门:\n现将目标任务分解下达你们,请认真组织实施。区督查室将会同有关部门对实施情况进行常态化督查。"
    assert _rows(text) == []


def test_a_body_set_up_and_charged_at_once_is_named_without_the_verb():
    assert without_set_up_verb("下设防汛办公室") == "防汛办公室"
    assert without_set_up_verb("成立安全工作领导小组") == "安全工作领导小组"
    assert without_set_up_verb("成立") == "成立"
    assert without_set_up_verb("区教育局") == "区教育局"
    assert without_set_up_verbs(["甲局", "下设办公室"]) == ["甲局", "办公室"]
    rows = _rows("二、组织机构\n成立某镇防汛工作领导小组,下设防汛办公室负责日常业务工作。")
    assert ("日常业务工作", ("防汛办公室",), ()) in rows
