"""``X承担Y``: a unit that takes on a project of the year's list leads it (``rules.project_takers``); made-up text."""

from extract.rules.project_takers import project_takers


def _rows(text):
    return [(text[a:b], t, u) for a, b, t, u in project_takers(text)]


def test_a_quoted_item_of_the_list():
    text = "一、总体进展\n甲区教育局承担区政府民生实事“新建公园3个,新增学位900个”项目,二季度进展如下:\n"
    assert _rows(text) == [("甲区教育局承担区政府民生实事“新建公园3个,新增学位900个”项目", "新建公园3个,新增学位900个", "甲区教育局")]


def test_the_clause_after_the_frame_words():
    text = "2031年某县卫健局承担县委、县政府为民办实事新建村卫生室12个,计划投资600万元。"
    assert _rows(text) == [("某县卫健局承担县委、县政府为民办实事新建村卫生室12个", "新建村卫生室12个", "某县卫健局")]


def test_a_title_line_names_the_report():
    assert _rows("2031年某县卫健局承担县政府为民办实事村卫生室建设项目1-4月进展情况\n") == []


def test_duties_money_and_the_attributive_form_are_no_project():
    assert _rows("某县卫健局承担全县卫生监督职责,负责…。") == []  # a duty, no list's project
    assert _rows("某县财政局承担县政府为民办实事项目资金的60%,其余由乡镇自筹。") == []  # money
    assert _rows("某县卫健局承担的为民办实事项目进展顺利,已完成8个。") == []  # names the projects only
    assert _rows("张三承担县政府为民办实事新建村卫生室12个,…") == []  # no unit
