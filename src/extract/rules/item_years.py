"""Target cue for the year of one item of a ``;`` list, which dates no other item (N9).

A list set out in one sentence (``…分别是:甲工程,…;乙工程,…;丙工程,…``) gives each item its own words; a year written
inside one item, after the item's opening words (``甲工程,为全镇800户投保2031年度意外保险;乙工程,新建停车位300个``),
belongs to that item's sentence (N9: the year stated in the record's own sentence) and dates the quantities of the later
items none. A year in an item's first clause or in the sentence's lead (``2031年,…;…``, ``目标:确保到2031年底,…;…``) is the time of
what follows and is left to the usual reading. No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

_ITEM_BREAK = re.compile(r"[;；]")
_ITEM_OPEN = re.compile(r"[:：;；]")
# a clause break between an item's opening and the year: the item's own words (its name, its first clause) come first
_CLAUSE_BREAK = re.compile(r"[,，]")


def year_inside_other_item(sentence: str, year_start: int, at: int) -> bool:
    """The year at ``year_start`` stands inside an earlier ``;`` item than the number at ``at``, after that item's own
    opening words (a clause break between them): ``…分别是:甲工程,为800户投保2031年度意外保险;乙工程,新建停车位300个``
    (2031 dates 800 only). Not a year in its item's first clause or in the sentence's lead (``目标:确保到2031年底,甲率达到90%;
    乙率达到80%``), nor one in the number's item."""
    if _ITEM_BREAK.search(sentence, year_start, at) is None:
        return False
    opens = [m.end() for m in _ITEM_OPEN.finditer(sentence, 0, year_start)]
    if not opens:
        return False  # the year stands in the sentence's lead, before any list
    return _CLAUSE_BREAK.search(sentence, opens[-1], year_start) is not None
