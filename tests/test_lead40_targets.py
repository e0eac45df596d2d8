"""(lead40) Speeches: the salutation (``同志们:``) opens a speech, not a plan's outline; a run that recounts results in a
speech's parts gives no targets, and its commitments still do. Made-up texts only."""

import pytest

from rules_kit import records
from extract.cues import salutation, section_role, heading_gives_context
from extract.rules.recounts import commits

SPEECH = "某县县长在全县教育工作会议上的讲话\n同志们:\n"


def values(text):
    return sorted(r.value for r in records(text, "numeric_target"))


@pytest.mark.parametrize("title, is_salutation", [
    ("同志们", True), ("同志们:", True), ("各位代表、同志们:", True), ("老师们、同学们:", True),
    ("尊敬的各位来宾", True), ("女士们、先生们", True),
    ("代表团", False), ("教师发展中心", False), ("一、主要任务", False), ("家长", False),
])
def test_salutations(title, is_salutation):
    assert salutation(title) is is_salutation


def test_a_salutation_gives_context_not_a_plan_part():
    assert heading_gives_context("同志们:") and section_role(["同志们"]) == "none"


def test_a_recount_after_the_salutation_gives_no_target():
    text = SPEECH + "十三五以来,全县上下优先发展教育事业,取得了显著成绩。全县初中阶段入学率达98.8%,高中阶段毛入学率达92%。\n"
    assert values(text) == []


def test_a_recount_in_a_part_of_the_speech_gives_no_target():
    text = SPEECH + "  一、充分肯定成绩\n  五年来,全县上下优先发展教育事业,取得了显著成绩。全县初中阶段入学率达98.8%。\n"
    assert values(text) == []


def test_a_speech_still_commits():
    text = SPEECH + "  二、明确今后五年的任务\n  到2025年,全县高中阶段毛入学率要达到95%以上。\n"
    assert values(text) == [95.0]


def test_the_same_outline_without_a_salutation_stays_a_plan():
    text = "某县教育发展规划\n一、主要任务\n全县新建幼儿园10所。\n"
    assert values(text) == [10.0]


@pytest.mark.parametrize("sentence, commits_", [
    ("全县人均预期受教育年限达到11.5年", False),
    ("在全市率先基本普及学前教育", False),
    ("到2025年,基本普及高中阶段教育", True),
    ("预期全年新增学位2000个", True),
])
def test_words_of_a_result_are_no_commitment(sentence, commits_):
    assert commits(sentence) is commits_


@pytest.mark.parametrize("text, expected", [
    ("本校於2016年正式成立,為一級行政單位,設置辦法如附件1所示。\n", []),
    ("到2025年,完成改造的学校名单如附件2所列。\n", []),
    ("全县将新建幼儿园3所示范园。\n", [3.0]),
    ("到2025年新建学校3所。\n", [3.0]),
])
def test_an_attachment_as_shown_is_no_count(text, expected):
    assert values(text) == expected
