"""A charge whose object is only the basis it goes by (eval/README.md U7, U3a): ``某社负责按县政府会议纪要。``,
``甲局负责依据上级文件``. The clause names what the unit goes by, no deed: the text cut the sentence there, or the deed is a
payment the basis fixes (U3a: a funding clause names the payer, no task). No row: a task must say what is done (U2)."""

from __future__ import annotations

import re

# a basis phrase and nothing after it: a preposition of accordance and a document, rule or demand
_BASIS_ONLY = re.compile(r"^(?:按|按照|根据|根據|依据|依據|依照|遵照|参照|參照)[^。;；,，!！?？]{1,40}?"
                         r"(?:纪要|紀要|文件|规定|規定|要求|通知|精神|意见|意見|办法|辦法|决定|決定|协议|協議|标准|標準|合同)\s*$")


def basis_only_task(task: str) -> bool:
    """Whether ``task`` is only the basis a charge goes by (``按县政府办公会议纪要``, ``依据上级文件``), no deed after it."""
    return _BASIS_ONLY.match(task.strip()) is not None
