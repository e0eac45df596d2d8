"""The goal sentences of a paragraph held for a notice's line (G2) for one phrase in it.

A short paragraph that holds a notice's phrase (``经县政府同意,现将…安排如下``, ``认真贯彻落实``) is the issuing notice's and
gives no records; but the phrase may stand in one sentence only, or inside what a goal states:

- ``根据《…》精神,2031年全省实施50项民生实事,涉及某县任务事项49项。经县政府同意,现将…安排如下。``: the first sentence,
  no notice's phrase in it, commits to the year's list (O3b: a dated commitment that opens a notice is a goal);
- ``2031年全县水利工作的总体目标是:认真贯彻落实…,实现农田灌溉水有效利用系数提高到0.62以上…。``: the phrase stands after the colon of a
  sentence that says what the goals are, a word of the goal (O3h), not the notice's request.

The notice's own sentences (``经县政府同意,现将…印发给你们``, ``请认真贯彻落实``) stay furniture.
"""

from __future__ import annotations

import re

from extract.cues import is_notice_line

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_STATES_GOALS = re.compile(r"目标(?:任务)?(?:是|为)\s*[:：]")


def states_goals_before_phrase(sentence: str) -> bool:
    """A sentence that says what the goals are (``…总体目标是:``) and holds a notice's phrase only after its colon
    (``…的总体目标是:认真贯彻落实…``): the phrase is a word of the goal."""
    m = _STATES_GOALS.search(sentence)
    return m is not None and not is_notice_line(sentence[:m.end()])


def goal_sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) in a notice's paragraph of each sentence that is no line of the notice (no notice's phrase of its
    own, or the phrase only inside the goals it states); [] when the paragraph is no notice's line or holds only one
    sentence that is."""
    if not is_notice_line(paragraph):
        return []
    out = []
    for m in _SENTENCE.finditer(paragraph):
        s = m.group()
        if not s.strip():
            continue
        if is_notice_line(s) and not states_goals_before_phrase(s):
            continue
        out.append((m.start(), m.end()))
    return out
