"""Fifteenth-round cues (fp15) that keep numbers of a status, a result or a list's make-up out of the targets.

Each cue is a small function with made-up examples; the hooks in ``rules.targets`` call them at the decision point.
"""

from __future__ import annotations

import re

# the decisions that admit a number only because of the section it stands in (no cue of its own)
_SECTION_ONLY = (("section:plan",), ("section:goal",))


def status_runs_on(seen_status: bool, cues: tuple[str, ...]) -> bool:
    """A number with no commitment cue of its own (admitted only by its plan or goal section) that follows a status
    number in the same sentence, with no target between them, goes on with that status (N13): ``全镇现有教师57人,
    其中本科学历13人,本科率23%`` gives nothing for 13 and 23 as it gives nothing for 57. A number with a cue of its
    own (``现有学校5所,新建学校2所``, ``…,到2031年达到90%``) is decided by it."""
    return seen_status and cues in _SECTION_ONLY


def is_status_rejection(cues: tuple[str, ...]) -> bool:
    """The cue decision that rejected a number says it is a status (``status:现有``, ``status:共有``) or a past result
    (``past_marker``): the numbers after it in its sentence may share it (``status_runs_on``)."""
    return bool(cues) and cues[0].startswith(("status:", "past_marker"))


# an amount at the very start of a text: digits (a decimal's tail too) and a unit of money or of count
_OPENING_AMOUNT = re.compile(r"^\s*\d+(?:\.\d+)?\s*(?:万元|亿元|元|万人|人次|人|名|所|个)(?![\u4e00-\u9fff]{0,2}[:：])")


def opens_with_amount(text: str) -> bool:
    """A paragraph that opens with an amount, no words before it (``413万元(其中甲类238万元)。``), is the rest of the
    sentence the line break cut before it (``…下拨资金579.`` / ``413万元…``): it shares what the paragraph before
    reported. Not a list item (``1、新建学校3所``), a row label (``2031年:``) nor a text whose number follows words."""
    return _OPENING_AMOUNT.match(text) is not None
