"""Goals listed group by group under one title (O1, O2): a school's or an office's ``组别工作目标``.

A page that sets the work goals of each of a body's groups (a school's committees, an office's sections) opens with the
title of those goals, then names each group on a line of its own and numbers that group's goals below it:

    各组别工作目标
    教务委员会(AC)
    1. 统筹课程安排。
    2. 成员:校长、教务主任。
    后勤组
    1. 保障校舍安全。

The title names goals (O1: ``工作目标``) with the word for the groups before it, so it opens a block of goals as a bare
label ``工作目标`` does (``goals.is_goal_label``); each group's name is a sub-heading of that block (O2: a standalone
heading line is no goal), not a label that closes it, and every numbered item below the names states a goal (O1).
The script does not matter: the rules read the page in simplified characters."""

from __future__ import annotations

import re

# the word for a body's groups before the goals' name: ``组别``, ``各组``, ``各小组``, ``各部门``, ``各处室``, ``各科室``,
# ``各委员会``, ``各工作组`` (``各`` optional where the word is a collective one, ``组别``, ``部门``, ``处室``, ``科室``)
_GROUPS = r"(?:各?组别|各(?:小|工作|职能)?组|各?(?:部门|处室|科室|股室|部室)|各(?:委员会|中心|团队|科组|级组))"
# an optional owner before it (``某中学``, up to a short name), then the groups, then the goals' name, an optional colon
_GROUP_GOALS_TITLE = re.compile(rf"^\s*[\u4e00-\u9fff]{{0,12}}?{_GROUPS}\s*(?:工作|年度|发展)?\s*目标\s*[:：]?\s*$")

# a group's name on a line of its own: Han characters ending in a word for a body (``委员会``, ``小组``, ``教务处``,
# ``办公室``, ``德育组``, ``后勤部``, ``服务中心``), an optional abbreviation in brackets (``(SAB)``, ``（教务）``), an
# optional colon; no sentence mark, no number, and no verb of a goal's deed (``成立工作领导小组``, ``健全家长委员会``
# alone in a paragraph of a goal section state a goal, O2)
_GROUP_NAME = re.compile(r"^\s*(?![\u4e00-\u9fff]*?(?:成立|建立|组建|健全|设立|完善|建设|打造|形成|培育|加强|发挥|推进|优化|支持))"
                         r"[\u4e00-\u9fff]{1,14}(?:委员会|小组|组|处|室|科|部|中心|团队|办公室|领导小组|工作组)\s*"
                         r"(?:[(（]\s*[A-Za-z\u4e00-\u9fff]{1,8}\s*[)）])?\s*[:：]?\s*$")


def titles_group_goals(line: str) -> bool:
    """A line that is only the title of the goals of a body's groups (``组别工作目标``, ``某校各部门工作目标``,
    ``各处室年度目标:``): it opens a block of goals as a label line ``工作目标`` does (O1). Not a title of another part
    (``各部门工作职责``), nor a sentence that speaks of the groups' goals (``各部门要完成全年工作目标``)."""
    return "目标" in line and _GROUP_GOALS_TITLE.match(line) is not None


def names_group(line: str) -> bool:
    """A line that is only a group's name (``学校行政委员会(SAB)``, ``教务处``, ``后勤组:``): inside a block of goals it
    heads the group's items (O2: no goal itself, and no label that closes the block)."""
    return len(line) <= 40 and _GROUP_NAME.match(line) is not None


def group_item_goal(paragraph: str, offset: int, path: list) -> list:
    """An item of a group's list read as text (``①按期编制报表。`` right over ``②…``, ``●…``), in the section a group's
    name heads (``path``'s last title, ``财务科``) inside a block of goals: it states a goal whole, as the items the
    outline read as headings do (O1); the goal is the item after its list mark, without its closing mark. Else none."""
    from extract.rules.goal_heading_names import _ITEM_OPENS
    from extract.rules.goals import GoalHit, goal_date  # (lazy: goals imports this module)
    m = _ITEM_OPENS.match(paragraph) if path and names_group(path[-1]) and "\n" not in paragraph.strip() else None
    if m is None:
        return []
    body = paragraph[m.end():].rstrip().rstrip("。；;.")
    start, end = m.end() + len(body) - len(body.lstrip()), m.end() + len(body)
    return [GoalHit(offset + start, offset + end, goal_date(body)[0], ("group_item",))] if start < end else []
