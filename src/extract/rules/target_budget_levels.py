"""Levels a budget or a policy address sets by adjusting an amount or a quota, and money it has set aside (N2, N17).

Hong Kong, Macau and Taiwan budget and policy-address pages announce a measure as the change of a level: an
allowance, a tax threshold or a quota ``由原来首200万调整为400万``, ``上限由每月800元调高至1,000元``. The old level
is where the change starts (no target: ``cues.is_baseline``, which reads the adjustment verbs too); the level after the
adjustment verb is the one the measure sets, a commitment even though it follows ``为`` and a ``原来`` stands
before it in the clause. Such pages also report money a budget has earmarked (``已预留15亿元资助…``): the money is
set aside for what is still to come, so the ``已`` before it is no past result.
"""

from __future__ import annotations

import re

# ``调整为``, ``调高至``, ``上调到``, ``下调为``, ``放宽至``: a level changed by the measure, the number right after it
_ADJUSTED_TO = re.compile(r"(?:调整|调高|调低|上调|下调|放宽|收紧)(?:为|至|到)\s*(?:每(?:月|年|人|名|户|宗|次))?\s*(?:约|逾)?\s*$")
# the change reported as done (``去年已将…调整为``, ``早前已调高至``): a result, not what the measure sets
_DONE_BEFORE = re.compile(r"已经?|曾")


def adjusted_level(clause_head: str) -> bool:
    """The number comes right after an adjustment verb (``调整为``, ``调高至``, ``上调到``, ``下调为``, ``放宽至``) in its
    own clause and the clause reports no change already made (``已``, ``曾``): the new level a budget or an address sets
    (``由原来首200万调整为400万澳门元`` -> 400万; ``津贴上限下调为每月600元`` -> 600 元)."""
    return _ADJUSTED_TO.search(clause_head) is not None and _DONE_BEFORE.search(clause_head) is None


# ``已预留``, ``已预留了``, ``已拨备``: money a budget has put aside, right before the amount
_EARMARKED = re.compile(r"已(?:经)?(?:预留|拨备)了?\s*(?:约|逾|近)?\s*$")


def earmarked_ahead(clause_head: str) -> bool:
    """The amount comes right after ``已预留`` or ``已拨备`` (``教育局已预留15亿元资助…``): money set aside for use still to
    come, a commitment despite the ``已`` (not money spent: ``已拨款``, ``已投入`` stay results)."""
    return _EARMARKED.search(clause_head) is not None
