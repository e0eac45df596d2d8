"""Unit-assignment cues of the seventh round (``extract.rules.unit_prose``), each on a small made-up text
(no sentence of a real document)."""

from extract.rules.unit_prose import (counted_lead_list, duty_unit, find_prose_lists, role_of_verb, sharers_then_tasks,
                                      task_then_sharers, unit_duty_blocks)
from rules_kit import units


def _rows(hits):
    return [(h.task, h.lead, h.responsible) for h in hits]


# -- the roles of the closing verb -------------------------------------------------------------------
def test_a_shared_verb_names_no_lead():
    assert role_of_verb("分工负责") == "responsible"
    assert role_of_verb("按职责分工负责") == "responsible"
    assert role_of_verb("共同负责") == "responsible"
    assert role_of_verb("配合") == "responsible"
    assert role_of_verb("牵头") == "lead"
    assert role_of_verb("牵头负责") == "lead"
    assert role_of_verb("负责") == "lead"


# -- counted_lead_list ----------------------------------------------------------------------------
def test_tasks_counted_and_listed_after_their_lead():
    text = "果园办参与的工作共5项,有2项由丙县花木局牵头,分别是扩种蓝果、红果;修缮灌溉渠。"
    hits = counted_lead_list(text)
    assert _rows(hits) == [("扩种蓝果、红果", ["丙县花木局"], []), ("修缮灌溉渠", ["丙县花木局"], [])]
    assert text[hits[0].start:hits[0].end] == "有2项由丙县花木局牵头,分别是扩种蓝果、红果"  # the first quote holds the count
    assert hits[0].cue == "counted_lead_list"


def test_a_count_after_the_lead_and_a_helping_unit():
    assert _rows(counted_lead_list("丁市农机站配合的任务有两项,包括:检修农机;培训机手。")) == [
        ("检修农机", [], ["丁市农机站"]), ("培训机手", [], ["丁市农机站"])]


def test_a_count_of_no_unit_is_no_list():
    assert counted_lead_list("有3项由各果农牵头,分别是剪枝;施肥。") == []  # a collective of people, no unit
    assert counted_lead_list("全年有3项由我们牵头,分别是剪枝;施肥。") == []


# -- task_then_sharers -----------------------------------------------------------------------------
def test_a_task_then_the_units_that_share_it():
    text = "两局还参与多项工作。比如,扩建苗圃,培育新品种,由戊县林业局、己县水利局等分工负责。"
    hits = task_then_sharers(text)
    assert _rows(hits) == [("扩建苗圃,培育新品种", [], ["戊县林业局", "己县水利局"])]
    assert text[hits[0].start:hits[0].end].startswith("扩建苗圃")  # the connective ``比如,`` is left out


def test_a_task_then_its_lead():
    assert _rows(task_then_sharers("整治河道沿岸环境,由庚区水务局牵头负责。")) == [("整治河道沿岸环境", ["庚区水务局"], [])]


def test_a_clause_that_names_no_unit_or_no_task_is_not_read():
    assert task_then_sharers("整治河道沿岸环境,由各村自行负责。") == []
    assert task_then_sharers("其中的分工,主要由辛县水务局牵头负责。") == []  # ``主要由``: a summary, no task
    assert task_then_sharers("此事,由辛县水务局负责。") == []  # too short for a task


# -- sharers_then_tasks ----------------------------------------------------------------------------
def test_units_that_share_the_tasks_listed_after_them():
    text = "方案要求,壬县农业局、癸县商务局等分工负责拓宽果品销路;举办采摘节;培育果品品牌。"
    hits = sharers_then_tasks(text)
    shared = ["壬县农业局", "癸县商务局"]
    assert _rows(hits) == [("拓宽果品销路", [], shared), ("举办采摘节", [], shared), ("培育果品品牌", [], shared)]
    assert text[hits[0].start:hits[0].end] == "壬县农业局、癸县商务局等分工负责拓宽果品销路"


def test_a_single_charge_is_left_to_the_charge_clauses():
    assert sharers_then_tasks("壬县农业局负责拓宽果品销路;举办采摘节。") == []  # not shared: U7's ``X负责Y``


