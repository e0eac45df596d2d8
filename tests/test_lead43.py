"""(lead43) Cues from the forty-third session's fresh development batch (w65), each tested on made-up texts in
Simplified and Traditional: an estimate under a condition and a denied deadline (N13, G5); ``虽有`` conceding what there
is (N13); money put into works breaking ground on the story's day (N17d); the task quoted as the indicator a progress
report measures against (N13c); a body set up after a clause of its make-up takes the charge (U7d)."""

import pytest

from rules_kit import records, units
from extract.rules.hypotheticals import concedes_existing, hedged_estimate
from extract.rules.works_started_today import funds_works_started_today
from extract.cues import states_quota


def values(text):
    return sorted((r.value, r.unit) for r in records(text, "numeric_target"))


# -- an estimate under a condition, a denied deadline -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, number, expected", [
    ("如果逐校翻修,恐怕20年才能完成。", "20", True),
    ("如果只靠县里的钱,8座书屋最快也要花上5年。", "5", True),
    ("若是分批建设,估计要12年。", "12", True),
    ("書屋不可能在3年內完成改建。", "3", True),  # a denial, with no condition
    ("家长如果选择午托,每月只需缴300元。", "300", False),  # a condition on people: a standing rule
    ("如果天气允许,书屋将于5月开放,新增座位200个。", "200", False),  # no hedge of estimate in the number's clause
    ("县里计划5年内完成改建。", "5", False),
])
def test_hedged_estimate(sentence, number, expected):
    assert hedged_estimate(sentence, sentence.index(number)) is expected


def test_estimates_give_no_targets():
    text = "某县教育局表示,如果逐校翻修,恐怕20年、30年才能完成;如果只靠县里经费,8座书屋最快也要花上5年,不可能在2年内完成。"
    assert values(text) == []


@pytest.mark.parametrize("head, expected", [
    ("每年书屋修缮虽有", True), ("每年書屋修繕雖有", True), ("虽然只有约", True), ("每年书屋修缮有", False), ("虽然", False),
])
def test_concedes_existing(head, expected):
    assert concedes_existing(head) is expected


def test_conceded_amount_is_no_target():
    assert values("某局表示,每年书屋修缮虽有800万元经费,但一座就差不多用完。") == []
    assert values("每年書屋修繕雖有800萬經費,但一座就差不多用完。") == []


# -- money put into works breaking ground today ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, unit, expected", [
    ("某基金会投入2.5亿元经费,协助某县6座书屋改建,今天在甲村动土。", "亿元", True),
    ("某基金會投入2.5億經費,協助某縣6座書屋改建,今(8)日在甲村動土。", "億", True),
    ("某基金会投入2.5亿元经费,协助某县6座书屋改建,去年在甲村动土。", "亿元", False),  # not the story's day
    ("某基金会投入2.5亿元,书屋已全部完工,今天举行开工纪念。", "亿元", False),  # works finished
    ("某基金会今天动土兴建书屋6座。", "座", False),  # no money
])
def test_funds_works_started_today(sentence, unit, expected):
    assert funds_works_started_today(sentence, unit) is expected


def test_money_of_works_breaking_ground_today():
    assert (2.5, "亿元") in values("某基金会投入2.5亿元经费,协助某县6座书屋改建,今天在甲村动土。")
    assert (2.5, "亿元") not in values("某基金会去年投入2.5亿元经费,协助某县6座书屋改建。")


# -- the task quoted as the indicator a report measures against -------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("2031年度某市十大实事中一项指标就是“全市新建书屋", True),
    ("两项任务指标为“全县改造书屋", True),
    ("一项指标就是“已建成书屋", False),  # a word of what was done
    ("全市已新建书屋", False),
])
def test_states_quota_quoted(clause, expected):
    assert states_quota(clause) is expected


def test_quoted_indicator_in_a_progress_report():
    text = ("截至9月底,全市已新建书屋40所,完成率达80%。\n"
            "为推进书屋建设,2031年度某市十大实事中一项指标就是“全市新建书屋50所(其中村级20所以上)”。")
    got = {(r.value, r.unit, r.comparator) for r in records(text, "numeric_target")}
    assert (50, "所", "=") in got and (20, "所", ">=") in got
    assert (40, "所", "=") not in got


# -- a body set up after a clause of its make-up --------------------------------------------------------------------

@pytest.mark.parametrize("text, lead, task", [
    ("某县成立了由分管副县长任组长的书屋建设领导组,负责书屋建设的统一协调和调度。", "书屋建设领导组", "书屋建设的统一协调和调度"),
    ("一是成立了镇长为组长,分管领导为副组长,各村为成员的书屋工作领导小组,负责全镇书屋建设重大问题的研究。",
     "书屋工作领导小组", "全镇书屋建设重大问题的研究"),
    ("某縣成立了由縣長擔任組長的書屋推動小組,負責書屋建設的協調。", "书屋推动小组", "书屋建设的协调"),
])
def test_body_set_up_after_its_make_up(text, lead, task):
    rows = units(text)
    assert any(t.replace(" ", "") == task and ls == [lead] for t, ls, _ in rows), rows


