"""Progress toward a goal is no result (O3: a sentence about the past is no goal; the goal it restates is one).

``…,这是规划提出的约束性目标,已接近达成``, ``目前已接近完成``, ``已逼近目标``: ``已`` here says how near the goal is, not that
it was reached; a sentence that restates a dated goal and then says it is near stays the goal's statement. The past marker
is read away only in that frame (``已`` + 接近/逼近/趋近), so ``已完成``, ``已达到`` keep their past.
"""

from __future__ import annotations

import re

_NEAR = re.compile(r"已(?:经|經)?\s*(?:接近|逼近|趋近|趨近|临近|臨近)")


def without_nearness(sentence: str) -> str:
    """The sentence with the ``已`` of nearness masked (``已接近达成`` -> ``□接近达成``, same length), so that it is no
    past marker; the sentence as it is when there is none."""
    if "已" not in sentence:
        return sentence
    return _NEAR.sub(lambda m: "□" + m.group()[1:], sentence)
