"""(unitB26) A ``由X…时`` clause is a condition, no task put on X (eval/README.md U7: a clause that puts a task on named
organisations): ``由甲局代表兼任的委员不能出席会议时,可指派代表出席`` says what happens when something occurs. The clause
after ``由`` that closes with ``时`` (``时``, ``的时候``, ``之时``) names a time or a case, not a duty.

Made-up examples only.
"""

from __future__ import annotations

import re

_WHEN_END = re.compile(r"(?:时|时候|之时|時|時候)\s*$")


def when_clause(clause: str) -> bool:
    """Whether a ``由X…`` clause (up to its comma or stop) closes with ``时``: a condition, no task."""
    return _WHEN_END.search(clause) is not None
