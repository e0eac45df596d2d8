"""A vision year as no goal's date (O6, twenty-first round adjudication).

A plan's long view (``展望2040年,…``) names a year beyond the plan's period: the sentence that opens with it states the
vision, not a deadline of the plan, and is no goal on that account, in the plan's own text and in a report of it alike
(O3c); its quantities stay targets with the vision year (N9). A sentence whose first deadline stands before the vision
(``到2030年,…,展望2040年,…``) keeps that deadline (O4), and the vision clause does not undo it.
"""

from __future__ import annotations

import re

# ``展望2040年``, ``展望到2040年``, ``展望二〇四〇年``: the long view's year
_VISION = re.compile(r"展望\s*(?:到|至)?\s*(?:20\d\d|二[〇○零]\S{2})\s*年")


def vision_year(sentence: str, at: int) -> bool:
    """The sentence's deadline (at ``at``) is the year of a long view (``展望2040年,全县书屋覆盖率达到100%``): a vision
    beyond the plan, no goal (O6); False where the first deadline stands before the vision or there is none."""
    if "展望" not in sentence or at < 0:
        return False
    m = _VISION.search(sentence)
    return m is not None and m.start() <= at < m.end()
