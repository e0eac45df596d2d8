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