# -- unit_duty_blocks ------------------------------------------------------------------------------
def test_units_each_followed_by_their_duties():
    text = ("甲市花木局:负责蓝果种植的技术指导,培训果农;配合做好果园规划。 乙市水务局:保障果园灌溉用水。 "
            "丙市农机站: 1.组织农机下乡; 2.检修灌溉设备,建立台账。")
    assert _rows(unit_duty_blocks(text)) == [
        ("负责蓝果种植的技术指导", ["甲市花木局"], []),
        ("保障果园灌溉用水", ["乙市水务局"], []),
        ("组织农机下乡", ["丙市农机站"], []),
        ("检修灌溉设备", ["丙市农机站"], [])]


def test_numbered_heads_and_an_agency_with_a_short_name():
    text = "三、各机关任务如下: (一)本部: 1.本办法之拟订。 2.经费之核拨。 (二)本部果树发展署(以下简称果发署): 1.苗木之采购。"
    hits = unit_duty_blocks(text)
    assert _rows(hits) == [("本办法之拟订", ["本部"], []), ("经费之核拨", ["本部"], []),
                           ("苗木之采购", ["本部果树发展署"], [])]
    assert text[hits[0].start:hits[0].end] == "(一)本部: 1.本办法之拟订"


def test_a_lone_unit_colon_or_a_contact_line_is_no_duty_block():
    assert unit_duty_blocks("甲市花木局:今年将新增果园20亩。") == []  # one unit: a quote in a report
    assert unit_duty_blocks("甲市花木局:0123-4567890 乙市水务局:0123-7654321") == []


def test_an_agency_end_is_no_deployment():
    assert duty_unit("本部果树发展署") == ["本部果树发展署"]
    assert duty_unit("工作部署") is None
    assert duty_unit("合同签署") is None
    assert duty_unit("甲县花木局") == ["甲县花木局"]
    assert duty_unit("工作要求") is None


# -- the module's cues together, and through the pipeline -----------------------------------------
def test_prose_lists_keep_the_first_cue_of_an_overlap():
    hits = find_prose_lists("有2项由丙县花木局牵头,分别是扩种蓝果;修缮灌溉渠。")
    assert [h.cue for h in hits] == ["counted_lead_list", "counted_lead_list"]


def test_a_news_report_of_a_division_of_work_through_the_pipeline():
    text = ("果园整治分工出台\n\n"
            "需要丙县花木局参加的工作共4项,有2项由丙县花木局牵头,分别是扩种蓝果;修缮灌溉渠。"
            "另外,培育果品品牌,由丁县商务局、丙县花木局等分工负责。\n")
    assert units(text) == [("扩种蓝果", ["丙县花木局"], []), ("修缮灌溉渠", ["丙县花木局"], []),
                           ("培育果品品牌", [], ["丁县商务局", "丙县花木局"])]


# -- unit cells and glued names -------------------------------------------------------------------
def test_a_list_that_opens_with_a_task_verb_is_no_unit_cell():
    from extract.cues import is_unit_cell
    assert not is_unit_cell("推进县果园站、苗圃改扩建。")
    assert not is_unit_cell("加强乙镇农机站、丙镇花木站建设")
    assert is_unit_cell("组织部、建设局")  # names that open like a verb
    assert is_unit_cell("新建区花木局")
    assert is_unit_cell("县果园站、县苗圃")


def test_a_section_glued_to_the_next_unit_is_split():
    from extract.rules.units import split_units
    assert split_units("果树推广股农技站") == ["果树推广股", "农技站"]
    assert split_units("甲县蓝果股份有限公司") == ["甲县蓝果股份有限公司"]  # 股份: no section
    assert split_units("各股室") == ["各股室"]


def test_the_units_after_a_task_without_by_or_in_a_sentence_of_their_own():
    assert _rows(task_then_sharers("疏浚灌溉水渠,甲县水务局、乙县农机站等分工负责。")) == [
        ("疏浚灌溉水渠", [], ["甲县水务局", "乙县农机站"])]
    assert _rows(task_then_sharers("年内建成蓝果冷库两座。丙县商务局牵头负责。")) == [("年内建成蓝果冷库两座", ["丙县商务局"], [])]
    assert task_then_sharers("年内建成蓝果冷库两座。果农负责。") == []  # people, no unit


# -- the labels and columns of agencies' plans (主办机关 / 协办机关) ----------------------------------------
def test_agency_labels_in_running_text():
    assert units("三、工作项目\n(一)推广蓝果种植,扩大种植面积。(主办机关:甲部农粮署;协办机关:各县市政府)\n") == [
        ("推广蓝果种植,扩大种植面积", ["甲部农粮署"], ["各县市政府"])]


