"""Figures recorded (O3: a sentence about the past is no goal; N13: a result is status).

``录得``/``錄得`` (recorded) tells what a count or a survey came to: ``2031年至2034年11月,该计划每年分别录得120宗、…``,
``去年全港录得出生人数3万``. A sentence whose year dates what was recorded reports results, whatever span it names; a
will between the year and the record (``预计2035年将录得…``) makes it a forecast or a plan, left to the other cues.
"""

from __future__ import annotations

import re

_RECORDED = re.compile(r"录得|錄得")
_WILL = re.compile(r"将|將|预计|預計|预期|預期|料|可望|有望|目标|目標|力争|力爭|争取|爭取")


def reports_recorded_figures(sentence: str, at: int) -> bool:
    """The year at ``at`` dates figures the sentence says were recorded (``2031年至2034年11月,每年分别录得120宗、…``):
    a report of results, no goal (O3); False with no record after the year or a will between them."""
    if at < 0 or ("录得" not in sentence and "錄得" not in sentence):
        return False
    m = _RECORDED.search(sentence, at)
    return m is not None and _WILL.search(sentence, at, m.start()) is None
