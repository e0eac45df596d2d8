"""Cues of the years written around a numeric target: calendar years, ROC years and school years a deadline or a
plan runs to (``calendar_years``), years that date a value or a change's base (masked before the year is read), and
two years each given a value (``2025年和2026年各…``) (``rules.target_cues`` holds the other cues;
``extract.rules.targets`` combines them)."""

from __future__ import annotations

import re

from extract.rules.text import masked_titles
from extract.rules.scan import OpeningScan


_VALUE_YEAR = re.compile(r"(?:到|至)\s*((?:19|20)\d\d)\s*年(?:底|末)?的")


def masks_value_years(sentence: str, doc_year: int | None, in_outline: bool) -> str:
    """The sentence with each past ``到YYYY年的`` masked (``由2010年的55%提高到2020年的80%`` in a review): a year that
    dates the value after it, where a change got to, not a deadline to reach it by (N2). A year after the document's
    own (or, in a plan's outline, any year when the document's is unknown) stays a deadline."""
    if "的" not in sentence:
        return sentence

    def mask(m: re.Match[str]) -> str:
        past = int(m.group(1)) <= doc_year if doc_year is not None else not in_outline
        return "□" * len(m.group()) if past else m.group()
    return _VALUE_YEAR.sub(mask, sentence)


# -- tenth round: years as Taiwan and Hong Kong pages write them (eval/README N9a) ------------------------
# ``115学年度``, ``民国114年``, ``110年``, ``112至115学年度`` (a span: its end), ``2024/25学年``, ``2024至25学年`` (a school
# year: its first calendar year). A bare ``110年`` counts only in the years a plan can name (ROC 95-130: 2006-2041)
# and never as a span or an age (``100年老校``, ``建校110周年`` hold no ``年`` right after the digits or say ``周年``)
_ROC_YEAR = re.compile(r"(?<![\d./])(?<!\d,)(?:民国)?(?:(?P<a>\d{2,3})\s*[-—–~至到]\s*)?(?P<y>\d{2,3})\s*(?:学年度|年度|年(?![\d级轻老前来代历多]))")
# (eleventh round) ``今(113)年底前``: this year, its ROC number in brackets (N9a)
_ROC_THIS_YEAR = re.compile(r"今\s*[(（]\s*(?P<y>\d{2,3})\s*[)）]\s*年")
# (eleventh round) ``預計114年8月完工``: the ROC year of a month, as ``2026年8月`` is read
_ROC_YEAR_MONTH = re.compile(r"(?<![\d./])(?<!\d,)(?:民国)?(?P<y>\d{2,3})\s*年(?=\d{1,2}\s*月)")
# (lead39) ``将于115年前增设…``, ``民国115年前``: an ROC year before ``前`` after a plan's ``于``/``在`` (将于, 预计于, 拟于) or
# ``民国`` is a deadline (``创办于110年前``, years ago, stays out, as ``_ROC_YEAR`` never reads ``年前``)
_ROC_YEAR_BEFORE = re.compile(r"(?:(?<=[将拟可][于在])|(?<=预计[于在])|(?<=预定[于在])|(?<=计划[于在])|(?<=可望[于在])|民国)"
                              r"\s*(?P<y>1[0-3]\d)\s*年(?=前|以前)")
_SCHOOL_YEAR = re.compile(r"(?<![\d.])(?P<y>20\d\d)\s*(?:/|[-—–~至到])\s*(?:20)?\d{2}\s*学年")  # (fourteenth round: ``2025至2026学年`` too)
_YEAR_MONTH = re.compile(r"(?<![\d.])(?P<y>20\d\d)\s*年(?=\d{1,2}\s*月)")  # ``2026年8月前``: the year of a month
_YEAR_SPAN = re.compile(r"(?<![\d.])(?:20\d\d)\s*(?:年)?\s*[-—–~至到]\s*(?P<y>20\d\d)\s*年(?![\d底末]?的)")  # ``2024-2026年``: its end
_YEAR_SPAN_SCAN = OpeningScan(_YEAR_SPAN)  # (fourteenth round: tried only where a match can open)


