"""Made-up one-cell-a-line task tables for rules.unit_cell_lines (serial-anchored rows)."""

from extract.rules.unit_cell_lines import serial_rows

_PIPE = "\n".join([
    "序号 |", "类别 |", "项目名称 |", "目标任务 |", "牵头单位 |", "累计完成 |", "备注 |",
    "1 |", "一、就业促进(2项) |", "促进重点群体就业 |", "城镇新增就业100人 |", "某县人社局 |", "100 |", "|",
    "培训社区人员4个 |", "4 |", "4 |", "|",
    "2 |", "放心家政行动 |", "培训家政人员60人次 |", "某县商务局 |", "60 |", "|",
    "3 |", "二、社会保障(1项) |", "提升敬老院服务能力 |", "督促4家敬老院规范运营 |", "某县民政局 |", "4 |", "|",
])


def _rows(text):
    return [(t, u, text[a:b]) for a, b, t, u, _h in serial_rows(text)]


def test_pipe_cells_by_serials():
    rows = _rows(_PIPE)
    assert [(t, u) for t, u, _ in rows] == [("促进重点群体就业", ["某县人社局"]), ("放心家政行动", ["某县商务局"]),
                                            ("提升敬老院服务能力", ["某县民政局"])]
    assert rows[1][2] == "放心家政行动 |\n培训家政人员60人次 |\n某县商务局"


_BLANKS = "\n".join([
    "工程名称", "序号", "项目内容", "目标任务", "市级牵头", "责任单位", "进度",
    "就业工程", "1", "促进劳动者就业", "城镇新增就业(人)", "2000", "市人力资源", "社会保障局", "2100", "超额完成",
    "2", "城镇失业人员再就业(人)", "300", "310", "超额完成",
    "3*", "促进劳动者就业", "妇女就业培训(人)", "500", "市妇联", "520", "超额完成",
])


def test_blank_parted_cells_with_cut_name_and_repeated_group():
    rows = _rows(_BLANKS)
    assert [(t, u) for t, u, _ in rows] == [("促进劳动者就业", ["市人力资源社会保障局"]), ("妇女就业培训", ["市妇联"])]
    assert rows[1][2] == "妇女就业培训(人)\n500\n市妇联"


def test_no_role_column_no_rows():
    text = _PIPE.replace("牵头单位 |", "完成情况 |")
    assert serial_rows(text) == []


def test_place_column_towns_are_no_units():
    text = "\n".join(["序号 |", "项目名称 |", "建设地点 |", "建设时间 |", "建设内容 |", "责任单位 |",
                      "1 |", "甲校改造项目 |", "某镇 |", "2031 |", "改造教学楼 |", "教体局 |",
                      "2 |", "乙路建设项目 |", "某街道 |", "2031 |", "新建道路1公里,配套路灯 |"])
    assert [(t, u) for t, u, _ in _rows(text)] == [("甲校改造项目", ["教体局"])]


def test_count_cell_is_no_serial_and_no_unit_far_away():
    text = "\n".join(["序号", "项目名称", "牵头单位", "1", "新建书屋", "甲项", "乙项", "丙项", "丁项", "戊项",
                      "某区文旅局", "3", "不是序号"])
    assert serial_rows(text) == []


from extract.rules.unit_cell_lines import glued_names  # noqa: E402


def test_units_first_header_with_helpers():
    text = "\n".join(["某局2031年实事进度表", "序号 |", "责任单位 |", "实施内容 |", "协同单位 |", "最新进度 |",
                      "7 |", "某区民政局 |", "新增养老床位100张。 |", "某区财政局 某区住建局 各街道 |", "已完成60张 |",
                      "8 |", "某区文旅局 |", "新建书屋3个。 |", "无 |", "已建成1个 |"])
    rows = [(t, u, h) for a, b, t, u, h in serial_rows(text)]
    assert rows == [("新增养老床位100张", ["某区民政局"], ["某区财政局", "某区住建局", "各街道"]),
                    ("新建书屋3个", ["某区文旅局"], [])]


def test_glued_helper_names():
    assert glued_names("财政局住建局甲集团各街道") == ["财政局", "住建局", "甲集团", "各街道"]
    assert glued_names("财政局负责资金") == []
    assert glued_names("按时完成") == []


from extract.rules.unit_cell_lines import label_line_rows  # noqa: E402


def _lrows(text):
    return [(t, u, h, text[a:b]) for a, b, t, u, h in label_line_rows(text)]


def test_vertical_form_task_then_role_lines():
    text = "具体任务\n新建某镇卫生院,改扩建甲社区卫生服务中心。\n责任单位\n某县卫健局、某县住建局\n配合单位\n各乡镇\n完成时限\n2031年底"
    rows = _lrows(text)
    assert [r[:3] for r in rows] == [("新建某镇卫生院,改扩建甲社区卫生服务中心", ["某县卫健局", "某县住建局"], ["各乡镇"])]
    assert rows[0][3].endswith("配合单位\n各乡镇")


def test_vertical_form_with_colons_and_no_task_label():
    text = "某区2031年民生实事\n\n完善托育服务体系,新增托位500个\n\n牵头单位:\n\n某区卫健局\n\n协办单位:\n\n各有关单位"
    assert [r[:3] for r in _lrows(text)] == [("完善托育服务体系,新增托位500个", ["某区卫健局"], ["各有关单位"])]


def test_vertical_form_near_misses():
    # a report of what was done under its own label
    assert _lrows("完成情况\n各学校已完成隐患整改,制定整改措施。\n牵头部门\n某区教育局") == []
    # a table header flattened: the line after the role label is another label
    assert _lrows("重点工作任务(民生实事项目)\n牵头单位\n负责科室\n完成时限") == []
    assert _lrows("序号\n工作任务\n责任单位\n完成时限") == []



# (unitB26) a table whose serial column stands after its task column, with no header word of its own
from extract.rules.unit_cell_lines import task_first_rows  # noqa: E402
from rules_kit import units  # noqa: E402

_TASK_FIRST = ("重点任务\n|\n工作措施\n|\n责任股室\n|\n完成时间\n|\n"
               "修订值班制度\n|\n1\n|\n梳理现行值班规定并重新印发。\n|\n综合股\n|\n6月底前\n|\n"
               "2\n|\n建立节假日值班台账。\n|\n安全股\n|\n全年\n|\n"
               "开展业务培训\n|\n3\n|\n每季度组织一次窗口人员培训。\n|\n人事股\n|\n全年\n")


def test_task_first_rows_read_each_serial_with_its_task_cell():
    rows = task_first_rows(_TASK_FIRST)
    assert [(t, lead) for _, _, t, lead, _ in rows] == [
        ("修订值班制度", ["综合股"]), ("建立节假日值班台账", ["安全股"]), ("开展业务培训", ["人事股"])]
    a, b = rows[0][:2]
    assert _TASK_FIRST[a:b].startswith("修订值班制度") and _TASK_FIRST[a:b].endswith("综合股")


def test_task_first_rows_through_the_extractor():
    assert [(lead, resp) for _, lead, resp in units(_TASK_FIRST)] == [(["综合股"], []), (["安全股"], []), (["人事股"], [])]


def test_no_task_first_rows_without_a_unit_column_or_a_serial():
    assert task_first_rows(_TASK_FIRST.replace("责任股室", "工作成效")) == []  # no unit column
    assert task_first_rows(_TASK_FIRST.replace("\n1\n", "\n一\n")) == []  # no serial after the first task
