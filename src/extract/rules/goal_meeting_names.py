"""A year inside the name of the meeting a news story was heard at (O3, O3d; N9c: a year inside an event's name dates
nothing).

A news lead names its source: ``从某市召开的2031年教育工作会议上获悉,今年全市将新建…``, ``记者从2031年某某新闻发布会上
了解到,…``. The year there belongs to the meeting's name (the year's work conference, a press conference on the year's
list); it is not the time of the commitment the story then tells, which says only ``今年``. The sentence is a goal only by
another written year of its own (the date cues find it elsewhere in the sentence)."""

from __future__ import annotations

import re

# a year, then (with no clause break) a meeting's noun, 上, and a verb of hearing or telling: the story's source
_MEETING_HEARD = re.compile(r"(?:19|20)\d\d\s*年(?:度)?[^。,，;；:：!！?？]{0,40}?"
                            r"(?:会议|大会|工作会|推进会|座谈会|发布会|调度会|部署会|论坛|会)\s*上\s*"
                            r"(?:获悉|了解到|获知|得知|传来消息|透露|介绍|宣布|表示)")


def names_meeting_heard_at(sentence: str, at: int) -> bool:
    """The year at ``at`` stands inside the name of a meeting the story was heard or told at (``从2031年全市民政工作
    会议上获悉``, ``在2031年某协会工作会上透露``): it names the meeting and dates no commitment (N9c)."""
    if at < 0 or "上" not in sentence:
        return False  # (a cheap test before the scan)
    return any(m.start() <= at < m.end() for m in _MEETING_HEARD.finditer(sentence))
