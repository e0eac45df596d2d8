"""(tblA26) The figure of a rate's formula in an indicator table is no target (N6, N13).

An indicator table often sets beside each rate how it is computed (``计算公式``, ``计算方法``, ``操作型定义``
columns): ``达标学校数/学校总数×100%``, ``(实到人数÷应到人数)*100%``. The ``100%`` after the multiplication sign
turns the quotient into a percentage: it is no amount to reach, and the target stands in the table's target column.

Made-up examples only.
"""

from __future__ import annotations

_TIMES = ("×", "*", "✕", "╳", "x", "X")


def formula_factor(before: str, value: str, unit: str) -> bool:
    """The ``100%`` of a rate's formula: a multiplication sign right before a hundred per cent (``甲数/乙数×100%``,
    ``(甲÷乙)*100%``)."""
    return unit in ("%", "％") and value in ("100", "100.0") and before.rstrip().endswith(_TIMES)
