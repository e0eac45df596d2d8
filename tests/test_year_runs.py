"""A run of years shared out over a ``分别`` list of as many values (N9, N9e)."""

from extract.rules.targets import find_targets
from extract.rules.year_runs import year_in_order

S = "据介绍,2031年、2032年、2033年,全县巩固率将分别达到94%、96%、98%以上,达标率将分别达到70%和75%、80%。"


def test_kth_value_takes_kth_year():
    assert year_in_order(S, S.index("94%")) == 2031
    assert year_in_order(S, S.index("96%")) == 2032
    assert year_in_order(S, S.index("98%")) == 2033
    assert year_in_order(S, S.index("75%")) == 2032


def test_list_of_other_length():
    s = "2031年和2032年,分别新建书屋3个、4个和5个。"
    assert year_in_order(s, s.index("4个")) is None


def test_no_fenbie():
    s = "2031年和2032年,全县新建书屋5个。"
    assert year_in_order(s, s.index("5个")) is None


def test_years_not_in_order():
    s = "2033年、2031年,巩固率分别达到94%、96%。"
    assert year_in_order(s, s.index("94%")) is None


def test_sentence_read_with_years_in_order():
    got = [(h.value, h.target_year) for h in find_targets(S, role="plan")]
    assert got == [(94.0, 2031), (96.0, 2032), (98.0, 2033), (70.0, 2031), (75.0, 2032), (80.0, 2033)]
