"""(tgtC34) Numbers written in forms the digit reader missed (N4, N8).

- ``佔總分百分之六十``: a share written in Chinese numerals after ``百分之`` (one to one hundred), read as ``60 %``
  (``PERCENT_WORDS`` is an alternative of the number reader, ``percent_words_value`` gives its digits);
- ``每生每年$1,100``, ``NT$5,000``, ``HK$300``: an amount with a currency sign before it and no measure word after
  is an amount (unit ``""`` as written, N8), not a bare number (``currency_sign_before``); a sign after a blank opens
  a row's amount (``中學教育 $2,600.00``), read by ``currency_rows``;
- ``約1萬5千4百名學生``: a count in ten-thousands, thousands and hundreds, read in hundreds with ``百`` kept in its unit
  (``154 百名``), as ``47萬5千元`` is read ``475 千元`` (N8b); so is an amount in thousands and hundreds of ten-thousands
  (``獲補助3千4百多萬元``: ``34 百万元``), which the digit reader would cut to its last digit.
"""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# after ``百分之`` (the number reader's ``pct_word``): ``十``, ``六十``, ``十五``, ``四十五``, ``五``, ``一百``; never a
# fraction of a word (``百分之百``: all, ``百分之二十几``: not a value)
# (a conditional on the reader's ``pct_word`` group: the words never start a match of their own, so that the reader
# starts only where a digit or ``百`` stands, ``targets.numbers``)
PERCENT_WORDS = r"(?(pct_word)(?<=百分之)(?:一百|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?![零〇一二两三四五六七八九十百千万几多余點点])|(?!))"
_PERCENT_WORDS = re.compile(r"^(?:(一)百|([一二三四五六七八九])?(十)([一二三四五六七八九])?|([一二三四五六七八九]))$")


def percent_words_value(words: str) -> str | None:
    """The digits of a share written in Chinese numerals (``六十`` -> ``60``, ``十五`` -> ``15``, ``五`` -> ``5``,
    ``一百`` -> ``100``); None for anything else (digits, other words)."""
    m = _PERCENT_WORDS.match(words)
    if m is None:
        return None
    if m.group(1):
        return "100"
    if m.group(3):
        return str(_DIGITS[m.group(2)] * 10 if m.group(2) else 10) if not m.group(4) else \
            str((_DIGITS[m.group(2)] if m.group(2) else 1) * 10 + _DIGITS[m.group(4)])
    return str(_DIGITS[m.group(5)])


# the sign right after a word or a colon (``每生每年$``, ``約NT$``, ``津貼:$``); a sign after a blank opens the amount of a
# row (``中學教育 $2,600.00``), which ``currency_rows`` reads with the currency its header names
_CURRENCY_SIGN = re.compile(r"(?<=[\u4e00-\u9fff:：])(?:NT|HK|MOP|US|RMB)?[$＄]$")


def currency_sign_before(before: str) -> bool:
    """True when the text right before a number ends in a currency sign (``每生每年$``, ``約NT$``, ``HK$ ``): the number
    is an amount of money though no measure word follows it. A sign after a blank (a row's amount, ``中學教育 $``),
    ``$$`` or a sign in a word (``A$B``) is none."""
    return before.endswith(("$", "＄")) and _CURRENCY_SIGN.search(before[-6:]) is not None


def without_currency_sign(before: str) -> str:
    """The text before a number without the currency sign it ends in (``每校每年最少$`` -> ``每校每年最少``), so a
    bound word before the sign binds the amount; the text unchanged when it ends in none."""
    m = _CURRENCY_SIGN.search(before[-6:]) if before.endswith(("$", "＄")) else None
    return before[:len(before) - len(m.group(0))] if m else before


# ``1萬5千4百名``: the digits before ``万``, ``千`` and ``百`` of a count of people or things
# ``1千2百萬元``: the digits before ``千`` and ``百`` of a number of ten-thousands (the ``万`` read as the unit's)
WAN_KILO_HUNDRED = r"(?:\d{1,4}\s?[万萬]\s?\d\s?千\s?\d\s?百(?=\s?[余多]?(?:位|名|人次|人|个|個|户|戶|张|張|间|間|套|床|辆|輛|只))" \
    r"|(?<![\d千百万萬亿億])\d\s?千\s?\d\s?百(?=\s?[余多]?[万萬]))"
_WAN_KILO_HUNDRED = re.compile(r"^(?:(\d{1,4})\s?[万萬]\s?)?(\d)\s?千\s?(\d)\s?百$")


def wan_kilo_hundred_value(number: str) -> str | None:
    """The digits of a ``WAN_KILO_HUNDRED`` figure in hundreds (``1万5千4百`` -> ``154``, ``1千2百`` -> ``12``); None for
    any other figure."""
    m = _WAN_KILO_HUNDRED.match(number)
    return None if m is None else str(int(m.group(1) or 0) * 100 + int(m.group(2)) * 10 + int(m.group(3)))
