"""Genre probes for unit rows: made-up task lines, role labels, flattened task tables and Traditional role labels in the
common forms of the genre, each read by hand against the U-rules of eval/README.md, run through the whole rules pipeline.

Written from the genre, not from any document of the project (thirty-fourth round): ``由X牵头,Y配合``, ``X负责``, role
brackets and labels, flattened task tables, ``主辦單位``/``協辦單位``, and what gives no row (people, posts, ``各单位``
alone, past deeds, funding payers)."""

import pytest

from rules_kit import units

PLAN = "某区教育发展三年行动方案\n\n三、重点任务\n"


@pytest.mark.parametrize("line, expected", [
    ("1.扩大学前教育资源,新建幼儿园5所。(牵头单位:区教育局;责任单位:区财政局、区自然资源局)",
     [("扩大学前教育资源", ["区教育局"], ["区财政局", "区自然资源局"])]),
    ("1.扩大学前教育资源,新建幼儿园5所。(责任单位:区教育局)", [("扩大学前教育资源", [], ["区教育局"])]),
    ("1.由区教育局牵头,区财政局、区住建局配合,新建幼儿园5所。", [("新建幼儿园5所", ["区教育局"], ["区财政局", "区住建局"])]),
    ("1.区教育局负责新建幼儿园5所。", [("新建幼儿园5所", ["区教育局"], [])]),
    ("1.扩大学前教育资源。牵头单位:区教育局;责任单位:区财政局、区住建局",
     [("扩大学前教育资源", ["区教育局"], ["区财政局", "区住建局"])]),
    ("1.扩大学前教育资源。(牵头单位:区教育局 配合单位:区财政局 区住建局)",
     [("扩大学前教育资源", ["区教育局"], ["区财政局", "区住建局"])]),
    ("1.扩大学前教育资源。(区教育局牵头,各街道配合)", [("扩大学前教育资源", ["区教育局"], ["各街道"])]),
    ("1.扩大学前教育资源。(牵头单位:区教育局;责任单位:各镇街)", [("扩大学前教育资源", ["区教育局"], ["各镇街"])]),
    ("1.扩大学前教育资源。(牵头单位:区教育局;责任单位:区财政局、区人社局等)",
     [("扩大学前教育资源", ["区教育局"], ["区财政局", "区人社局"])]),
    ("1.扩大学前教育资源。(责任单位:区教育局、各镇(街道))", [("扩大学前教育资源", [], ["区教育局", "各镇(街道)"])]),
    ("1.扩大学前教育资源。(牵头领导:张某某;牵头单位:区教育局)", [("扩大学前教育资源", ["区教育局"], [])]),
    ("1.扩大學前教育資源。(主辦單位:區教育局;協辦單位:區財政局)", [("扩大学前教育资源", ["区教育局"], ["区财政局"])]),  # records are normalised
])
def test_task_lines_give_their_units(line, expected):
    assert units(PLAN + line + "\n") == expected


@pytest.mark.parametrize("body, expected", [
    ("区教育局:负责全区校舍安全排查,建立隐患台账。\n区财政局:负责保障排查工作经费。",
     [("负责全区校舍安全排查", ["区教育局"], []), ("负责保障排查工作经费", ["区财政局"], [])]),
    ("(一)区教育局负责全区校舍安全排查。\n(二)区财政局负责保障排查工作经费。",
     [("全区校舍安全排查", ["区教育局"], []), ("保障排查工作经费", ["区财政局"], [])]),
])
def test_duty_lines_of_a_division_of_work(body, expected):
    assert units("某区校舍安全排查工作方案\n\n四、职责分工\n" + body + "\n") == expected


@pytest.mark.parametrize("table, expected", [
    ("序号\t重点任务\t牵头单位\t责任单位\n1\t新建幼儿园5所\t区教育局\t区财政局、区住建局\n2\t改造薄弱学校3所\t区教育局\t区财政局\n",
     [("新建幼儿园5所", ["区教育局"], ["区财政局", "区住建局"]), ("改造薄弱学校3所", ["区教育局"], ["区财政局"])]),
    ("| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n| 1 | 新建幼儿园5所 | 区教育局 | 2031年底 |\n"
     "| 2 | 改造薄弱学校3所 | 区住建局 | 2031年底 |\n",
     [("新建幼儿园5所", ["区教育局"], []), ("改造薄弱学校3所", ["区住建局"], [])]),  # a lone 责任单位 column (U4a, U6)
    ("序号 任务 牵头单位 配合单位\n1 新建幼儿园5所 区教育局 区财政局\n2 改造薄弱学校3所 区住建局 区教育局\n",
     [("新建幼儿园5所", ["区教育局"], ["区财政局"]), ("改造薄弱学校3所", ["区住建局"], ["区教育局"])]),
])
def test_task_tables_give_a_row_each(table, expected):
    assert units("某区教育重点工作任务分解表\n\n" + table) == expected


