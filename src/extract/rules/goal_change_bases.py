"""The base of a comparison in a dated goal sentence (O3, O4): no past result of its own.

A goal sentence often measures the level it commits to against a past year or the end of the last plan period:
``到2031年,单位GDP能耗较2025年下降10%``, ``到2031年,全镇生产总值达3亿元,比“十四五”末增0.8亿元``,
``2031年预计投入资金2亿元,较2030年增长20%``. The earlier year or period is the base the change is measured from, not
a result the sentence reports: under a commitment's date it does not make the sentence past.
"""

from __future__ import annotations

import re

# ``较2025年``, ``比2025年底``, ``較2030年度``, ``比“十四五”末``, ``相较2029年``, right before the change it measures
# (goalA34) or before the base year's planned, expected or actual figure the change is measured from (``比2030年计划多出3万``,
# ``比2030年预计增长0.7%``)
_CHANGE_BASE = re.compile(r"(?:相较于?|相較於?|较|較|比)\s*(?:20\d\d\s*年(?:度)?(?:底|末)?|[“\"]?十[一二三四五六]五[”\"]?\s*(?:期末|末))"
                          r"(?=\s*(?:同期|计划|計劃|预计|預計|实际|實際)?\s*(?:增加|增长|增長|成长|成長|减少|減少|下降|降低|提高|提升|增|减|降|翻|多|少|缩小|縮小))")

# what the sentence commits to beside its comparison: a level to reach with its number (``达到80%``, ``达3亿元``,
# ``控制在5%以内``) or a word of intent (``力争``, ``预计``, ``将``); a bare state (``全区幼儿园57所,比2025年增加12所``) is none
_COMMITS = re.compile(r"(?:达到|達到|达|達|提高到|提高至|提升到|提升至|控制在|降低到|降至|下降到|突破|超过|超過)\s*[约約]?\s*\d|"
                      r"力争|力爭|确保|確保|预计|預計|计划|計劃|(?<!即)将|將|拟|擬")


def is_change_base(sentence: str, pos: int) -> bool:
    """(goalA34) Whether the year written at ``pos`` is the base of a comparison (``比2030年预计增长0.7%``: the year after
    比/较, before the change it measures): it dates the base, not the commitment (O4)."""
    if "比" not in sentence[max(0, pos - 4):pos] and "较" not in sentence[max(0, pos - 4):pos] \
            and "較" not in sentence[max(0, pos - 4):pos]:
        return False  # (a cheap test before the scan)
    return any(m.start() <= pos < m.end() for m in _CHANGE_BASE.finditer(sentence, max(0, pos - 4)))


def without_comparison_base(sentence: str, at: int) -> str:
    """The sentence with the bases of its comparisons masked, same length (``到2031年,能耗较2025年下降10%`` ->
    ``到2031年,能耗□□□□□□下降10%``), where the sentence has a commitment's date (``at``, its position, >= 0); with no
    date (``at`` -1) the sentence as it is: ``比2025年增长10%`` alone may report a result. Only where the sentence
    commits to something beside the comparison (``_COMMITS``): a bare state with its change is a result told."""
    if at < 0 or ("较" not in sentence and "較" not in sentence and "比" not in sentence):
        return sentence
    if _COMMITS.search(sentence) is None:
        return sentence  # (a state with its change, no level to reach: ``到2025年,全区幼儿园57所,比2020年增加12所``)
    return _CHANGE_BASE.sub(lambda m: "□" * len(m.group()), sentence)


# (goalA33) ``…2031年某校招收新生将在2030年多招800人的基础上再多招900人``, ``在2030年提高标准100元的基础上,2031年再提高…``:
# a year inside the foundation a commitment builds on (``在…的基础上``) is the base of the change, not its deadline (O4)
_FOUNDATION_YEAR = re.compile(r"(?<=在)\s*(20\d\d)(?=\s*年(?:度|底|末)?[^,，;；。:：]{0,30}?的(?:基础|基礎)上)")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年")


def beyond_foundation(sentence: str, year: int | None, at: int) -> tuple[int | None, int]:
    """(year, at) moved off a ``在20XX年…的基础上`` phrase, where the date cues read the deadline there, to the first other
    year the sentence writes (``2031年…将在2030年…的基础上再多招…`` -> 2031; ``在2030年…的基础上,2031年再提高…`` ->
    2031); (year, at) unchanged otherwise, and where the sentence writes no other year."""
    if at < 0 or ("基础上" not in sentence and "基礎上" not in sentence):
        return year, at
    bases = [m.start(1) for m in _FOUNDATION_YEAR.finditer(sentence)]
    if at not in bases:
        return year, at
    for m in _WRITTEN_YEAR.finditer(sentence):
        if m.start(1) not in bases:
            return int(m.group(1)), m.start(1)
    return year, at
