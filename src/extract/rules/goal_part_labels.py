"""O1/O2: the goals a label opens inside a paragraph (``主要目标: 1.…``) end where the paragraph goes on with the label of
another part of the plan (``…。 策略措施: 1.…``, ``…。主要任务:…``, ``…。保障措施:…``): what follows that label are the
measures, tasks or safeguards of the plan, not its goals. A page that lost its line breaks runs a plan's parts into one
paragraph; the label of the next part, a short name of a plan part closed by a colon after a sentence's end, ends the goal
block as a label line of its own does (``goals.opens_other_label``).
"""

from __future__ import annotations

import re

# after a sentence's end (or the space a lost line break left), a plan part's name and a colon
_PART_LABEL = re.compile(r"(?:(?<=[。;；!！?？])|(?<=\s))\s*(?:[(（]?[一二三四五六七八九十]{1,2}[)）、]?\s*)?"
                         r"(?:策略|主要|保障|具体|工作|推进|实施|重点|配套|支持|政策|组织)?"
                         r"(?:措施|举措|任务|步骤|要求|保障|对策)\s*[:：]")


def other_part_label_at(body: str) -> int | None:
    """Where the label of another part of the plan (``策略措施:``, ``主要任务:``) starts in the text after a goal label's
    colon, or None: the goals end there."""
    if "：" not in body and ":" not in body:
        return None
    m = _PART_LABEL.search(body)
    return m.start() if m else None
