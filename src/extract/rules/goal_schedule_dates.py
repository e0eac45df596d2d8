"""Dates of a schedule's steps (O3: a year stated as the time of the commitment; O4).

A plan's schedule or a project's line sets each step at a month of a written year: ``于2031年6月30日前完成``,
``2031年4月中旬确定建设名单,…``, ``2031年4月开工建设,年底全部完工``. The year of such a step is the time of the
commitment, whether a clause after the project's description opens with it or the sentence does. A month without a
written year (``6月底前完成``) stays no date (O3j), and a step told as done is left to the past guards.
"""

from __future__ import annotations

import re

# a clause that opens with a written year and a month (its day, 旬 or 底), then ``前`` or a deed's verb
_STEP_DATE = re.compile(
    r"(?:^|(?<=[,，;；:：、]))\s*(?:计划|計劃|预计|預計)?\s*(?:于|於|在)?\s*(20\d\d)\s*年\s*(?:\d{1,2}|[元正]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?"
    r"(?:\s*\d{1,2}\s*日|底|末|初|中旬|上旬|下旬)?\s*(?:"
    r"(?:前|以前|之前)(?!\s*(?:已|的))|"
    r"(?=(?:全面|正式|全部)?(?:开工|開工|动工|動工|建成|完成|竣工|投用|投入使用|确定|確定|启动|啟動|制订|制訂|制定|出台|下达|下達|开展|開展)"
    r"(?!了|的)))")

# a request to the readers before the date: ``请各校于2031年4月15日前回复``: the date of a reply asked, no commitment
_REQUEST = re.compile(r"[请請](?![示求教])")


def schedule_step_date(sentence: str) -> tuple[int | None, int]:
    """(year, position) of a step set at a month of a written year at a clause's opening (``…,于2031年6月30日前完成``,
    ``2031年4月开工建设,年底完工``); (None, -1) when none. Not a month without its year, nor a deed told done
    (``2031年4月开工了``, ``2031年3月底前已完成``), nor a year inside a clause (``截至2031年3月``), nor a date a request
    sets its readers (``请有意申办的学校于2031年4月15日前回复``)."""
    if "月" not in sentence:
        return None, -1
    m = _STEP_DATE.search(sentence)
    if m is None or _REQUEST.search(sentence, 0, m.start()):
        return None, -1
    return int(m.group(1)), m.start(1)
