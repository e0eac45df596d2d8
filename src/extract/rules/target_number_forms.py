"""How a number around a target's value is written: the second term of a ratio (``1:350``), thousands separators and
amounts in 亿 and 万 (``6,000``, ``28亿7300``), money parts in brackets after an amount, a list item the number opens,
a space that separates tokens, a sentence-final ASCII point, ROC years, and a sentence announcing a plan's indicators
(``rules.targets`` reads the numbers with them)."""

from __future__ import annotations

import re

from extract.rules.target_forms import pads_quantity

_CJK = re.compile(r"[\u4e00-\u9fff]")


# (speedA28) ``1(?<![\\d.:：∶]1)`` for ``(?<![\\d.:：∶])1``: the same matches, the lookbehind after the 1 (a pattern that opens
# with a lookbehind leaves sre no first character; this one has the literal 1)
_RATIO_HEAD = re.compile(r"1(?<![\d.:：∶]1)\s*[:：∶比]\s*$")  # (lead44) also ``1比7.8``, a ratio in words
_CLOCK_AFTER = re.compile(r"^\s*[-—–~～至:：]")


def ratio_start(sentence: str, num_start: int, num_end: int) -> int | None:
    """Where a ratio ``1:B`` (or ``1比B``) starts when the number at ``num_start`` is its second term (``师生比不低于1:350``,
    ``按1:3比例``, ``师生比1比7.8``); None for any other number, and for a clock time (``8:00—8:30``, ``1:30-2:00``)."""
    m = _RATIO_HEAD.search(sentence, 0, num_start)
    if m is None or _CLOCK_AFTER.match(sentence, num_end):
        return None
    return m.start()


# (fourteenth round) the parts or another currency's form of an amount, in brackets right after it: ``(省级0.5亿元、市县2亿元)``,
# ``(约合人民币1.8亿元)``: a short payer or ``约合`` word before each
_BRACKET_ITEM = re.compile(r"\s*[(（、]\s*[^()（）\d，,；;。、]{0,8}")
_MONEY_END = ("元", "万", "亿", "港元", "澳门元", "澳门币", "新台币", "港币", "美元")


def splits_amount_in_brackets(sentence: str, amount_end: int, num_start: int, amount_unit: str, unit: str) -> bool:
    """The number is money in a bracket opened right after an amount of money taken as a target, as its first item
    or after an earlier item (``项目预算2.5亿元(省级0.5亿元、市县2亿元)``, ``预算2亿港元(约合人民币1.8亿元)``): the
    amount's parts or its restatement, sharing its commitment (N5, N5a)."""
    if not unit.endswith(_MONEY_END) or not amount_unit.endswith(_MONEY_END) or amount_end > num_start:
        return False
    if _BRACKET_ITEM.fullmatch(sentence, amount_end, num_start) is None:
        return False
    opened = max(sentence.rfind("(", 0, num_start), sentence.rfind("（", 0, num_start))
    closed = max(sentence.rfind(")", 0, num_start), sentence.rfind("）", 0, num_start))
    return opened > closed and sentence[:opened].rstrip().endswith(_MONEY_END)


def opens_list_item(sentence: str, item_start: int, num_start: int) -> bool:
    """The number opens an item of a ``、`` list (``…、30%以上的乙村达到…``): nothing stands between the ``、`` and
    the number, so the item's measure comes after it and its quote starts at the number."""
    return item_start > 0 and sentence[item_start - 1] == "、" and not sentence[item_start:num_start].strip()


def grouped_digits(number: str) -> str:
    """``6,000`` -> ``6000``: a number written with thousands separators (``1,029亿元``, or spaces as some
    governments print them, ``6 000个``), as plain digits. A number right after ``N万`` / ``N亿`` (``1万2,299个``)
    or a group after a separator is the tail of a figure and never read (``NUMBER``). ``NUMBER`` reads space groups
    only between words (``约6 000个``), never in a row of table cells (``1640 628``)."""
    plain = number.replace(",", "").replace(" ", "")
    return compound_amount(plain) if "亿" in plain else plain


