"""Dated and undated frames of a sentence that a work report, a plan's own preamble or a budget note puts a goal in.

1. ``report_sets_year_goals``: a work report (a speech before a congress) reported as setting out the year's goals, tasks
   or focus (``县长作政府工作报告,总结了2030年全县工作,并提出了2031年的政府工作目标``, ``报告…提出2031年工作目标,以及…``,
   ``某某阐述了2031年政府的工作重点,包括…``): the report's commitment for that year, a goal with it (O3c, O3h: a dated
   sentence that says goals were set out is one). Not a meeting's act told as done (``召开…会议,…部署2031年…任务``,
   O3g): the sentence must speak of the report, or (its speaker named, the report told before) list the goals right
   after (``某某阐述了2031年政府的工作重点,包括…``).
2. ``report_names_goals``: the same frame with the goals named after it (``…在县人代会上作报告时提出今年全县发展的主要
   预期目标,包括地区生产总值增长6%左右…``): it says what the goals are, a goal, undated where no year is written (O3h).
3. ``document_own_act``: a purpose clause, then the document's own act (``为做好2031年某工作,…,制定本方案``,
   ``为认真做好2031年政府工作,…,现就…提出分工意见如下:``): a notice formula whose year names the work the document
   arranges, no goal (O3g); a deadline of its own in the purpose (``为…,争取到2031年…,特制定本规划``) or a clause that
   opens with the year (``为…,2031年在全县继续实施民生工程,…,制定如下实施方案``) keeps it one (O3b).
4. ``bracketed_year_budget``: a budget or an added allotment of this or next year written with its number in brackets
   (``县政府今(2031)年追加编列8,000万元预算``, ``明(2032)年度的预算已编列补助计6.5亿元``; ROC years are read in the
   common era before): a year's allotment, a goal with that year (O3e, O3k; O3j: ``今(2022)年`` is a written year).
   ``without_next_year_drawing``: such a budget of next year reported as already drawn up (``明(2032)年度预算已经编列``) is
   money set for a year still ahead, no result: its ``已`` is no past marker.
"""

from __future__ import annotations

import re

# ``(作)(政府)工作报告…`` or ``报告中``/``在报告中``/``讲话中``: the sentence speaks of a report or speech
_REPORT = re.compile(r"报告|讲话")
# ``提出(了)2031年(的)(政府)工作目标``, ``明确了2031年经济社会发展总体要求``, ``阐述了2031年政府的工作重点``, ``部署了2031年
# 政府工作任务``: a verb of setting out, the year, a few words of the field, the name of the goals or tasks, then the
# clause's end (or ``和``/``以及``/``包括`` going on with the list)
_SETS_YEAR_GOALS = re.compile(r"(?:提出|明确|阐述|部署)了?\s*(?P<year>20\d\d)\s*年度?\s*(?:的)?[^,，。;；:：\d]{0,16}?"
                              r"(?:目标|工作重点|重点工作|工作任务|主要任务|总体要求|任务)"
                              r"(?=\s*(?:[,，:：;；。]|$|和|及|与|以及|包括))")
# (the speaker named, the report in an earlier sentence) the goals or tasks listed right after: ``,包括…``, ``:…``
_LIST_AFTER = re.compile(r"\s*(?:[,，]\s*包括|[:：]\s*\S)")
# ``提出今年全县的主要预期目标,包括…``, ``提出了2031年经济社会发展主要预期目标:…``: the goals announced and named after them
_NAMES_GOALS = re.compile(r"(?:提出|明确|阐述)了?\s*(?:(?:今年|明年|20\d\d\s*年度?)\s*(?:的)?)?[^,，。;；:：\d]{0,16}?"
                          r"(?:预期目标|主要目标|工作目标|发展目标)\s*(?:[,，]\s*包括|[:：]\s*(?=\S))")


