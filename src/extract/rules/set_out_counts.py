"""Target cue for a count of items that the sentence goes on to name (N12a).

``其中,教育领域3个,包括甲校建设项目、乙校改扩建项目、丙园新建项目``, ``新开工项目有4个,分别为甲中学、乙小学…``: the count
of projects or items that ``包括``/``分别为``/``即`` right after it set out one by one is the make-up of a list, not a
quantity the commitment delivers (N12a: the items, tasks or categories the text goes on to set out one by one). The
items are named, not counted: ``新建学校3所,包括小学2所、初中1所`` breaks a delivered quantity down and is no such list;
and a count that its own verb takes on (``今年将改扩建项目5个,包括甲小学、乙中学``) is what the commitment delivers (the
caller keeps it).
No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

# the measure words of a count of items (projects, tasks, matters)
_ITEM_MEASURES = ("个", "個", "项", "項", "件")
# the word that opens the items, right after the count
_SETS_OUT = re.compile(r"^\s*[,，:：]?\s*(?:包括|具体包括|具體包括|分别是|分別是|分别为|分別為|即)\s*[:：]?")
_DIGIT = re.compile(r"\d")


def counts_items_named_after(unit: str, after: str) -> bool:
    """The count (``3个``, ``4项``) is followed by ``包括``/``分别为``/``即`` and items named without numbers
    (``…3个,包括甲校建设项目、乙校改扩建项目``): the count is the make-up of the list it opens. Not a count of other
    things (``3所``, ``20公里``), nor one broken down by counted parts (``…5个,包括市级2个、县级3个``)."""
    if unit not in _ITEM_MEASURES:
        return False
    m = _SETS_OUT.match(after)
    if m is None:
        return False
    named = re.split(r"[。；;]", after[m.end():m.end() + 40], maxsplit=1)[0]
    return _DIGIT.search(named) is None
