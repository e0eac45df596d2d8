"""(unitA37) A party's duty heading over lines each opened by the duty's short name and a colon (made-up text)."""

from rules_kit import records, units

from extract.cues import is_unit_cell
from extract.rules.unit_duty_headings import topic_duty_lines

T = ("二、职责分工\n1.某校书屋委员会的职责\n图书采购:根据师生需求,制定采购目录。\n借阅管理:定期清点图书,登记借阅情况。\n"
     "读书活动:组织开展读书月活动。\n2.后勤处的职责\n保障书屋的水电和安全。\n")


def test_one_row_a_topic_line():
    got = units(T)
    assert ("图书采购", ["某校书屋委员会"], []) in got
    assert ("借阅管理", ["某校书屋委员会"], []) in got
    assert ("读书活动", ["某校书屋委员会"], []) in got


def test_quote_runs_to_the_line_sentence_end():
    qs = [r.quote for r in records(T, "unit_assignment")]
    assert "借阅管理:定期清点图书,登记借阅情况" in qs


def test_single_topic_line_or_unit_labels_are_no_run():
    t = "甲:乙\n图书采购:根据师生需求,制定采购目录。\n保障书屋的水电。\n"
    assert topic_duty_lines(t, t.index("图书"), is_unit_cell) == []
    t2 = "某县文旅局:负责书屋建设。\n某县教育局:负责图书配送。\n"
    assert topic_duty_lines(t2, 0, is_unit_cell) == []
