"""(unitB26) Rows of a delimited table that the page cut. Made-up tables."""

from rules_kit import units

from extract.rules.table_cut_rows import cut_last_row_roles, sentence_under_units, without_sentence_units

_HEAD = "公开类别 | 公开内容 | 责任股室 | 公开方式 | 公开时限 |\n"


def test_the_last_row_cut_after_its_unit_cell_fills_the_columns_from_the_first():
    text = (_HEAD + "学校概况 | 学校简介、办学规模和联系方式 | 办公室 | 门户网站 | 20个工作日内 |\n"
            "收费信息 | 各项收费项目、标准及依据 | 财务股 | 门户")
    assert [(lead, resp) for _, lead, resp in units(text)] == [(["办公室"], []), (["财务股"], [])]


def test_cut_last_row_roles_needs_the_end_of_the_text_and_no_closing_bar():
    roles = ["other", "content", "lead", "other", "deadline"]
    cells = ["收费信息", "各项收费项目", "财务股", "门户"]
    assert cut_last_row_roles(roles, cells, "收费信息 | 各项收费项目 | 财务股 | 门户", True) == roles[:4]
    assert cut_last_row_roles(roles, cells, "收费信息 | 各项收费项目 | 财务股 | 门户", False) is None
    assert cut_last_row_roles(roles, cells, "收费信息 | 各项收费项目 | 财务股 | 门户 |", True) is None
    assert cut_last_row_roles(roles, ["收费信息", "各项收费项目", "按季度公开"], "x", True) is None  # no units


def test_a_sentence_under_the_unit_column_is_no_unit_cell():
    cut = "健全重大决策公众参与机制,涉及群众切身利益的事项应当通过座谈、听证等方式广泛听取意见,并及时"
    assert sentence_under_units(cut)
    assert not sentence_under_units("办公室牵头,各股室配合")
    assert without_sentence_units(["一、决策公开", "6", cut], ["other", "content", "lead"]) == ["other", "content", "content"]
    text = ("具体要求 | 责任股室 |\n"
            "一、政策解读 | 1 | 做好政策文件的解读。 | 办公室 |\n"
            "二、决策公开 | 2 | " + cut)
    assert [lead for _, lead, _ in units(text)] == [["办公室"]]
