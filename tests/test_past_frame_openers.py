"""``rules.text.PAST_MARKERS``: a clause that opens the sentence with a past period frames its deeds (N13)."""

import pytest

from extract.rules.text import PAST_MARKERS, has_past_marker, is_past_at


@pytest.mark.parametrize("opener", ["上学期", "上一学期", "上月", "上个月", "上周", "此前"])
def test_past_period_opening_a_clause(opener):
    s = opener + ",全区开展教研活动120场"
    assert has_past_marker(s) and PAST_MARKERS.search(s) is not None
    assert is_past_at(s, s.index("120"))


@pytest.mark.parametrize("s", ["下学期,全区开展教研活动120场", "暑假期间,全区开展教研活动120场",
                               "每学期开展教研活动不少于2场", "全区本月开展教研活动120场"])
def test_not_a_past_frame(s):
    assert not has_past_marker(s)
