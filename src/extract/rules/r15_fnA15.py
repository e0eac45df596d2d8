"""Target cues of the fifteenth round (fnA15): missed ``各N`` distributions and related count forms, each a small
named function tested in ``tests/test_cues_round15_fnA15.py`` on made-up text; ``extract.rules.targets`` calls them
at its decision points."""

from __future__ import annotations

import re

# -- ``甲和乙各N``, ``甲、乙等三支队伍每月各N``, ``甲、乙及丙,每园各N``: a number given to each of a list (N16) ------------

_EACH_TAIL = re.compile(r"^[^\d，,；;。：:、]{0,30}$")  # the words between ``各`` and the number
# what may stand between the list and ``各``: a total of the list (``等四支曲艺队``), a period (``每月``), a modal
# (``将``), ``除`` of ``除各安排…外``
_BRIDGE = re.compile(
    r"(?:等[\d一二两兩三四五六七八九十]{1,2}[支个個所家项項名类類座间間]"
    r"[\u4e00-\u9fff]{0,6}?)?"
    r"(?:每(?:月|年|周|週|季度?|学期|學期))?"
    r"(?:将|將|拟|擬|要|也|均|都|除|并|並)?$"
)
_ITEM = re.compile(r"^[^\d，,；;。：:、各和及与與]{2,24}$")
_JOINER = re.compile(r"[和及与與]")
_LIST_NUMBER = re.compile(r"^\d{1,2}[.、．]?(?=[\u4e00-\u9fff])")  # ``1市甲团及…``: a list number run into the item
_PER_ITEM = re.compile(r"^每[\u4e00-\u9fff](?:各)")  # ``每园各``, ``每校各``: each of the things listed before
_LEAD = re.compile(r"^(?:[^，,；;。：:、]{0,12}?(?:向|为|為|对|對|给|給|也新增|新增|并新增|並新增|还有|還有))")


def _split_items(head: str) -> list[tuple[int, str]] | None:
    """The items (offset in ``head``, text) of ``甲、乙及丙`` / ``甲和乙``: ``、`` between items and at most one ``和``/``及``/
    ``与`` before the last; None unless two or more items of 2-24 characters without a digit."""
    parts: list[tuple[int, str]] = []
    pos = 0
    for part in head.split("、"):
        parts.append((pos, part))
        pos += len(part) + 1
    last_at, last = parts[-1]
    joins = list(_JOINER.finditer(last))
    if len(joins) > 1:
        return None
    if joins:
        j = joins[0].start()
        parts[-1:] = [(last_at, last[:j]), (last_at + j + 1, last[j + 1:])]
    if len(parts) < 2:
        return None
    items = []
    for at, part in parts:
        stripped = part.strip()
        if not _ITEM.match(stripped):
            return None
        items.append((at + len(part) - len(part.lstrip()), stripped))
    return items


def each_of_joined_list(sentence: str, cstart: int, at: int) -> list[tuple[int, str]] | None:
    """(quote start relative to ``cstart``, item) of each item that a ``各N`` clause gives the number at ``at`` to, for the
    list forms the ``、``-only reader leaves: the last item joined by ``和``/``及``/``与`` (``向甲基金和乙基金各注资10亿元``), words
    between the list and ``各`` (``甲队、乙队、丙队等三支队伍每月各1场``, ``甲券和乙券将各增加1000张``), a list number before
    the first item (``1甲团及乙团除各安排200场``), and the list in the clause before (``新增甲园、乙园及丙园,每园各新增1班``);
    None for any other clause (``各``-less, one item, a digit or a clause mark inside an item)."""
    clause = sentence[cstart:at]
    k = clause.rfind("各")
    if k < 0 or not _EACH_TAIL.match(clause[k + 1:]):
        return None
    head = clause[:k]
    base = 0
    if _PER_ITEM.match(clause) and k == 2:  # ``甲园、乙园及丙园,每园各新增1班``: the list is the clause before
        if cstart < 2 or sentence[cstart - 1] not in ",，":
            return None
        pstart = max(sentence.rfind(c, 0, cstart - 1) for c in ",，；;。") + 1
        head = sentence[pstart:cstart - 1]
        base = pstart - cstart
    else:
        bridge = _BRIDGE.search(head)
        head = head[:bridge.start()] if bridge else head
    lead = _LIST_NUMBER.match(head) or _LEAD.match(head)
    skip = lead.end() if lead else 0
    items = _split_items(head[skip:])
    if items is None:
        return None
    return [(base + skip + i_at, item) for i_at, item in items]


# -- ``每园新增1班2歲專班``: a count of classes run into the age the classes are for ---------------------------------------

_AGE_CLASS = re.compile(r"^\s*\d{1,2}\s*[歲岁](?:以下|以上)?(?:專班|专班|幼兒班|幼儿班|班)")


def age_class_follows(unit: str, after: str) -> bool:
    """The count of classes runs into the age group the classes are for (``新增1班2歲專班``, ``开设3个2岁班``): the
    classes are counted, the age names them (N15), so the digit after the count makes no name. Not a count run into a
    count (``1园1班``) nor an age after another measure (``新增1所3岁…``)."""
    return unit in ("班", "个", "個") and _AGE_CLASS.match(after) is not None
