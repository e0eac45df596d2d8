"""A number before ``年`` that is part of a date or a fiscal year is no span of years (eval/README.md N3, records.md: dates).

``20年4月18日――20年4月28日`` (a template's year left short), ``2014/15年度起增拨…``: a number with ``年`` right before a month
(``N月``) writes the year of a date, and two digits after ``2014/`` write the end of a fiscal or school year; neither counts
years. A span of years stays (``用3年``, ``服务满5年``: no month after, no year before the stroke).
"""

from __future__ import annotations

import re

_MONTH_AFTER = re.compile(r"\s*(?:度\s*)?\d{1,2}\s*月")
_YEAR_BEFORE_STROKE = re.compile(r"(?:19|20)\d\d\s*[/／]\s*$")


def is_date_year(before: str, unit: str, after: str) -> bool:
    """The number with ``unit`` ``年`` is a date's year (a month after it) or a fiscal year's second part (``2014/``
    before it). ``before``: the sentence up to the number; ``after``: the text right after the unit."""
    if unit != "年":
        return False
    return _MONTH_AFTER.match(after) is not None or _YEAR_BEFORE_STROKE.search(before[-8:]) is not None
