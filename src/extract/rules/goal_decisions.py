"""A decision whose deed the year dates: ``县委、县政府决定2031年在全县办好12件民生实事`` (O3).

A government's decision (``决定``, ``研究决定``) that names the year its deed is done in, the year written right after the
verb (``决定2031年…``, ``决定在2031年…``, ``决定结合2031年为民办实事项目,对…进行更换``): what is decided is still to
be done, so the sentence is a dated goal. Not a decision told as made earlier about an earlier year through a document
(``根据2030年…的决定``: the year before ``决定``), nor ``决定性`` (decisive), nor a year that stands far from the verb.
"""

from __future__ import annotations

import re

# the verb of a decision, then (after ``于``/``在``/``结合``/``从`` at most) the year of its deed
_DECIDES_YEAR = re.compile(r"(?:决定|決定)(?![性书書])\s*(?:于|於|在|从|從|自|结合|結合)?\s*(20\d\d)\s*年(?![\d])")


def decided_year(sentence: str) -> tuple[int | None, int]:
    """(the year, where it stands) of a decision whose deed the year dates (``决定2031年在全县办好12件实事``,
    ``決定於2031年起實施…``); (None, -1) when none."""
    if "决定" not in sentence and "決定" not in sentence:
        return None, -1
    m = _DECIDES_YEAR.search(sentence)
    return (int(m.group(1)), m.start(1)) if m else (None, -1)
