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


from extract.rules.goal_commitments import year_then_duty  # noqa: E402


def test_year_then_distant_duty():
    s = "3月2日,记者从某县人大会议上了解到,2031年,某县继续把办实事作为政府工作的出发点,在落实好省定实事的同时,将集中力量办好十件民生实事"
    assert year_then_duty(s)[0] == 2031
    assert year_then_duty("会议要求,2031年要按照“任务清单化”的要求,突出抓好12项重点工作落实")[0] == 2031


def test_year_then_duty_near_misses():
    # the clauses between tell what was done
    assert year_then_duty("2031年,全县累计新建幼儿园12所,将继续推进学前教育普惠发展")[0] is None
    # a date, not the year of the work
    assert year_then_duty("二○三一年五月六日某省规划纲要任务分工,为贯彻落实纲要,要做好以下工作".replace("二○三一", "2031"))[0] is None
    # 要 inside a word (重要讲话), no will
    assert year_then_duty("2031年,某委深入贯彻重要讲话精神,坚决落实各项部署,工作取得新成效")[0] is None
    # a request told (要求), no will
    assert year_then_duty("2031年,上级要求各地落实责任")[0] is None


def test_year_then_duty_gives_a_goal():
    text = "某县召开会议。会议要求,2031年要按照“任务清单化”的要求,突出抓好12项重点工作落实。\n"
    assert any(y == 2031 and "突出抓好12项" in g for g, y in _goals(text))


from extract.rules.goal_commitments import year_deed_counted  # noqa: E402


def test_year_deed_in_any_measure_word():
    assert year_deed_counted("2031年全县新增养老服务机构床位300张;新建乡镇养老服务中心3个")[0] == 2031
    assert year_deed_counted("2031年,,全国计划新开工城镇保障性安居工程630万套,,基本建成470万套")[0] == 2031


def test_year_deed_counted_near_misses():
    assert year_deed_counted("2031年全县累计新增养老床位300张")[0] is None  # a total reached
    assert year_deed_counted("2031年共新建幼儿园5所")[0] is None
    assert year_deed_counted("2031年全年新增就业1.2万人")[0] is None  # the year's result
    assert year_deed_counted("2031年5月新增病例12例")[0] is None  # a date, not the year of the work
    assert year_deed_counted("2031年新增学位比上年增长12%")[0] is None  # a rate, no measure word
    assert year_deed_counted("全县新增养老床位300张")[0] is None  # no year


def test_year_deed_counted_gives_a_goal():
    text = "某县养老服务体系建设任务。2031年全县新增养老服务机构床位300张。\n"
    assert ("2031年全县新增养老服务机构床位300张", 2031) in _goals(text)


def test_year_deed_counted_leaves_a_statement_of_goals():
    assert year_deed_counted("十三五期间,2030年的总体目标是:建成3所学校")[0] is None


def test_a_named_year_list_states_its_deeds():
    # (goalB27) O3c: a year's list named by its title, then what it says: the list's year dates the deeds
    from extract.rules.goal_commitments import named_list_states
    s = "“乙省2033年为民项目清单”里列出,新建口袋公园60个,改造农村公路800公里"
    year, at = named_list_states(s)
    assert year == 2033 and s[at:at + 4] == "2033"
    assert named_list_states("乙省2033年为民项目清单已全部完成") == (None, -1)  # no deed stated after a saying verb
    assert named_list_states("乙省发布2033年项目清单") == (None, -1)
    page = "多地发布为民项目\n发布时间:2033-02-11\n" + s + "。\n"
    got = [(g.quote, g.target_year) for g in records(page, "goal")]
    assert got == [(s, 2033)]


def test_a_plan_says_the_year_and_the_commitment():
    # (goalB27) O3c: ``…规划提出2033年…达到…`` with no comma: the year is the deadline the plan sets
    from extract.rules.goal_commitments import plan_says_year
    s = "《丙市通信规划》提出2033年农村光纤覆盖率达到97%"
    year, at = plan_says_year(s)
    assert year == 2033 and s[at:at + 4] == "2033"
    assert plan_says_year("会议提出2033年工作思路") == (None, -1)  # no plan and no level or deed
    page = "丙市通信发展\n发布时间:2031-05-06\n" + s + "。\n"
    assert [(g.quote, g.target_year) for g in records(page, "goal")] == [(s, 2033)]
