"""(goalA34) Made-up tests for goal_span_ends.section_span_end: a goal section's span of years gives its end year (O4)."""

from extract.rules.goal_span_ends import section_span_end


def test_spans_that_open_a_clause():
    assert section_span_end("2031-2032 年重点完成书屋体系重构")[0] == 2032
    assert section_span_end("为此,某馆将分步推进:2031—2032年重点完成书屋建设,2033-2035年打造品牌")[0] == 2032
    assert section_span_end("近期目标:2030年9月2031年8月(创建市一级书屋)")[0] == 2031
    assert section_span_end("2030年9月至2031年8月创建市一级书屋")[0] == 2031
    assert section_span_end("“十六五” 期间(2031-2035 年),某馆以阅读为核心,打造书香社区")[0] == 2035


def test_no_span():
    assert section_span_end("全县建成书屋12个")[0] is None
    assert section_span_end("到2031年,书屋数比2030年增长10%")[0] is None
    assert section_span_end("2033年至2031年")[0] is None  # runs backwards
    assert section_span_end("书屋覆盖全县,测算2031-2035年的缺口")[0] is None  # the span opens no clause


def test_goal_section_end_to_end():
    from tests.rules_kit import records
    page = "某馆发展规划\n一、总体目标\n“十六五” 期间(2031-2035 年),某馆以阅读为核心,打造书香社区。\n二、主要任务\n(一)加强宣传。\n开展阅读讲座。\n"
    assert [(g.quote, g.target_year) for g in records(page, "goal")] == [
        ("“十六五” 期间(2031-2035 年),某馆以阅读为核心,打造书香社区", 2035)]


def test_opening_year_after_a_label():
    """(goalA34) A goal section's sentence whose year opens it after a short label (O4)."""
    from extract.rules.goal_date_cues import opening_year
    assert opening_year("年度目标任务: 2031 年书屋开放率不低于 95%") == 2031
    assert opening_year("近期目标:2030年9月2031年8月(创建市一级书屋)") is None  # a span: ``section_span_end`` reads it
    assert opening_year("全县建成2031年度书屋") is None


def test_from_year_opening_a_span_of_years_work():
    """(goalA34) ``从2031年开始,经过五年努力,…``: the opening year of N years' work is no deadline (O4)."""
    from extract.rules.goal_date_cues import before_or_from
    from extract.rules.goals import goal_date
    assert before_or_from("从2031年开始,经过五年努力,使全县书屋实现全覆盖")[0] is None
    assert before_or_from("由2031年起,用3年时间建成书屋12个")[0] is None
    assert before_or_from("由2031年起,全面推行免费午餐")[0] == 2031
    assert goal_date("从2031年起,用3年时间建成书屋12个,到2033年实现全覆盖")[0] == 2033


def test_plan_execution_period_is_validity():
    """(goalA34) The plan's own period of execution states its period, no commitment (O3)."""
    from extract.rules.goals import states_validity
    assert states_validity("本计画包含两部分,计画执行期间至2031年7月10日,说明如下")
    assert states_validity("计划执行期间:自2031年1月1日至2031年12月31日")
    assert not states_validity("落实减免政策,执行期限至2031年12月31日")


def test_request_to_named_addressees():
    """(goalA34) A notice's request to addressees named before 请 is no goal of the plan."""
    from extract.rules.goals import requests_addressees
    assert requests_addressees("有意申请之学校请填写计划附件并核章,纸本于2031年12月29日前送达某国小学务处")
    assert requests_addressees("2031年5月30日前,请各校将报名表报送某局")
    assert not requests_addressees("2031年底前,某县新建书屋12个,提请审议")


def test_start_ahead_with_modal_before_the_from_phrase():
    """(goalA34) ``并将自2031年元月起陆续启动…``: a start still ahead (O3), January by its name."""
    from extract.rules.goal_since_years import tells_since_year
    from extract.rules.goals import false_goal_cue, goal_date
    s = "某馆建设计划已获核定,并将自2031年元月起陆续启动各项筹建工作"
    year, at, _ = goal_date(s)
    assert year == 2031 and not tells_since_year(s, at) and false_goal_cue(s, at) == ""
    t = "自2031年元月起,某市陆续启动书屋建设"
    assert tells_since_year(t, goal_date(t)[1])  # a start told as a fact


def test_plan_states_its_own_aim():
    """(goalA34) ``本计画以「甲」、「乙」为…之目标``: the plan's own aim stated, a goal (O3h)."""
    from extract.rules.goals import states_the_goal
    assert states_the_goal("本计画以「强化阅读」、「涵养习惯」为国中小推动阅读教育之目标,期以阅读开拓视野")
    assert not states_the_goal("某校以阅读为特色,推动书香校园")
    from tests.rules_kit import records
    page = "某县阅读计画\n本计画以「强化阅读」、「涵养习惯」为国中小推动阅读教育之目标,期以阅读开拓视野。\n"
    assert [g.quote for g in records(page, "goal")] == ["本计画以「强化阅读」、「涵养习惯」为国中小推动阅读教育之目标,期以阅读开拓视野"]


def test_level_reached_beyond_the_goal():
    """(goalA34) A level told with the goal it beat is a result (O1d: ``高于目标``), no commitment."""
    from extract.rules.goals import reports_reached
    assert reports_reached("2031年,全县书屋开放率为95.2%,比2030年提高8个百分点,远高于《规划》“达到70%”的目标")
    assert reports_reached("全区生产总值增长5.8%,高于目标0.3个百分点")
    assert not reports_reached("到2031年,确保书屋开放率高于省定目标")
    assert not reports_reached("到2031年,书屋开放率达到95%")
