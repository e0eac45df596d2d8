"""Dash-bulleted indicator lists of a policy address (``施政报告`` key performance indicators, N12, O5).

Hong Kong's policy address lists its indicators as dash bullets under a numbered heading, each a sentence with its
unit in brackets: ``- 约 350 处易积水路段于 2032 年底前改善至少 70%。(某局)``. The dash is a list marker,
no part of a quote or an indicator (O5). A count that opens such an item and names the things a later percentage of
the same clause is a share of (``约350处…路段…改善至少70%``) says what the indicator covers, no target of its own; nor
is the size of what a study will look at (``对北区约160公顷的棕地进行规划研究``): the study is the task.
"""

from __future__ import annotations

import re

_DASH_BULLET = re.compile(r"[-–—]\s+")


def dash_bullet_length(text: str, start: int) -> int:
    """The length of a dash bullet and its space at ``start`` (``- 每年进行…``); 0 when none there."""
    m = _DASH_BULLET.match(text, start)
    return m.end() - start if m is not None else 0


# the rest of the count's clause: the things counted, then a share of them with a verb of what is done to them
# (never progress made on the counted works: ``5所…建设已完成70%``, ``投资900万元的…工程已完成40%``)
_SHARE_OF_COUNTED = re.compile(r"^[^，,；;。%已]{2,40}?(?:消除|处理|清理|改善|翻新)(?:至少|不少于|逾|超过|约)?"
                               r"\s*\d+(?:\.\d+)?\s*%")


def counts_base_of_share(unit: str, after: str) -> bool:
    """A count (a measure word, no percentage) whose own clause goes on to a share of the things it counts
    (``约350处易积水路段于2032年底前改善至少70%``): the base of the indicator, no target."""
    return unit not in ("%", "‰", "") and _SHARE_OF_COUNTED.match(after) is not None


# ``对北区约160公顷的棕地进行规划研究``, ``就…30幅用地进行检讨``: what a study covers
_STUDIED = re.compile(r"^[^，,；;。\d]{0,8}?进行[^，,；;。\d]{0,6}?(?:研究|检讨|评估|勘察|调查)")
_STUDY_OPEN = re.compile(r"(?:^|[，,；;:：\s])(?:就|对)[^，,；;。]{0,40}$")


def sizes_study(before: str, after: str) -> bool:
    """A quantity inside ``就/对 … 进行(可行性)研究/检讨/评估`` (``对北区约160公顷的棕地进行规划研究``): the size
    of what a study looks at, the study being the task, no target (N12)."""
    return _STUDIED.match(after) is not None and _STUDY_OPEN.search(before) is not None
