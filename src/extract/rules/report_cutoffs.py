"""The time an undated page speaks from, read from the cut-off date of the figures it reports (O3d).

O3d reads a page's date from the text itself, among others from "the time it speaks from (results it reports
``截至…``)". An undated page that reports figures ``截至2032年3月底`` or ``截至 121 年 3 月底`` (an ROC year) speaks
from that year at the earliest: what it dates before that year has happened.
"""

from __future__ import annotations

import re

# ``截至2032年3月底``, ``截止 121 年 3 月``, ``統計至2032年``: a cut-off with its year (common era or ROC)
_CUTOFF = re.compile(r"(?:截至|截止|統計至|统计至)\s*(?:民國|民国)?\s*(\d{4}|1\d\d|\d\d)\s*年")


def cutoff_year(text: str) -> int | None:
    """The latest year (common era) of a cut-off date of reported figures (``截至2032年3月底`` -> 2032,
    ``截至 121 年 3 月底`` -> 2032); None where the text states none. An ROC year (two or three digits) counts from
    1911; a four-digit year outside 1990-2099 is no year."""
    years = []
    for m in _CUTOFF.finditer(text):
        y = int(m.group(1))
        y = y + 1911 if y < 200 else y
        if 1990 <= y <= 2099:
            years.append(y)
    return max(years) if years else None


# an ROC year before its 年 (``108 年``, ``108年度``, ``民國108年``): two or three digits, no digit or point next to it
_ROC_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:民國|民国)?\s*(1[0-4]\d|[89]\d)\s*年(?![\d])")


def roc_year_stated_before(before: str) -> int | None:
    """The ROC year written nearest before a number (``於 121 年完成…之 34 校`` -> 2032), in the common era; None
    where none is written. (``_year_stated_before`` reads four-digit years only.) Not a count of years
    (``服務滿2年``: one digit) nor a figure with a separator (``1,120年``)."""
    years = list(_ROC_YEAR_BEFORE.finditer(before)) if "年" in before else []
    return 1911 + int(years[-1].group(1)) if years else None


# ``2031年工作回顾``, ``在2031年工作回顧方面``, ``2031年工作总结及2032年工作计划``: a review of a named year
_REVIEWED_YEAR = re.compile(r"(20\d\d)\s*年(?:度)?(?:工作)?(?:回顾|回顧|总结|總結)")


def reviewed_year_after(text: str) -> int | None:
    """The year after the latest year an undated page reviews among its first 1,500 characters (``在2031年工作回顧
    方面,報告提到…`` -> 2032): a review of a year is written after it, so the page speaks from the next year at the
    earliest (O3d). None where no year is reviewed (``2031年工作计划``, ``到2031年``)."""
    years = [int(m.group(1)) for m in _REVIEWED_YEAR.finditer(text[:1500])]
    return max(years) + 1 if years else None
