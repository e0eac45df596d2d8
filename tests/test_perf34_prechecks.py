"""(speedA34) Prechecks that keep the rules' output: each against the plain reading it stands in for."""

import random

from extract.rules import recounts
from extract.rules.unit_host_runs import host_label_run, opens_host_label
from extract.rules.unit_run_in_owners import ends_with_colon
from extract.rules.units import _MARKER_KINDS, item_marker_kind


def _plain_marker_kind(text):
    for kind, pattern in _MARKER_KINDS:
        if pattern.match(text):
            return kind
    return None


def test_item_marker_kind_precheck_matches_the_patterns():
    assert item_marker_kind(" (二)甲") == "paren-numeral"
    assert item_marker_kind("\u30002.甲") == "digit"
    assert item_marker_kind("②甲") == "circled"
    assert item_marker_kind("• 甲") == "bullet"
    assert item_marker_kind("甲局") is None
    assert item_marker_kind("") is None
    rng = random.Random(34)
    alphabet = " \t\u3000(（)）一二三十1234５٣①⑳⑴•●▪■◆-、.．甲a"
    for _ in range(20000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        assert item_marker_kind(t) == _plain_marker_kind(t), t


def test_ends_with_colon_is_the_stripped_span_read():
    text = "甲局:\n负责某事。\n责任单位:   \n" + " " * 20 + "\n乙:" + " " * 12
    rng = random.Random(34)
    for _ in range(5000):
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert ends_with_colon(text, a, b) == text[a:b].strip().endswith((":", "：")), (a, b)
    assert ends_with_colon("责任单位：", 0, 5)
    assert not ends_with_colon("责任单位", 0, 4)
    assert ends_with_colon(":" + " " * 30, 0, 31)  # blanks beyond the tail read: the whole span


def test_host_label_run_needs_an_opening_host_label():
    assert opens_host_label("主办单位:甲局")
    assert not opens_host_label("负责甲局的工作")
    assert host_label_run(["负责甲局的工作", "主办单位:甲局"]) is None


def test_recount_review_year_read_once_keeps_the_year():
    carry = recounts.Recount()
    spans = recounts.recount_spans("会上,主任总结了2030年的工作。全县新建学校3所。", carry)
    assert spans and carry.open and carry.year == 2030


def test_award_sentence_ends_at_its_first_stop():
    from extract.rules.award_results import tells_award_result

    # the sentence ends at the first stop of any kind: what comes after it (``将…``) is another sentence's
    assert tells_award_result("甲馆凭借人均借阅量达", "4.6册,获“阅读推广奖”。明年将评选出10名")
    assert tells_award_result("甲馆获", "“阅读推广奖”!将评选出10名。")
    assert not tells_award_result("甲馆力争获", "“阅读推广奖”1项。")


def test_goal_statement_above_reads_the_line_above():
    from types import SimpleNamespace as NS

    from extract.rules.label_values import goal_statement_above

    text = "2031年全县发展的主要预期目标是:\n地区生产总值增长6%左右。"
    cut = text.index("\n")
    pars = [NS(kind="text", index=0, span=NS(start=0, end=cut)), NS(kind="text", index=1, span=NS(start=cut + 1, end=len(text)))]
    s = NS(paragraphs=pars)
    assert goal_statement_above(s, pars[1], text)
    text2 = text.replace(":", "。")
    assert not goal_statement_above(s, pars[1], text2)
