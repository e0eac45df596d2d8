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
    h = parse_heading("二、2032年六个方面主要工作安排")
    assert h is not None and h.title == "2032年六个方面主要工作安排"


def test_items_under_the_next_part_are_no_goals():
    page = ("某县2032年政府工作报告重点任务分解表\n"
            "一、2032年全县主要预期目标\n"
            "1.一般公共预算收入增长7%以上。(牵头单位:县财政局)\n"
            "2.城镇新增就业3000人。(牵头单位:县人社局)\n"
            "二、2032年六个方面主要工作安排\n"
            "(一)全力扩大有效投资\n"
            "加快交通设施建设\n"
            "3.推进甲乡至乙镇公路改造,做好丙河大桥前期工作。(牵头单位:县交通局)\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert "一般公共预算收入增长7%以上" in quotes
    assert "城镇新增就业3000人" in quotes
    assert not any("公路" in q or "交通设施" in q for q in quotes)


def test_statements_run_together_are_no_headings():
    # (goalB27) a breakdown's numbered statements with their unit brackets, run into one line
    assert parse_heading("(一)全县生产总值增长6%左右。(县发改局负责)(二)税收收入增长5%以上。(县税务局负责)") is None
    assert parse_heading("(一)全县生产总值增长6%左右。(县发改局负责)") is None
    h = parse_heading("(一)完善交通网络。(县交通局负责)")  # no quantity: a title with its inline text
    assert h is not None and h.title == "完善交通网络"


def test_the_first_statement_of_a_run_together_line_is_a_goal():
    page = ("某县2032年重点工作责任分工\n一、全县经济社会发展主要目标\n"
            "(一)全县生产总值增长6%左右。(县发改局负责)(二)税收收入增长5%以上。(县税务局负责)\n"
            "(三)城镇新增就业2500人。(县人社局负责)\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert "全县生产总值增长6%左右" in quotes
    assert "城镇新增就业2500人" in quotes
