"""A calendar year in a numbered heading's title is no quantity (``rules.heading_years``); made-up text only."""

from extract.headings import _QUANTITY, parse_heading
from extract.rules.heading_years import quantity_besides_years
from tests.rules_kit import records


def test_a_year_is_no_amount_in_a_part_name():
    assert not quantity_besides_years("2032年五个方面重点工作", _QUANTITY)
    assert not quantity_besides_years("2032年度主要任务", _QUANTITY)
    assert quantity_besides_years("2032年新建养老院4所", _QUANTITY)  # an amount beside the year
    assert quantity_besides_years("2031年目标完成情况", _QUANTITY)  # a review's part: read as before
    assert quantity_besides_years("2032年4月底前,各乡完成摸底任务", _QUANTITY)  # a dated step with its clause
    assert not quantity_besides_years("重点工作", _QUANTITY)


def test_the_part_heading_is_a_heading():
    h = parse_heading("二、2032年重点工作任务")
    assert h is not None and h.title == "2032年重点工作任务"


def test_items_under_the_next_part_are_no_goals():
    page = ("某县2032年政府工作报告任务分工\n"
            "一、全县2032年发展主要目标\n"
            "1.旅游总收入增长9%以上。(牵头单位:县文旅局)\n"
            "2.新增市场主体1500户。(牵头单位:县市场监管局)\n"
            "二、2032年重点工作任务\n"
            "(一)补齐基础设施短板\n"
            "完善路网\n"
            "3.拓宽丁镇至戊村公路,开展己河大桥选址论证。(牵头单位:县交通局)\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert "旅游总收入增长9%以上" in quotes
    assert "新增市场主体1500户" in quotes
    assert not any("公路" in q or "路网" in q for q in quotes)


def test_statements_run_together_are_no_headings():
    # (goalB27) a breakdown's numbered statements with their unit brackets, run into one line
    assert parse_heading("(一)农业产值增长4%。(县农业局牵头)(二)游客接待量增长10%以上。(县文旅局牵头)") is None
    assert parse_heading("(一)农业产值增长4%。(县农业局牵头)") is None
    h = parse_heading("(一)完善交通网络。(县交通局负责)")  # no quantity: a title with its inline text
    assert h is not None and h.title == "完善交通网络"


def test_the_first_statement_of_a_run_together_line_is_a_goal():
    page = ("某县2032年重点工作责任分工\n一、全县发展主要目标\n"
            "(一)农业产值增长4%。(县农业局牵头)(二)游客接待量增长10%以上。(县文旅局牵头)\n"
            "(三)新增市场主体1500户。(县市场监管局牵头)\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert "农业产值增长4%" in quotes
    assert "新增市场主体1500户" in quotes
