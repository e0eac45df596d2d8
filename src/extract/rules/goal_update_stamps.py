"""O3d: a site's update stamp later than every year a page's text writes is furniture.

``更新日期:2034/12/08`` over a ``2031年度施政計畫``, ``更新時間 : 2035-01-29`` over a story of ``2031年度相關預算增列…``,
``更新时间:2035-05-11`` over a shared document of 2031: the stamp says when the site last touched the page, not when the
text speaks (O3d: a publish, update, upload or repost stamp is furniture where the text gives a time of its own). A
text that writes years, all before the stamp's, speaks from the latest of them (Republic of China years read in the
common era), so its commitments of that year stay ahead of it.
"""

from __future__ import annotations

import re

# ``更新日期:2034/12/08``, ``更新時間 : 2035-01-29``, ``最后更新时间:2035-05-11``: a site's update stamp
_UPDATE_STAMP = re.compile(r"(?:更新|update)\s*(?:日期|时间|時間)?\s*[:：]?\s*(20\d\d)\s*[-/.年]", re.I)
_CE_YEAR = re.compile(r"(?<![\d.])(20\d\d)\s*(?:年|学年|學年)")
# ``103年度``, ``民國103年``, ``104 年``: a Republic of China year (100-119, 2011-2030)
_ROC_YEAR = re.compile(r"(?<![\d.])(1[01]\d)\s*(?:年|学年|學年)(?![来以多間间左之历歷])")
_ROC_OFFSET = 1911


def update_stamp_year(text: str) -> int | None:
    """The year of the page's update stamp (``更新日期:2034/12/08`` -> 2034); None when none."""
    m = _UPDATE_STAMP.search(text) if ("更新" in text or "pdate" in text) else None
    return int(m.group(1)) if m else None


def text_year_under_update(text: str, doc_year: int | None) -> int | None:
    """The year a page's text speaks from under a later update stamp: the latest year the text writes (outside the
    stamp's line; ``103年度`` read as 2014), when the page's date is the update stamp's year and every year written
    is before it (``更新日期:2034/12/08`` over a text whose latest year is ``2031年度`` -> 2031); None otherwise (no
    update stamp, the page dated otherwise, no year written, or a year as late as the stamp)."""
    stamp = update_stamp_year(text)
    if stamp is None or doc_year != stamp:
        return None
    body = "\n".join(ln for ln in text.split("\n") if _UPDATE_STAMP.search(ln) is None)
    years = [int(y) for y in _CE_YEAR.findall(body)] + [int(y) + _ROC_OFFSET for y in _ROC_YEAR.findall(body)]
    if not years or max(years) >= stamp:
        return None
    return max(years)