def report_sets_year_goals(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a work report reported as setting out the year's goals or tasks (``…作政府工作报告,
    …也提出了2031年的政府工作目标``); (None, -1) when none."""
    if "年" not in sentence:
        return None, -1  # (a cheap test before the scan)
    for m in _SETS_YEAR_GOALS.finditer(sentence):
        if _REPORT.search(sentence, 0, m.start()) is not None \
                or (not m.group().startswith("部署") and _LIST_AFTER.match(sentence, m.end())):
            return int(m.group("year")), m.start("year")
    return None, -1


def report_names_goals(sentence: str) -> bool:
    """A work report reported as setting out its goals and naming them after ``包括`` or a colon (``…在县人代会上作报告时
    提出今年全县发展的主要预期目标,包括地区生产总值增长6%左右``): it says what the goals are (O3h)."""
    if "报告" not in sentence and "讲话" not in sentence:
        return False
    m = _NAMES_GOALS.search(sentence)
    return m is not None and _REPORT.search(sentence, 0, m.start()) is not None


# the document's own act closing the sentence: ``制定本(行动)方案``, ``特制定本规划``, ``现就…提出…意见如下:``,
# ``现将…安排如下``, ``特制定如下实施方案``
_OWN_ACT = re.compile(r"(?:^|[,，])\s*(?:结合[^,，。]{0,12}实际\s*[,，]?\s*)?"
                      r"(?:(?:特|现)?(?:制定|制订)(?:本|如下)|现就|现将)[^。]{0,80}?"
                      r"(?:如下|方案|计划|规划|意见|办法|细则|要点)\s*[:：。]?\s*$")
_PURPOSE = re.compile(r"\s*(?:为了|为)")
# (goalA25) a clause that opens the formula with the occasion drawing near (``2031年春节即将到来,``, ``在…来临之际,``): the
# year names the occasion, no commitment
_OCCASION = re.compile(r"\s*[^,，。;；]{0,24}?(?:即将到来|即将来临|到来之际|来临之际|即將到來|即將來臨|到來之際|來臨之際)\s*[,，]")
# (goalA25) the year's clause a decision opens (``经研究,决定于2031年…``, ``决定在2031年…``): a commitment of its own
_DECIDED = re.compile(r"\s*(?:经[^,，。]{0,12}研究\s*[,，]?\s*)?(?:决定|決定)")
# a deadline the purpose itself commits to (``争取到2031年…``): the sentence states a goal of its own
_OWN_DEADLINE = re.compile(r"(?:到|至|争取|力争|确保)\s*20\d\d\s*年")


def document_own_act(sentence: str, at: int) -> bool:
    """Whether the year at ``at`` stands in a purpose clause (``为做好2031年某工作,…``), or in the clause of the occasion
    before it (``2031年春节即将到来,为…``), before the document's own act that closes the sentence (``…,制定本方案``,
    ``…,现就…提出意见如下:``): a notice formula, no goal (O3g)."""
    occasion = _OCCASION.match(sentence)  # (goalA25) ``2031年春节即将到来,为…,特制定本方案``: the occasion, then the purpose
    if at < 0 or _PURPOSE.match(sentence, occasion.end() if occasion else 0) is None:
        return False
    m = _OWN_ACT.search(sentence)
    if m is None or at >= m.start():
        return False
    clause = max(sentence.rfind(c, 0, at) for c in ",，;；") + 1
    if not (occasion and at < occasion.end()) and not sentence[clause:at].strip():
        return False  # ``…,2031年在全县继续实施民生工程,…制定如下实施方案``: the year opens a commitment of its own (O3b)
    if _DECIDED.match(sentence, clause):
        return False  # (goalA25) ``为…,经研究,决定于2031年举办…,现将有关事项通知如下``: a decision of its own (O3g)
    return _OWN_DEADLINE.search(sentence, 0, m.start()) is None


# ``今(2031)年``, ``明(2032)年度`` (ROC numbers already in the common era): a relative year with its number in brackets
_BRACKETED_YEAR = re.compile(r"[今明本]\s*[(（]\s*(?P<year>20\d\d)\s*[)）]\s*年度?")
# what the clause says of money: a budget, its drawing up or an added allotment, with an amount
_BUDGET_WORDS = re.compile(r"预算|编列|追加|拨款|拨出")
_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:亿|万|千)?\s*元")


def bracketed_year_budget(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a budget or added allotment of ``今(2031)年``/``明(2032)年度`` in the same clause as
    its amount (``县政府今(2031)年特别追加编列8,000万元预算``); (None, -1) when none."""
    if "(" not in sentence and "（" not in sentence:
        return None, -1  # (a cheap test before the scan)
    for m in _BRACKETED_YEAR.finditer(sentence):
        end = min((i for i in (sentence.find(c, m.end()) for c in "。;；") if i >= 0), default=len(sentence))
        clause = sentence[m.end():end]
        if _BUDGET_WORDS.search(clause) and _AMOUNT.search(clause):
            return int(m.group("year")), m.start("year")
    return None, -1


_DRAWN_ALREADY = re.compile(r"已(?:经)?(?=\s*编列)")


def without_next_year_drawing(sentence: str) -> str:
    """The sentence with ``已``/``已经`` before ``编列`` blanked out (same length) where it speaks of next year's budget
    (``明(2032)年度的预算也已经编列…``): money set for a year still ahead, no result."""
    if "编列" not in sentence or "明" not in sentence:
        return sentence
    m = _BRACKETED_YEAR.search(sentence)
    if m is None or not m.group().startswith("明") or "预算" not in sentence:
        return sentence
    return _DRAWN_ALREADY.sub(lambda x: "□" * len(x.group()), sentence)


# (goalB24) O3, O3c: a news lead that tells a meeting held (``3月2日,某市人代会开幕``), then what a speaker said there,
# the year inside the words said (``…,市长在报告时表示,某市将在2031年办好…``): the year is the speaker's commitment, not
# the meeting's date, so the meeting's date cue does not undo it
_SAYING = re.compile(r"(?:表示|指出|强调|強調|提出|宣布|透露|介绍|介紹|说|說)\s*[,，:：]")
_MEETING_HELD = re.compile(r"(?:召开|召開|举行|舉行|举办|舉辦|开幕|開幕|闭幕|閉幕|揭幕)")


def said_after_meeting(sentence: str, at: int) -> bool:
    """A sentence that tells a meeting held, then a speaker's words after a saying verb (``表示,``, ``指出:``), with the
    date ``at`` inside those words (``1月5日,某县两会开幕,县长表示,2031年将新建学校3所``): the year is what was said, a
    commitment (O3c); (goalA27) or the work report heard there setting out the year's goals after the meeting's clause
    (``…大会在某市召开,…报告…提出了2031年政府工作总体目标``); False when the date stands before the saying verb (the
    meeting's own date) or none is said."""
    held = _MEETING_HELD.search(sentence)
    if held is None or at < 0:
        return False
    said = _SAYING.search(sentence, held.end())
    if said is not None and said.end() <= at:
        return True
    # (goalA27) the meeting held, then the report it heard setting out the year's goals (``…大会在某市召开,会议审议通过了
    # 《政府工作报告》,报告…提出了2031年政府工作总体目标和重点任务``): the year is the report's, O3c, O3h
    return "报告" in sentence and report_sets_year_goals(sentence)[1] == at and at > held.end()
