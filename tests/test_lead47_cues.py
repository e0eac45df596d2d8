"""(lead47) Unit-row cues from the opened forward batches (w89-*, w90-*, w91-*, w92-*, w93-*), read at the thirty-sixth
round's first session, each on made-up text."""
from extract.cues import is_unit_cell
from extract.data import Document
from extract.prepared import prepare
from extract.rules import RulesExtractor
from extract.rules.unit_directed_offices import directed_offices
from extract.rules.unit_duty_items import item_subject
from extract.rules.unit_prose import is_duty
from extract.rules.unit_semicolon_division import semicolon_division_rows


def _rows(text: str):
    doc = Document(doc_id="t", path="t", text=text, encoding="utf-8", sha256=Document.hash_text(text))
    return sorted((r.task, tuple(r.lead_units), tuple(r.responsible_units))
                  for r in RulesExtractor().extract(prepare(doc)) if r.type == "unit_assignment")


def test_a_law_paragraph_number_opens_the_owner_lead_in():
    rows = _rows("第2條(權限職掌)\n〔1〕本署掌理下列事項:\n一、甲類學校教育政策之規劃及督導。\n二、乙類學校一般教育事項之規劃。")
    assert [r[1] for r in rows] == [("本署",), ("本署",)]


def test_ordinal_sections_glued_on_one_line_are_heads_of_their_own():
    rows = _rows("某某處 第一科:掌甲類預算等事項 第二科:掌乙類人事事項 第三科:掌丙類經費審核")
    assert sorted(r[1] for r in rows) == [("第一科",), ("第三科",), ("第二科",)]
    assert all("第" not in r[0] for r in rows)  # no task runs into the next section's name


def test_ordinal_glue_needs_an_ordinal_head_or_two_glued():
    rows = _rows("甲局:负责乙事项第二科:丙事项")
    assert ("第二科",) not in [r[1] for r in rows]


def test_a_time_set_by_an_event_opens_a_duty():
    assert is_duty("开会前,通知有关单位到场。")
    assert is_duty("活动期间,维护现场秩序。")
    assert not is_duty("开会前,")


def test_numbered_duty_lines_apart_by_a_contact_note_make_one_run():
    rows = _rows("三、各部门工作职责\n1.甲办:会前,通知有关路段的施工单位停工。\n清除道路两侧的杂物。\n"
                 "(责任人:某某 电话)\n2.乙中队:会议期间,派出足够的警力维护秩序。")
    assert sorted(r[1] for r in rows) == [("乙中队",), ("甲办",)]


def test_the_lead_in_its_own_clause_after_a_purpose_and_a_date():
    rows = _rows("为切实保障学生安全,3月2日至3月9日,甲县文体局牵头,联合乙局、丙局开展校外培训机构的联合检查。")
    assert rows == [("开展校外培训机构的联合检查", ("甲县文体局",), ("乙局", "丙局"))]


def test_a_banner_name_is_no_time_word():
    rows = _rows("某某后旗甲局牵头,联合乙局、丙局开展校外培训机构的检查。")
    assert rows and rows[0][1] == ("某某后旗甲局",)


def test_a_sign_is_no_instruction():
    assert directed_offices("检查疏散指示标志等是否符合《某某机构消防安全规定》要求") == []
    assert directed_offices("县长指示甲局抓紧修复球场的围栏")


def test_a_division_run_into_one_sentence_by_semicolons():
    text = "各部门依据职责分工精准发力:甲局重点检查收费行为;乙局重点检查消防设施;丙局与丁局联合排查资质审批。"
    rows = semicolon_division_rows(text, is_unit_cell)
    assert [r[3] for r in rows] == [["甲局"], ["乙局"], ["丙局", "丁局"]]
    assert rows[0][2] == "重点检查收费行为"


def test_a_single_subject_clause_is_no_division():
    assert semicolon_division_rows("各部门职责分工:甲局重点检查收费行为;其他事项另行通知。", is_unit_cell) == []


def test_a_matter_before_you_names_no_unit():
    assert item_subject("甲证明由乙局审核。", is_unit_cell) == (len("甲证明由乙局"), ["乙局"])
    assert item_subject("甲证明由各镇政府审核。", is_unit_cell) is None


def test_a_place_word_ends_no_office_name():
    assert item_subject("户籍所在地政府出具证明。", is_unit_cell) is None


def test_a_division_heading_run_into_its_first_head():
    rows = _rows("(二)职责分工甲局:负责甲事项的治理,参与规划。乙局:负责乙事项的治理。")
    assert sorted(r[1] for r in rows) == [("乙局",), ("甲局",)]
