"""Target cues for the present set as the frame of a sentence's later clauses (second batch, round 21).

A reply or a news story often opens with what an office does or thinks and then turns to the present: ``甲局高度重视体育设施
建设,目前,全市体育场地达到290个,人均面积1.5平方米以上``. Every clause after the frame ``目前,`` states what is so (N13), as
it does when the frame opens the sentence (``cues.opens_with_present_frame``). Each cue is a small function with made-up
examples; it is called at one decision point of the existing rules."""

from __future__ import annotations

import re

from extract import cues as _cues

# ``…,目前,`` / ``…;截至目前,``: the present as a clause of its own after an earlier clause
_LATER_FRAME = re.compile(r"[，,；;](?:截至|截止|到)?(?:目前|现在|当前|目前為止|目前为止)(?:为止|為止)?[，,]")


def present_frame_later(sentence_before: str, clause_before: str) -> bool:
    """A clause of its own that only frames the rest of the sentence in the present comes after an earlier clause
    (``甲局高度重视,目前,全市体育场地达到290个,人均面积1.5平方米以上``), and the number stands after it with no modal or
    future year between (``…,目前,已建成5所,今年将新建3所`` keeps the 3), nor a task quoted after the frame
    (``…,截至目前,“新增学位3000个”项目已开工``). Not a sentence that opens with the frame (the
    older cue's), nor a frame after the number (``新建3所,目前,已开工``)."""
    if "目前" not in sentence_before and "现在" not in sentence_before and "当前" not in sentence_before:
        return False
    start = len(sentence_before) - len(clause_before)
    last = None
    for m in _LATER_FRAME.finditer(sentence_before, 0, start + 1):
        if m.end() <= start + 1:
            last = m
    if last is None:
        return False
    rest = sentence_before[last.end():]
    if rest.count("“") > rest.count("”"):
        return False  # ``…,截至目前,“新增学位3000个”项目…``: a task quoted after the frame is named, not counted so far
    return not (_cues._MODAL.search(rest) or _cues.has_future_year(rest) or _cues._NEXT_YEAR.search(rest))
