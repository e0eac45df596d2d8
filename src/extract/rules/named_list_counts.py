"""A count that closes a named list with ``等`` (``甲部、乙部等8部委``, ``甲市等33个城市``): how many of the
things just named, who or where a statement is about, not an amount the plan sets (N12)."""
from __future__ import annotations

import re

_LIST_COUNT_UNITS = ("个", "部", "所", "家", "项", "座", "条", "类")
_CLOSED_BY_DENG = re.compile(r"[\u4e00-\u9fff)）”]等\s*$")
# a verb of works or a commitment in the list's opening: ``新建甲园、乙园等5所``, ``计划完成新办甲园等5所`` are amounts
_COMMITS = re.compile(r"(新建|改扩建|扩建|建设|建成|打造|创建|实施|开展|培育|设立|增加|新增|改造|新办|完成|开工|投用|启动|推进|"
                      r"力争|确保|计划|将|要|建)")
# the kind of the things named, then what is said of them: ``…8部委联合…``, ``…2个项目均…``, ``…12个项目为…``,
# ``…5个乡(镇)的…``; not works done to them (``…28个小区进行改造``, ``…6所普惠性幼儿园,预计…``)
# (lead48) or a charge put on them: ``由甲社、乙会等4个执行单位负责提供…``
_NOUN_NEXT = re.compile(r"^\s*[\u4e00-\u9fff]{1,5}(?:[(（][^)）]{1,4}[)）])?(?:联合|均|为|為|的|负责|負責|牵头|牽頭|承担|承擔)")


def counts_list_closed_by_deng(clause_head: str, unit: str, after: str) -> bool:
    """``某委、某局等8部委联合印发…``, ``其中,甲工程、乙工程等2个项目均…``, ``保障甲镇、乙镇等5个乡镇的…``,
    ``决定命名甲市等33个城市为…``: the count right after ``等`` totals the names listed before it and the kind of
    the things named follows with what is said of them (``联合``, ``均``, ``为``, ``的``); no verb of works or commitment opens the list (``新建甲园、乙园等5所幼儿园``,
    ``计划完成新办甲园等5所`` are amounts the plan sets and stay)."""
    if unit not in _LIST_COUNT_UNITS or _CLOSED_BY_DENG.search(clause_head) is None or _NOUN_NEXT.match(after) is None:
        return False
    opening = clause_head.split("、", 1)[0] if "、" in clause_head else clause_head
    return _COMMITS.search(opening) is None
