"""(tgtA30, N12b) A task label over the list of places it assigns: ``2031年书屋建设任务:东坪镇、西坪镇、南山乡3个乡镇``.

The label (``…任务:``, ``…目标:``) says the list is what the task is to deliver, so the count closing the list is the
task's quantity (N12b, twentieth round: the places that own what the works build count what the works deliver), not a
count of bodies or places just named as where a measure applies (``会同甲部、乙委、丙局3部门``)."""

from __future__ import annotations

import re

# ``…建设任务:``, ``…年度任务:``, ``…目标任务:``, ``…目标:`` then the named items joined by ``、`` (no clause break after the label)
_TASK_LABEL_LIST = re.compile(r"(?:任务|任務|目标|目標)\s*[:：][^，,。；;:：]+、[^，,。；;:：]*$")


def counts_task_list(before: str) -> bool:
    """The sentence before the count ends with a task label and the items it lists: ``2031年建设任务:甲镇、乙镇2个乡镇``."""
    return _TASK_LABEL_LIST.search(before) is not None
