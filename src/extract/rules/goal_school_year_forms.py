"""The written forms of a school or financial year that Hong Kong's and Macau's pages use (O3c: a year like
``2031年``), put in figures so that the goal date cues read them as they read ``2031/32学年``.

1. ``year_span_tails``: the second year of a span after a year already in figures, written in two Chinese numerals
   (``2031/三二学年``, ``2031 / 三二学年``, ``2031至三二年度``: ``chinese_numeral_years`` has put the first year in
   figures, the second stays) -> ``2031/32学年``.
2. ``glued_year_pairs``: two years in Chinese numerals run together before the school year, with no mark between them
   (``二〇三一二〇三二学年``, Macau's way) -> ``2031/ 32学年`` (the second year in two figures, a blank where its
   century stood: the same length, so every place in the sentence stands).

Both keep the sentence's length (the callers map places back); a sentence without such a form is returned itself.
"""

from __future__ import annotations

import re

_CN_DIGITS = "〇○零一二三四五六七八九"
_CN_DIGIT = str.maketrans(_CN_DIGITS, "000123456789")
# the year word after a span's second year: a school year or a (financial) year
_YEAR_WORD = r"(?=\s*(?:学年|學年|学校年度|財政年度|财政年度|年度))"
# ``2031/三二学年``: a year in figures, a span's mark, two Chinese numerals, the year word
_SPAN_TAIL = re.compile(r"(?<=20\d\d)(\s*[/／至\-—–]\s*)([" + _CN_DIGITS + r"]{2})(?![" + _CN_DIGITS + r"])" + _YEAR_WORD)
# ``二〇三一二〇三二学年``: two four-numeral years of this century run together, the year word
_GLUED_PAIR = re.compile(r"(?<![" + _CN_DIGITS + r"十百千万])(二[〇○零][" + _CN_DIGITS + r"]{2})二[〇○零]([" + _CN_DIGITS + r"]{2})"
                         + _YEAR_WORD)


def year_span_tails(sentence: str) -> str:
    """The sentence with a span's second year in figures where its first already is (``2031/三二学年`` ->
    ``2031/32学年``, ``2031至三二年度`` -> ``2031至32年度``); O3c. The sentence itself when it has none."""
    if "年" not in sentence:
        return sentence  # (a cheap test: the year word holds 年)
    return _SPAN_TAIL.sub(lambda m: m.group(1) + m.group(2).translate(_CN_DIGIT), sentence)


def glued_year_pairs(sentence: str) -> str:
    """The sentence with two Chinese-numeral years run together before a school or financial year in figures, the
    first in four, the second in two after ``/ `` (``二〇三一二〇三二学年`` -> ``2031/ 32学年``); O3c. The sentence
    itself when it has none."""
    if "年" not in sentence or "二" not in sentence:
        return sentence  # (a cheap test)
    return _GLUED_PAIR.sub(lambda m: m.group(1).translate(_CN_DIGIT) + "/ " + m.group(2).translate(_CN_DIGIT), sentence)
