"""(goalA33) O4 for a goal whose sentence writes several years of one undertaking: which year is its target_year.

``first_step_year``: a sentence that sets the steps of its works or its work in order, each with its year (``预计2031年开工,
2033年建成投用``, ``2031年6月开工,2032年3月完工``, ``计划开工日期为2031年3月,预计2032年2月竣工``, ``2031年取得阶段性成效、
2035年建成…``), or that lists the years it commits for (``2031、2032年新建幼儿园3所``, ``2031年、2032年、2033年,…将分别达到…``):
the goal's year is the first of them (O4: the first deadline year in the sentence; N9b: ``預計104年底完工,105年開放`` ->
2015), where the date cues read a later one, the step planned (a word of planning or expecting before it: ``预计``,
``计划``, ``拟``, ``将``, ``规划``, ``明确``, a ``时间:`` field). Not: a year of a step done (``已``; a start told with no word of
planning, ``该项目2031年10月正式开工,目前…``), a base or status year (``比2030年``,
``在2030年…的基础上``, ``截至2030年``), a year inside a document's name (``《…2031年…》``); whether the first year is over at the
page's date is the caller's (N9b: the year of a step already done dates nothing).

``span_end_year``: a span written with ``年`` on both ends (``2031年~2034年实施…``, ``2031年—2033年,…每年控制在…``, ROC
``120年-124年改建期間``) read by its start: a span of years is a period, its end year the deadline (N9a: ``2023-2025年`` ->
2025; O4).
"""

from __future__ import annotations

import re

from extract.rules.goal_date_cues import common_era

# a year, then within its clause a step of works or work (start, completion, opening, a stage reached)
_STEP_YEAR = re.compile(r"(?<![\d~～—\-–至到])(20\d\d)\s*年(?:年底|年末|年初|底|末|初|中)?(?:\s*\d{1,2}\s*月(?:份|底|初|中旬|下旬|上旬)?)?\s*(?:前|以前)?\s*[,，]?\s*"
                        r"(?:(?:开始|開始|正式|全面|基本|预计|預計|计划|計劃|将|將|并|並|要)\s*)?"
                        r"(?:开工|開工|动工|動工|开建|開建|开始|開始|启动|啟動|完成|完工|竣工|建成|投用|投入使用|开馆|開館|开放|開放|"
                        r"启用|啟用|取得|实现|實現)")
# a date written before the step's year (``开工日期为2031年3月``, ``开工时间:2031年``)
_STEP_DATE_FIELD = re.compile(r"(?:开工|開工|动工|動工|开建|開建)(?:日期|时间|時間)\s*(?:为|為|是|:|：)?\s*(20\d\d)\s*年")
# years listed for one commitment: ``2031、2032年``, ``2031年、2032年、2033年``
_LISTED_YEARS = re.compile(r"(?<![\d~～—\-–至到])(20\d\d)\s*年?\s*、\s*20\d\d\s*年")
# a step is planned where a word of planning or expecting stands before its year (``预计2031年开工,…``, ``计划开工日期为…``,
# ``建设时间:2031年6月开工,…``); a start told with no such word (``该项目2031年10月正式开工,目前…,预计…``,
# ``120年5月完成發包,…``) is a step done at the page's date, which dates nothing (N9b)
_PLANNED_BEFORE = re.compile(r"预计|預計|计划|計劃|拟|擬|将|將|规划|規劃|力争|力爭|争取|爭取|明确|明確|提出|"
                             r"(?:建设|建設|施工)?(?:时间|時間|工期)\s*[:：]")
_BEFORE_NOT_STEP = re.compile(r"已|比|较|較|截至|截止|自|从|從")  # (in the three characters before the year)
_NAME_OPEN = re.compile(r"《[^》]*$")
# (goalA34) a span given as the period of the works (``建设期程自2031年至2034年,并将自2031年元月起启动…``): the period's field,
# no span of the commitment the cue read (O3: a year that only names a period)
_PERIOD_FIELD = re.compile(r"(?:期程|期间|期間|周期|週期|工期|期限)\s*(?:为|為|是|:|：)?\s*(?:自|从|從|由)?\s*$")
_SPAN = re.compile(r"(?<!\d)(20\d\d)\s*年\s*(?:~|～|—{1,2}|-|–|至|到)\s*(20\d\d|1[0-4]\d)\s*年(?!\s*\d{1,2}\s*月)")  # (an ROC end
# the common-era reading left as written: ``2028年-121年``)


def _qualifies(s: str, m: re.Match) -> bool:
    head = s[:m.start(1)]
    return _BEFORE_NOT_STEP.search(head[-3:]) is None and _NAME_OPEN.search(head) is None \
        and "基础上" not in s[m.end():m.end() + 30].split("，")[0].split(",")[0]


def first_step_year(sentence: str, year: int | None) -> int | None:
    """The first year of a sentence's dated steps or listed years, when earlier than ``year`` (the year the date cues
    read) and when ``year`` itself is written after it; None otherwise. ``预计2031年开工,2033年建成`` with 2033 -> 2031."""
    if year is None or "年" not in sentence:
        return None
    s = common_era(sentence)
    if str(year) not in s:
        return None
    found = [m for m in _STEP_YEAR.finditer(s) if _qualifies(s, m) and _PLANNED_BEFORE.search(s, 0, m.start(1)) is not None]
    found += [m for m in _STEP_DATE_FIELD.finditer(s)]
    found += [m for m in _LISTED_YEARS.finditer(s) if _qualifies(s, m)]
    firsts = sorted((m.start(1), int(m.group(1))) for m in found)
    for at, y in firsts:
        if y < year and s.find(str(year), at + 4) >= 0:
            return y
    return None


def span_end_year(sentence: str, year: int | None) -> int | None:
    """The end year of a span written with ``年`` on both ends whose start is ``year`` (``2031年~2034年实施…`` with 2031 ->
    2034); None otherwise."""
    if year is None or "年" not in sentence:
        return None
    s = common_era(sentence)
    for m in _SPAN.finditer(s):
        end = int(m.group(2)) + (1911 if len(m.group(2)) == 3 else 0)
        if int(m.group(1)) == year and end > year and _NAME_OPEN.search(s[:m.start()]) is None \
                and _PERIOD_FIELD.search(s[:m.start()]) is None:
            return end
    return None


def o4_year(sentence: str, year: int | None, page_year: int | None) -> int | None:
    """The goal's target_year by O4 where the date cues read ``year``: the first year of the commitments the sentence
    sets in order (``goal_dates.opening_commitment_year``: ``…,2031年某比例达到80%,2033年达到90%`` -> 2031), else the
    first planned step's or listed year (``first_step_year``), else a span's end (``span_end_year``); a first year over at
    ``page_year`` is left (N9b: a step done dates nothing). For goals read outside the paragraph loop (a table's cells)."""
    from extract.rules.goal_dates import opening_commitment_year
    for y0 in (opening_commitment_year(sentence, year), first_step_year(sentence, year)):
        if y0 is not None and not (page_year is not None and y0 < page_year):
            return y0
    return span_end_year(sentence, year) or year
