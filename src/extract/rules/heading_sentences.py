"""(lead39) A numbered line closed by a full stop that puts a task on a party is a sentence, however short (U7).

The outline reads ``(二)区教育局负责校舍维修。`` on a line of its own as a heading and keeps its title without the full
stop, so ``cues.heading_is_sentence`` (a long title, a clause mark or a led title) misses the short ones. The line as
written says what it is: a title closed by ``。`` or ``;`` with a verb of charge is a sentence of running text, read as
running text is. A title without the stop (``(二)负责人职责``) stays a title.

Made-up examples only.
"""

from __future__ import annotations

_CHARGE_WORDS = ("负责", "牵头", "会同")


def closed_charge_line(title: str, line: str) -> bool:
    """The heading's line closes with a full stop or a semicolon and its title holds a verb of charge
    (``(二)区教育局负责校舍维修。``, ``二、由区人社局负责,年内完成教师招聘。``). Not a title without the stop, nor
    ``负责人`` (a person's post)."""
    end = line.rstrip(" \t\u3000")
    if not end.endswith(("。", ";", "；")):
        return False
    bare = title.replace("负责人", "")
    return any(w in bare for w in _CHARGE_WORDS)
