"""A doc-sharing page's upload stamp over a plan that names its own year (O3d).

A bare ``时间:2034-05-06 08:27:37`` line (a label, a date and a clock time, nothing else: no 来源, no author) is
the site's upload or repost stamp. Where the text names the year it plans for (a title ``2031年某镇社会事业工作方案``,
sentences ``2031年计划投资500万元``, ``2031年我镇计划举办…``), that year is the time the text speaks from, and the
later stamp stands in for nothing (O3d: the stamp dates the page only where the text gives no time of its own).
"""

from __future__ import annotations

import re

# ``时间:2034-05-06 08:27:37``, ``時間: 2034年05月06日 08:27``: the label, a date and a clock time alone on a line
_BARE_STAMP = re.compile(r"^\s*[【\[]?\s*(?:时间|時間)\s*[:：]\s*(20\d\d)\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
                         r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")
# a plan title that opens with its year: ``2031年社会事业发展工作方案``, ``2031年某镇重点工作安排``
_YEAR_PLAN_TITLE = re.compile(r"^(20\d\d)年[^，,。；;:：\d]{0,24}(?:工作方案|实施方案|工作计划|工作要点|工作安排|行动计划)$")
# a sentence that plans its year: ``2031年计划投资…``, ``2031年二期计划投资…``, ``2031年我镇计划于下半年…``
_YEAR_PLANS = re.compile(r"(?<!\d)(20\d\d)年(?:[^，,。；;:：\d“”]{0,4})?(?:计划|計劃)(?!执行|完成|执行情况|任务完成|目标完成)")


_SENTENCE_END = re.compile(r"[。！？!?\n]")
# a sentence that sets the plan beside its outturn (``2031年计划投资2亿元,实际完成2.3亿元``) reports, it plans nothing
_OUTTURN = re.compile(r"实际|實際|已|完成了|完成率|超额|超額")


def upload_stamp_year(text: str) -> int | None:
    """The year of a bare ``时间:`` upload stamp among the page's first 40 lines (``时间:2034-05-06 08:27:37`` ->
    2034); None where no line is such a stamp or where more than one is (an aggregator's list)."""
    years = [int(m.group(1)) for ln in text.splitlines()[:40] if (m := _BARE_STAMP.match(ln))]
    return years[0] if len(years) == 1 else None


def planned_own_year(text: str) -> int | None:
    """The year a plan text names as its own: the year of a title line ``2031年…工作方案`` among the first 40 lines,
    else the latest year of the sentences that plan it (``2031年计划投资…``: at least two such sentences; not a sentence
    that sets the plan beside its outturn, ``2031年计划投资2亿元,实际完成2.3亿元``)."""
    for ln in text.splitlines()[:40]:
        if (m := _YEAR_PLAN_TITLE.match(ln.strip())):
            return int(m.group(1))
    years = [int(m.group(1)) for sentence in _SENTENCE_END.split(text) if not _OUTTURN.search(sentence)
             for m in _YEAR_PLANS.finditer(sentence)]
    return max(years) if len(years) >= 2 else None


def stamped_plan_year(text: str, year: int | None) -> int | None:
    """The plan's own year where the page's year ``year`` is a later bare upload stamp's (O3d): ``时间:2034-05-06
    08:27:37`` over ``2031年计划投资500万元…2031年我镇计划…`` -> 2031. None where the stamp is not the page's date,
    the text names no planned year, or that year is not before the stamp's."""
    if year is None or upload_stamp_year(text) != year:
        return None
    own = planned_own_year(text)
    return own if own is not None and own < year else None
