"""(tgtA26) N8, N1: a deadline column's time limit counted from an event (``某事项形成之日起10个工作日内``)."""

from extract.rules.target_layouts import time_limit_cell
from extract.rules.time_limit_cells import counted_from_opening, counted_time_limit
from rules_kit import records


def test_opening_that_names_the_start():
    assert counted_from_opening("某事项形成之日起10个工作日内") == len("某事项形成之日起")
    assert counted_from_opening("自收到材料之日起3日内办结") == len("自收到材料之日起")
    assert counted_from_opening("受理后5个工作日") == len("受理后")
    assert counted_from_opening("10个工作日内") == 0
    assert counted_from_opening("2031年6月底前") == 0


def test_limit_after_the_start():
    assert counted_time_limit("某事项形成之日起10个工作日内")[1:] == (10.0, "个工作日", "<=")
    assert counted_time_limit("自收到材料之日起3日内办结")[1:] == (3.0, "日", "<=")
    assert counted_time_limit("受理后5个工作日")[1:] == (5.0, "个工作日", "=")
    assert counted_time_limit("資料變動之日起15個工作日內")[1:] == (15.0, "個工作日", "<=")


def test_cells_that_run_on_or_give_no_limit():
    assert counted_time_limit("收到申请之日起5个工作日完成初审,另行通知") is None
    assert counted_time_limit("与配套文件同步发布") is None
    assert counted_time_limit("每年3月底前") is None
    assert counted_time_limit("8个工作日内") is None  # (no opening: the plain reader's)


def test_plain_reader_falls_back_to_the_counted_limit():
    assert time_limit_cell("8个工作日内")[1:] == (8.0, "个工作日", "<=")
    assert time_limit_cell("材料齐全之日起12个工作日内")[1:] == (12.0, "个工作日", "<=")
    assert time_limit_cell("5个工作日完成初审,另行通知") is None


def test_disclosure_table_rows_through_the_extractor():
    text = ("事项类别 | 具体内容 | 责任科室 | 发布渠道 | 公开时限 |\n"
            "机构职能 | 本中心内设科室名称及职责 | 综合科 | 区政务网 | 信息产生或调整之日起15个工作日内 |\n"
            "财务信息 | 本中心年度预算及执行 | 财务科 | 区政务网 | 与预算批复同步公开 |\n"
            "办事指南 | 各项服务的办理流程 | 业务科 | 区政务网 | 自流程调整之日起7个工作日内公开 |\n")
    got = sorted((r.value, r.unit, r.comparator) for r in records(text, "numeric_target"))
    assert got == [(7.0, "个工作日", "<="), (15.0, "个工作日", "<=")]