def compound_amount(number: str) -> str:
    """(twelfth round) ``28亿7300`` (before ``万元``) -> ``287300``, ``1亿4037万6000`` (before ``元``) -> ``140376000``: an
    amount written in 亿 and 万 together, as Hong Kong, Macau and Taiwan pages write money (``約28億7,300萬元``,
    ``21億1220萬元``, ``1億4,037萬6,000元``), as one number in the unit its last part stands before (N8: the unit as
    written after the number)."""
    head, _, rest = number.partition("亿")
    if "万" in rest:
        wan, _, ones = rest.partition("万")
        value = float(head) * 10 ** 8 + int(wan) * 10 ** 4 + int(ones)
    else:
        value = float(head) * 10 ** 4 + int(rest)
    return f"{value:.4f}".rstrip("0").rstrip(".")


_MONEY_HEADS = ("亿元", "亿多元", "亿余元", "万元", "万多元", "万余元", "千万元")


def is_separator_space(text: str, num_start: int, unit_start: int, unit_end: int) -> bool:
    """A space between a number and a measure word that separates tokens rather than pads them: the
    number is glued to the word before it (``东坪乡10``) and the "measure word" runs on into a word
    (``10 张庄镇``). Padding (``新增 150 个学位``) and a measure word that ends its token (``托位150 个。``)
    keep the unit."""
    gap = text[num_start:unit_start]
    if not gap[-1:].isspace():
        return False
    if text.startswith(_MONEY_HEADS, unit_start):
        return False  # (eleventh round) ``投入7.12 亿多元``, ``4.22 亿元用于``: an amount of money names no place
    glued_left = num_start > 0 and not text[num_start - 1].isspace()
    runs_on = unit_end < len(text) and _CJK.match(text[unit_end]) is not None
    return glued_left and runs_on and not pads_quantity(text, num_start, unit_start)


_ANNOUNCES = re.compile(r"(?:设置|设定|确定|提出|明确|制定)了?[^。，,]{0,20}?(?:计划|预期|主要|发展|年度)(?:指标|目标)$")


def announces_targets(sentence: str) -> bool:
    """A sentence that announces a plan's indicators (``…共设置了31项国民经济和社会发展计划指标``): the
    ``其中,…`` sentence after it lists them."""
    return bool(_ANNOUNCES.search(sentence))


_AFTER_POINT = re.compile(r"^\.(?:$|\s|[\u4e00-\u9fff])")


def ends_with_point(unit: str, after: str) -> bool:
    """(fourteenth round) ``…、甲楼1200平方米.``: an ASCII point after a number and its measure word that ends the
    sentence (the text, a blank or a Chinese word follows), as some pages print a full stop; not a section number
    or a version (``3.2.1``, ``2.0``: a digit follows)."""
    return bool(unit) and _AFTER_POINT.match(after) is not None


def is_roc_year(value: str) -> bool:
    """``112年``, ``108-111年`` in a Taiwanese page: a whole number of 60 to 150 years is a year counted from
    1912 (no plan measures a span or a level in so many years)."""
    return value.isdigit() and 60 <= int(value) <= 150


# (tgtA30) a list mark run into a year: ``2.2031届``, ``3.2031级``
_MARKED_COHORT_YEAR = re.compile(r"\d{1,2}\.(?:19|20)\d\d")


def mark_before_cohort_year(number: str, unit: str) -> bool:
    """``2.2031届毕业生代表``, ``3.2031级新生``: an item's mark run into the year of a cohort (``2031届``, a name: N3,
    N15), no decimal amount of 届 or 级, as ``2.2031年`` is a mark before a year."""
    return unit in ("届", "屆", "级", "級") and _MARKED_COHORT_YEAR.fullmatch(number) is not None
