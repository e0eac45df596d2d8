"""``由X(等部门)密切配合,Y``: a sentence that opens with ``由`` and units whose only verb is one of helping, then the task
after the comma (U4c, U7: who helps answers for the task, no lead is written): responsible X, lead ``[]``, task the
first clause of Y, quote from ``由`` to the end of that clause.

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.scan import SegmentScan

_BY_HELPERS = re.compile(r"(?:(?<=^)|(?<=[。;；,，:：\s]))由(?P<units>[^。;；,，:：由]{2,80}?)"
                         r"(?P<tail>等(?:有关|相关)?(?:部门|单位))?(?:要|应|将)?(?:密切|积极|共同|全力|主动|协同)?(?:配合|协助)"
                         r"\s*[,，]\s*(?P<task>[^。;；,，]{4,40})")
_SCAN = SegmentScan(_BY_HELPERS, "。;；", ("配合", "协助"))


def by_helpers_then_task(text: str, assisting_units) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, task, responsible) of each ``由X…配合,Y`` in ``text`` (``由某区园林、城管等部门密切配合,限期恢复…``):
    ``assisting_units`` reads X (and its tail) as units, [] where they are none. Not: a helper named after a lead in the
    same clause (``由甲局牵头、乙局配合``: the lead's clause, another reader's), a doing after the verb (``由乙局配合做好…``)."""
    out = []
    if "由" not in text:
        return out
    for m in _SCAN.finditer(text):
        listed = m.group("units")
        if re.search(r"牵头|负责|主办|统筹", listed):
            continue
        units = assisting_units(listed + (m.group("tail") or ""), m.group("tail"))
        if not units:
            continue
        task = m.group("task").strip()
        out.append((m.start(), m.end("task"), task, units))
    return out
