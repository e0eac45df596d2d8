"""(vtblA28) Task tables flattened one cell per line read as their delimited rows are: the header run stops at a
heading above it, and a deadline column fills its own cell, whatever the flattening (made-up texts)."""

from extract.line_tables import run_header
from extract.rules.cell_table_runs import deadline_line, header_run_cell, run_columns
from rules_kit import units


def test_a_header_run_cell_is_a_short_column_word():
    assert header_run_cell("办理科室")
    assert header_run_cell("主 要 任 务")
    assert not header_run_cell("三、分工安排")  # a numbered heading above the table
    assert not header_run_cell("2.任务清单")
    assert not header_run_cell("做好宣传,营造氛围")


def test_run_columns_take_a_deadline_column_beside_the_units():
    assert run_columns(["title", "content", "deadline", "lead"])
    assert run_columns(["content", "lead", "deadline"])
    assert run_columns(["content", "lead", "responsible", "deadline"])
    assert not run_columns(["deadline", "content", "lead"])  # not beside the units
    assert not run_columns(["content", "lead", "deadline", "responsible"])  # the unit columns parted
    assert not run_columns(["deadline", "lead"])  # no task column
    assert run_header(["工作事项", "完成时间", "主办科室"]) == ["title", "deadline", "lead"] or \
        run_header(["工作事项", "完成时间", "主办科室"]) == ["content", "deadline", "lead"]


def test_task_cells_fill_the_task_columns_in_order():
    from extract.rules.cell_table_runs import task_cells

    assert task_cells(("title", "content"), ["路灯更换", "更换路灯300盏。"]) == [("title", (0, 1)), ("content", (1, 2))]
    assert task_cells(("title", "content"), ["路灯更换", "更换路灯300盏,", "修复线路2公里。"]) == \
        [("title", (0, 1)), ("content", (1, 3))]
    assert task_cells(("title", "content"), ["更换路灯300盏。"]) == [("content", (0, 1))]  # the title merged above
    assert task_cells(("title", "content"), ["更换路灯300盏,", "修复线路2公里。"]) == [("content", (0, 2))]  # a wrapped cell
    assert task_cells(("content",), ["甲", "乙"]) == [("content", (0, 2))]


def test_a_deadline_line():
    assert deadline_line("9月")
    assert deadline_line("2033.5")
    assert deadline_line("2033年10月底前")
    assert not deadline_line("丙镇农机站")
    assert not deadline_line("修缮北门小学操场跑道")


def _text(rows, layout):
    """A made-up page: a heading, then a task table in ``layout`` (``pipe``, ``cells``, ``cells_blank``)."""
    header = ["重点事项", "工作内容", "完成时限", "承办科室"]
    lines = [header] + rows
    if layout == "pipe":
        body = "\n".join(" | ".join(r) for r in lines)
    elif layout == "tab":
        body = "\n".join("\t".join(r) for r in lines)
    else:
        sep = "\n\n" if layout == "cells_blank" else "\n"
        body = sep.join(c for r in lines for c in r)
    return "丁县档案馆二〇三三年工作要点\n\n二、工作任务分解\n\n" + body + "\n"


ROWS = [  # the second row's first cells merged with the row above (a page writes only its date and unit)
    ["馆藏整理", "完成旧档案数字化扫描12万页。", "9月", "保管科"],
    ["2033.7", "信息中心"],
    ["开放服务", "新增查阅窗口3个,延长周末开放时间。", "2033.5", "利用科"],
    ["安全管理", "更新消防设施,开展应急演练2次。", "11月底前", "办公室"],
]


def test_the_same_rows_whatever_the_flattening():
    want = [["保管科"], ["信息中心"], ["利用科"], ["办公室"]]
    assert units(_text(ROWS, "cells")) == units(_text(ROWS, "pipe"))  # the title column is the task in both
    assert units(_text(ROWS, "cells"))[0][0] == "馆藏整理"
    for layout in ("pipe", "tab", "cells", "cells_blank"):
        got = units(_text(ROWS, layout))
        assert [lead for _task, lead, _resp in got] == want, layout
        assert all(resp == [] for _task, _lead, resp in got), layout


def test_a_deadline_after_the_units_closes_the_row():
    text = "戊镇卫生院二〇三四年重点工作\n\n一、任务分工\n\n工作内容\n牵头科室\n完成时间\n" \
           "建成发热门诊1处。\n医务科\n6月\n开展义诊活动8场。\n公卫科\n2034年10月\n"
    got = units(text)
    assert [(task[:4], lead) for task, lead, _r in got] == [("建成发热", ["医务科"]), ("开展义诊", ["公卫科"])]


def test_a_numbered_heading_right_above_the_header_is_no_header_cell():
    rows = ["重点任务", "工作内容", "负责科室",
            "窗口建设", "新设综合受理窗口2个。", "各业务科室",
            "热线答复", "来电当日答复率达到95%。", "各责任科室"]
    for sep in ("\n", "\n\n"):
        text = "己区市场监管局二〇三五年政务要点\n\n三、重点工作任务分解\n\n" + sep.join(rows) + "\n"
        got = units(text)
        assert [(task, lead) for task, lead, _r in got] == [("窗口建设", ["各业务科室"]), ("热线答复", ["各责任科室"])], sep
