"""Target cues for the task lines of a year's list of works that set several counts at once (second batch, round 21).

A numbered item of a 实事 list, printed on a line of its own above the paragraph that reports its progress, may set two or
more counts joined by ``、`` or ``,``: ``2.新增20张家庭床位、10张养老床位``, ``4.开办5个暑托班、3个寒托班``,
``6.新建2个、累计建成9个服务站点``. Each part is a task with its count, the first opened by a verb of works. Each cue
is a small function with made-up examples; it is called at one decision point of the existing rules."""

from __future__ import annotations

import re

from extract.rules.target_forms import _WORKS_VERB

# a verb of works as the first part opens it, or one that carries a task on (``推进…``, ``累计建成…``) before a later part
_LATER_VERB = r"(?:" + _WORKS_VERB + r"|推进|推進|推动|推動|累计建成|累計建成|累计完成|累計完成)?"
_COUNT = r"(?<![第\d.])\d+(?:\.\d+)?\s*(?:万|萬)?(?![年月日号號批期届屆轮輪])[\u4e00-\u9fff]{1,2}"
_TAIL = r"[^，,；;。：:\d]{0,24}"
_FIRST_PART = re.compile(r"^" + _WORKS_VERB + r"[^，,；;。：:\d]{0,20}?" + _COUNT + _TAIL + r"$")
_LATER_PART = re.compile(r"^" + _LATER_VERB + r"[^，,；;。：:\d]{0,12}?" + _COUNT + _TAIL + r"$")
_QUOTED = re.compile(r"[“\"「『][^”\"」』]{1,16}[”\"」』]")
_PART_SEP = re.compile(r"[、，,]")
_BREAKDOWN = re.compile(r"^(?:其中|含|包括|包含|另有)")  # ``新建12家,其中10家在郊区``: a breakdown, no task of its own


def counts_several_tasks(title: str) -> bool:
    """A heading line that sets two to four counted tasks joined by ``、`` or ``,`` and nothing else: the first part a
    verb of works with its count (``新增20张家庭床位``), each later part a count with or without its own verb
    (``10张养老床位``, ``改建5张照护床位``, ``累计建成9个“一刻钟”站点``). A name in quotes counts as words. Not a line
    whose later part has no count (``新增20张床位,方便老人就近入住``), nor one with a single count (the older cue's), nor a breakdown (``新建12家医院,其中10家在郊区``)."""
    t = _QUOTED.sub("名", title.strip()).rstrip("。;；")
    parts = _PART_SEP.split(t)
    if not 2 <= len(parts) <= 4 or _FIRST_PART.match(parts[0].strip()) is None:
        return False
    return all(_LATER_PART.match(p.strip()) is not None and _BREAKDOWN.match(p.strip()) is None for p in parts[1:])


_CARRY_ON_TASK = re.compile(r"^(?:推进|推進|推动|推動)[^，,；;。：:\d]{0,12}?" + _COUNT + _TAIL + r"$")


def carries_on_counted_task(title: str) -> bool:
    """A heading line that carries a counted task on (``推动8座驿站功能提升``, ``推进12个小区改造``): a verb of pushing works
    forward, its count, the works; nothing else. Not a line with a clause after it, nor one without a count."""
    return _CARRY_ON_TASK.match(_QUOTED.sub("名", title.strip()).rstrip("。;；")) is not None
