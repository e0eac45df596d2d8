"""(lead42) N17b, O3e: the budget or appropriation of a named year still ahead or under way, and its allotments.

``budget_of_year_ahead``: the amount right after a budget or appropriation noun and its copula (``…预算为N``,
``…撥款總額為N``, ``…經常開支預算約N``) whose clause names the year the money is for, that year not before the page's own
year: a fiscal year (``2026/27年度``, ``2026-27年度``), a calendar year (``2027年度``), a year of the Republic of China
calendar (``120年度``, N9a) or a word of the year ahead (``明年``, ``下年度``). A budget for a year still ahead is a planned
amount and a target (N17b), as its sentence is a goal with that year (O3e). Not: the running year's books named without
a year (``本年度…预算为…``: N17b takes a year ahead or one it names), an outturn (``决算``, ``执行``, ``实际``, ``已``), the
budget of a year that is over (``2024年度…预算为…`` on a page of 2026), a year the page's date cannot place (no date:
nothing), a number that is no money.

``allots_budget_ahead``: an allotment of such a budget in the same sentence (``120年度預算的分配,其中近30億元用於…``):
the amount before ``用于``/``用於`` after ``其中`` in a sentence whose earlier part names the budget of a year ahead.

``opens_allotment``: a sentence that opens with an amount and its use (``約12億元用於…``), which goes on with the
allotments of the budget the sentence before set out (read with that sentence's targets, as a ``其中`` breakdown is).
"""

from __future__ import annotations

import re

# a budget or appropriation noun, an optional total word, a copula and an approximation, a currency: right before the amount
_BUDGET_NOUN = re.compile(r"(?:预算|預算|拨款|撥款|经常开支|經常開支|开支预算|開支預算|(?:合计|合計|共)(?:编列|編列))(?:案)?(?:总额|總額|总计|總計|合计|合計|金额|金額)?\s*"
                          r"(?:为|為|达|達|约|約|共计|共計|合共|逾|超过|超過)?\s*(?:约|約|近|逾)?\s*"
                          r"(?:新台币|新臺幣|港币|港幣|澳门币|澳門幣|人民币|人民幣)?\s*$")
_OUTTURN = re.compile(r"执行|執行|决算|決算|结余|結餘|实际|實際|已|去年|上年|累计|累計|本年度|今年度|修订|修訂")  # (``修订预算``: a revised estimate of the running year, the books' state)
# the year the money is for, written in the clause: a fiscal year, a calendar year's 年度, an ROC year, a word of the year ahead
_FISCAL = re.compile(r"(?<!\d)(20\d\d)\s*(?:/|-|—|至)\s*\d{2,4}\s*(?:财政)?(?:年度|財政年度)")
_CAL_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年度|(?<!\d)(20\d\d)\s*年(?=[^，,。;；\d]{0,4}(?:合计|合計|共)?(?:编列|編列|预算|預算))")
_ROC_YEAR = re.compile(r"(?<![\d/])(1[0-4]\d)\s*年度?(?![\d/])")
_AHEAD_WORD = re.compile(r"明年|下年度|下一年度|来年|來年|新一年度|新财政年度|新財政年度")
_MONEY = ("元", "亿", "億", "万", "萬")
_ALLOT_AFTER = re.compile(r"^\s*(?:用于|用於|投入|作为|作為)")
_OF_WHICH = re.compile(r"其中\s*(?:约|約|近|逾)?\s*$")
_OPENING_AMOUNT = re.compile(r"^\s*(?:约|約|近|逾)?\s*\d[\d,.]*\s*(?:亿|億)?\s*(?:\d[\d,.]*\s*)?(?:万|萬)?元\s*(?:用于|用於)")


def year_of_budget(clause: str) -> int | None:
    """The year the money of ``clause`` is for (a fiscal year's first calendar year, an ROC year converted), or -1 for a
    word of the year ahead, or None when the clause names none."""
    for pat in (_FISCAL, _CAL_YEAR):
        if m := pat.search(clause):
            return int(m.group(1) or m.group(2))
    if m := _ROC_YEAR.search(clause):
        return int(m.group(1)) + 1911
    if _AHEAD_WORD.search(clause):
        return -1
    return None


def _ahead(year: int | None, doc_year: int | None) -> bool:
    if year is None:
        return False
    if year == -1:
        return True
    return doc_year is not None and year >= doc_year


def budget_of_year_ahead(before: str, unit: str, doc_year: int | None) -> bool:
    """``120年度某縣教育基金預算為 88億元`` on a page of 2030, ``2031/32年度教育撥款總額為900億元`` on a page of
    February 2031, ``明年教育预算为12亿元``; not ``本年度预算为…``, ``2024年度预算为…`` on a page of 2026, nor a page with no date
    and a written year."""
    if not unit.endswith(_MONEY) or _BUDGET_NOUN.search(before) is None:
        return False
    clause = re.split(r"[，,；;。]", before)[-1]
    if _OUTTURN.search(clause):
        return False
    return _ahead(year_of_budget(clause), doc_year)


def allots_budget_ahead(before: str, unit: str, after: str, doc_year: int | None) -> bool:
    """``…說明120年度預算的分配，其中近 30億元 用於校舍`` (a page of 2025): an allotment of the budget of a year
    ahead that the sentence names before ``其中``."""
    if not unit.endswith(_MONEY) or _ALLOT_AFTER.match(after) is None or _OF_WHICH.search(before) is None:
        return False
    head = before[:before.rfind("其中")]
    if "预算" not in head and "預算" not in head or _OUTTURN.search(head):
        return False
    return _ahead(year_of_budget(head), doc_year)


