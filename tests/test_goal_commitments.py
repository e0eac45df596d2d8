"""Commitments in forms the older date cues miss, and reports of a year's list (``rules.goal_commitments``), on
made-up sentences."""

from rules_kit import records

from extract.rules.goal_commitments import planned_span, reports_list_announced


def _goals(text):
    return [(r.text, r.target_year) for r in records(text, "goal")]


def test_plan_word_then_span_then_deed():
    assert planned_span("我省计划2031—2035年新改扩建300所农村幼儿园")[0] == 2035
    assert planned_span("某区提出在未来三年(2031—2033年),拟推进60个项目建设")[0] == 2033
    assert planned_span("某区提出在未来三年2031—2033年,拟推进60个项目建设")[0] == 2033
    assert planned_span("全市力争2031年至2034年累计新增学位2万个")[0] == 2034


def test_span_without_plan_word_or_deed_is_none():
    assert planned_span("本规划期为2031—2035年")[0] is None
    assert planned_span("根据《某市学前教育发展计划(2031—2035年)》的要求")[0] is None
    assert planned_span("2031—2033年全区新建幼儿园12所")[0] is None  # (no plan word: read by other cues, or none)
    assert planned_span("计划2031—2035年的经费由市财政统筹")[0] is None


def test_planned_span_gives_a_goal():
    text = "某省近日印发通知。为扩大学前教育资源,我省计划2031—2035年新改扩建300所农村幼儿园。\n"
    assert ("为扩大学前教育资源,我省计划2031—2035年新改扩建300所农村幼儿园", 2035) in _goals(text)


def test_list_announced_is_no_goal():
    assert reports_list_announced("大会公布了2031年某县将完成的十件惠民实事")
    assert reports_list_announced("12件群众关注度高的2031年某区政府实事项目确定,将进一步提高群众的幸福指数")
    assert reports_list_announced("某市发布2031年民生实事项目清单")


def test_list_set_out_or_committed_is_no_report():
    assert not reports_list_announced("2031年某市民生实事项目正式确定,包含新建幼儿园3所、改造老旧小区12个")
    assert not reports_list_announced("某县公布2031年民生实事项目为:新建公园3个、改造道路5条")
    assert not reports_list_announced("2031年全县将办好十件民生实事")
    assert not reports_list_announced("2031年全区民生实事项目包括:新建公园3个")


def test_announced_list_gives_no_goal_but_commitment_does():
    text = ("3月2日,某县人民代表大会开幕,大会公布了2031年某县将完成的十件惠民实事。\n"
            "2031年,某县将新建幼儿园3所,改造老旧小区12个。\n")
    got = [g for g, _ in _goals(text)]
    assert not any("公布" in g for g in got)
    assert any(g.startswith("2031年,某县将新建幼儿园3所") for g in got)
