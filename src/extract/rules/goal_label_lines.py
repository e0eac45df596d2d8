"""A line that names the year's goals as a section label, longer than a bare label (O1, N13).

A report's abstract or a news digest sets its parts off with short label lines, with or without a block mark, and
no number or clause mark: ``■ 2031年经济社会发展的主要预期目标``, ``2031年全县发展主要目标``. Such a line opens a goal
section as a bare ``主要目标`` line does (``extract.headings.is_bare_label`` reads labels of up to eight characters);
the lines under it (``●经济增长6%左右``) state the goals and their targets.
"""

from __future__ import annotations

import re

# an optional block mark, then a label of Chinese characters, a year at most, ending on the goals' name
_LONG_GOAL_LABEL = re.compile(r"^[■◆▲□◇]?\s*(?P<label>(?:20\d\d年)?[\u4e00-\u9fff]{4,22}?(?:主要)?(?:预期|發展|发展)?(?:目标|目標))\s*$")


# a verb done to the goals (``顺利完成年度目标``, ``确保实现…目标``): a sentence about the goals, not their label
_VERB_ON_GOALS = re.compile(r"完成|实现|實現|确保|確保|达到|達到|落实|落實|超额|超額|围绕|圍繞|对照|對照|锚定|錨定|紧扣|緊扣")


def long_goal_label(line: str) -> str | None:
    """The label of a line that names the goals as a section (``■ 2031年经济社会发展的主要预期目标`` -> the words after
    the mark), else None: a line with a clause mark, a number other than its year, or a verb before the goals' name
    (``确保完成年度目标``) is a sentence, not a label (``cues.heading_names_goals`` decides the wording)."""
    m = _LONG_GOAL_LABEL.match(line.strip())
    if m is None or len(m.group("label")) <= 8 or _VERB_ON_GOALS.search(m.group("label")) is not None:
        return None
    from extract.cues import heading_names_goals  # (lazy: ``extract.cues`` imports the rules at call time too)

    return m.group("label") if heading_names_goals(m.group("label")) else None
