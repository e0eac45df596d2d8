"""A clause number opening a line is no amount (eval/README.md G2: headings that are only a section name hold no records).

``1.2 本标准适用于…``, ``1.1    某大學年度校務規劃管考程序``: a standard's or a manual's clause is numbered
``N.N`` (``N.N.N``) at the start of its line, then a blank, then the clause's words; a word that can be a measure word
(``本``, ``元``) standing first in those words is read with the number as if it were an amount. A line that holds only an
amount (``1.5 万人``, a table cell) goes on with no words after its measure word and is left alone, and so is an amount
written in a sentence (``增长1.5 万人``: the number does not open the line).
"""

from __future__ import annotations

import re

_CLAUSE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")
# the blank after the number, then the clause's words: two more Chinese characters at least after the first
_CLAUSE_WORDS = re.compile(r"[ \t\u3000\xa0]+[\u4e00-\u9fff]{3}")


def is_clause_number(line_before: str, number: str, after_number: str) -> bool:
    """``number`` (the digits as written) opens its line (``line_before``: the line up to it, blank or empty) as a clause
    number ``N.N`` and ``after_number`` (the text right after the digits) is a blank and the clause's words."""
    return (line_before.strip() == "" and _CLAUSE_NUMBER.fullmatch(number) is not None
            and _CLAUSE_WORDS.match(after_number) is not None)
