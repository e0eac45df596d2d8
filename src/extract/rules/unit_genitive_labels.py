"""(unitA35) A role label owned by its task with a genitive (eval/README.md U4a, U2): ``X之主责单位为Y``, ``X的牵头单位为Y``
name the unit of the task X, each such part its own row, several of them joined by ``、`` in one sentence.

    各计划按期推进。甲计划之主责单位为秘书室、乙计划之主责单位为教务处。  -> two rows: 甲计划 lead 秘书室, 乙计划 lead 教务处

``genitive_labels``: (start, end, task, label, units text) of each part. Not: a part with no genitive (``…,牵头单位为甲局``:
``labels_with_copula``'s), a task of one character. Made-up examples only.
"""

from __future__ import annotations

import re

from extract.roles import LEAD_LABEL, RESP_LABEL

_LABEL = rf"(?:{LEAD_LABEL}|{RESP_LABEL})"
# the units: one name, or names joined by ``、`` where the next name is no task of a part of its own (``、乙计划之…为``)
_GENITIVE = re.compile(
    rf"(?:(?<=^)|(?<=[。;；,，、:：\n]))[ \t\u3000]*(?P<task>[^。;；,，、:：\s]{{2,30}}?)[之的](?P<label>{_LABEL})(?:为|是)"
    rf"(?P<units>[^。;；,，、:：\s]{{2,30}}(?:、(?![^。;；,，、:：\s]{{1,30}}?[之的]{_LABEL}(?:为|是))[^。;；,，、:：\s]{{2,30}})*)"
    r"(?=[。;；,，、\s]|$)")
_QUICK = re.compile(r"[之的](?:牵头|主责|责任|配合|主办|协办|承办|参与|主要)")


def genitive_labels(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, task, label, units text) of each ``X之<role label>为Y`` part of ``text`` (module docstring)."""
    if _QUICK.search(text) is None:
        return []
    return [(m.start("task"), m.end(), m.group("task"), m.group("label"), m.group("units")) for m in _GENITIVE.finditer(text)]