def test_bare_kind_after_make_up_names_no_body():
    assert units("某县成立了由县长任组长的领导小组,负责书屋建设的统筹。") == []


# -- w66: results claimed by an ordinal item, a task met early, goals named as what a matter bears on, basis spans ----

from extract.rules.result_list_leads import claims_result  # noqa: E402
from extract.rules.text import deadline_year  # noqa: E402


@pytest.mark.parametrize("sentence, expected", [
    ("一是群众的选择更充裕,入书屋难现象得到改善", True),
    ("二是借阅价格下降,借书贵问题得到一定程度缓解。", True),
    ("其次,服务质量明显提升。", True),
    ("书屋服务质量明显提升。", False),  # no ordinal: a goal list's inline title reads the same
    ("一是力争入书屋难现象得到缓解。", False),  # a commitment
    ("一是书屋数量达到120家,借阅难得到改善。", False),  # figures of its own
])
def test_claims_result(sentence, expected):
    assert claims_result(sentence) is expected


def test_figures_after_a_claimed_result_are_status():
    text = ("某局介绍书屋建设实事项目有关情况。\n"
            "一是群众的选择更充裕,入书屋难现象得到改善。全区书屋达120家,可提供座位3000个。")
    assert values(text) == []


def test_a_goal_list_title_claims_nothing():
    text = "二、发展目标\n书屋服务质量明显提升。到2031年,全区书屋达到120家以上。"
    assert (120, "家") in values(text)


def test_results_closed_by_a_task_met_early():
    text = "今年,全区书屋达到130家,新增座位900个,提前超额完成书屋民生实事任务。"
    assert values(text) == []


@pytest.mark.parametrize("sentence, year", [
    ("谋划好今后的工作,直接关系到2035年如期建成书香城市目标。", None),
    ("谋划好今后的工作,事关2035年建成书香城市的目标。", None),
    ("要加快推进各项工作,到2035年如期建成书香城市。", 2035),
    ("某局乃规划《书屋中程计划》,作为2031年至2034年的施政依据。", None),
    ("2031年至2034年,全区新建书屋40家。", 2034),
])
def test_goals_named_and_basis_spans_are_no_deadlines(sentence, year):
    assert deadline_year(sentence) == year


# -- w67: a year's figure beside an earlier one's, works tables under an expected-completion column, main-content marks

from extract.rules.report_cutoffs import compared_data_year  # noqa: E402
from extract.rules.result_list_leads import raised_in_results  # noqa: E402
from extract.rules.target_exclusions import link_list_spans  # noqa: E402
from extract.rules.works_schedule_tables import completion_column_end  # noqa: E402
from extract.headings import Line  # noqa: E402


@pytest.mark.parametrize("text, year", [
    ("统计显示,2031年全区书屋借阅率为66.5%,比2025年提高了3.6个百分点。", 2031),
    ("2031年书屋读者1.8万人,较2026年减少10.4%。2032年书屋读者为1.7万人,比2026年减少12%。", 2032),
    ("2032年预计投入资金2.5亿元,较2031年增长120%。", None),  # a planned amount beside last year's: no data
    ("2031年全区书屋借阅率为66.5%。", None),
])
def test_compared_data_year(text, year):
    assert compared_data_year(text) == year


def test_an_undated_page_of_compared_figures_reports_results():
    text = ("一、书屋规模\n统计显示,截至2025年底,全区书屋120家。2031年书屋读者2.5万人,较2026年增加49.8%,2032年略有减少,为2.4万人。"
            "2032年书屋借阅率为66.5%,比2026年提高了3.6个百分点。为此,某区实施了《书屋提升计划(2029—2031年)》,"
            "制定目标:到2031年,书屋借阅率达到85%以上。")
    assert values(text) == [] and records(text, "goal") == []


@pytest.mark.parametrize("before, expected", [
    ("三是投入保障实现较大增长。中央将书屋的生均经费基准定额提高到", True),
    ("中央將書屋的生均經費基準定額提高到", True),
    ("中央将书屋经费", False),
])
def test_raised_in_results(before, expected):
    assert raised_in_results(before) is expected


def test_raised_standard_in_a_claimed_results_paragraph_is_status():
    text = "某局介绍书屋建设取得的成绩。\n三是投入保障实现较大增长。中央将书屋的生均经费基准定额提高到600元,专项补助提高到4.1亿元。"
    assert values(text) == []


def _lines(text):
    out, pos = [], 0
    for i, t in enumerate(text.split("\n")):
        out.append(Line(index=i, start=pos, end=pos + len(t), text=t))
        pos += len(t) + 1
    return out


@pytest.mark.parametrize("header, found", [
    ("预计落成日期", True), ("預計落成日期", True), ("计划竣工时间", True), ("预计启用日期", True),
    ("落成日期", False),  # dates reached
    ("本馆预计落成日期为2031年9月,届时将开放", False),  # a sentence, no header cell
])
def test_completion_column_end(header, found):
    lines = _lines(f"项目编号\n地点\n课室数\n{header}\nKG1\n某邨\n设有8间课室\n2031年9月")
    assert (completion_column_end(lines) is not None) is found


