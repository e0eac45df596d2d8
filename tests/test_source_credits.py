"""(lead40) A news page's closing bracket that repeats the page's source field is a credit, no unit row. Made-up texts."""

from rules_kit import units
from extract.rules.source_credits import is_source_credit, source_names


def test_source_names_read_the_field_up_to_the_next_label():
    assert source_names("日期:2031年1月5日   作者:   来源:某县融媒体中心    点击:[]\n") == {"某县融媒体中心"}
    assert source_names("来源:某县融媒体中心点击:[]\n") == {"某县融媒体中心"}
    assert source_names("來源:某報\n") == {"某報"}
    assert source_names("某县教育局召开会议。\n") == set()


def test_a_credit_needs_a_bare_bracket_and_every_unit_a_source():
    src = {"某县融媒体中心"}
    assert is_source_credit(["evidence:bare_bracket"], ["某县融媒体中心"], src)
    assert not is_source_credit(["evidence:bracket_roles"], ["某县融媒体中心"], src)
    assert not is_source_credit(["evidence:bare_bracket"], ["某县教育局"], src)
    assert not is_source_credit(["evidence:bare_bracket"], ["某县融媒体中心"], set())


PAGE = "某县政府工作报告摘要\n日期:2031年01月24日   作者:   来源:某县融媒体中心    点击:[]\n"


def test_a_repeated_source_credit_gives_no_row():
    text = PAGE + "据统计,全县地区生产总值增长12.6%,城乡居民收入分别增长12%和13%。(某县融媒体中心)\n"
    assert units(text) == []


def test_a_bracket_naming_another_body_stays_a_row():
    text = PAGE + "加强校园周边环境整治,提出具体举措。(县公安局)\n"
    assert [lead + resp for _, lead, resp in units(text)] == [["县公安局"]]