def calendar_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, Gregorian year) of each ROC year (ROC + 1911) and each school year written in ``text``, in the
    form of ``text.stated_years`` (which reads ``20NN年`` only, and not before a month: ``2026年8月前`` -> 2026 here): ``预计114学年度增设8班`` -> 2025, ``在2025/26学年
    开办5所`` -> 2025, ``未来4年内(110-113年)`` -> 2024 (a span's end, as ``2023-2025年`` is a period)."""
    out = []
    if "月" in text:
        out += [(m.start(), m.end(), int(m.group("y"))) for m in _YEAR_MONTH.finditer(text)]
    if "20" in text:
        out += [(m.start(), m.end(), int(m.group("y"))) for m in _YEAR_SPAN_SCAN.finditer(masked_titles(text))]
    if "学年" in text:
        out += [(m.start(), m.end(), int(m.group("y"))) for m in _SCHOOL_YEAR.finditer(text)]
    if "月" in text:
        out += [(m.start(), m.end(), int(m.group("y")) + 1911) for m in _ROC_YEAR_MONTH.finditer(text)
                if 95 <= int(m.group("y")) <= 130]
    if "今" in text:
        out += [(m.start(), m.end(), int(m.group("y")) + 1911) for m in _ROC_THIS_YEAR.finditer(text)
                if 95 <= int(m.group("y")) <= 130]
    if "年前" in text or "年以前" in text:
        out += [(m.start(), m.end(), int(m.group("y")) + 1911) for m in _ROC_YEAR_BEFORE.finditer(text)
                if 95 <= int(m.group("y")) <= 130]
    if "年" in text:
        for m in _ROC_YEAR.finditer(text):
            y = int(m.group("y"))
            if 95 <= y <= 130 and (m.group("a") is None or 95 <= int(m.group("a")) < y):
                out.append((m.start(), m.end(), y + 1911))
    return sorted(out)


# (thirteenth round; three sites) in a plan's outline or under a
# goal heading, ``比2020年下降12.5%``, ``较2022年下降3%`` (a year cell), ``比2007年提高3.8个百分点`` state the change a target
# sets against a named base year: the base year dates where the change starts, not a result (N2 is about what was done)
_BASE_YEAR_OF_CHANGE = re.compile(r"(?:比|较|與|与)\s*((?:19|20)\d\d)\s*年(?:底|末)?(?:水平)?(?=\s*(?:同期|度)?\s*(?:相比)?\s*[,，]?\s*(?:分别)?\s*"
                                  r"(?:增加|增长|提高|提升|上升|减少|下降|降低|缩小|缩短|延长|压缩|增|减|升|降))")


def masks_base_years(sentence: str, since: int | None = None) -> str:
    """The sentence with each named base year of a change (``比2020年`` before ``下降``/``提高``…, (lead44) also before
    ``分别下降``) blanked out, for the
    past cues and the target year of a plan's targets: there a change over a base year is the target itself, and the
    base year dates no target. ``since``: only base years from that year on (a plan's base year, the year before its
    own; ``比1990年提高…`` in a plan of 1996 reviews the last period)."""
    if "比" not in sentence and "较" not in sentence and "与" not in sentence:
        return sentence
    return _BASE_YEAR_OF_CHANGE.sub(
        lambda m: "□" * len(m.group()) if since is None or int(m.group(1)) >= since else m.group(), sentence)


def plans_base_years(sentence: str, role: str, column_year: int | None, doc_year: int | None,
                     deadline: int | None) -> str:
    """``sentence`` with the base years of the changes it sets masked where the changes are the plan's own: under a goal
    heading, in a year column, in a plan's outline whose sentence looks ahead of the document's year, or against the
    plan's own base year (the document's year or the one before). A review in an outline (``比1995年提高9.8个百分点`` in a
    plan of 1996, or any on an undated page) keeps its base year as a past marker."""
    if role == "goal" or column_year is not None:
        return masks_base_years(sentence)
    if role != "plan" or doc_year is None:
        return sentence
    if deadline is not None and deadline > doc_year:
        return masks_base_years(sentence)
    return masks_base_years(sentence, doc_year - 1)


# (fourteenth round) ``2030年和2031年每年新增N``, ``2030、2031年各N``: the same quantity for each of two years
_TWO_YEARS_EACH = re.compile(r"(20\d\d)\s*年?度?\s*(?:和|、|及|与)\s*(20\d\d)\s*年度?"
                             r"[^\d，,。；;：:]{0,10}?(?:每年|各|均)[^\d，,。；;：:]{0,12}$")


def each_of_two_years(before: str) -> tuple[int, int] | None:
    """(first year, second year) where the words right before a number give it to each of two years joined by
    ``和``/``、`` (``力争2030年和2031年每年改造1.5万户``, ``完成2030、2031年各60张``): one target per year (N9, N16);
    None otherwise (one year, a span ``2030-2031年``, a number of its own between)."""
    m = _TWO_YEARS_EACH.search(before)
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    return (a, b) if a < b <= a + 10 else None
