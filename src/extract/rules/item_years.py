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


def year_in_later_item(sentence: str, at: int, year_start: int) -> bool:
    """(tgtA25) The year at ``year_start`` opens a later ``;`` item than the number at ``at`` (``今年新建幼儿园169所,秋季
    投入使用;2032年,再建设300所``): it is the time of that item's own statement, and the number before the break takes
    no year from it (N9: the year written before a value dates it; a year written after dates the works of its own
    sentence only, N9b). Not the year of a works step (``…;规划2031年开工建设``): N9b dates the project's quantities by it."""
    if year_start <= at or (_ITEM_BREAK.search(sentence, at, year_start) is None
                            and not opens_later_clause(sentence, at, year_start)):
        return False
    return _WORKS_STEP_AFTER.match(sentence, year_start) is None


# (tgtB33) the head of a later clause up to its year: a comma, at most a joining word and a word of aim or forecast, then
# ``到``/``至`` (``,力争到``, ``,预计到``, ``,到``): a deadline of its own
_DEADLINE_HEAD = re.compile(r"[,，]\s*(?:并且|并|且|同时|另外|此外)?\s*(?:争取|力争|预计|确保|計劃|计划|将)?\s*(?:到|至)\s*$")
# a comma clause that opens with a year's share of the money (``,2031年计划投资2亿元``, ``,计划2031年投资2亿元``)
_YEAR_SHARE_HEAD = re.compile(r"[,，]\s*(?:计划|計劃)?\s*$")
_YEAR_SHARE = re.compile(r"\d{2,4}\s*年(?:度)?\s*(?:计划|計劃)?\s*(?:投资|投資|投入|安排)")


def opens_later_clause(sentence: str, at: int, year_start: int) -> bool:
    """(tgtB33) N9 (twentieth round: "the deadline of a different commitment in the same sentence"; twenty-fourth round:
    the year of one phase's money): the year at ``year_start`` opens a later comma clause than the number at ``at``,
    as its deadline (``新建幼儿园6所,力争到2031年全县普惠率达到90%``, ``…,到2031年全面消除大班额``) or as the year of a
    share of the money (``总投资5亿元,2031年计划投资2亿元``): it is the time of that clause's own commitment, and the number
    before it takes no year from it, as with a later ``;`` item. A year of the same measure's own step written without
    ``到`` (``…,2031学年起实行``, ``…,预计2031年9月前到校``) is left to the usual reading; ``year_in_later_item`` still
    keeps the year of a works step (``新建学校3所,到2031年全部建成``: N9b dates the project's quantities by it)."""
    if _CLAUSE_BREAK.search(sentence, at, year_start) is None:
        return False
    head = max(at, year_start - 12)
    return _DEADLINE_HEAD.search(sentence, head, year_start) is not None \
        or (_YEAR_SHARE_HEAD.search(sentence, head, year_start) is not None
            and _YEAR_SHARE.match(sentence, year_start) is not None)


# (tgtA25) the year of a works step (``…;规划2031年开工建设``, ``工程可望于2031年4月展开,并于同年9月完成``): the date of the
# whole project's works, which dates its quantities before it too (N9b)
_WORKS_STEP_AFTER = re.compile(r"[^,，;；。]{0,16}?(?:开工|開工|动工|動工|展开|展開|完成|竣工|完工|建成|投入使用|投用|启用|啟用|交付|落成|开放|開放)")
