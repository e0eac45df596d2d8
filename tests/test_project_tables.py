"""Project tables with no unit column (``建设内容 | 总投资(万元) | 起止年限``, N7, N13a): made-up texts only."""
from extract.evaluate import _unit
from extract.rules.project_tables import (amount_header, cut_row_roles, span_of_years_column,
                                          unitless_project_header, unitless_project_table)
from rules_kit import records


def T(text: str) -> list[tuple]:
    return sorted(((r.value, _unit(r.unit), r.target_year) for r in records(text, "numeric_target")), key=repr)


def test_span_of_years_column():
    assert span_of_years_column("起止年限") and span_of_years_column("建设 年限")
    assert not span_of_years_column("2031年") and not span_of_years_column("完成时限")


def test_unitless_project_header_needs_span_amount_and_content():
    assert unitless_project_header(["建设内容", "总投资(万元)", "起止年限"])
    assert not unitless_project_header(["建设内容", "总投资(万元)"])  # no span of years column
    assert not unitless_project_header(["建设内容", "起止年限"])  # no investment column
    assert unitless_project_table(["序号", "建设内容", "总投资(万元)", "起止年限"])
    assert not unitless_project_table(["建设内容", "总投资(万元)", "起止年限", "责任单位"])


def test_amount_header_drops_the_bracket_only_without_a_unit_column():
    assert amount_header(["建设内容", "总投资(万元)", "起止年限"], "总投资(万元)") == "总投资"
    assert amount_header(["建设内容", "总投资(万元)", "起止年限", "责任单位"], "总投资(万元)") == "总投资(万元)"


def test_cut_row_roles():
    roles = ["title", "content", "amount:总投资(万元)", "deadline", "other"]
    cols = ["项目名称", "建设内容", "总投资(万元)", "起止年限", "工程进度"]
    assert cut_row_roles(cols, roles, 3) == roles[:3]
    assert cut_row_roles(cols, roles, 5) is None
    assert cut_row_roles(cols + ["责任单位"], roles + ["lead"], 3) is None


_PLAN = "某区2031年重点项目计划表\n"


def test_numbered_pipe_rows_are_read_with_null_years():
    text = _PLAN + "| 序号 | 建设内容 | 总投资(万元) | 起止年限 |\n| 1 | 新建体育馆2座 | 700 | 2031-2033 |\n"
    assert T(text) == sorted([(2.0, "座", None), (700.0, "", None)], key=repr)


def test_numbered_cells_one_per_line_are_read():
    text = _PLAN + "序号\n建设内容\n总投资(万元)\n建设年限\n1\n新建体育馆2座\n700\n2031-2033\n"
    assert T(text) == sorted([(2.0, "座", None), (700.0, "", None)], key=repr)


def test_near_miss_no_span_of_years_column_stays_unread():
    text = _PLAN + "| 序号 | 建设内容 | 总投资(万元) |\n| 1 | 新建体育馆2座 | 700 |\n"
    assert (700.0, "", None) not in T(text)


_NOTICE = ("某区2031年重点项目完成情况公示\n发布日期:2032-01-10\n"
           "项目名称\t建设内容\t总投资(万元)\t建设年限\t完成情况\n")


def test_tab_rows_of_a_notice_under_way_give_targets_done_give_nothing():
    text = _NOTICE + "甲园改造\t新建步道3公里\t400\t2031-2032\t正在施工\n乙园改造\t新建凉亭5座\t60\t2031\t已竣工\n"
    assert T(text) == sorted([(3.0, "公里", None), (400.0, "", None)], key=repr)


def test_row_cut_before_its_result_cells_gives_targets():
    text = _NOTICE + "甲园改造\t新建步道3公里\t400\t2031-2032\n"
    assert T(text) == sorted([(3.0, "公里", None), (400.0, "", None)], key=repr)


def test_near_miss_hundred_percent_done_gives_nothing():
    text = _NOTICE + "甲园改造\t新建步道3公里\t400\t2031-2032\t100%\n"
    assert T(text) == []