def test_agency_columns_in_a_table():
    from extract.cues import column_role
    assert column_role("主办机关") == "lead"
    assert column_role("协办机关") == "responsible"
    assert units("工作项目 | 主办机关 | 协办机关\n推广蓝果种植 | 甲部农粮署 | 各县市政府\n扩建果品冷库 | 乙部商业司 | 甲部农粮署\n") == [
        ("推广蓝果种植", ["甲部农粮署"], ["各县市政府"]), ("扩建果品冷库", ["乙部商业司"], ["甲部农粮署"])]


def test_an_agency_name_ends_in_shu_but_a_deployment_does_not():
    from extract.cues import is_unit_cell
    assert is_unit_cell("甲部农粮署")
    assert not is_unit_cell("工作部署")
    assert not is_unit_cell("协议签署")


# -- a division of duties written a unit a paragraph -----------------------------------------------
def test_a_duty_is_no_phone_number_or_name():
    from extract.rules.unit_prose import is_duty, opens_with_duty_head
    assert is_duty("负责蓝果种植的技术指导。")
    assert not is_duty("0123-4567890")
    assert not is_duty("王小明")
    assert opens_with_duty_head("甲县花木局:负责蓝果种植的技术指导。")
    assert not opens_with_duty_head("甲县花木局:王小明")
    assert not opens_with_duty_head("按照要求,甲县花木局:负责…")


def test_duties_a_unit_a_paragraph_through_the_pipeline():
    text = ("四、职责分工\n\n甲县花木局:负责蓝果种植的技术指导,培训果农。\n\n乙县水务局:保障果园灌溉用水;修缮水渠。\n\n"
            "五、保障措施\n\n加强领导。\n")
    assert units(text) == [("负责蓝果种植的技术指导", ["甲县花木局"], []), ("保障果园灌溉用水", ["乙县水务局"], [])]


def test_a_lone_unit_paragraph_is_no_run():
    assert units("果园新闻\n\n甲县花木局:今年将新增蓝果果园二十亩。\n\n记者从会上获悉,果园已开工。\n") == []
    assert units("联系方式\n\n甲县花木局:0123-4567890\n\n乙县水务局:0123-7654321\n") == []


def test_a_task_then_role_parts_without_brackets():
    from extract.rules.unit_prose import task_then_roles
    hits = task_then_roles("完善果品追溯体系,建立台账,由甲县商务局牵头,乙县农业局、丙县市场监管局配合。")
    assert _rows(hits) == [("完善果品追溯体系,建立台账", ["甲县商务局"], ["乙县农业局", "丙县市场监管局"])]
    assert hits[0].cue == "task_then_roles"
    assert task_then_roles("完善果品追溯体系,甲县商务局牵头,果农配合。") == []  # people, no unit
    assert task_then_roles("完善果品追溯体系,乙县农业局配合。") == []  # no lead: left to task_then_sharers


# -- labels: in a heading line, in black brackets, and more label words ---------------------------------
def test_a_labelled_bracket_in_a_numbered_line_read_as_a_heading():
    text = "一、重点任务\n1.扩建蓝果冷库两座,提升储存能力(牵头单位:甲县商务局)。\n2.新建果园道路5公里(牵头单位:丙县交通局)。\n"
    assert units(text) == [("扩建蓝果冷库两座", ["甲县商务局"], []), ("新建果园道路5公里", ["丙县交通局"], [])]


def test_an_inline_task_keeps_no_item_marker():
    from extract.rules.units import find_inline_assignments
    text = "2.新建果园道路5公里(牵头单位:丙县交通局)。"
    hit, = find_inline_assignments(text)
    assert hit.task == "新建果园道路5公里" and text[hit.start:hit.end].startswith("新建")


def test_labels_in_black_brackets():
    text = ("一、重点任务\n1.扩建蓝果冷库两座。【牵头单位】甲县商务局【责任单位】乙县农业局\n"
            "2.新建果园道路5公里。〔责任单位〕丙县交通局\n")
    assert units(text) == [("扩建蓝果冷库两座", ["甲县商务局"], ["乙县农业局"]), ("新建果园道路5公里", [], ["丙县交通局"])]
    assert units("一、重点任务\n(一)扩建蓝果冷库。年内建成两座冷库。\n【牵头单位】甲县商务局\n【责任单位】乙县农业局\n") == [
        ("扩建蓝果冷库", ["甲县商务局"], ["乙县农业局"])]


