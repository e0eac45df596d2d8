from extract.rules.unit_calendar_tables import calendar_rows, is_calendar_header

CAL = ("某校2021学年校历\n起止日期 | 主要工作 | 责任处室 | |\n开学前 | 2月24日 | 行政会议 | 办公室 |\n"
       "2月25日 | 教职工大会 | 教科室 | |\n第一周 | 3月1日-3月7日 | 开学典礼;升旗仪式 | 教育处、团委 |\n"
       "开学督导迎检 | 督导室 | ||\n初二全体教师会 | 教务处 | ||\n末行没有表格\n")


def test_header_cue():
    assert is_calendar_header("起止日期 | 主要工作 | 责任处室 | |")
    assert is_calendar_header("周次 | 工作内容 | 负责部门")
    assert not is_calendar_header("起止日期 | 主要工作 | 备注")
    assert not is_calendar_header("责任处室 | 主要工作")


def test_rows_end_in_task_and_office():
    rows = calendar_rows(CAL)
    assert [(t, u) for _, _, t, u, _ in rows] == [
        ("行政会议", ["办公室"]), ("教职工大会", ["教科室"]), ("开学典礼;升旗仪式", ["教育处", "团委"]),
        ("开学督导迎检", ["督导室"]), ("初二全体教师会", ["教务处"])]
    a, b, *_ = rows[2]
    assert CAL[a:b] == "开学典礼;升旗仪式 | 教育处、团委"


def test_no_header_no_rows_and_table_ends():
    assert calendar_rows(CAL.replace("责任处室", "备注")) == []
    assert calendar_rows(CAL + "第二周 | 校运会 | 体育组\n") == calendar_rows(CAL)


def test_non_unit_last_cell_and_date_task_skipped():
    t = "日期 | 工作安排 | 负责部门\n3月1日 | 待定 |\n第二周 | 总务处 |\n"
    assert calendar_rows(t) == []
