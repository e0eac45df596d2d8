"""(goalA28) What the year's work lays the ground for is no past (O3, O3i, N13).

A plan or a year's 工作要点 often closes its overall requirements with what the work prepares: ``为“十六五”时期全县
教育事业发展打下坚实基础``, ``为2035年基本实现现代化奠定基础``. The period or the aim named there lies ahead of the work, so
a period's name inside such a clause (``“十六五”``, read elsewhere as a past period in a report of results) marks nothing
past: the sentence stays a goal by its own year (O3i). Whether the aim itself is a deadline is O6's question (a vision
beyond the plan gives no year), not this cue's."""

from __future__ import annotations

import re

# ``为…打下(坚实)基础``, ``为…奠定(良好的)基础``: the clause of what the work prepares, up to its ``基础``
_GROUNDWORK = re.compile(r"为[^。；;，,]{0,12}?(?:[，,][^。；;，,]{0,20}?)?(?:时期|期间|阶段)?[^。；;]{0,40}?(?:打下|奠定|夯实)[^。；;，,]{0,8}?基础")


def without_groundwork(sentence: str) -> str:
    """The sentence with each clause of what its work lays the ground for (``为“十六五”时期…打下坚实基础``) blanked out,
    same length (its positions stand): the period it names there is ahead, no past marker."""
    if "基础" not in sentence or "为" not in sentence:
        return sentence
    return _GROUNDWORK.sub(lambda m: "□" * len(m.group()), sentence)
