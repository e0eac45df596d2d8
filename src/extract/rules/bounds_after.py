"""Comparator cue for a bound word written after the amount it bounds (N1b).

N1b reads ``上限``, ``封顶``, ``最多`` before an amount as ``<=`` and ``下限``, ``最少`` as ``>=`` (``每生补贴上限1,000元``).
The same bound is often written after the amount: ``以120公顷土地为上限``, ``轮候时间5年即封顶``, ``补助以800元为限``,
``以300人为下限``. The word binds the amount right before it; a ``上限`` that names another level (``上限为…``, ``提高上限``)
is not after the amount and is left to the other cues. No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

# after the amount and its measure (its counted noun, a few characters, may come between): ``为上限``, ``为限``,
# ``即封顶``, ``封顶``; ``为下限``
_UPPER_AFTER = re.compile(r"^[^\d，,。；;：:]{0,6}?(?:(?:为|為)(?:上限|限)|(?:即时|即時|即)?(?:封顶|封頂))")
_LOWER_AFTER = re.compile(r"^[^\d，,。；;：:]{0,6}?(?:为|為)下限")


def bound_after(after: str) -> str | None:
    """``<=`` where an upper bound word follows the amount (``…5年即封顶``, ``以120公顷土地为上限``, ``以800元为限``),
    ``>=`` where a lower one does (``以300人为下限``), else None. ``after`` starts right after the amount's digits or its
    measure word."""
    if _UPPER_AFTER.match(after):
        return "<="
    if _LOWER_AFTER.match(after):
        return ">="
    return None