def test_rooms_of_works_under_an_expected_completion_column():
    text = "某局书屋校舍资料\n\n项目编号\n\n地点\n\n课室数 /\n大约面积\n\n预计落成日期\n\nKG1\n\n某邨\n\n设有8间课室 /\n\n2031年9月\n\n(暂定)"
    assert (8, "间") in values(text)
    assert (8, "间") not in values(text.replace("预计落成日期", "落成日期"))


def test_main_content_mark_ends_a_link_list():
    text = "最新资讯\n某镇开展书香活动\n某区召开书屋会议\n主要内容\n设有8间课室 /\n2031年9月"
    spans = link_list_spans(text)
    assert spans and all(b <= text.index("主要内容") for _, b in spans)


# -- w68: a programme's name in corner brackets, a clause's own relative time, works verbs after N年内, 如今 claims ---

from extract.rules.relative_time_clauses import own_relative_time  # noqa: E402
from extract.rules.text import masked_corner_names  # noqa: E402


def test_corner_bracketed_programme_names_date_nothing():
    s = "縣府爭取「120至122年書屋整修工程計畫」經費1.2億元,整修66座書屋。"
    assert deadline_year(s) is None
    assert masked_corner_names(s).count("□") == len("「120至122年書屋整修工程計畫」")
    assert all(r.target_year is None for r in records(s, "numeric_target")) and records(s, "goal") == []
    assert masked_corner_names("他说「今年很好」") == "他说「今年很好」"  # a quotation, no programme's name


@pytest.mark.parametrize("sentence, number, expected", [
    ("某县自2029年起协助书屋汰换灯具,去年更争取经费,斥资1.5亿元整修66座书屋", "1.5", True),
    ("某县自2029年起协助书屋汰换灯具,明年将斥资1.5亿元整修书屋", "1.5", True),
    ("2031年,今年全县新建书屋80个", "80", False),  # ``今年`` names the year written before it
    ("2031年全县投入1.5亿元整修书屋", "1.5", False),
])
def test_own_relative_time(sentence, number, expected):
    at = sentence.index(number)
    ends = [m.end() for m in __import__("re").finditer(r"20\d\d年", sentence) if m.end() <= at]
    assert bool(ends) and own_relative_time(sentence, ends[-1], at) is expected


def test_a_later_clause_with_its_own_relative_time_takes_no_earlier_year():
    got = records("某县自2029年起协助书屋汰换灯具,去年更争取专项经费,斥资1.5亿元整修66座书屋。", "numeric_target")
    assert [(r.value, r.target_year) for r in got if r.value == 1.5] == [(1.5, None)]


def test_a_present_frame_claim_makes_its_figures_status():
    text = "如今,我区书屋建设成效显著。全区现有书屋63家,借阅率超96%,读者1.4万余名。"
    assert values(text) == []


def test_a_time_limit_before_works_verbs():
    got = {(r.value, r.unit, r.comparator) for r in records("某县争取补助1.5亿元,3年内整修66座书屋。", "numeric_target")}
    assert (3, "年", "<=") in got
    assert (3, "年", "<=") not in {(r.value, r.unit, r.comparator) for r in records("某县3年内书屋读者翻番。", "numeric_target")}


# -- w69: a body's make-up, a goal section cut after its date -------------------------------------------------------

from extract.rules.phase_counts import counts_make_up  # noqa: E402


@pytest.mark.parametrize("clause_head, unit, after, expected", [
    ("某书屋中心预算由单位本级", "个", "内设机构和纳入预算范围的3个分馆组成(统一核算)", True),
    ("", "个", "下属分馆具体包括:甲馆、乙馆", True),
    ("", "個", "下屬分館具體包括:甲館、乙館", True),
    ("今年全区新建", "个", "书屋,由街道负责组织", False),  # no make-up: ``组成`` is missing, ``由`` charges a body
    ("", "个", "书屋建成后包括阅览区", False),  # no colon: no list set out
])
def test_counts_make_up(clause_head, unit, after, expected):
    assert counts_make_up(clause_head, unit, after) is expected


def test_make_up_counts_are_no_targets():
    text = ("二、机构设置情况\n某书屋中心部门预算由中心本级2个科室和纳入预算范围的3个分馆组成。\n"
            "3个下属分馆具体包括:甲馆、乙馆、丙馆。")
    assert values(text) == []


def test_a_goal_section_cut_after_its_date_gives_no_goal():
    assert records("(三)总体目标。到2031年,全", "goal") == []
    assert len(records("(三)总体目标。到2031年,全区书屋全部开放。", "goal")) == 1


@pytest.mark.parametrize("sentence, year", [
    ("某书屋中心2031年部门预算总支出3486.95万元", 2031),
    ("某书屋中心2031年预算总收入预计3486.95万元(3个分馆统一核算)", 2031),
    ("某书屋中心2031年修订预算总支出3486.95万元", None),
])
def test_budget_year_of_totals(sentence, year):
    from extract.rules.goal_date_cues import budget_year
    assert budget_year(sentence)[0] == year
