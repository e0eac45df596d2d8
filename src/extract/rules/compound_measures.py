"""Unit cue for a measure whose name goes on after its measure word (N8: the unit as written).

``能源消费总量达到10亿吨标准煤``: the measure is tonnes of standard coal, ``亿吨标准煤`` as written, not ``亿吨`` (N8:
the unit is the measure as written after the number; a record holds one measure). ``万吨二氧化碳当量`` is written the
same way. No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

# what names the measure after a mass word: standard coal, CO2 equivalent
_MASS_TAIL = re.compile(r"^(?:标准煤|標準煤|标煤|標煤|二氧化碳当量|二氧化碳當量)")


def measure_tail(unit: str, after: str) -> str:
    """The rest of the measure's name written right after ``unit`` (``标准煤`` after ``亿吨``), or ``""``."""
    if not unit.endswith(("吨", "噸")):
        return ""
    m = _MASS_TAIL.match(after)
    return m.group() if m else ""
