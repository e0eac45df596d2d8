"""Unit-assignment cues of the ninth round, each on a small made-up text (no sentence of a real document)."""

from extract.rules.units import leading_units
from rules_kit import units


def _rows(hits):
    return [(h.task, h.lead, h.responsible) for h in hits]


# -- U3: a unit's own bracket is part of its name, also where a list may run on -----------------------
def test_a_last_unit_keeps_its_own_bracket():
    assert leading_units("丙县农机局(农机站)") == ["丙县农机局(农机站)"]
    assert leading_units("丁市水务局、丙县农机局(农机站)") == ["丁市水务局", "丙县农机局(农机站)"]


def test_a_last_unit_run_on_into_text_is_still_cut():
    assert leading_units("丁市水务局东门西门") == ["丁市水务局"]  # no bracket: the list ran on into other text
    assert leading_units("丁市水务局(牵头)") == ["丁市水务局(牵头)"]  # the lead mark, as before


def test_labels_in_square_brackets_keep_the_bracketed_name():
    text = "(一)果园面积增加5%。[牵头单位:丙县农机局(农机站);责任单位:各乡人民政府,丙县果业园区]"
    assert units(text) == [("果园面积增加5%", ["丙县农机局(农机站)"], ["各乡人民政府", "丙县果业园区"])]
    # the list's own bracket closing right after the unit's (``…(国资办)]``)
    assert units("(二)果园面积增加6%。[牵头单位:丙县农机局;责任单位:丙县财政局(国资办)]") == [
        ("果园面积增加6%", ["丙县农机局"], ["丙县财政局(国资办)"])]


# -- U8: an owner named on a line of its own (``rules.unit_owners``) -----------------------------------
from extract.rules.unit_owners import owner_line, owner_scopes  # noqa: E402


def test_an_owner_line_stands_before_a_numbered_item():
    assert owner_line("乙市蓝果推广工作组", "1. 推广蓝果种植。") == ["乙市蓝果推广工作组"]
    assert owner_line("丙县果业局", "(一)修缮灌溉渠。") == ["丙县果业局"]
    assert owner_line("丙县人民政府办公室", "2031年3月5日") is None  # a signature line before a date
    assert owner_line("推广蓝果种植", "1. 施肥。") is None  # no organisation's name


def test_owner_scopes_list_the_items_of_the_first_kind():
    text = "乙市蓝果推广工作组\n1. 扩种蓝果:\n- 新增果园。\n2. 修缮灌溉渠。(丁市水务局)\n丙县果园整治协调组\n1. 清理荒园。"
    pars, pos = [], 0
    for line in text.split("\n"):
        pars.append((pos, pos + len(line), "text"))
        pos += len(line) + 1
    scopes = owner_scopes(text, pars)
    assert [s.units for s in scopes] == [["乙市蓝果推广工作组"], ["丙县果园整治协调组"]]
    assert [i.task for i in scopes[0].items] == ["扩种蓝果", "修缮灌溉渠"]  # the ``-`` line is a sub-item
    assert [i.task for i in scopes[1].items] == ["清理荒园"]


def test_the_owner_leads_the_rows_of_its_items():
    text = ("乙市蓝果推广工作组\n"
            "1. 年内新增蓝果园不少于 30 个。(丁市农业局/丁市水务局)\n"
            "2. 扩种红果:\n"
            "- 新增红果园。\n"
            "丙县果园整治协调组\n"
            "3. 清理荒园。(丙县林业局)\n")
    rows = units(text)
    assert ("年内新增蓝果园不少于 30 个", ["乙市蓝果推广工作组"], ["丁市农业局", "丁市水务局"]) in [
        (t.lstrip("1. "), lead, resp) for t, lead, resp in rows]
    assert ("扩种红果", ["乙市蓝果推广工作组"], []) in rows  # an item with no row of its own is one
    assert any(lead == ["丙县果园整治协调组"] and resp == ["丙县林业局"] for _, lead, resp in rows)


def test_a_signature_line_owns_nothing():
    text = "丙县人民政府办公室\n2031年3月5日\n1. 修缮灌溉渠。(丁市水务局)\n"
    assert all(lead == [] for _, lead, _ in units(text))


def test_an_addressee_owns_nothing_and_a_chapter_ends_the_scope():
    assert owner_line("乙市果业局:", "1. 请按时上报。") is None  # the addressee of a letter
    assert owner_line("各乡果业站", "1. 请按时上报。") is None  # a collective
    text = "乙市蓝果推广工作组\n1. 扩种蓝果。\n二、保障措施\n1. 加强领导。"
    pars, pos = [], 0
    for line, kind in zip(text.split("\n"), ("text", "text", "heading", "text")):
        pars.append((pos, pos + len(line), kind))
        pos += len(line) + 1
    (scope,) = owner_scopes(text, pars)
    assert [i.task for i in scope.items] == ["扩种蓝果"]  # the chapter ``二、`` is not the owner's


# -- U2/U5: a list's marker is neither the task nor the quote of a unit row ----------------------------
from extract.rules.units import without_item_marker  # noqa: E402
from rules_kit import records  # noqa: E402