def opens_allotment(sentence: str) -> bool:
    """A sentence that opens with an amount and its use: ``約12億5,000萬元 用於甲校新建…``."""
    return _OPENING_AMOUNT.match(sentence) is not None


# (lead42) O3e: a year of the budget (a fiscal year, a calendar or ROC year with 年度), then in its clause a budget, allotment
# or appropriation word and, after it in the sentence, an amount of money
_BUDGET_SENTENCE = re.compile(r"(?P<year>(?<!\d)(?:20\d\d\s*(?:/|-|至)\s*\d{2,4}\s*(?:财政)?年度|20\d\d\s*年度|1[0-4]\d\s*(?:年度|学年度|學年度)))"
                              r"[^。!！?？;；,，《》]{0,30}?(?:预算|預算|编列|編列|拨款|撥款|经费|經費)[^。!！?？;；《》]{0,60}?"
                              r"\d[\d,.]*\s*(?:亿|億|万|萬)?\s*(?:\d[\d,.]*\s*(?:万|萬))?元")


_BOOKS_STATE = re.compile(r"可用|可支用|剩余|剩餘|结余|結餘|执行|執行|决算|決算|已|修订|修訂")


def budget_sentence_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a sentence that states the money a named year's budget sets (``縣府在120年度
    編列午餐經費,…約需3億元`` -> (2031, …), ``2031/32年度教育拨款总额为900亿元`` -> (2031, …)): O3e, a goal with
    that year (whether it is over at the page's date is the caller's, O3d). (None, -1) when none."""
    if "元" not in sentence or "年度" not in sentence:
        return None, -1
    m = _BUDGET_SENTENCE.search(sentence)
    if m is None or sentence.rfind("《", 0, m.start()) > sentence.rfind("》", 0, m.start()):
        return None, -1  # (a year inside a document's name dates the document: O3e, N9c)
    if _BOOKS_STATE.search(m.group()):
        return None, -1  # ``114年度可用预算约为…``: what the books hold (available, left, spent), no allotment stated
    year = year_of_budget(m.group("year"))
    if year is None or year == -1:
        roc = re.match(r"(1[0-4]\d)", m.group("year"))
        year = int(roc.group(1)) + 1911 if roc else None
    return (year, m.start("year")) if year is not None else (None, -1)


# (lead42) N17d: ``…校舍改建工程,104年核定计1亿4,151万元经费``: the year right before an approval verb dates the approval of
# the works' money, not a result, so the money of works still under way stays a target
_APPROVAL_YEAR = re.compile(r"(?<!\d)(?:1[0-4]\d|20\d\d)\s*年(?:度)?(?:\d{1,2}\s*月)?\s*(?:[\u4e00-\u9fff]{0,6}?)"
                            r"(?:核定|核准|获批|獲批|批准|审定|審定)(?:计|計|补助|補助|经费|經費)?\s*(?:约|約)?\s*$")


def approval_dates_funds(before: str, unit: str) -> bool:
    """The money right after ``N年核定(计)`` (``104年核定计1亿4,151万2,000元``): the year dates its approval (N17d)."""
    return unit.endswith(_MONEY) and ("核" in before or "批" in before or "审" in before or "審" in before) \
        and _APPROVAL_YEAR.search(before[-24:]) is not None


# (lead42) N13b: in a sentence about a budget, a change from the year it is set beside (``较今年增加1100亿元、约增3.8%``,
# ``比今年度减少908.7亿元``, ``减列72.3亿元``, ``降幅达27.7%``): how the budget moves, no amount it sets. Not ``增列``/``追加``
# (an allotment, O3k) nor a change with no base and a growing verb (``经费再增加1亿元``: an extra allotment)
_BUDGET_WORD = re.compile(r"预算|預算|编列|編列|岁出|歲出")
_CHANGE_FROM_BASE = re.compile(r"(?:比|较|較|与|與)[^，,；;。\d]{0,10}?(?:今年|今年度|本年度|去年|上年|上年度|前一年|\d{2,4}年度?)[^，,；;。\d]{0,8}?"
                               r"(?:增加|减少|減少|增长|增長|成长|成長|下降|增|减|減)了?\s*(?:约|約|逾|达|達|近)?\s*$"
                               # (lead51) the base year's own figure (``比114年度651.55億元``, ``較去年度``): the base, no amount set
                               r"|(?:比|较|較)\s*(?:今年|今年度|本年度|去年|去年度|上年|上年度|\d{2,4}年度?)\s*(?:的)?\s*$")
_CUT_OR_RATE = re.compile(r"(?:减列|減列|削减|削減|降幅|增幅|跌幅|约增|約增|约减|約減|"
                          r"(?:支出|预算|預算|经费|經費|开支|開支)[^，,；;。\d]{0,4}?(?:减少|減少))(?:金额|金額)?\s*(?:达|達|约|約|逾|为|為)?\s*$")


def budget_change(sentence: str, clause_before: str) -> bool:
    """The number right after a budget's change in its clause (see above), in a sentence that speaks of a budget."""
    if _BUDGET_WORD.search(sentence) is None:
        return False
    tail = clause_before.split("、")[-1]
    return _CUT_OR_RATE.search(tail) is not None or _CHANGE_FROM_BASE.search(clause_before) is not None
