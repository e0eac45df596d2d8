"""A roster read as a task (U2: a task says what is to be done). Made-up examples only.

- ``roster_task``: a line of an event plan's staffing list that only names who fills the posts of a group:
  ``组长 X X 组员 X X``, ``总协调张*、李*``, ``协调:王某、赵某``, ``负责人:甲 乙 成员:丙``. The group's name on the line
  (``节目组:组长 X X``) is no unit charged with a task there: the line says who staffs it, not what it does. A post
  word followed by a task (``协调各部门工作``, ``负责人员培训``) is a task and stays.
"""

from __future__ import annotations

import re

# a post of a staffing roster
_POST = r"(?:总|副|常务)?(?:组长|组员|成员|负责人|联系人|联络人|协调人?|队长|队员|主任|干事|部长|委员)"
# a person: a masked or placeholder name (``X X``, ``张*``, ``王某``, ``李××``, ``○○○``) or, after a post whose
# roster has two or more posts, a short name
_MASKED = r"(?:[XxＸｘ×○〇*＊](?:\s?[XxＸｘ×○〇*＊])*|[\u4e00-\u9fff]{1,3}(?:[*＊×○〇]+|某{1,2}))"
_NAME = r"(?:[XxＸｘ×○〇*＊](?:\s?[XxＸｘ×○〇*＊])*|[\u4e00-\u9fff]{1,3}[*＊×○〇某]*)"
_SEP = r"[\s、,，/]*"
_MASKED_ROSTER = re.compile(rf"^(?:{_POST}[::]?\s*{_MASKED}(?:{_SEP}{_MASKED})*{_SEP})+$")
_POSTS_ROSTER = re.compile(rf"^(?:{_POST}[::]?\s*{_NAME}(?:[\s、,，/]+{_NAME})*{_SEP}){{2,}}$")
_QUICK = ("组", "员", "负责人", "协调", "联", "队", "主任", "干事", "部长", "委员")


def roster_task(task: str) -> bool:
    """Whether ``task`` is only a staffing roster: post words each followed by masked names (``组长 X X 组员 X X``,
    ``总协调张*、李*``, ``协调:王某``), or two or more posts each followed by short names (``组长张三 组员李四``).
    Not ``协调各部门工作``, ``负责人员培训``, ``组织签到``."""
    t = (task or "").strip()
    if not t or len(t) > 60 or not any(q in t for q in _QUICK):
        return False
    return _MASKED_ROSTER.match(t) is not None or _POSTS_ROSTER.match(t) is not None


# (lead50) one post and the names of its holders parted by blanks (``副主任刘某 马某某 杨某某``, ``委 员甲某 乙某 丙某``): the
# blanks part the names, so the quote shows what the task (blanks dropped) hides
_SPACED_POST = re.compile(r"(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff])")
_ONE_POST_NAMES = re.compile(rf"^{_POST}[:：]?\s*[\u4e00-\u9fff]{{2,3}}(?:[ \t\u3000、,，]+[\u4e00-\u9fff]{{2,3}}){{2,}}\s*$")


def roster_quote(quote: str) -> bool:
    """Whether a row's quote is one post and three or more names parted by blanks or 、 (a roster line), no task."""
    q = (quote or "").strip()
    if not q or len(q) > 80 or not any(p in q.replace(" ", "") for p in _QUICK):
        return False
    head = re.match(r"^(\S)\s(\S)", q)  # a post written with a blank inside it (``委 员``)
    if head is not None and head.group(1) + head.group(2) in ("委员", "组员", "成员", "队员"):
        q = q[0] + q[2:]
    if _ONE_POST_NAMES.match(q) is None:
        return False
    names = re.split(r"[ \t\u3000、,，]+", re.sub(rf"^{_POST}[:：]?\s*", "", q))
    return not any(re.search(r"[局委办處处科室站所院校部会組组队中心司厅]$", n) for n in names)  # people, no offices
