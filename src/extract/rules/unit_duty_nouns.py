"""The words an introducing sentence of a prose duty list names the parties' duties with (U8b (ii)): beside ``职责``,
``责任`` and the scope of a party's business (``责任和工作范围``, ``职责和权限``), and the count of the parties it names
before them (``甲局、乙局、丙局三家的职责``: the count is no party).

Made-up examples only.
"""

from __future__ import annotations

import re

# ``责任``, ``职能``, ``职责和权限``, ``责任和工作范围``, ``职责与分工``: what each named party answers for
DUTY_NOUNS = (r"(?:责任|責任|职能|職能|职责|職責)(?:[和与及與](?:业务|業務|工作)?(?:范围|範圍|权限|權限|分工))?")
# the count of the parties named before ``的``: ``三方``, ``两家``, ``五个部门``
PARTY_COUNT = r"(?:(?:[二三四五六七八九十两兩]|\d{1,2})(?:方|家|个部门|個部門|个单位|個單位))?"

_QUICK = re.compile(r"的(?:责任|責任|职能|職能)")


def may_name_duties(text: str) -> bool:
    """A cheap test that ``text`` may hold an introducing sentence that names duties with a word other than ``职责``
    (``…三家的职责和权限。``, ``…的职能。``)."""
    return _QUICK.search(text) is not None
