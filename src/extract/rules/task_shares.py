"""The step of sharing out a task, done, before the shares it sets (N2, N13, N17d).

A report may say that a total task has already been divided among units or places and then list each share
(``县政府已将任务分解到乡镇,具体是:甲镇120户,乙镇80户``; ``任务已下达各部门,分别为:…``). The ``已`` dates the act of
dividing, a step done, as an approval is (N17d); the shares are what each unit is to deliver, targets like the total.
No import of the other rule modules (they call in here)."""

from __future__ import annotations

import re

# ``已(经)划分到单位,具体是:``, ``已分解下达到各乡镇,分别为``, ``已全部分配到位,具体如下:``: the act of sharing out done,
# then the breakdown it opens
_SHARED_OUT = re.compile(r"已(?:经)?(?:全部|逐一|逐级)?(?:将[^，,。；;\d]{0,12})?(?:划分|分解|分配|下达|下達|细化|細化|分到|落实到|落實到)"
                         r"[^。；;\d]{0,16}?(?:具体(?:是|为|為|如下)|分别(?:是|为|為)|如下)\s*[:：]?")


def in_shares_of_task(sentence: str, pos: int) -> bool:
    """The number at ``pos`` stands in the breakdown that a task shared out opens (``区政府已分配到街道,具体是:东街道80套,
    …``), with no other ``已`` between: one unit's share of the task, ahead (the ``已`` dates the act of dividing, not
    the shares). Not a result reported (``已建成66套``: no verb of sharing out) nor a number before the breakdown."""
    if "已" not in sentence[:pos]:
        return False
    ends = [m.end() for m in _SHARED_OUT.finditer(sentence, 0, pos)]
    return bool(ends) and "已" not in sentence[ends[-1]:pos]