def test_more_words_of_a_responsible_label():
    # (twelfth round, U4d: a lone ``责任主体`` with no ``牵头`` label beside it names the lead; ``落实单位`` answers for it)
    assert units("一、重点任务\n1.扩建蓝果冷库两座。(责任主体:甲县商务局)\n2.新建果园道路5公里。(落实单位:丙县交通局)\n") == [
        ("扩建蓝果冷库两座", ["甲县商务局"], []), ("新建果园道路5公里", [], ["丙县交通局"])]
    assert units("1.扩建蓝果冷库两座。(牵头单位:甲县商务局;责任主体:乙县农业局)\n") == [
        ("扩建蓝果冷库两座", ["甲县商务局"], ["乙县农业局"])]


# -- a lead marked inside a unit list: ``甲局(牵头)、乙局`` -----------------------------------------------
def test_a_marked_lead_leads_and_the_rest_of_its_list_answer():
    from extract.rules.units import apply_lead_marks
    assert apply_lead_marks([], ["甲县商务局(牵头)", "乙县农业局"]) == (["甲县商务局"], ["乙县农业局"])
    assert apply_lead_marks(["甲县商务局(牵头)", "乙县农业局"], []) == (["甲县商务局"], ["乙县农业局"])
    assert apply_lead_marks(["丙县交通局"], ["丁县水务局"]) == (["丙县交通局"], ["丁县水务局"])  # no mark


def test_marked_leads_in_brackets_labels_and_tables():
    assert units("一、重点任务\n1.扩建蓝果冷库两座。(责任单位:甲县商务局(牵头)、乙县农业局)\n") == [
        ("扩建蓝果冷库两座", ["甲县商务局"], ["乙县农业局"])]
    assert units("一、重点任务\n1.扩建蓝果冷库两座。责任单位:甲县农业局、乙县商务局(牵头)\n") == [
        ("扩建蓝果冷库两座", ["乙县商务局"], ["甲县农业局"])]
    table = ("序号 | 工作任务 | 责任单位 | 完成时限\n1 | 扩建蓝果冷库两座 | 甲县商务局(牵头)、乙县农业局 | 2025年底\n"
             "2 | 新建果园道路5公里 | 丙县交通局 | 2025年底\n")
    assert units(table) == [("扩建蓝果冷库两座", ["甲县商务局"], ["乙县农业局"]), ("新建果园道路5公里", ["丙县交通局"], [])]


def test_every_finder_names_its_cue():
    from extract.rules.units import find_inline_assignments, find_verb_assignments
    from extract.rules.unit_charge_finders import find_charge_clauses
    assert [h.cue for h in find_inline_assignments("扩建冷库两座。(牵头单位:甲县商务局)")] == ["inline_labels"]
    assert [h.cue for h in find_verb_assignments("扩建冷库两座。(甲县商务局牵头,乙县农业局配合)")] == ["verb_brackets"]
    assert [h.cue for h in find_charge_clauses("甲县商务局负责扩建冷库两座。")] == ["charge_clause"]


# -- a table scraped a cell a line, its rows continued on ``|``-led lines (rules.unit_rows) -------------
CONTINUED = """果园信息公开目录

类别
| 事项名称
| 主要内容
| 责任科室
| 时限
|
年报
| 编制蓝果年报
| 年报的编制与发布
| 规划股
| 每年3月
|
人员
| 果园人员任免
| 规划股
|
统计
| 果园面积统计
| 全县果园面积的统计数据
| 计财股
| 每年6月
"""


def test_rows_continued_on_pipe_lines():
    from extract.rules.unit_rows import continued_row_groups, continued_rows
    assert len(continued_row_groups(CONTINUED)) == 4  # the header and three rows
    assert [(h.task, h.lead, h.cue) for h in continued_rows(CONTINUED)] == [
        ("编制蓝果年报", ["规划股"], "continued_rows"), ("果园人员任免", ["规划股"], "continued_rows"),
        ("果园面积统计", ["计财股"], "continued_rows")]
    assert units(CONTINUED) == [("编制蓝果年报", ["规划股"], []), ("果园人员任免", ["规划股"], []),
                                ("果园面积统计", ["计财股"], [])]


def test_continued_rows_need_a_header_with_one_unit_column():
    from extract.rules.unit_rows import continued_rows
    assert continued_rows(CONTINUED.replace("责任科室", "备注")) == []
    assert continued_rows("甲局\n| 乙局\n丙局\n| 丁局\n") == []


