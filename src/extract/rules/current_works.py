"""(lead44) The works a story is about, told with ``此次`` (this time's project), in a sentence that dates their completion
ahead: ``此次新建书屋大楼共3层,规划8间阅览室…,预计2031年7月完工``. ``此次`` alone reads as a status (``此次共有120人
参加``); a completion still expected in the same sentence says the building and its parts are planned works (N17a, N9b).
No I/O."""

from __future__ import annotations

import re

# a completion still ahead: an expecting word, then the completion verb, in the same sentence
_COMPLETION_AHEAD = re.compile(r"(?:预计|預計|预定|預定|计划|計劃|将于|將於|可望|预期|預期)[^。;；!！?？]{0,24}?"
                               r"(?:完工|竣工|落成|启用|啟用|交付|投入使用|建成|完成)")


def current_works_ahead(cue: str, sentence: str) -> bool:
    """The decision's cue is the ``此次`` status (``status:此次``, also as a list's) and ``sentence`` dates the works'
    completion ahead: the quantities are the planned works'."""
    return cue.startswith("status:此次") and _COMPLETION_AHEAD.search(sentence) is not None

