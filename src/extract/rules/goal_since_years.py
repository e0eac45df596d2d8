"""A year from which something has run, told as a start or a state since then (O3: a sentence about the past or the
present is no commitment).

``自2031年起,某省启动实施某行动计划``, ``据了解,从2031年起,某市开始探索…``, ``某局自2031年开始推出…``, ``我市自2031年起共有
12个村承担…``, ``该项目自2031年启动,到“十X五”末结束``: the year says since when a programme has run, a service been offered or a
state held, a beginning told as a fact (a verb of starting, or a count or state held since), not a deadline of a deed still to
be done (O3, O3d: on an undated page no other cue tells that the year is over). Not a start still ahead, a modal between the
year and the verb (``自2031年起,全市将启动…``, ``从2031年起要开始…``) or right before the from-phrase (``并将自2031年元月起
陆续启动…``, goalA34), nor a from-date that closes its phrase before the deed
(``从2031年春季学期开始,各校普遍开展…``: ``开始`` ends the time phrase, the deed follows as the commitment).
"""

from __future__ import annotations

import re

# 自/从 + the year (a month may follow) + 起/开始/以来, then within the clause (no modal) a verb of starting or a state since
_SINCE = re.compile(r"(?:自|从|從)\s*(?P<year>20\d\d)\s*年(?:\s*(?:\d{1,2}|元|正)\s*月(?:份)?)?\s*(?:起|以来|以來|开始(?=\s*[,，])|開始(?=\s*[,，]))?\s*[,，]?"
                    r"(?P<mid>[^,，。;；:：]{0,12}?)"
                    r"(?:开始(?![,，\s])|開始(?![,，\s])|启动|啟動|推出|共有|先后|先後|陆续|陸續|一直|已经|已經)")
_MODAL = re.compile(r"将|將|要|拟|擬|计划|計劃|力争|力爭|预计|預計|会|會|应|應|须|須|需")


def tells_since_year(sentence: str, at: int) -> bool:
    """The year at ``at`` opens a from-phrase (``自2031年起``, ``从2031年``) whose clause goes on with a verb of starting or a
    state held since (``启动``, ``开始推出``, ``共有``, ``陆续``) and no modal between: a beginning told as a fact, no
    deadline (O3)."""
    if at < 0 or ("自" not in sentence and "从" not in sentence and "從" not in sentence):
        return False
    for m in _SINCE.finditer(sentence):
        if m.start("year") == at:
            # (goalA34) nor with the modal right before the from-phrase (``并将自2031年元月起陆续启动…``): a start ahead
            return _MODAL.search(m.group("mid")) is None and _MODAL_BEFORE.search(sentence, 0, m.start() + 1) is None
    return False


# (goalA34) a modal that opens the from-phrase: ``将自``, ``拟从``, ``预计自``
_MODAL_BEFORE = re.compile(r"(?:将|將|拟|擬|计划|計劃|预计|預計|要|会|會)\s*(?:自|从|從)$")
