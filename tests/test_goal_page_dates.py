"""Made-up tests for goal_page_dates: an undated page's own dateline, read for its goals."""

from extract.rules.goal_page_dates import told_date_year
from tests.rules_kit import records


def test_speech_dateline_run_into_the_opening_line():
    t = "某县2030年计划执行情况与2031年计划报告 ——2031年1月6日在某县第五届人民代表大会第二次会议上 某局 各位代表:"
    assert told_date_year(t) == 2031
    assert told_date_year("某县2030年计划执行情况报告 各位代表:2031年将新建公园3个。") is None


def test_dotted_dateline():
    assert told_date_year("某地将全面实现免费教育\n\n03.03.2031  17:33\n\n正文…") == 2031
    assert told_date_year("某地将全面实现免费教育\n\n版本 3.03.2031 说明\n") is None


def test_year_before_dateline_reports_a_result():
    page = ("某县2030年计划执行情况与2031年计划报告 ——2031年1月6日在某县第五届人民代表大会第二次会议上 某局 各位代表: "
            "一、2030年计划执行情况 2030年,全县农业总产值预计完成51亿元、增长8%。 二、2031年计划 2031年,全县将新建公园3个。")
    years = [g.target_year for g in records(page, "goal")]  # (without the dateline 2030 would read as ahead)
    assert 2030 not in years and 2031 in years


def test_credit_dateline():
    assert told_date_year("某报消息(记者 王某)2033年1月12日,某市召开发布会。") == 2033
    assert told_date_year("本报讯 (通讯员 李某) 2033年2月5日,某县举行开工仪式。") == 2033
    # near-misses: a date in the story's body, a date with no credit before it
    assert told_date_year("某县召开会议。会议指出,2033年1月12日,要全面启动工作。") is None


def test_credit_dateline_makes_last_year_past():
    page = ("某市教育惠民工程发布\n\n某网消息(记者 赵某)2034年1月8日,某市召开新闻发布会。"
            "2033年“学校建设工程”规划“新建幼儿园12所”。2034年,某市将新建幼儿园15所。\n")
    assert [g.target_year for g in records(page, "goal")] == [2034]
    undated = page.replace("某网消息(记者 赵某)2034年1月8日,", "")  # without the dateline 2033 reads as ahead
    assert [g.target_year for g in records(undated, "goal")] == [2033, 2034]


def test_a_wire_dateline_later_in_the_year_than_the_stamp():
    from extract.rules.goal_page_dates import dateline_before_stamp_year
    lead = "某县扩建养老院\n    某某网11月28日9时讯(通讯员 王某)近日,某县召开会议。"
    assert dateline_before_stamp_year(lead, "2033-01-15") == 2032  # posted in January: the story is of the year before
    assert dateline_before_stamp_year(lead, "2033-12-02") is None  # posted after the dateline: the stamp's year may hold
    assert dateline_before_stamp_year(lead, None) is None
    assert dateline_before_stamp_year("本报讯(记者 李某)12月3日,某区召开会议。", "2033-03-01") == 2032
    assert dateline_before_stamp_year("某县召开会议,部署明年工作。", "2033-01-15") is None


def test_end_to_end_a_reposted_story_keeps_its_plans():
    page = ("某县:明年新增养老床位300张\n发布时间:2033-01-15\n\n"
            "    某某网11月28日9时讯(通讯员 王某)近日,某县召开养老工作会议。"
            "县民政局介绍,2032年全县将改造敬老院4所,新增养老床位300张。\n")
    quotes = [g.quote for g in records(page, "goal")]
    assert any("新增养老床位300张" in q and "2032年" in q for q in quotes)
