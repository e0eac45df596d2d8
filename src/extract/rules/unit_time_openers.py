"""A time word run into the unit that opens a clause (probeG40, U3a, U7): ``今年区教育局牵头,…``, ``去年区教育局牵头,…``.

Written with no comma after it, a sentence's time word (``今年``, ``明年``, ``目前``, ``下一步``) is read into the name of
the unit after it by the clause readers. A time word is no part of a unit's name: it says when, not who (U3a copies the
unit, not the clause's adverbials), and is left out. A time word of the past (``去年``, ``前年``, ``上年``, ``此前``,
``近年来``, ``今年以来``) says the clause reports a deed done: the row is a result reported, no assignment (U7: not a
result or act reported done)."""

from __future__ import annotations

import re

_TIME_OPENER = re.compile(r"^(?:(?P<past>去年|前年|上年|此前|近年来|今年以来|年初以来|以往)|今年|明年|目前|当前|近期|今后|下一步|下阶段|同时|此外)"
                          r"(?=[\u4e00-\u9fff]{2})")


def time_opener(unit: str) -> tuple[int, bool]:
    """(the length of the time word that opens a unit's name, whether it is a time of the past); (0, False) when
    the name opens with none (``今年区教育局`` -> (2, False); ``去年区教育局`` -> (2, True))."""
    m = _TIME_OPENER.match(unit) if unit[:1] in "去前上此近今年以明目当下同" else None
    return (m.end(), m.group("past") is not None) if m else (0, False)


def without_time_openers(lead: list[str], responsible: list[str]) -> tuple[list[str], list[str], bool]:
    """The lists with a time word cut from the names it opens, and whether one of them is a time of the past (a deed
    reported: the row goes)."""
    past = False

    def cut(units: list[str]) -> list[str]:
        nonlocal past
        out = []
        for u in units:
            n, was = time_opener(u)
            past = past or was
            out.append(u[n:] if n else u)
        return out

    return cut(lead), cut(responsible), past
