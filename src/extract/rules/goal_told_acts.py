"""(goalB37) O3: a year that dates an act told as done, or a figure measured in that year, no commitment.

A news item, a reply or a report tells the history of the thing it covers in dated clauses: ``我国于2031年颁布实施《纲要》``,
``某乡公所於2031年争取到补助经费9131万元``, ``国家于2029年至2031年实施校舍安全工程``. The year after ``于``/``於``
dates a one-off act (an issue, a founding, funds obtained or approved, a programme run over a span), told as a fact: the
sentence commits to nothing (O3: a sentence about the past), where no word of the sentence puts the act ahead
(``将于2031年颁布``, ``计划于…``, ``力争于…``, ``须于…前``). ``goal_cited_status.tells_dated_act`` reads the same act
told with its month; this cue reads it with the year alone. ``关于2031年实施…的通知`` is a document's name, not ``于``.

A year that opens a rate given to hundredths (``2031年筛检率达98.29%``, ``2032年达标率96.55%``) states a figure measured
that year: a plan rounds what it sets out to reach, a measurement does not; with no word putting it ahead it is a result
(O3, N13), no goal.

A year whose end is the moment of a count (``在2031至32年度终结时,正在施工的工程共有12项``) states what stood then: a
status as at a date (N13), no goal.
"""

from __future__ import annotations

import re

_YEAR = r"(?:20\d\d|1\d\d)\s*年"
# ``于2031年颁布``, ``於2031年爭取到``, ``于2029年至2031年实施``: an act after ``于`` dated by its year (or its span) alone
_YEAR_ACT = re.compile(r"(?<![关關])(?:于|於)\s*" + _YEAR + r"(?:度)?"
                       r"(?P<span>\s*[至到\-—~－–]\s*" + _YEAR + r"(?:度)?)?\s*(?:正式|先后|先後|首次|率先)?\s*"
                       r"(?:(?:公布|公佈|成立|推出|颁布|頒布|颁发|頒發|发布|發布|通过|通過|设立|設立|刊宪|刊憲|宣布|印发|印發|"
                       r"出台|签署|簽署|揭牌|争取到|爭取到|获得|獲得|获批|獲批|核定)"
                       r"|(?P<run>实施|實施))")
# any word that puts the act ahead or makes it a step to take (``争取`` only as ``strive``, not ``争取到``: obtained;
# ``要`` not inside ``纲要``, ``要点``: a document's name)
_AHEAD = re.compile(r"将(?!近)|將(?!近)|拟|擬|计划|計劃|計畫|预计|預計|预定|預定|(?<![纲綱摘])要(?![点點])|须|須|应|應|力争|力爭|"
                    r"(?:争取|爭取)(?!到)|确保|確保|前|之内|以内|以內|可望|有望")


def tells_year_act(sentence: str, at: int) -> bool:
    """The year at ``at`` dates an act told as done after ``于``/``於`` (``我国于2031年颁布实施《纲要》`` -> True;
    ``国家于2029年至2031年实施…工程`` -> True, the span's run told): no goal, where no word of the sentence puts the act
    ahead (``将于2031年颁布…``, ``计划于2031年出台…``: False). ``实施`` counts only after a span: ``于2031年实施`` alone
    may be a plan's own date."""
    if at < 0 or ("于" not in sentence and "於" not in sentence):
        return False
    for m in _YEAR_ACT.finditer(sentence):
        if not m.start() <= at < m.end():
            continue
        if m.group("run") and not m.group("span"):
            return False
        return _AHEAD.search(sentence) is None
    return False


# ``2031年筛检率达98.29%``, ``2031年达标率96.55%``: a year, a rate named within a few characters, a value to hundredths
_MEASURED_RATE = re.compile(_YEAR + r"(?:度)?\s*[,，]?[^,，。;；]{0,8}?(?:率|比例|占比|佔比)\s*(?:达|達|为|為|是)?\s*"
                            r"\d{1,3}\.\d{2,}\s*[%％]")


def states_measured_rate(sentence: str, at: int) -> bool:
    """The year at ``at`` opens a rate given to hundredths (``2031年筛检率达98.29%`` -> True): a figure measured that
    year, a result, where no word of the sentence puts it ahead (``预计2031年达标率达到95.50%``: False)."""
    if at < 0 or "." not in sentence:
        return False
    m = _MEASURED_RATE.match(sentence, at)
    return m is not None and _AHEAD.search(sentence) is None


# ``在2031至32年度终结时,…共有12项``, ``2031年度结束时,…有…``: the end of a year as the moment a count is taken
_AS_AT_END = re.compile(r"(?:终结|終結|结束|結束|完结|完結)\s*(?:时|時)\s*[,，]?[^。;；]{0,24}?(?:共有|共計|共计|有)")


def counts_as_at_end(sentence: str, at: int) -> bool:
    """The sentence counts what stood at a year's end (``在2031至32年度终结时,正在施工的工程共有12项`` -> True): a status
    as at a date, no goal (``2031年底前完成12项工程`` -> False)."""
    if at < 0 or ("时" not in sentence and "時" not in sentence):
        return False
    m = _AS_AT_END.search(sentence)
    return m is not None and _AHEAD.search(sentence, 0, m.start()) is None  # (the words up to the year's end: what is
    # counted may hold ``计划``, a place name after it ``将``, ``将军澳``)
