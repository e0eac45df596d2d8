"""(unitB24) A small task table whose cells the page glued into one run per row, under a glued header whose last word
names the unit column (U1, U6: the lone unit column is the lead)::

    日期活动项目承办单位
    6月1.全民健身广场舞展演区文体局
    2.青少年围棋公开赛围棋协会

``glued_header_roles``: a line of header words with no blank and no punctuation that ends with a unit column's word
(``负责单位``, ``责任单位``, ``牵头单位``, ``承办单位``) and names a task column before it (``内容``, ``项目``, ``任务``,
``事项``). ``glued_unit_rows``: the rows under it, up to the first line that is no such row: a row opens with an optional
time cell (``6月``) and its serial (``1.``), and ends with the unit's name glued to the task: the name that opens
with a level (``区文体局``), else the shortest name of two or more characters before an organisation's ending
(``围棋协会``). The task is the words between; the quote the row from its task to its unit (U5).

Made-up examples only.
"""

from __future__ import annotations

import re

from extract.cues import is_unit_cell

_GLUED_HEADER = re.compile(r"^[\u4e00-\u9fff]{4,30}?(?:内容|项目|任务|事项)[\u4e00-\u9fff]{0,8}?"
                           r"(?:负责单位|责任单位|牵头单位|承办单位|负责部门|责任部门)$")
_ROW = re.compile(r"^(?:\d{1,2}\s*月(?:份)?)?(?:\d{1,2}\s*[.、．](?!\d))\s*(?P<body>[^\s。;；:：|]{6,80})$")
_LEVEL_NAME = re.compile(r"[省市县区镇乡][\u4e00-\u9fff]{1,12}?(?:局|委|办|中心|协会|学会|总会|公司|馆|院|站|队|所)$")
_ORG_END = re.compile(r"(?:协会|学会|总会|中心|公司|局|委|办|馆|院|站|队|所)$")


def glued_header_roles(line: str) -> bool:
    """Whether ``line`` is a glued header that names a task column and, last, a unit column (the module's docstring)."""
    return _GLUED_HEADER.match(line.strip()) is not None


def closing_unit(body: str) -> int | None:
    """Where the unit's name glued to the end of a row's ``body`` starts, or None: the name that opens with a level
    (``…展演区文体局`` -> ``区文体局``), else the shortest name of two characters or more before an organisation's
    ending (``…公开赛围棋协会`` -> ``围棋协会``); the task before it keeps four characters or more."""
    for k in range(len(body) - 3, 3, -1):  # the shortest suffix that opens with a level and reads as a unit
        if body[k] in "省市县区镇乡" and _LEVEL_NAME.fullmatch(body[k:]) and is_unit_cell(body[k:]):
            return k
    m = _ORG_END.search(body)
    if m is None:
        return None
    k = m.start() - 2
    return k if k >= 4 and is_unit_cell(body[k:]) else None


# (r25 unitB25) the same glued header with a progress column after the units (``惠民项目建设内容牵头单位推进情况``), and its
# rows ``<task>。<unit>,<unit><progress>``: the units stand between the task's full stop and the progress the row reports
_GLUED_PROGRESS_HEADER = re.compile(r"^[\u4e00-\u9fff]{2,30}?(?:内容|项目|任务|事项)[\u4e00-\u9fff]{0,8}?"
                                    r"(?:负责单位|责任单位|牵头单位|负责部门|责任部门)(?:进展情况|进度情况|完成情况|推进情况|工作进展)$")
_PERIOD_HEADS = re.compile(r"^(?:[一二三四1-4]季度|[上下]半年|\d{1,2}月)+$")
_PROGRESS_OPEN = re.compile(r"^(?:\d|目前|已|累计|截至|截止|正在|全年|共|完成|开展|启动)")


def glued_progress_row(line: str) -> tuple[int, list[str]] | None:
    """(where the units end, the units) of a glued row ``<task>。<unit>,<unit><progress>`` (``新增照料中心30家。甲局,相关镇街
    目前已完成5家``): the run after the task's first full stop whose items each read as a unit and after which the
    progress opens (a number, ``目前``, ``已``, ``累计``…), the shortest such run; None otherwise."""
    stop = line.find("。")
    if stop < 4:
        return None
    rest = line[stop + 1:]
    for e in range(2, min(len(rest), 40) + 1):  # the shortest: a collective (``相关镇街``) may run on into the progress
        items = [x for x in re.split(r"[,，、]", rest[:e])]
        if all(x and is_unit_cell(x) for x in items) and _PROGRESS_OPEN.match(rest[e:]):
            return stop + 1 + e, items
    return None


def glued_unit_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(quote start, quote end, task, lead, responsible ``[]``) of the rows under each glued header of ``text``; (r25)
    under a glued header with a progress column after the units, the rows ``glued_progress_row`` reads (lead: the units,
    U6: the lone unit column; task: the row's words before its first full stop)."""
    if "单位" not in text and "部门" not in text:
        return []
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    if "情况" in text or "进展" in text:
        out += _progress_rows(text)
    pos = 0
    lines = text.split("\n")
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    for i, ln in enumerate(lines):
        if not glued_header_roles(ln):
            continue
        for j in range(i + 1, min(len(lines), i + 40)):
            m = _ROW.match(lines[j].strip())
            if m is None:
                break
            body = m.group("body")
            k = closing_unit(body)
            if k is None:
                continue
            a = starts[j] + lines[j].find(body)
            out.append((a, a + len(body), body[:k], [body[k:]], []))
    return out


def _progress_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """The rows under each glued header with a progress column (``_GLUED_PROGRESS_HEADER``) of ``text``, up to the first
    line that is no such row (a line of period heads, ``一季度二季度…``, is part of the header)."""
    out: list[tuple[int, int, str, list[str], list[str]]] = []
    pos, starts, lines = 0, [], text.split("\n")
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    for i, ln in enumerate(lines):
        if not _GLUED_PROGRESS_HEADER.match(ln.strip()):
            continue
        for j in range(i + 1, min(len(lines), i + 40)):
            row = lines[j].strip()
            if not row or _PERIOD_HEADS.match(row):
                continue
            hit = glued_progress_row(row)
            if hit is None:
                break
            a = starts[j] + lines[j].find(row)
            out.append((a, a + hit[0], row[:row.find("。")], hit[1], []))
    return out
