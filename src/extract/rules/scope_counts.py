"""A count right after ``涉及`` says where or among whom a measure applies, not what it delivers (eval/README.md N12, N12a).

``…建设项目涉及6个县市区``, ``管网改造(涉及38个村,其中20个村…)``, ``涉及1000多万师生``: what the measure touches is its scope;
the number does not count what the commitment builds or reaches. What the same sentence commits to stays a target
(``涉及7个镇处的19个改造项目``: 26 counts the projects, read by the other cues), and so does a count written after a noun
(``涉及学校1800所``, left to the other cues).
"""

from __future__ import annotations

import re

_SCOPE_BEFORE = re.compile(r"涉及(?:到)?\s*(?:约|約|近|共)?\s*$")


def counts_scope(before: str) -> bool:
    """``before`` (the number's sentence up to it) ends with ``涉及``: the number counts the measure's scope."""
    return "涉及" in before[-6:] and _SCOPE_BEFORE.search(before) is not None
