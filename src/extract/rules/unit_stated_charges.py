"""A charge stated as what a plan makes clear (U7): ``明确某局负责…``, ``进一步明确某县住建部门负责…`` put the task on the
unit after the verb, as ``某局负责…`` does; the verb is no part of the unit's name and opens no quote.

Made-up examples only.
"""

from __future__ import annotations

import re

# the verb that states the charge, before the unit (not ``明确了``/``明确的``: a report of what was made clear, a modifier)
STATED_BY = r"(?:(?:进一步|進一步)?(?:明确|明確)(?![了的]))"
_STATED_BY = re.compile(STATED_BY)


def stating_verb_length(text: str, pos: int) -> int:
    """The length of the verb that states a charge at ``text[pos:]`` (``明确``, ``进一步明确``), 0 if none: ``明确某局负责…``
    -> 2. Not ``明确了…`` (a report), ``明确的…`` (a modifier)."""
    m = _STATED_BY.match(text, pos)
    return m.end() - pos if m else 0
