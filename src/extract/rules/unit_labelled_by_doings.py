"""``任务:由X+doing``: an item label that names a task (a verb and its object), closed by a colon, then ``由`` and a named
organisation with what it does (``增加舞台效果:由信息部联系灯光公司``, a plan's list of preparations). The label is
the task and ``由X`` puts it on X as a sentence that opens with ``由`` does (U7, ``unit_charge_finders.find_by_unit_doing``,
with its guards on the name and the doing): lead X, task the label, quote from the label to the end of the clause.

A label that names a field of the item (``活动内容:由…``, ``选拔时间:由某部另行通知``, ``接力项目:由某部在运动员中筛选``)
is no task: the label must open with a verb of doing and close with no field's noun (time, place, content, item…).

Made-up examples only.
"""

from __future__ import annotations

import re

# verbs a task label opens with (a preparation's or an event's doing)
_TASK_VERB = re.compile(r"^(?:增加|增设|新增|开展|组织|举办|布置|准备|制作|联系|邀请|采购|购买|设计|印制|张贴|发放|搭建|"
                        r"拍摄|提供|确定|落实|做好|协调|编制|制定|整理|安排|维护|负责)")
# the nouns a field label closes with: what is said of the item, not a task
_FIELD_NOUN = re.compile(r"(?:时间|日期|地点|场地|内容|对象|项目|方式|形式|要求|人员|名单|范围|标准|流程|程序|主题|名称)$")
# (lead47) a stage or a ceremony of an event (``南区复赛``, ``开幕式``): an event to be held, a task as a doing's label is
_EVENT_PART = re.compile(r"(?:初赛|复赛|決賽|决赛|複賽|初賽|开幕式|開幕式|闭幕式|閉幕式|颁奖典礼|頒獎典禮|典礼|典禮|仪式|儀式)$")
_ITEM_MARK = re.compile(r"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))\s*")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,16}")


def label_names_task(label: str) -> bool:
    """Whether an item label before a colon names a task (``增加舞台效果``, ``布置会场``): two to sixteen Chinese
    characters that open with a verb of doing and close with no field's noun (``活动内容``, ``选拔时间`` are fields)."""
    if _HAN.fullmatch(label) is not None and _EVENT_PART.search(label) is not None:
        return True  # (lead47) ``本市初赛:由某局办理``: a stage of the event, held by X
    return _HAN.fullmatch(label) is not None and _TASK_VERB.match(label) is not None and _FIELD_NOUN.search(label) is None


def task_label_before(text: str, colon_end: int) -> tuple[int, str] | None:
    """(start, label) of the task label closed by the colon that ends at ``colon_end`` (``增加舞台效果:由…``); the label
    runs back to the sentence's, clause's or line's start. None where the label names no task."""
    colon = colon_end - 1
    s0 = max(text.rfind(c, 0, colon) for c in "。;；!！?？\n:：,，") + 1
    label = text[s0:colon]
    s0 += len(label) - len(label.lstrip())
    label = label.strip()
    if (mark := _ITEM_MARK.match(label)) is not None:  # (lead47) ``(一)本市初赛:``: the item's mark is no part of the label
        s0, label = s0 + mark.end(), label[mark.end():]
    if not label_names_task(label):
        return None
    return s0, label