@pytest.mark.parametrize("body", [
    "1.扩大学前教育资源。(责任人:张某某)",
    "1.扩大学前教育资源。(责任领导:区委常委、副区长张某某)",
    "1.扩大学前教育资源。各单位要高度重视,认真抓好落实。",
    "1.去年,区教育局牵头新建了幼儿园5所。",
    "1.所需经费由区财政统筹安排。",
    "1.扩大学前教育资源,由各单位负责。",
    "1.扩大学前教育资源。区教育局局长任组长,分管副局长任副组长。",
    "1.2030年,区教育局完成校舍维修120处。",
])
def test_non_rows_give_none(body):
    assert units(PLAN + body + "\n") == []


def test_news_of_a_task_division():
    text = "某区印发行动方案\n\n方案明确,新建幼儿园工作由区教育局牵头,区财政局配合。\n"
    assert units(text) == [("新建幼儿园工作", ["区教育局"], ["区财政局"])]


def test_traditional_organisers_of_an_event():
    """U7f: the labels give one row, task the notice's title (records are normalised to the simplified script)."""
    text = "臺北市兒童閱讀月活動計畫\n\n一、主辦單位:臺北市政府教育局\n二、協辦單位:臺北市立圖書館、各區公所\n三、活動內容\n"
    assert units(text) == [("台北市儿童阅读月活动计划", ["台北市政府教育局"], ["台北市立图书馆", "各区公所"])]


def test_a_collective_in_a_role_label_is_a_unit():
    """U7d: in a role label a ``各…`` collective stays a unit (in running text ``由各单位负责`` gives none)."""
    assert units(PLAN + "1.扩大学前教育资源。(责任单位:各单位)\n") == [("扩大学前教育资源", [], ["各单位"])]


@pytest.mark.parametrize("line, expected", [
    ("1.校舍安全排查由区教育局负责,区住建局协助。", [("校舍安全排查", ["区教育局"], ["区住建局"])]),
    ("1.区教育局会同区财政局负责校舍安全排查。", [("校舍安全排查", ["区教育局"], ["区财政局"])]),
    ("1.由区教育局和区卫健委负责学生体检工作。", [("学生体检工作", ["区教育局", "区卫健委"], [])]),
    ("1.学生体检工作由区卫健委牵头,区教育局、各学校配合。", [("学生体检工作", ["区卫健委"], ["区教育局", "各学校"])]),
    ("1.扩大学前教育资源。\n牵头单位:区教育局\n责任单位:区财政局、区住建局",
     [("扩大学前教育资源", ["区教育局"], ["区财政局", "区住建局"])]),
])
def test_running_text_role_clauses(line, expected):
    assert units(PLAN + line + "\n") == expected


@pytest.mark.parametrize("line, expected", [
    ("1.今年区教育局牵头,区财政局配合,新建幼儿园5所。", [("新建幼儿园5所", ["区教育局"], ["区财政局"])]),  # (probeG40)
    ("1.下一步区教育局牵头,区财政局配合,新建幼儿园5所。", [("新建幼儿园5所", ["区教育局"], ["区财政局"])]),
    ("1.去年区教育局牵头,区财政局配合,新建幼儿园5所。", []),  # a deed reported done (U7)
    ("1.近年来县卫健委牵头,县教育局配合,完成学生体检。", []),
    ("1.扩大学前教育资源。责任单位:区教育局(牵头),区财政局,区住建局", [("扩大学前教育资源", ["区教育局"], ["区财政局", "区住建局"])]),
    ("1.扩大学前教育资源。\n(牵头单位:区教育局;责任单位:区财政局)", [("扩大学前教育资源", ["区教育局"], ["区财政局"])]),
    ("1.扩大学前教育资源。责任单位:区教育局;完成时限:2031年底", [("扩大学前教育资源", [], ["区教育局"])]),
    ("1.扩大學前教育資源。(主責單位:區教育局;協辦單位:區財政局、區社會局)", [("扩大学前教育资源", ["区教育局"], ["区财政局", "区社会局"])]),
    ("1.扩大学前教育资源。(牵头:区教育局;配合:区财政局)", [("扩大学前教育资源", ["区教育局"], ["区财政局"])]),
    ("1.扩大学前教育资源。(牵头单位:区教育局 责任人:王某某)", [("扩大学前教育资源", ["区教育局"], [])]),
])
def test_time_words_labels_and_layouts(line, expected):
    assert units(PLAN + line + "\n") == expected


def test_flattened_task_table_one_cell_a_line():
    text = ("某区重点工作任务清单\n\n序号\n重点任务\n牵头单位\n配合单位\n1\n新建幼儿园5所\n区教育局\n区财政局\n2\n改造薄弱学校3所\n区住建局\n"
            "区教育局\n")
    assert units(text) == [("新建幼儿园5所", ["区教育局"], ["区财政局"]), ("改造薄弱学校3所", ["区住建局"], ["区教育局"])]


def test_a_notice_address_line_gives_no_row():
    assert units("某县人民政府关于落实民生实事的通知\n\n各乡镇人民政府,县直各单位:\n现将有关事项通知如下。\n") == []
