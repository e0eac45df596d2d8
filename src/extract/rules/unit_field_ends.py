"""Where a unit label's list ends when the row's next field follows it on the same line or glued to it
(eval/README.md U3: a list's items are units only): the label of a field that states the task's aim, content, progress
or schedule (``责任单位:甲镇任务目标:2031年建成…``, ``责任单位:乙镇、丙镇 进展情况:已完成80%``, ``责任单位:丁镇;工作目标:…``)
ends the list, as the people and deadline labels of ``unit_labels.OTHER_FIELD`` do.
"""

from __future__ import annotations

import re

# the labels of a task row's other fields (Simplified: the rules read the normalised text); a unit's name never holds a
# colon, so the word and its colon end the list wherever they stand
FIELD_LABEL = (r"(?:(?:任务|工作|年度|建设|项目|主要|具体|实施|推进|整改)(?:目标|内容|措施|举措|进展|进度|要求|规模|地点|成效)"
               r"|目标任务|目标要求|时限要求|时间安排|进展情况|完成情况|推进情况|落实情况|实施情况|办理情况|工作进度|"
               r"资金来源|投资规模|总投资|计划投资|投资估算|监督方式|考核方式|说明)\s*[:：]")
_FIELD_LABEL = re.compile(FIELD_LABEL)


def before_field_label(body: str) -> str:
    """``body`` (a label's list) up to the next field's label: ``甲镇任务目标:2031年建成充电桩300个`` -> ``甲镇``,
    ``乙镇、丙镇 进展情况:已完成80%`` -> ``乙镇、丙镇 ``; a list with no such label is returned as it is."""
    m = _FIELD_LABEL.search(body)
    return body[:m.start()] if m else body
