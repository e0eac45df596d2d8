"""A body sentence that only shares words with an issuing notice (G2, G2a): ``cues.is_notice_line`` asks it before it
takes a line with ``认真贯彻落实`` for the letter that hands a plan down.

Each cue is a small function with made-up examples.
"""

from __future__ import annotations

import re

# the carry-out phrase a letter closes with (``请认真贯彻执行``) and a plan's body uses with an object
_CARRY_OUT = re.compile(r"认真贯彻(?:执行|落实)|認真貫徹(?:執行|落實)")
# a request or a duty laid on the reader right before it: ``请``, ``望``, ``务必``, ``要``, ``各单位要``
_REQUEST_BEFORE = re.compile(r"(?:请|請|望|务必|務必|要|应|應|须|須)\s*$")
# an object right after it (``…落实某市生态建设目标``, ``…落实《纲要》``, ``…落实好``), not the sentence's end
_OBJECT_AFTER = re.compile(r"^\s*(?:好)?[\u4e00-\u9fff《“\"「]")
_DIGIT = re.compile(r"\d")


def carries_out_in_body(line: str, notice_phrases: re.Pattern[str]) -> bool:
    """A line whose only notice phrase is ``认真贯彻落实``/``认真贯彻执行`` with an object after it and no request before
    it, in a line that states figures (``2031年全县水利工作的总体目标是:认真贯彻落实某县节水型社会建设目标,即农田灌溉水
    有效利用系数提高到0.62以上``, ``今年以来,各部门认真贯彻落实县政府部署,推进30件民生实事``): a plan's or report's own sentence, no line
    of the letter that hands the plan down (G2). Not the letter's request (``请认真贯彻执行。``, ``各单位要认真贯彻落实本
    方案``), nor a line with another notice phrase (``现印发给你们,请认真贯彻落实``), nor a line without a figure."""
    if _DIGIT.search(line) is None:
        return False
    found = list(notice_phrases.finditer(line))
    if not found:
        return False
    for m in found:
        if _CARRY_OUT.fullmatch(m.group()) is None:
            return False  # another phrase of the letter
        if _REQUEST_BEFORE.search(line[:m.start()]) or not _OBJECT_AFTER.match(line[m.end():]):
            return False
    return True
