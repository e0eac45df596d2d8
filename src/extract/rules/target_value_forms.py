"""(tgtB34, N4, N8) Value forms the target reader did not read, each a general way the genre writes an amount:

- ``half_after``: a span with a half written after its measure word (``降至4年半``, ``预计2年半内完成``, ``持续1个半小时``):
  the value is N.5 in the measure as written (``4.5 年``, ``1.5 个小时``), not N.
- ``ratio_to_one``: a ratio to one (``收入差距控制在2.2∶1以内``, ``差距缩小到1.2:1``): the first term is the value, unit
  ``""`` (N8: a number with no unit word), as ``1:350`` reads its second term.
- ``rate_sign_lost``: a rate whose ``%`` the scrape dropped with the punctuation after it (``筛查率达到95新生儿…``): a whole
  number up to 100 right after a rate word and its verb, run straight into the next clause's words.
- ``signed_whole_level``: a whole number after an inline ``≥``/``≤`` and before a clause mark (``人均健康期望寿命≥71,``):
  a level to keep, unit ``""``, as ``差异系数≤0.15`` reads a decimal.
- ``coefficient_bound``: a decimal below one with ``以内``/``以下`` after it (``死亡率控制在0.011以内``): a coefficient
  kept under a ceiling, unit ``""``.
- ``RATE_WITHOUT_CURRENCY``: a rate per month written without its currency (``全自理护理标准为78/月``), and one
  whose per-part the page dropped, its ``/`` run into the next clause (``全护理标准为965/半护理标准为579/…``): the unit
  as written, ``/月`` or ``/`` (N8a).
- ``MEASURES``: measure words as written (N8): certificates (``奖状1纸``), poultry (``家禽5万羽``), groups
  (``医疗群至少10群``), rolls and barrels (``胶卷2卷``, ``桶装水2桶``), millilitres (``200毫升``) and characters of a
  text (``不少于2500字``; never ``3字头``, ``8字形``).
"""

from __future__ import annotations

import re

_HALF_UNITS = ("年", "个月", "個月", "小时", "小時", "个小时", "個小時", "天", "周", "週")
_HALF_AFTER_GE = re.compile(r"半(小时|小時|月)")


def half_after(unit: str, after: str) -> str | None:
    """The unit of ``N<unit>半…`` read as N and a half: the same unit after a span word (``4年半`` -> ``年``), the
    measure joined to the word after ``半`` after a bare ``个`` (``1个半小时`` -> ``个小时``); None where no ``半``
    follows or the unit is no span of time (``3个半…`` of a count, ``2所半``)."""
    if not after.startswith("半"):
        return None
    if unit in _HALF_UNITS:
        return unit
    if unit in ("个", "個") and (m := _HALF_AFTER_GE.match(after)) is not None:
        return unit + m.group(1)
    return None


def half_end(sentence: str, pos: int) -> int:
    """Where the half read by ``half_after`` ends, ``pos`` at its ``半`` (``半``, ``半小时``): the quote and a comparator
    word after it (``持续1个半小时以上``) are read from there; ``pos`` itself where no ``半`` stands."""
    if not sentence.startswith("半", pos):
        return pos
    m = _HALF_AFTER_GE.match(sentence, pos)
    return m.end() if m is not None else pos + 1


_TO_ONE = re.compile(r"\s*[:：∶]\s*1(?![\d.:：∶])")


def ratio_to_one(sentence: str, num_start: int, num_end: int) -> int | None:
    """The end of ``∶1`` right after a number with no unit (``2.2∶1``): the number is a ratio to one, its first term
    the value; None for any other number (``8:30`` a clock time, ``1:350`` and ``1:1`` read from their second term)."""
    if sentence[num_start:num_end].strip() == "1":
        return None
    m = _TO_ONE.match(sentence, num_end)
    return m.end() if m is not None else None


_RATE_VERB_BEFORE = re.compile(r"率\s*(?:达到|達到|提高到|提高至|保持在)\s*$")
_CJK_AFTER = re.compile(r"^[\u4e00-\u9fff]")


def rate_sign_lost(before: str, value: str, after: str) -> bool:
    """``产前筛查率达到95新生儿…``: a whole number up to 100 after a rate word and its verb, run straight into the next
    word: the page lost the ``%`` and the mark after it. Not a number at a cut (``…入学率达到90`` and nothing after:
    a figure cut off), nor after ``为`` (``合格率为90``)."""
    return (value.isdigit() and 0 < int(value) <= 100 and _RATE_VERB_BEFORE.search(before[-10:]) is not None
            and _CJK_AFTER.match(after) is not None)


_SIGN_BEFORE = re.compile(r"[\u4e00-\u9fff)）]\s*[≥≤]\s*$")
_CLAUSE_MARK_AFTER = re.compile(r"^\s*[,，;；。]")


