"""``cues.heading_reviews_past``: headings that name a field's outcomes or gains beside shortfalls review the past."""

import pytest

from extract.cues import heading_reviews_past


@pytest.mark.parametrize("title", ["一、发展成效", "(一)改革成效", "一、成绩与不足", "(二)成绩和问题", "一、教育成效"])
def test_review_headings(title):
    assert heading_reviews_past(title)


@pytest.mark.parametrize("title", ["六、预期成效", "二、主要目标", "三、重点任务", "(一)提升办学质量"])
def test_not_review_headings(title):
    assert not heading_reviews_past(title)
