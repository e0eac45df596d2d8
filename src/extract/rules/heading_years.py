"""A calendar year in a numbered heading's title is no quantity (work-report breakdowns, year work plans).

``二、2031年六个方面重点工作``, ``(三)2031年主要工作安排``: the outline of a government work report's breakdown or of a
year's work plan names a part by the year it is for. ``headings.parse_heading`` keeps a numbered line without a full
stop from being a heading when its title states a quantity to reach (``(一)财政收入增长7%以上``: an item); read as a
count of years (``N年``), the year made such a title a quantity, so the part's heading was lost and its items fell under
the heading before it (a ``主要预期目标`` section, whose items read as goals). Only a title that names a part of the
work (it ends in 工作, 安排, 任务, 要点, 重点, 举措 or 措施 and holds no clause break) is read so: a title with a real
amount beside its year (``(一)2031年新建幼儿园6所``), a dated step (``(一)2031年5月底前,各县完成…``) or a review's
part (``一、2030年目标完成情况``) is read as before.
"""

from __future__ import annotations

import re

# the name of a part of a year's work, at the title's end: ``重点工作``, ``主要工作安排``, ``工作要点``, ``主要任务``
_PART_NAME = re.compile(r"(?:工作|安排|任务|要点|重点|举措|措施)\s*$")
_CLAUSE_BREAK = re.compile(r"[,，;；:：]")
# ``2031年``, ``2031年度``: a calendar year (four digits from 19xx or 20xx), not a count of years (``3年``, ``12年``)
_CALENDAR_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d\s*年度?")


def quantity_besides_years(title: str, quantity: re.Pattern[str]) -> bool:
    """Whether ``title`` states a quantity by ``quantity`` (the heading reader's pattern of amounts) once its calendar
    years are left out, in a title that names a part of the work (``_PART_NAME``): ``2031年六个方面重点工作`` -> False,
    ``2031年新建幼儿园6所`` -> True, ``财政收入增长7%`` -> True, ``2030年目标完成情况`` -> True (as before)."""
    if quantity.search(title) is None:
        return False
    if "年" not in title or _PART_NAME.search(title) is None or _CLAUSE_BREAK.search(title) is not None:
        return True
    return quantity.search(_CALENDAR_YEAR.sub("", title)) is not None
