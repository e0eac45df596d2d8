"""Adverbs of charge between a unit and its verb of charge in a running-text clause (U7).

``X负责Y`` puts the task Y on the unit X (U7); an adverb of manner that only says how fully or how directly X
carries the task (``具体``, ``全面``, ``直接``, ``统一``) leaves that reading unchanged, as ``主要`` already does:

    甲校具体负责各项活动的落地实施      -> lead 甲校, task 各项活动的落地实施
    某区卫健局全面负责托育机构的业务指导  -> lead 某区卫健局, task 托育机构的业务指导

(lead41) An adverb of addition (``同时``, ``亦``) says the unit carries one more task (``教务处同时负责教材征订``), as
``还``/``也`` do (``unit_charge_finders``).

(unitA37) The body a unit works under, told before its charge (``甲部在某领导小组的领导下,主要负责…``), is read so too.

The adverb is read only right before ``负责`` (``charge_adverb``); the clause's own guards still apply, so the
near-misses stay without a row: people (``分管领导具体负责``), a collective (``各学校具体负责``), a bare doing with no task
of its own (``甲院具体负责实施``: the task named before it is another cue's), a role word (``牵头单位具体负责…``).
"""

from __future__ import annotations

import re

# the adverbs of manner that may stand between a unit and ``负责`` (not ``主要``: the clause pattern reads it already)
# (unitA27) ``分别``: several units each charged with their part of the task (``甲局、乙局分别负责摸底和设计``),
# each a lead as in ``甲办、乙办负责…`` (U7); a means clause before it (``要通过入户走访等方式,``) is the manner of the duty
# (unitA27) a body's make-up told between its name and its charge (``某科包括食堂和宿舍管理员,主要负责…``, ``某办公室由甲处、乙处
# 组成,负责…``): the body is charged, its members are no party (U7, U4a)
MAKE_UP = r"(?:由[^。;；,，:：]{2,40}?组成|包括[^。;；,，:：]{2,40}?)\s*[,，]\s*(?:主要|具体)?(?=负责)"
# (unitA37) the body the unit works under, told between its name and its charge (``某指挥部在某领导小组的领导下,主要负责…``,
# ``某委员会应在同级人民政府的领导下负责…``): whom it answers to, no party of the task (U7: the unit is charged)
UNDER_LEADERSHIP = r"(?:在[^。;；,，:：\s]{2,24}?(?:领导|領導|指导|指導)下\s*[,，]?\s*(?:主要|具体)?(?=负责))"
CHARGE_ADVERB = (r"(?:(?:要|应|将)?通过[^。;；,，:：\s]{2,24}?(?:形式|方式|渠道|途径)\s*[,，]\s*|" + MAKE_UP + "|" + UNDER_LEADERSHIP + ")?"
                 r"(?:(?:同时|亦)(?=(?:具体|全面|直接|统一|专门)?负责))?"  # (lead41) ``甲处同时负责…``, ``甲室亦负责…``: one more charge
                 r"(?:(?:具体|全面|直接|统一|分别|专门)(?=负责))?")  # (unitB27) ``专门``
_CHARGE_ADVERB_RE = re.compile(CHARGE_ADVERB)


def charge_adverb(text: str, pos: int = 0) -> int:
    """The length of a charge adverb at ``pos`` of ``text`` followed by ``负责`` (``具体负责`` -> 2), 0 if none."""
    m = _CHARGE_ADVERB_RE.match(text, pos)
    return m.end() - m.start() if m else 0
