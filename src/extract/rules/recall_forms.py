"""(tgtB37) Forms of a commitment the target rules left unread (numeric_target recall on the wild dev texts).

- N8b, N16 ``KILO_MORE_WAN``: ``千多万``/``千余万`` with no ``元`` after it (``需4千多萬經費``): the amount in 千万, ``多``/``余``
  no part of the unit (``4千多万经费`` -> 4 ``千万``, as ``4千多万元`` -> 4 ``千万元`` and ``3千万经费`` -> 3 ``千万``).
- N17 ``headline_amount_run``: a headline made of amounts only, joined by ``、`` and closed by ``!``/``！``, whose own line
  goes on to say what is to be built or done ahead (``4个、36个、512个、15万户!某地乡村未来三年这么建``): each amount is
  a target of that commitment (a headline that states a future commitment with a number, N17).
- N5 ``fenbie_list_unit``: a bare value of a ``分别`` list written with commas or ``、``, whose measure word is written once
  after the last value (``一、二、三等奖分别1,1,2名``): every value takes that measure (each value its own record).
- N1, N2 ``count_then_will``: the counted noun right after a count goes on with ``将`` and its verb (``80余名志愿者将提前到岗``):
  what the counted things will do, a commitment though nothing before the number commits (as a modal after the
  quantity, ``甲校每周3天都要组织…``).
"""

from __future__ import annotations

import re

# ``4千多万经费``, ``3千余万``: 千 then 多/余 then 万, no 元 after (``千多万元`` is read with its 元 elsewhere)
KILO_MORE_WAN = r"千[余多餘]万(?![\d.元])"

# one amount of a headline run: digits, an optional magnitude, a measure of one or two characters
_RUN_AMOUNT = r"\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff]{1,2}"
_AMOUNT_RUN = re.compile(r"^\s*" + _RUN_AMOUNT + r"(?:\s*[、,，]\s*" + _RUN_AMOUNT + r")+\s*[!！]?\s*$")
# the rest of the headline's line: a time ahead or a word of what is to be done
_AHEAD_REST = re.compile(r"^[!！\s]*[^。\n]{0,20}?(?:未来|将|要|计划|拟|这么建|这样建|怎么建|目标)")


def headline_amount_run(sentence: str, rest_of_line: str) -> bool:
    """``sentence`` is a run of amounts only (``4个、36个、512个、15万户``) and the text after it on its line says what is
    ahead (``!某市乡村未来三年这么建``): the run is a headline's figures of that commitment (N17)."""
    if "、" not in sentence and "," not in sentence and "，" not in sentence:
        return False
    return _AMOUNT_RUN.match(sentence) is not None and _AHEAD_REST.match(rest_of_line.split("\n", 1)[0]) is not None


# ``分别1,1,2名``: the rest of the list after a bare value, up to the measure written once after the last value
_LIST_REST = re.compile(r"^(?:\s*[,，、]\s*\d+(?:\.\d+)?)*\s*(?:[,，、]|和|及|与)\s*\d+(?:\.\d+)?\s*(名|人|个|所|项|件|次|场|家|位|户|套|台|处|座|条|元|万元)")
_FENBIE_BEFORE = re.compile(r"分别[^\d，,；;。]{0,4}?\s*(?:\d+(?:\.\d+)?\s*[,，、]\s*)*$")  # ``分别1,``, ``分别评选3,``


def fenbie_list_unit(before: str, after: str) -> str | None:
    """The measure a bare value of a ``分别`` list shares with the last value (``分别1,1,2名`` -> ``名`` for each 1); None
    where the value does not stand in such a list (``1和2号楼``: no ``分别``)."""
    if "分别" not in before[-40:] or _FENBIE_BEFORE.search(before) is None:
        return None
    m = _LIST_REST.match(after)
    return m.group(1) if m else None


# ``80余名志愿者将提前到岗``: a noun of up to four characters, then ``将`` and a verb (not ``将其``/``将近``/``将要求``)
_WILL_AFTER = re.compile(r"^[余多]?[\u4e00-\u9fff]{1,4}?将(?![其之近来])(?:于[^，,；;。\d]{0,8})?[\u4e00-\u9fff]")
# a count of places or bodies says where or among whom a measure applies (N12b: ``其中20个省份将持续推进…``)
_PLACE_NOUN = re.compile(r"^[余多]?[\u4e00-\u9fff]{0,3}?(?:省份|省|市|县|区|镇|乡|村|街道|社区|国家|地区|部门|单位|项目|工程)将")  # (project counts: N9e, ``works_due``)


def count_then_will(after: str, paragraph: str = "") -> bool:
    """The count's noun goes on with ``将`` and its verb (``警力将提前到岗``): what the counted things will do. Not a
    count of places or bodies (``30个省份将…``, N12b), nor a photo's caption (``…将蓋禮堂。(某局提供/某某傳真)``: it restates
    the story beside a picture, G2a)."""
    if "将" not in after[:8] or _WILL_AFTER.match(after) is None or _PLACE_NOUN.match(after) is not None:
        return False
    from extract.rules.goals import is_photo_caption  # (lazy: ``goals`` imports the target rules)
    return not (paragraph and is_photo_caption(paragraph))


def fenbie_run_continues(sentence: str, prev_end: int, at: int) -> bool:
    """The value at ``at`` goes on a ``分别`` list of bare values right after the value taken before it (``分别1,1,2名``:
    the second and third 1 and 2 after the first): it shares that value's commitment (N5), though the comma opens a
    clause of its own."""
    return _LIST_GAP.match(sentence, prev_end, at) is not None and _FENBIE_BEFORE.search(sentence, 0, at) is not None


_LIST_GAP = re.compile(r"\s*(?:[,，、]|和|及|与)\s*$")


def headline_topic(rest_of_line: str) -> str:
    """What a headline's run of amounts is about: the words after it on its line (``!某市乡村未来三年这么建`` ->
    ``某市乡村未来三年这么建``), for the indicator of an amount that opens the run."""
    return rest_of_line.split("\n", 1)[0].lstrip("!！ \t")[:20].strip()


# ``30%的社区(村)设有托育服务点``: the places that are to have the facility, right after the share (N1, nineteenth round:
# ``N%的X达到…`` is the share of cases reaching a level; a coverage level as ``覆盖率达到N%`` states it)
_SHARE_HAVING = re.compile(r"^[^，,；;。\d]{0,16}?(?<!已)(?<!已经)(?:建有|设有|設有|配有|配备|配備|拥有|擁有|开设|開設)")
_NOW_WORDS = re.compile(r"已|目前|现有|現有|现已|截至|截止")


def share_having_facility(clause_head: str, after: str) -> bool:
    """A share of places followed by what they are to have (``各街(镇)30%的社区(村)设有托育服务点``): a coverage level,
    read as a target where the sentence goes on a list of targets (the caller's condition). Not where the clause reports
    what is there now (``目前…``, ``已建有``, ``现有``)."""
    return _SHARE_HAVING.match(after) is not None and _NOW_WORDS.search(clause_head) is None \
        and _NOW_WORDS.search(after[:20]) is None
