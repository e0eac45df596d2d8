"""Counts of a plan's own parts (N12a): how many tasks a heading breaks into, how many sub-goals a plan holds.

A plan or a reading of one counts its own make-up as it sets it out: the tasks an area breaks into, in brackets after
the area's name (``在"稳就业"方面(分解任务12项)。``, ``(细化措施8条)``), and the sub-goals under its main goals
(``…七个主要目标,并涵盖30个子目标``). Such a count says how the text is built, not what a commitment delivers: no
target. Not a count of works in brackets (``新建学校(5所)``: no part word) nor a count of goals that are reached
(``完成12个目标任务``: no sub-goal word)."""
from __future__ import annotations

import re

# ``(分解任务12项)``, ``(细化措施8条)``, ``(共分解指标20个)``: a bracket that only counts the parts its heading breaks into
_BRACKET_PARTS = re.compile(r"[(（]\s*(?:共|共计|共計)?\s*(?:分解|细化|細化|具体|具體)(?:为|為)?\s*"
                            r"(?:任务|任務|指标|指標|措施|举措|舉措|事项|事項|工作)?\s*$")
_BRACKET_CLOSE = re.compile(r"^\s*[)）]")
# ``30个子目标``, ``12項分目標``: the sub-goals a plan holds under its main goals
_SUB_GOALS = re.compile(r"^\s*(?:子目标|子目標|分目标|分目標|分项目标|分項目標)")


def counts_parts(text: str, start: int, end: int, value: float, unit: str) -> bool:
    """The record (quote ``text[start:end]``, the count closing it) counts the text's own parts: the tasks a bracket
    after a heading breaks it into, or the sub-goals of a plan (N12a)."""
    if value != int(value) or not unit.endswith(("项", "項", "条", "條", "个", "個", "件")):
        return False
    at = end
    while at > start and not text[at - 1].isdigit():
        at -= 1  # back over the unit to the number's end
    num_start = at
    while num_start > start and (text[num_start - 1].isdigit() or text[num_start - 1] == ","):
        num_start -= 1
    if _BRACKET_PARTS.search(text, max(0, num_start - 16), num_start) and _BRACKET_CLOSE.match(text[end:end + 4]):
        return True
    return _SUB_GOALS.match(text[end:end + 8]) is not None
