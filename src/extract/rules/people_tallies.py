"""A head count tallied with ``約計``/``共計約``/``(計…)`` is the tally of who took part or applied, a status (eval/README.md N13).

``全校師生、家長志工等(計68人)``, ``本區於5月份及11月份受理,約計500戶申請補助``, ``參與人員為…社會課人員共計約60人``: a report
of an activity or a scheme run tallies the people or households it reached; the tally word (``計``, ``約計``, ``共計約``, the
approximate total) counts what happened. Only counts of people and households: a budget tallied (``经费预算总计约4000元``)
is still read by the other cues, and so is a plan's ``服务约3000名长者`` (no tally word).
"""

from __future__ import annotations

import re

_TALLY_BEFORE = re.compile(r"(?:約計|约计|共計約|共计约|總計約|总计约|合計約|合计约|[(（]\s*(?:計|计|共計|共计))\s*$")
_PEOPLE = frozenset(("人", "人次", "名", "位", "戶", "户"))


def tallies_people(before: str, unit: str) -> bool:
    """``before`` (the sentence up to the number) ends with a tally word and ``unit`` counts people or households."""
    return unit in _PEOPLE and _TALLY_BEFORE.search(before[-8:]) is not None