def signed_whole_level(before: str, value: str, after: str) -> bool:
    """``人均健康期望寿命≥71,``: a whole number after an inline ``≥``/``≤`` right after its indicator, a clause mark
    after it: the level to keep. Not ``>``/``<`` (a page's breadcrumbs, ``首页 > 2016``), nor a number a word follows."""
    return value.isdigit() and _SIGN_BEFORE.search(before[-4:]) is not None \
        and _CLAUSE_MARK_AFTER.match(after) is not None


_BOUND_AFTER = re.compile(r"^\s*(?:以内|以下|以內)")


def coefficient_bound(value: str, after: str) -> bool:
    """``死亡率控制在0.011以内``: a decimal below one, no unit, ``以内``/``以下`` after it: a coefficient kept under a
    ceiling."""
    return value.startswith("0.") and _BOUND_AFTER.match(after) is not None


RATE_WITHOUT_CURRENCY = r"/月(?![\d])|(?<!19\d\d)(?<!20\d\d)/(?=[\u4e00-\u9fff、])"  # never a year's (``2026/医疗``)

# before ``卷``: never a word they open (``8字形``, ``卷入``)
MEASURES = "纸|紙|羽|群(?![众眾体體])|卷(?![入起])|桶(?![装裝])|毫升|"


# -- the year funding was obtained or approved (N9b) ------------------------------------------------------------------
_OBTAINED_YEAR = re.compile(r"(?<!\d)(20\d\d|1\d\d|[89]\d)(?=\s*年度?(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:爭取到|争取到|"
                            r"獲得|获得|獲核定|获核定|核定|獲批|获批|取得立项|取得立項|完成立项|完成立項))")


def masks_obtained_funding_years(sentence: str) -> str:
    """``sentence`` with each year that dates funding obtained or approved (``東勢鄉公所於108年爭取到內政部補助9,131萬元``,
    ``104年核定計1億4,151萬元經費``) masked digit for digit: a step done dates nothing (N9b), as the year of a decision
    taken does (``masks_decision_years``); the works' quantities take the year of the works, or none."""
    if not any(w in sentence for w in ("争取到", "爭取到", "获得", "獲得", "核定", "获批", "獲批", "立项", "立項")):
        return sentence
    return _OBTAINED_YEAR.sub(lambda m: "某" * len(m.group(1)), sentence)


# -- the year inside the name of an allotment of funds or of a list a project was put on (N9c) --------------------------
_ALLOTMENT_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d\d(?=\s*年度?\s*(?:第[一二三四五六七八九十\d]{1,3}(?:批|季度)|中央|省级|省級)"
                             r"[^，,。；;:：\d]{0,36}?(?:资金|資金|投资|投資))")
_PUT_ON_LIST_YEAR = re.compile(r"(?<=列入)\s*(?:19|20)\d\d(?=\s*年度?[^，,。；;:：\d]{0,20}?(?:计划|計劃|清单|清單|名单|名單|项目库|項目庫))")


def masks_allotment_years(sentence: str) -> str:
    """``sentence`` with the year inside the name of an allotment of funds (``2018年第一批…中央专项资金214万元``, ``获得…
    工程2030年中央预算内专项资金300万元``, ``包括2030年第二季度中央新增投资教育项目``) and of a list a project was put on
    (``已将该项目列入2024年某市重点项目建设计划``) masked digit for digit: a year inside a programme's or a list's name dates
    none of the sentence's quantities (N9c, O3b). A year stated as the time of the commitment (``2031年安排资金…``: no batch,
    no payer's level after it) is kept, and so is one that opens its sentence (``2031年第二批…项目建设总投资2600万元,涉及学校
    42所``: the year's batch the sentence commits to), where the name is no word inside the sentence (``资金来源为2031年…``)."""
    if "列入" in sentence:
        sentence = _PUT_ON_LIST_YEAR.sub(lambda m: "某" * len(m.group()), sentence)
    if not any(w in sentence for w in ("资金", "資金", "投资", "投資")):
        return sentence
    return _ALLOTMENT_YEAR.sub(lambda m: "某" * len(m.group()), sentence)


# -- the parts of a money total listed after it (N5) --------------------------------------------------------------------
_MONEY_UNITS = ("元", "万", "萬", "亿", "億")
_PARTS_OPEN = re.compile(r"\s*[,，]?\s*(?:包含|包括|含)")
_PARTS_BREAK = re.compile(r"[;；。]")


def part_of_listed_total(sentence: str, totals: list[tuple[int, str]], at: int, unit: str) -> bool:
    """A money amount among the parts a taken money total lists right after it (``总经费共计524万元,包含筹备期324万元
    (开办费239万元、营运费85万元)、营运期200万元``): each part shares the total's commitment (N5: every number of an
    enumeration is a record), as the parts in brackets do (``splits_amount_in_brackets``). ``totals``: (end, unit) of
    the sentence's amounts taken so far. Not past a ``;`` or a full stop, nor a part that is no money."""
    if not unit.endswith(_MONEY_UNITS):
        return False
    for end, t_unit in totals:
        if end < at and t_unit.endswith(_MONEY_UNITS) and _PARTS_OPEN.match(sentence, end) is not None \
                and _PARTS_BREAK.search(sentence, end, at) is None:
            return True
    return False
