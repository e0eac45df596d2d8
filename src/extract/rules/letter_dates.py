"""The date line that closes a letter handing down a plan, as a scrape leaves it (General G2, G2a).

A transmitting letter (``各…:`` ``现将《…》印发给你们…``) holds no records; the plan printed below its date does. A
scrape often drops the characters ``年``/``月``/``日`` of the letter's date, so the date line reads ``2031415`` or
``20314月15日``: it is still the letter's date and still closes the letter, so the plan's title and its first
paragraph after it are body text again (G2a: what holds no records is recognised by what it is).
"""
from __future__ import annotations

import re

# ``2031415``, ``20311231``, ``20314月15日``, ``2031年415``: a year and a month and day with some date marks lost
_CUT_DATE = re.compile(r"^[(（]?(20\d\d)\s*年?\s*(?:(\d{1,2})\s*月\s*(\d{1,2})\s*日?|(\d{3,4}))[)）]?$")


def _valid_month_day(digits: str) -> bool:
    """Some split of ``digits`` (three or four, month then day) gives a month 1-12 and a day 1-31."""
    return any(1 <= int(digits[:cut]) <= 12 and 1 <= int(digits[cut:]) <= 31
               for cut in (1, 2) if 1 <= len(digits) - cut <= 2)


def scrape_cut_date(line: str) -> bool:
    """A line that is only a date whose ``年``/``月``/``日`` marks the scrape partly dropped (``2031415``,
    ``20314月15日``), the letter's date line; not a plain number (``2031``, ``12345``), not a date with text
    (``2031415日前完成``), not a full date (``2031年4月15日``, which the ordinary date line test reads)."""
    t = line.strip()
    m = _CUT_DATE.match(t)
    if m is None or "年" in t and "月" in t:
        return False
    if m.group(4) is not None:
        return _valid_month_day(m.group(4))
    return 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31
