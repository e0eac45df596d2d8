"""Target cues for a whole task quoted (second batch, round 21).

A news report or a progress note quotes the task it follows up as the plan wrote it: ``某市政府工作报告要求“新建幼儿园12所”``,
``将“新增学位3000个”纳入实事``. A short quotation is otherwise taken for a name or a slogan (``“3个100%”``, ``“15分钟
健身圈”``); a quoted task is neither. Each cue is a small function with made-up examples; it is called at one decision
point of the existing rules. No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

# a verb of works opens the quotation, the count and its measure word close it
_TASK_VERB = (r"(?:新增|新建|新改扩建|新改擴建|改扩建|改擴建|扩建|擴建|改建|建成|建设|建設|新开|新開|开办|開辦|增设|增設|"
              r"改造|提供|培训|培訓|招聘|配备|配備|安装|安裝)")
_QUOTED_TASK = re.compile(r"^" + _TASK_VERB + r"[\u4e00-\u9fff]{2,10}?\d+(?:\.\d+)?(?:万|萬)?[\u4e00-\u9fff]{1,2}$")


def quotes_a_task(quoted: str) -> bool:
    """A quotation that is a whole counted task: a verb of works, what is built or added, its count and measure word
    (``新建幼儿园12所``, ``新增学位3000个``, ``改造教室20间``). Not a name that opens with its number (``3个100%``), nor
    a slogan without a count (``新建一批好学校``), nor a name that counts inside (``新建15分钟健身圈``)."""
    return _QUOTED_TASK.match(quoted.strip()) is not None
