"""(tgtA26) N13: two variants of a done or look-back word the past cues missed: ``近N年以来`` inside a sentence (as
``近三年来``) and ``已全数完工`` (as ``已全部完工``)."""

from extract.rules.text import has_past_marker
from rules_kit import records


def test_span_of_years_with_yilai_is_a_past_marker():
    assert has_past_marker("某镇抓好人才引进,近两年以来共招聘8名教师")
    assert has_past_marker("近十年来共建成9所")
    assert not has_past_marker("某镇今后两年将招聘8名教师")


def _values(text):
    return [(r.value, r.unit) for r in records(text, "numeric_target")]


def test_recruited_over_recent_years_is_no_target():
    assert _values("某县加强教师队伍建设,近四年以来某县共新招聘14名幼儿教师。") == []


def test_works_all_finished_after_the_count_is_no_target():
    assert _values("依照原有规划,计划内18座体育中心已经全数完工启用。") == []
