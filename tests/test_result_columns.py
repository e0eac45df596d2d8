from extract.rules.result_columns import in_result_column, is_result_head


def _at(text, needle):
    return text.index(needle)


PIPE = ("某区2031年民生实事进展\n序号 | 项目分类 | 实事内容 | 完成情况 |\n"
        "1 | 医疗设施 | 新建甲医院等3个项目。 | 甲医院土建完成80%,装修65%。 |\n"
        "2 | 人居环境 | 改造低保家庭住房100户。 | 已开工40户。 |\n")


def test_heads():
    assert is_result_head("完成情况")
    assert is_result_head("1-6月 落实情况")
    assert is_result_head("實際完成")
    assert not is_result_head("目标任务")
    assert not is_result_head("计划完成时间")
    assert not is_result_head("责任单位")


def test_delimited_rows():
    assert in_result_column(PIPE, _at(PIPE, "80%"))
    assert in_result_column(PIPE, _at(PIPE, "65%"))
    assert in_result_column(PIPE, _at(PIPE, "40户"))
    # the task cells are the plan
    assert not in_result_column(PIPE, _at(PIPE, "3个"))
    assert not in_result_column(PIPE, _at(PIPE, "100户"))


def test_fullwidth_pipes_and_traditional():
    t = ("甲縣2031年實事進展\n序號 ｜ 項目 ｜ 目標任務 ｜ 進展情況 ｜\n"
         "1 ｜ 甲園 ｜ 新建幼兒園2所 ｜ 主體完工90% ｜\n")
    assert in_result_column(t, _at(t, "90%"))
    assert not in_result_column(t, _at(t, "2所"))


def test_no_result_column_no_hit():
    t = "序号 | 任务 | 责任单位 | 完成时限 |\n1 | 新建公园3个 | 区城管局 | 2031年底 |\n"
    assert not in_result_column(t, _at(t, "3个"))
    # a row whose cells do not line up with the header is not read
    t2 = "序号 | 任务 | 完成情况 |\n1 | 新建公园3个 | 乙项 | 已建成2个 |\n"
    assert not in_result_column(t2, _at(t2, "2个"))
    # prose is never a cell
    assert not in_result_column("今年新建公园3个,完成情况良好。", 6)


def test_one_cell_a_line():
    t = ("某局2031年任务落实情况\n序号 |\n主要任务 |\n牵头单位 |\n落实情况 |\n"
         "12 |\n新建甲站3个,改造乙站5个。 |\n某区某局 |\n已建成甲站2个,完成投资80万元。\n"
         "13 |\n培训人员600人次。 |\n某区某局 |\n已培训410人次。 |\n")
    assert in_result_column(t, _at(t, "2个"))
    assert in_result_column(t, _at(t, "80万"))
    assert in_result_column(t, _at(t, "410"))
    assert not in_result_column(t, _at(t, "3个"))
    assert not in_result_column(t, _at(t, "600"))


def test_pipeline_drops_result_cells():
    from rules_kit import records
    got = [(r.value, r.unit) for r in records(PIPE, "numeric_target")]
    assert (80.0, "%") not in got and (65.0, "%") not in got