def test_a_section_name_is_no_person_name():
    from extract.cues import is_person_name
    assert not is_person_name("计财股")
    assert is_person_name("王小明")


def test_a_charge_then_helpers_without_lead_word():
    from extract.rules.unit_prose import task_then_roles
    assert _rows(task_then_roles("修缮果园灌溉渠,由甲县水务局负责,乙县农业局、丙县财政局配合。")) == [
        ("修缮果园灌溉渠", ["甲县水务局"], ["乙县农业局", "丙县财政局"])]
    assert task_then_roles("修缮果园灌溉渠,甲县水务局、乙县农业局分工负责,丙县财政局配合。") == []  # shared: no lead


def test_role_parts_in_a_numbered_line_read_as_a_heading():
    text = "一、重点任务\n1.扩建蓝果冷库两座(甲县商务局牵头;乙县农业局、丙县交通局按职责分工负责)。\n"
    assert units(text) == [("扩建蓝果冷库两座", ["甲县商务局"], ["乙县农业局", "丙县交通局"])]


def test_role_labels_stated_with_wei():
    from extract.rules.unit_prose import labels_with_copula
    text = "1.扩建蓝果冷库两座。牵头单位为甲县商务局,配合单位为乙县农业局、丙县交通局。"
    hit, = labels_with_copula(text)
    assert (hit.task, hit.lead, hit.responsible, hit.cue) == (
        "扩建蓝果冷库两座", ["甲县商务局"], ["乙县农业局", "丙县交通局"], "labels_with_copula")
    assert _rows(labels_with_copula("修缮灌溉渠,责任单位是各乡镇。")) == [("修缮灌溉渠", [], ["各乡镇"])]
    assert labels_with_copula("责任单位:甲局、乙局(排在首位的为牵头单位,下同)") == []  # a key, no list
    assert units("一、重点任务\n1.扩建蓝果冷库两座。牵头单位为甲县商务局,配合单位为乙县农业局。\n") == [
        ("扩建蓝果冷库两座", ["甲县商务局"], ["乙县农业局"])]


def test_a_counted_list_opened_by_a_colon():
    assert _rows(counted_lead_list("其中由戊县林业局牵头的有2项:扩建苗圃;培育新品种。")) == [
        ("扩建苗圃", ["戊县林业局"], []), ("培育新品种", ["戊县林业局"], [])]


def test_duty_heads_numbered_or_closed_by_a_duty_word():
    text = "1.甲县花木局负责: 指导蓝果种植。 2.乙县水务局主要职责: 保障灌溉用水;修缮水渠。"
    assert _rows(unit_duty_blocks(text)) == [("指导蓝果种植", ["甲县花木局"], []), ("保障灌溉用水", ["乙县水务局"], [])]


def test_a_unit_cell_that_labels_its_own_lists():
    from extract.rules.unit_cells import labelled_cell_roles
    from extract.rules.units import split_roles, split_units
    assert labelled_cell_roles("牵头:甲县商务局;配合:乙县农业局、丙县交通局", split_units) == (
        ["甲县商务局"], ["乙县农业局", "丙县交通局"])
    assert labelled_cell_roles("甲县商务局、乙县农业局", split_units) is None
    assert split_roles("牵头:甲县商务局;配合:乙县农业局") == (["甲县商务局"], ["乙县农业局"])
    table = ("序号 | 工作任务 | 责任单位 | 完成时限\n1 | 扩建蓝果冷库两座 | 牵头:甲县商务局;配合:乙县农业局 | 2025年底\n"
             "2 | 新建果园道路5公里 | 牵头:丙县交通局 | 2025年底\n")
    assert units(table) == [("扩建蓝果冷库两座", ["甲县商务局"], ["乙县农业局"]), ("新建果园道路5公里", ["丙县交通局"], [])]


def test_a_trailing_label_with_its_key_note():
    assert units("一、重点任务\n1.扩建蓝果冷库两座。责任单位:甲县商务局、乙县农业局(列第一位的为牵头单位)\n") == [
        ("扩建蓝果冷库两座", ["甲县商务局"], ["乙县农业局"])]


def test_an_issuing_agency_column_names_no_unit_of_a_task():
    from extract.cues import column_role
    assert column_role("执行机关") == "responsible"
    assert column_role("发文机关") != "responsible" and column_role("发文机关") != "lead"
