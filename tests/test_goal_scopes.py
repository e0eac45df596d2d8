"""Goal scopes set by a task table's category lines (``rules.goal_scopes``), on made-up tables."""

from rules_kit import records

from extract.rules.goal_scopes import is_category_line, names_goal_category, ranked_title


def _cells(*xs):
    return "\n\n".join(xs) + "\n"


def _goals(text):
    return [(r.text, r.target_year) for r in records(text, "goal")]


# a ``分类`` column whose cell spans its rows, one cell per line
_SPANNING = "某区2031年政府工作报告重点工作责任分解\n\n" + _cells(
    "分类", "序号", "事项", "责任单位", "牵头单位", "发展目标",
    "1", "全区生产总值增长6%以上。", "区发改局、区统计局", "区发改局",
    "2", "城镇新增就业4800人。", "区人社局", "区人社局",
    "3", "城镇登记失业率控制在3%以内。", "区人社局", "区人社局",
    "深化改革",
    "4", "深化教育评价改革,推进考试招生制度改革。", "区教育局", "区教育局",
    "5", "优化营商环境,推进一网通办。", "区行政服务中心", "区行政服务中心")


def test_rows_under_a_goal_category_are_goals():
    assert _goals(_SPANNING) == [("全区生产总值增长6%以上", None), ("城镇新增就业4800人", None),
                                 ("城镇登记失业率控制在3%以内", None)]


def test_rows_under_another_category_are_no_goals():
    got = [g for g, _ in _goals(_SPANNING)]
    assert not any("教育评价" in g or "营商环境" in g for g in got)


# a section row with its marker inside the table
_SECTION_ROW = "某区2031年重点工作任务分解表\n\n" + _cells(
    "序号", "重点工作任务", "主要责任单位", "协同配合单位",
    "一、2031年经济社会发展的主要预期目标",
    "1", "固定资产投资增长7.5%左右。", "区发改委", "区住建局、区交通局",
    "2", "城镇新增就业4800人。", "区人社局", "各乡镇人民政府",
    "二、全力推进项目建设、优化营商服务,夯实发展基础",
    "3", "加快建设甲小学扩建教学楼项目。", "区教育局", "区住建局")


def test_section_row_naming_goals_scopes_its_rows():
    assert _goals(_SECTION_ROW) == [("固定资产投资增长7.5%左右", None), ("城镇新增就业4800人", None)]


def test_column_header_naming_goals_is_no_heading():
    # ``年度目标`` is a column every row fills (O1a): no goal from the rows
    text = "某区2031年重点工作任务分解表\n\n" + _cells(
        "序号", "工作任务", "年度目标", "牵头单位",
        "1", "推进学前教育普惠发展", "普惠性幼儿园覆盖率达到90%", "区教育局",
        "2", "推进义务教育优质均衡", "新建学校2所", "区教育局")
    assert _goals(text) == []


def test_category_line_shapes():
    assert is_category_line("发展目标") and is_category_line("激发市场活力")
    assert is_category_line("二、全力推进项目建设、优化营商服务,夯实发展基础")
    assert not is_category_line("12")
    assert not is_category_line("全区生产总值增长6%以上。")
    assert not is_category_line("区发改局、区统计局,各乡镇")


def test_names_goal_category():
    assert ranked_title("一、2031年主要预期目标") == "2031年主要预期目标"
    assert names_goal_category("一、2031年主要预期目标", in_cell=False, header_column=False)
    assert names_goal_category("发展目标", in_cell=False, header_column=False)
    assert not names_goal_category("发展目标", in_cell=False, header_column=True)  # a column the rows fill
    assert not names_goal_category("完成年度目标", in_cell=True, header_column=False)  # a cell's own text
    assert not names_goal_category("深化改革", in_cell=False, header_column=False)
    assert not names_goal_category("二、扩大有效投资", in_cell=False, header_column=False)


# -- the page's end inside a goal section (O1b) --------------------------------------------------------------------
from extract.rules.goal_scopes import cut_page_tail  # noqa: E402


def _tail(text):
    par = text.rstrip().rsplit("\n", 1)[-1]
    end = len(text.rstrip())
    cut = cut_page_tail(par, text, end)
    return par[cut[0]:cut[1]] if cut else None


