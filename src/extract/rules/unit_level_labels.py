"""Role labels of a plan's task blocks written with the level of government they speak for, and the supervising
label among them (eval/README.md U4a, U4c; twenty-fourth round: ``督导单位`` is read as ``考核部门``).

- ``LEVEL_HEAD``: the level word that may open a role label (``市级配合单位:``, ``县级牵头单位:``, ``省级责任部门:``): the
  label is the role word after it (U4a: the role word decides), the level word is no unit and no task.
- ``supervises_line``: a line of its own that names who supervises or urges the task on (``督导单位:某市文旅局``,
  ``市级督查部门:…``): no role and no units; it stands between a task's other label lines and does not end them.

Made-up examples only.
"""

from __future__ import annotations

import re

# the level of government a role label speaks for (``市级``, ``县级``, ``乡镇级``), before the role word
LEVEL_HEAD = r"(?:(?:省|市|州|盟|县|縣|区|區|旗|乡镇|鄉鎮|乡|鄉|镇|鎮|村)级|(?:省|市|州|盟|县|縣|区|區|旗|乡镇|鄉鎮|乡|鄉|镇|鎮|村)級)?"

# a label of who supervises, checks or urges the task on (U4a, twenty-fourth round): ``督导单位:``, ``市级督查部门:``,
# ``督办单位:``, ``考核部门:``
_SUPERVISOR = re.compile(r"^\s*(?:[【〔\[]\s*)?" + LEVEL_HEAD
                         + r"(?:督导|督查|督办|督促|考核|考评|督導|督辦|考評)(?:单位|部门|机关|單位|部門|機關)"
                         + r"(?:\s*[】〕\]]\s*[:：]?|\s*[:：])")


def supervises_line(line: str) -> bool:
    """Whether ``line`` opens with a label of who supervises the task (``督导单位:某市文旅局``, ``市级督查单位:某市
    住建局``): such a label gives no role and no units (U4a), and the task's label lines go on after it. Not: a role
    label (``配合单位:…``), a sentence that names supervision (``督导单位要加强检查``: no colon)."""
    return _SUPERVISOR.match(line) is not None


# a level word left at the end of the list before a level-prefixed label (``甲局;县级`` of ``…:甲局;县级配合单位:…``)
_LEVEL_TAIL = re.compile(r"[;；,，。、\s]*(?:省|市|州|盟|县|縣|区|區|旗|乡镇|鄉鎮|乡|鄉|镇|鎮|村)[级級]$")


def without_level_tail(body: str) -> str:
    """A label's list without the level word of the next label run onto its end: ``甲局;县级`` -> ``甲局`` (the list
    ``甲局`` of ``(牵头单位:甲局;县级配合单位:乙局)``); a list that ends otherwise as it is (``甲局、乙局``)."""
    return _LEVEL_TAIL.sub("", body)
