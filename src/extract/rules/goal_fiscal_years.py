"""O3, O3e: a fiscal year written without ``年`` (``2026財政年度``, ``2026财年``): a written year like ``2026年財政年度``, as a
Hong Kong or Macao text writes it; a sentence that commits to something in it (``使新計劃可於2031財政年度內推行``) is a
goal with that year (O3; a fiscal year takes its first calendar year, N9a). The date cues read ``20NN年``, so the year is
given its ``年`` before they read the sentence.
"""

from __future__ import annotations

import re

_BARE_FISCAL = re.compile(r"(?<![\d/／年])(20\d\d)(?=\s*(?:财政年度|財政年度|财年|財年))")


def fiscal_year_nian(sentence: str) -> str:
    """(goalA35) The sentence with ``年`` after a year written bare before its fiscal year (``2026財政年度`` ->
    ``2026年財政年度``); the sentence itself when it has none."""
    if "财" not in sentence and "財" not in sentence:
        return sentence  # (a cheap test before the scan)
    return _BARE_FISCAL.sub(r"\1年", sentence)