def test_cut_phrase_under_phrase_titles_is_a_goal():
    text = "二、发展目标\n设施全面覆盖。每个乡镇建成1所养老机构。\n质量明显提升。护理型床位占比达到60%。\n服务主体更加"
    assert _tail(text) == "服务主体更加"
    got = [g for g, _ in _goals(text + "\n")]
    assert "服务主体更加" in got


def test_cut_piece_after_a_sentence():
    assert _tail("二、发展目标\n甲园建成投用。乙校扩建完成。托育服") == "托育服"
    assert _tail("二、发展目标\n甲园建成投用,每千人口托位达到4.5个。丙") == "丙"


def test_no_cut_tail():
    # a line of its own under running text: a label or a cut title, no goal
    assert _tail("二、发展目标\n到2031年,全区建成养老机构12所,护理型床位占比达到60%。\n联系人张某") is None
    # a closed line, a number, a piece the page repeats
    assert _tail("二、发展目标\n设施全面覆盖。每个乡镇建成1所养老机构。") is None
    assert _tail("二、发展目标\n设施全面覆盖。每个乡镇建成1所。123") is None
    assert _tail("二、发展目标\n甲园建成投用,每千人口托位达到4.5个。托") is None  # (``托`` stands twice)
    # the page goes on after the paragraph
    page = "设施全面覆盖。每个乡镇建成1所。\n服务主体更加\n附件"
    assert cut_page_tail("服务主体更加", page, page.index("\n附件")) is None
    assert cut_page_tail("服务主体更加", page[:page.index("\n附件")], page.index("\n附件")) == (0, 6)


# -- the time an undated page speaks from (O3d) ---------------------------------------------------------------------
from extract.rules.goal_scopes import told_page_year  # noqa: E402


def test_told_page_year():
    assert told_page_year("原标题:2030年度某市政府实事项目九成超计划完成\n晨报讯 某市实事项目顺利完成。") == 2031
    assert told_page_year("从就业到教育,2031年地方两会释放哪些民生信号\n近期,地方两会密集召开。") == 2031


def test_told_page_year_near_misses():
    # a deadline of completion, not a report of it
    assert told_page_year("某局决定利用三年时间,力争在2030年底全面完成分馆建设") is None
    assert told_page_year("确保2030年全面完成改造任务") is None
    assert told_page_year("某县2031年将全面完成老旧小区改造") is None
    # past the lead: the body's reports do not date the page
    assert told_page_year("标题\n来源:某报\n记者某某\n导语\n2030年度某市实事项目顺利完成") is None


def test_undated_report_of_year_done_gives_no_goal_of_that_year():
    text = ("2030年度某市政府实事项目顺利完成\n"
            "晨报讯 某市政府于2030年共安排12项实事,年度计划投资10亿元。\n")
    assert _goals(text) == []


# -- a delimited table whose category cell opens its rows' lines (O1a's own layout) --------------------------------
from extract.rules.goal_scopes import row_lead_cell  # noqa: E402

_DELIMITED = ("某区2031年重点工作分解\n分类 | 序号 | 事项 | 牵头单位\n主要目标 | 1 | 全区生产总值增长6%。 | 区发改局\n"
              " | 2 | 城镇新增就业4800人。 | 区人社局\n改革攻坚 | 3 | 深化教育评价改革。 | 区教育局\n")


def test_delimited_category_cell_scopes_its_rows():
    assert _goals(_DELIMITED) == [("全区生产总值增长6%", None), ("城镇新增就业4800人", None)]


def test_row_lead_cell():
    line = "主要目标 | 1 | 全区生产总值增长6%。 | 区发改局"
    assert row_lead_cell(line, line.index("全区"))[1] == "主要目标"
    line = " | 2 | 城镇新增就业4800人。 | 区人社局"
    assert row_lead_cell(line, line.index("城镇")) == (-1, "")  # a merged cell: the category above holds
    assert row_lead_cell("2\n城镇新增就业4800人。", 2) is None  # one cell per line: no cell mark before the task


def test_delimited_goal_column_is_no_heading():
    text = ("某区2031年重点工作分解\n序号 | 工作任务 | 年度目标 | 牵头单位\n1 | 推进学前教育普惠发展 | 覆盖率达到90% | 区教育局\n"
            "2 | 推进义务教育优质均衡 | 新建学校2所 | 区教育局\n")
    assert _goals(text) == []