def test_the_marker_that_opens_quote_and_task():
    assert without_item_marker("(二)果园改造由丙县农业局牵头", "(二)果园改造") == 3
    assert without_item_marker("- 新增果园 12 个。(丁市农业局)", "- 新增果园 12 个") == 2
    assert without_item_marker("3. 清理荒园。(丙县林业局)", "3. 清理荒园") == 3
    assert without_item_marker("215.清理荒园(丙县林业局)", "215.清理荒园") == 4  # a long list's number
    assert without_item_marker("12.5%的果园完成改造(丙县林业局)", "12.5%的果园完成改造") == 0  # a decimal
    assert without_item_marker("果园改造由丙县农业局牵头", "果园改造") == 0  # no marker
    assert without_item_marker("(二)果园改造由丙县农业局牵头", "果园改造") == 0  # the task has none already
    assert without_item_marker("(二)由丙县农业局牵头", "(二)") == 0  # nothing would be left of the task


def test_rows_read_in_running_text_lose_the_marker():
    rows = records("(二)果园改造由丙县农业局牵头,丙县财政局配合。\n- 新增果园 12 个。(丁市农业局/丁市水务局)\n",
                   "unit_assignment")
    assert [(r.task, r.quote) for r in rows] == [
        ("果园改造", "果园改造由丙县农业局牵头,丙县财政局配合"),
        ("新增果园 12 个", "新增果园 12 个。(丁市农业局/丁市水务局)")]


# -- U2: the task of a content cell of several sentences is its first sentence -------------------------
from extract.rules.unit_cells import content_task  # noqa: E402


def test_a_content_cell_of_several_sentences_gives_its_first():
    assert content_task("扩种蓝果三千亩。修缮灌溉渠。培训果农") == "扩种蓝果三千亩"
    assert content_task("负责果园道路的修缮,清理路障;检查果站安全") == "负责果园道路的修缮,清理路障"
    assert content_task("新建冷库2座,新增库容500吨。") is None  # one sentence: the whole cell is the task
    assert content_task("推行“一站办;全程办”,方便果农。开展培训") == "推行“一站办;全程办”,方便果农"  # a quotation's mark
    assert content_task("建设甲校(含乙;丙)。开展培训") == "建设甲校(含乙;丙)"
    assert content_task("修路。清理路障") is None  # a first sentence too short to name a task


def test_a_task_table_row_takes_the_first_sentence_of_its_content_cell():
    text = ("序号 | 主要内容 | 牵头单位 | 配合单位\n"
            "1 | 健全果农培训机制。每年培训果农200人次 | 丙县农业局 | 丙县人社局\n"
            "2 | 完善果品冷链物流体系 | 丙县商务局 | 丙县交通局\n")
    assert units(text) == [("健全果农培训机制", ["丙县农业局"], ["丙县人社局"]),
                           ("完善果品冷链物流体系", ["丙县商务局"], ["丙县交通局"])]


# -- U2/U5: a unit bracket on a line of its own closes the task above it ------------------------------
from extract.rules.units import task_above  # noqa: E402


def test_the_task_above_a_bracket_line():
    text = "1.完善果园台账\n(1)规范台账格式。\n(2)按月更新台账。\n(责任单位:丙县农业局)"
    task, start = task_above(text, text.index("(责任"))
    assert (task, text[start:start + 6]) == ("完善果园台账", "完善果园台账")
    text = "果园宣传:海报、横幅\n(负责部门:丙县宣传部)"
    assert task_above(text, text.index("(负责")) == ("果园宣传", 0)
    text = "修缮灌溉渠,清理淤泥\n(责任单位:丙县水务局)"
    assert task_above(text, text.index("(责任")) == ("修缮灌溉渠", 0)
    assert task_above("(责任单位:丙县水务局)", 0) is None


def test_a_bracket_line_gives_the_row_of_the_task_above():
    rows = records("果园宣传:海报、横幅\n(负责部门:丙县宣传部)\n果园培训:讲座、实操\n(负责部门:丙县农业局)\n",
                   "unit_assignment")
    assert [(r.task, r.responsible_units, r.quote) for r in rows] == [
        ("果园宣传", ["丙县宣传部"], "果园宣传:海报、横幅\n(负责部门:丙县宣传部)"),
        ("果园培训", ["丙县农业局"], "果园培训:讲座、实操\n(负责部门:丙县农业局)")]


# -- U5: a labelled list in square or black brackets is read like a round one, its closing bracket quoted -----------
from extract.rules.units import find_inline_assignments  # noqa: E402


def test_square_and_black_brackets_close_a_labelled_list():
    for open_, close in (("[", "]"), ("【", "】")):
        text = f"扩种蓝果三千亩。{open_}牵头单位:丙县农业局;责任单位:丙县林业局(林场){close}"
        (hit,) = find_inline_assignments(text)
        assert (hit.task, hit.lead, hit.responsible) == ("扩种蓝果三千亩", ["丙县农业局"], ["丙县林业局(林场)"])
        assert text[hit.start:hit.end] == text  # the quote runs to the closing bracket


# -- U7: the quote of a charge clause runs from ``由`` ------------------------------------------------------
def test_a_charge_clause_after_its_subject_is_quoted_from_by():
    rows = records("新建的果站由丙县农业局负责日常管理,丙县林业局负责苗木供应。", "unit_assignment")
    assert [(r.quote, r.lead_units) for r in rows][0] == ("由丙县农业局负责日常管理", ["丙县农业局"])


def test_an_owner_line_over_items_that_name_no_unit_owns_nothing():
    text = "丙县果业局\n1. 关于做好蓝果采收工作的通知\n2. 关于开展果园安全检查的通知\n"
    assert units(text) == []
