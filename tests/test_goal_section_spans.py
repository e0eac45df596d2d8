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
