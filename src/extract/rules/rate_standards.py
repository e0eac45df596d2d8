"""Target cue for a subsidy rate per head or per period stated as a standard (N2a).

A standing standard, a level per head or per period that a rule keeps, is a target (N2a: ``每生每学期补助500元``). Many
are written without a verb of their own: under a label (``区级分档奖补为:1.低保家庭新建住房户均3.5万元;维修户均
0.5万元``) or as a part of a standard (``补助标准每名学员每月不少于650元,其中区财政每月补贴300元``). The amount stands right
after a per-head or per-period word (``户均``, ``每户``, ``每人``, ``每生``, ``每月``, ``每年``) and a word of subsidy stands in
its clause or just before it. Not a bare level of no subsidy (``人均住房面积32平方米``: a status). No import of the other
rule modules (they call in here)."""

from __future__ import annotations

import re

# the per-head or per-period word right before the amount (its verb, ``补贴``/``补助``, may stand between)
_PER_UNIT = re.compile(r"(?:户均|戶均|生均|每户|每戶|每人|每生|每名|每月|每年|每学期|每學期)(?:[\u4e00-\u9fff]{0,4}?)"
                       r"(?:补助|補助|补贴|補貼|奖补|獎補|资助|資助|补偿|補償)?\s*$")
_SUBSIDY = re.compile(r"补助|補助|补贴|補貼|奖补|獎補|资助|資助|补偿|補償")
# a standard only named as such (``医疗救助标准为每人3万元``): left to the other cues, as the twelfth round reads it
_STANDARD_NAMED = re.compile(r"标准(?:为|是)|標準(?:為|是)")


def states_rate_standard(before: str, clause_head: str) -> bool:
    """The amount is a subsidy rate per head or per period: a per-unit word closes the words before it (``户均``,
    ``每月补贴``) and a word of subsidy stands in its clause or in the 40 characters before (``政府分类补助为:…户均``,
    ``…其中县财政每月补贴``). Not ``人均住房面积``, nor a per-unit amount with no subsidy named (``每户用电200度``), nor
    a standard only named as such in its clause (``医疗救助标准为每人3万元``: the twelfth round's near-miss)."""
    if _PER_UNIT.search(clause_head[-10:]) is None or _STANDARD_NAMED.search(clause_head) is not None:
        return False
    return _SUBSIDY.search(clause_head) is not None or _SUBSIDY.search(before[-40:]) is not None
