"""(unitB26) A delimited table's first row taken for its header is read as a row too. Made-up tables."""

from rules_kit import units

from extract.rules.table_header_rows import header_line_is_row

_TABLE = ("2031年校务公开分工\n"
          "公开要点 | 具体要求 | 分工 |\n"
          "招生入学 | 公开招生计划、划片范围和录取结果,接受家长监督。 | 某市教育局各科室 |\n"
          "收费管理 | 公开各项收费标准和减免政策。 | 财务科,审计科 |\n")


def test_the_first_row_read_as_header_gives_its_own_row():
    got = units(_TABLE)
    assert [lead for _, lead, _ in got] == [["某市教育局各科室"], ["财务科", "审计科"]]


def test_a_header_of_column_words_is_no_row():
    assert not header_line_is_row(["工作任务", "具体要求", "责任科室"], ["title", "content", "lead"])
    assert header_line_is_row(["招生入学", "公开招生计划和录取结果,接受家长监督。", "某市教育局各科室"], ["other", "title", "lead"])
    # a sentence cell but no units under the unit column: no row
    assert not header_line_is_row(["招生入学", "公开招生计划和录取结果。", "按时完成"], ["other", "title", "lead"])
