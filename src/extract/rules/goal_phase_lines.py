"""Phase lines of a plan's timetable (O3, twenty-second round sealed-next v24 adjudication).

A schedule names its phases with the time each runs or ends (``第一阶段(至2031年底)``, ``第二阶段:2031年3月至5月``,
``二、推进阶段(2031年6月—12月)``, ``(三)验收阶段:2032年1月底前``): the line is the plan's timetable, as a deadline
field is, and states no commitment of its own, whatever year it names. The body sentence under it that commits to
something by a written year is a goal by its own date (O3); a line that goes on after the date with a deed
(``第一阶段(至2031年底),全面完成摸底``) is such a sentence and is left to the other cues.
"""

from __future__ import annotations

import re

_MARK = r"(?:[一二三四五六七八九十]{1,2}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[、.．](?!\d))?"
_DATE = (r"(?:自|从|從|至|到)?\s*(?:19|20)\d\d\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:[上中下]旬|底|末|初)?"
         r"(?:\s*(?:[-—–~至到]+)\s*(?:(?:19|20)\d\d\s*年)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:[上中下]旬|底|末|初)?)?"
         r"\s*(?:前|以前|之前)?")
# the phase's name (``第一阶段``, ``动员部署阶段``, ``第一阶段:宣传动员阶段``), then only its date, bracketed or after a colon
_PHASE_LINE = re.compile(r"^\s*" + _MARK + r"\s*(?:第[一二三四五六七八九十\d]{1,2}\s*阶段|[\u4e00-\u9fff]{2,8}阶段|第[一二三四五六七八九十\d]{1,2}\s*階段|"
                         r"[\u4e00-\u9fff]{2,8}階段)(?:\s*[:：]\s*[\u4e00-\u9fff]{2,10}(?:阶段|階段))?\s*"
                         r"(?:[(（]\s*" + _DATE + r"\s*[)）]|[:：,，]?\s*" + _DATE + r")\s*[。.]?\s*$")


def is_phase_line(sentence: str) -> bool:
    """A line that is only a phase of the timetable and its time (``第一阶段(至2031年底)``, ``二、推进阶段:2031年6月至
    12月``): no goal, whatever year it names (O3); not a line that goes on with a deed after the date."""
    return ("阶段" in sentence or "階段" in sentence) and _PHASE_LINE.match(sentence) is not None
