"""(unitA40) Working groups of an event or a work plan set as headings under the plan's division of work (eval/README.md
U3a twenty-third round, U8, U4a).

An event plan (``运动会``, ``晚会``, a 活动方案) divides its work by group: a heading of the division (``二、工作任务与分工``,
``三、各组职责``) over one heading per group (``(一)竞赛组``, ``(二)宣传组``) with the group's duty items below::

    二、工作任务与分工
    (一)宣传组
    1.制定宣传方案。          -> lead 宣传组, task 制定宣传方案
    2.赛场宣传报道。          -> lead 宣传组, task 赛场宣传报道

A name such as ``宣传组`` alone is a weak cue (it may be a task's title over its own role labels, or a division of
contestants); the heading of the division above it is the second cue: together they make the group a party
(``team_heading_units``). The group's members' names between its people labels are people, no task: a paragraph right
after a post's label that names nobody on its own line (``委  员:(按姓氏笔划)`` / ``张三 李四 王五``) holds the post's
holders (``holders_of_post_above``), as a post line does (U4a).

Not: a group named under a heading that divides nothing (``一、组织机构``: the make-up, read by the post lines), a
division of contestants (``男子组``, ``小学组``), a group of people (``专家小组``, ``第一小组``).
"""

from __future__ import annotations

import re

# a heading that divides the plan's work among its parties: ``分工``, ``职责``, ``分组``/``分組``, ``任务分配``
_DIVISION_TITLE = re.compile(r"分工|职责|職責|分组|分組|任务分配|任務分配|工作安排|组别及|組別及")
_MARK = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．)）])\s*")


def team_heading_units(title: str, parent: str) -> list[str] | None:
    """[the group] where ``title`` is a working group's name alone (``(一)宣传组``, ``后勤保障組``) and ``parent``, the
    heading above it, divides the plan's work (``工作任务与分工``, ``各组职责``); None otherwise."""
    from extract.rules.unit_function_bodies import function_body_name
    if not parent or _DIVISION_TITLE.search(parent) is None:
        return None
    name = _MARK.sub("", title.strip(), count=1).rstrip("。:：;； \t")
    if not (name.endswith("组") or name.endswith("組")) or len(name) > 12:
        return None
    simple = name.replace("組", "组")
    return [name] if function_body_name(simple, teams=True) else None


# a post's label with no holder on its line, at most a note on how the holders are listed (``委员:``, ``成 员:(按姓氏笔画)``)
_EMPTY_POST = re.compile(r"(?:主\s*任|副\s*主\s*任|委\s*员|委\s*員|成\s*员|成\s*員|组\s*员|組\s*員|组\s*长|組\s*長|副\s*组\s*长|"
                         r"副\s*組\s*長|秘\s*书\s*长|秘\s*書\s*長|裁\s*判\s*员|工\s*作\s*人\s*员)\s*[:：]\s*"
                         r"(?:[(（][^()（）\n]{0,16}[)）])?\s*$")


def holders_of_post_above(text: str, start: int) -> bool:
    """Whether the paragraph at ``start`` follows, on the next line, a post's label that names nobody on its own line
    (``委员:(按姓氏笔划)``): the paragraph lists the post's holders, people (U4a), no task."""
    head = text[max(0, start - 80):start].rstrip("\n \t\u3000")
    prev = head.rsplit("\n", 1)[-1]
    return ("员" in prev or "員" in prev or "长" in prev or "長" in prev or "任" in prev) and _EMPTY_POST.search(prev) is not None
