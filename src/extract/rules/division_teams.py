"""(lead40) Working groups as owners under a heading that divides the work (eval/README.md U8, U3a twenty-third round).

An event's or a campaign's plan divides its work among its working groups: a heading that names the division
(``二、工作任务与分工``, ``三、职责分工``, ``(二)各组职责``) and, under it, one sub-heading per group, each over the
group's numbered items::

    二、工作任务与分工
    (一)综合组
    1.组织安排开幕式议程;            -> lead 综合组, task 组织安排开幕式议程
    2.印制分发秩序册。
    (二)宣传组
    1.制定宣传工作方案;              -> lead 宣传组

A group named by its task (``综合组``, ``宣传组``, ``后勤保障组``) is a body only where the text gives it duties
(``function_body_name(..., teams=True)``): the division heading above it is what says so here, as a ``宣传组:负责…``
label does elsewhere. Not: a group heading under any other parent (``(三)工作小组`` / ``1.综合组`` over its people
lines in the make-up part), a division of contestants (``男子组``, ``小学组``), a group of people (``第一小组``).

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.rules.unit_function_bodies import function_body_name

# a heading that names a division of the work among parties: ``任务与分工``, ``职责分工``, ``工作分工``, ``各组职责``,
# ``分工安排``, Traditional ``職責分工``, ``任務分工``
_DIVISION_HEADING = re.compile(r"分工|(?:各组|各小组|工作组|小组)的?(?:职责|職責|任务|任務)|职责|職責|任务分配|任務分配")
# an outline mark before a heading's title (``(一)``, ``一、``, ``1.``, ``(1)``, ``①``)
_MARK = re.compile(r"^[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[①-⑳])[ \t\u3000]*")


def divides_work(heading: str) -> bool:
    """Whether ``heading`` names a division of the work among parties (``二、工作任务与分工``, ``三、职责分工``)."""
    return _DIVISION_HEADING.search(heading) is not None


def team_name(heading: str) -> str | None:
    """The working group a heading names and nothing else (``(一)综合组`` -> ``综合组``), or None (a task's title, a
    division of contestants, a group of people)."""
    name = _MARK.sub("", heading.strip(), count=1).strip().rstrip("。:：")
    return name if function_body_name(name, teams=True) else None


def team_under_division(path: list[str]) -> list[str] | None:
    """The owner of the items under the last heading of ``path`` where that heading names one working group and the
    heading above it divides the work (U8): ``[…, 二、工作任务与分工, (一)综合组]`` -> [``综合组``]. None otherwise."""
    if len(path) < 2 or not divides_work(path[-2]):
        return None
    name = team_name(path[-1])
    return [name] if name is not None else None
