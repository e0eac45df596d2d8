"""A count that sets off a sanction is a rule's trigger, not a target (eval/README.md N2 reads standing requirements).

``个人累计犯规6次必须离场``, ``各队每节犯规累计5次以上罚球两次``, ``缺勤3次以上者取消评优资格``: a game's or a scheme's rule
names the number of offences at which a penalty follows (leave the court, a free throw, a disqualification); the number is
where the penalty starts, nothing the text commits to reach or keep. A rule's own level is still a target (``每队选手至少
18人``, ``每周至少2次``: no penalty after it), and so is a count followed by a verb of doing (``开展活动5次``).
"""

from __future__ import annotations

import re

# right after the count: an optional ``以上``/``者``/``的``, an optional modal, then the penalty
_SANCTION_AFTER = re.compile(r"\s*(?:以上|及以上|或以上)?\s*(?:者|的)?\s*[,，]?\s*(?:必须|必須|须|須|应|應|即|则|則|一律|将|將|立即|会|會)?"
                             r"(?:被)?(?:离场|離場|罚下|罰下|罚球|罰球|罚款|罰款|取消|扣除|扣分|淘汰|除名|停赛|停賽|判负|判負|出局|禁赛|禁賽)")


def triggers_sanction(after: str) -> bool:
    """``after`` (the text right after the count and its measure word) opens with the penalty the count sets off
    (see the module's docstring)."""
    return _SANCTION_AFTER.match(after) is not None
