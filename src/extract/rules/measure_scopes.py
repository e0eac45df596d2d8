"""Counts that say which things a measure covers, not how much it delivers (N12, N12a, N12b).

Two frames of the genre:

- the count of the sites or bodies a rate is measured over, written before the rate's name (``20个国控断面水质优良率达到
  90%``, ``12个县级饮用水水源地达标率100%``): the rate is the target, the count only names the population it is
  measured on;
- the places a measure involves or centres on, named one by one and then counted (``主要涉及甲村、乙村、丙村3个村``,
  ``以古城和12个遗产点为中心``): where it applies, not an amount to reach.
"""

from __future__ import annotations

import re

from extract.rules.named_list_counts import _COMMITS  # a verb of works or commitment inside the named list

_PLACE_COUNT_UNITS = ("个", "個", "所", "家", "条", "條", "处", "處", "座")
# the rest of the count's clause: the things counted and a rate or share of them, then the level it reaches
# (``…断面优良率达到``, ``…达到或优于III类水体比例达到``, ``…水源地水质优良率``), no other figure in between
_RATE_AFTER_COUNT = re.compile(r"^(?!月|小时|工作日|百分点)[^，,；;。\d、]{2,30}?(?:率|比例|比重|占比)\s*(?:稳定)?\s*"
                               r"(?:达到|达|保持在?|不低于|不少于|高于|超过|为|在)?\s*\d")
# ``涉及``/``覆盖``/``包括`` then a ``、`` list of names, the count closing it (``主要涉及甲村、乙村、丙村3个``)
_INVOLVES_NAMED = re.compile(r"(?:涉及|涵盖|包括|包含)[^，,；;。\d]{1,40}、[^，,；;。\d]{1,20}?(?:等)?\s*$")
# ``以甲和N个…为中心``: the anchor of a frame, named in the clause that opens with ``以``
_ANCHOR_OPEN = re.compile(r"(?:^|[,，;；])\s*以[^，,；;。\d]{0,20}$")
_ANCHOR_CLOSE = re.compile(r"^[^，,；;。\d]{1,12}?为(?:中心|核心|重点|依托|主体|载体|纽带|节点|支点|轴线|主轴)")


def counts_rate_population(unit: str, after: str) -> bool:
    """The count names the sites or bodies a rate is measured over (``27个省级地表水监测断面优良率达到96%``): its clause
    goes on with a rate or share and the level it reaches, with no verb or figure of its own between. Not a count of
    time (``6个月``) nor one a verb acts on (``新建5所学校,入学率…``: the clause after the count holds the verb's object
    only when the rate follows in the same clause)."""
    return unit in _PLACE_COUNT_UNITS and _RATE_AFTER_COUNT.match(after) is not None


def counts_places_involved(clause_head: str, unit: str, after: str) -> bool:
    """The count closes a ``、`` list of names after ``涉及``/``包括`` (``主要涉及甲村、乙村、丙村3个村``), or counts the
    anchor of a ``以…为中心`` frame (``以古城和12个遗产点为中心``): the places a measure involves or turns on, no amount. Not a list that holds a verb of
    works or commitment (``包括甲工程、新建续建3所幼儿园``, ``涉及甲地、乙地…将新建25所``: an amount the plan sets)."""
    if unit not in _PLACE_COUNT_UNITS:
        return False
    if (m := _INVOLVES_NAMED.search(clause_head)) is not None:
        return _COMMITS.search(m.group()) is None  # ``包括甲工程、新建3所幼儿园``: an item that builds is an amount
    return _ANCHOR_OPEN.search(clause_head) is not None and _ANCHOR_CLOSE.match(after) is not None


# (tgtA33) a bracket after ``全覆盖``/``覆盖`` that counts the places covered: ``(9个乡镇…)``, ``(社区数12个)``
_COVER_BRACKET = re.compile(r"覆盖\s*[(（]\s*$")
_COVER_BRACKET_NAMED = re.compile(r"覆盖\s*[(（]\s*[^()（）\d，,。；;]{0,8}?(?:行政村|村|社区|社區|乡镇|鄉鎮|街道|镇|鎮|县|縣|区|區|市)(?:数|數)\s*(?:为|為|:|：)?\s*$")
_PLACE_AFTER = re.compile(r"^\s*(?:个|個)?\s*(?:行政村|村|社区|社區|乡镇|鄉鎮|街道|镇|鎮|县|縣|县区|区县|市州|区|區)")


def counts_places_covered(before: str, unit: str, after: str) -> bool:
    """A count in the bracket after ``全覆盖``/``覆盖`` of the places the measure covers (``书屋在各社区全覆盖(社区数12个)``,
    ``镇卫生院书屋管理员全覆盖(9个乡镇20名)``): where it applies (N12b), not what it delivers; the people or things the
    bracket counts next (``34名``) are read as before. Not a count of works in such a bracket (``全覆盖(新建书屋8个)``)."""
    if unit not in _PLACE_COUNT_UNITS or "覆盖" not in before:
        return False
    if _COVER_BRACKET_NAMED.search(before) is not None:
        return True
    return _COVER_BRACKET.search(before) is not None and _PLACE_AFTER.match(after) is not None
