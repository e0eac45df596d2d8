"""A clause that opens with its year and goes on with a deed of the year's work, no quantity needed (O3: a year stated as
the time of the commitment): ``…;2031年常态化做好河道排查、治理工作``, ``…,2031年在各村组织一次读书节活动``,
``2031年我镇计划于下半年继续举办…展会``. ``goals.year_deed`` reads such a clause where a quantity follows its verb; this
one reads the verbs of organising the year's work (做好, 组织, 举办, 办好; not 开展, with which a reply tells the year's
results) with the year's frame before them: an adverb of manner (常态化, 继续), a place (在各村), the subject and its plan
(我镇计划于下半年). (goalA25) The year's work carried on reads so too: 继续 or 持续 before a verb of driving the
work (``2031年,某省持续深化…``, ``根据工作安排,2031年,我们继续制定…``; not 持续 before a state, ``持续上新``; the subject
short, no run of earlier years before the clause). Not a deed told done (``组织了``, ``已举办``, ``成功举办``), nor a purpose that frames a report
(``为做好2031年…``: the year does not open the clause)."""

from __future__ import annotations

import re

# the year opening a clause, then up to 14 characters of frame (no digit, no clause break), then the work verb
_YEAR_WORK_CLAUSE = re.compile(r"(?:^|(?<=[,，;；]))\s*(20\d\d)\s*年(?:度)?\s*[,，]?"
                               r"((?:(?!已|曾|成功|顺利|先后|累计)[^,，;；。:：\d]){0,14}?)"
                               r"(?:做好|组织|举办|办好|"
                               # (goalA25) ``2031年,我们继续制定…``, ``2031年,某省持续深化…``: the year's work carried on
                               r"((?:继续|持续|繼續)(?:深化|推进|推進|推动|推動|实施|實施|制定|加强|加強|完善|提升|落实|落實)))(?!了|过)")
_EARLIER_YEAR = re.compile(r"20\d\d\s*年")
_FRAME_PAST = re.compile(r"已|曾|了|成功|顺利|先后|累计|以来")


def year_work_clause(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a clause that opens with its year and a verb of organising the year's work
    (``…,2031年在各村组织一次读书节活动``); (None, -1) when none."""
    if "年" not in sentence:
        return None, -1
    m = _YEAR_WORK_CLAUSE.search(sentence)
    if m is None or _FRAME_PAST.search(m.group(2)) is not None:
        return None, -1
    if m.group(3) and (len(m.group(2).strip()) > 8 or _EARLIER_YEAR.search(sentence, 0, m.start(1))):
        return None, -1  # (goalA25) ``…稳岗扩岗工作继续巩固``: a long subject whose state goes on; ``在2030年…的基础上,2031年继续…``
    return int(m.group(1)), m.start(1)
