"""Unit rows of a task table flattened one cell to a line (U1, U2, U5, U6), read by its row serials.

A table copied from a page whose rows span several lines (merged cells, sub-rows under one task) comes out one
cell per line, with or without a closing ``|``::

    序号 |            1                   3
    项目名称 |        促进重点群体就业     放心家政行动 |
    目标任务 |        城镇新增就业100人 |  培训家政人员60人次 |
    牵头单位 |        某县人社局 |         某县商务局 |
    1 |               100 |                60 |
    ...               ...

The header (``序号`` and a role column: ``牵头单位``, ``责任单位``, ``市级牵头``) comes first; then each row opens with
its serial, the next number in turn (``1``, ``2``…, a footnote mark allowed: ``9*``), and runs to the next serial
(``serial_rows``). A row's task is its first cell after the serial (a group's name, ``一、社会救助(4项)``, left out; a
measure's bracket, ``(人)``, dropped from an indicator's name); its lead is the first of its next cells that reads as a
unit's name, a name cut over two lines joined (``市人力资源`` + ``社会保障局``, the first part opening with a level). A task cell that repeats an earlier row's (a group's
cell copied onto a later row) gives way to the next cell. The quote runs from the task's cell to
the unit's. A row with no unit cell of its own (a sub-row under a merged unit cell) gives none. Where the header puts the unit
column right before the task's (``序号 | 责任单位 | 实施内容 | 协同单位``), the row's first cell is the lead, the next the
task and a helpers' cell after it (units parted by blanks) the responsible units; the quote runs from the lead's cell.

Not: a table with no role column in its header (an indicator or allocation table, U1a), serials out of turn (a
count cell ``4`` inside a row is no serial), a row whose task cell is a number, units found more than four cells
after the task (another column's words), and a town's name where the header has a column of places (``建设地点``:
where the works are, no unit).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.cues import is_unit_cell  # (speedA26) at the top: ``_unit_at`` runs for every cell tried (an import per call)

# a serial cell: ``3``, ``9*``, ``12 |``
_SERIAL = re.compile(r"^(?P<n>\d{1,2})\*?$")
# a group's name between the serial and the task: ``一、社会救助(4项)``, ``二、社会保障``
_GROUP = re.compile(r"^[一二三四五六七八九十]{1,3}、")
# the bracketed measure closing an indicator's name: ``(人)``, ``(%)``, ``(人次)``, ``(元/月)``
_MEASURE = re.compile(r"[(（][^()（）]{1,6}[)）]$")
# the header's role column
_ROLE_HEAD = re.compile(r"牵头|责任单位|责任部门|主责单位")
# a header's column of places (``建设地点``, ``实施地点``) and the endings of a place's name in it (``甲镇``, ``乙街道``)
_PLACE_HEAD = re.compile(r"地点|地址|位置")
_PLACE_END = re.compile(r"(?:镇|乡|街道|村|社区|[(（]街道[)）])$")
# a header's task column and helpers' column, read where the unit column comes first
_TASK_HEAD = re.compile(r"^(?:实施内容|项目内容|项目名称|工作任务|任务|内容|项目)$")
_HELP_HEAD = re.compile(r"^(?:协同|配合|协办|参与)(?:单位|部门)$")
_NUMBERISH = re.compile(r"^[\d.,%*\-—/~～]*$")
_MAX_UNIT_GAP = 4
# the level that opens a unit's name cut over two lines (``市人力资源`` + ``社会保障局``)
_LEVEL_OPEN = re.compile(r"^[省市州县区镇乡]")
_BRACKET = re.compile(r"[(（)）]")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=2)  # both readers of a text cut it once (callers only read the list)
def _cells(text: str) -> list[tuple[str, int, int]]:
    """The text's lines as cells: (words, start, end), a closing ``|`` and blanks stripped; empty lines dropped."""
    out = []
    at = 0
    for line in text.split("\n"):
        words = line.strip()
        if words.endswith("|"):
            words = words[:-1].strip()
        if words:
            s = at + line.find(words[0])
            out.append((words, s, s + len(words)))
        at += len(line) + 1
    return out


def _unit_at(cells, k: int):
    """The unit whose name is cell ``k`` (or cells ``k`` and ``k+1``, a name cut over two lines): (name, end) or None."""
    words = cells[k][0]
    if len(words) <= 20 and not _DIGIT.search(words) and is_unit_cell(words):
        return words, cells[k][2]
    if k + 1 < len(cells) and len(words) <= 10 and _LEVEL_OPEN.match(words) and not _BRACKET.search(words) \
            and not _DIGIT.search(words + cells[k + 1][0]):
        joined = words + cells[k + 1][0]
        if len(joined) <= 20 and is_unit_cell(joined):
            return joined, cells[k + 1][2]
    return None


def _units_first(header) -> bool | None:
    """Whether the header puts its unit column right before its task column (``序号 | 责任单位 | 实施内容 | 协同单位``):
    None where it does not, else whether a helpers' column (``协同单位``, ``配合单位``) follows the task."""
    words = [c[0].replace(" ", "") for c in header]
    for i in range(len(words) - 1):
        if _ROLE_HEAD.search(words[i]) and _TASK_HEAD.search(words[i + 1]):
            return i + 2 < len(words) and _HELP_HEAD.search(words[i + 2]) is not None
    return None


# one organisation's name in a glued run: the shortest words closed by an organisation's ending
_GLUED_NAME = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:局|委|办|集团|公司|街道|中心|政府|大队|支队|院|站|馆|所|会)")


def glued_names(run: str) -> list[str]:
    """The names of a helpers' cell whose blanks were lost (``财政局住建局城管局甲集团各区镇街道`` -> five names), or []
    where the run is not made of such names to its end (``财政局负责资金``)."""
    names = _GLUED_NAME.findall(run)
    return names if names and "".join(names) == run else []


def _units_first_row(cells, t: int, b: int, helpers: bool):
    """A row of a units-first table: its lead cell ``t``, its task cell next, its helpers' cell after that (units
    parted by blanks), or None where the cells do not read so."""
    from extract.cues import is_unit_cell
    from extract.rules.units import split_units
    lead = _unit_at(cells, t)
    if lead is None or lead[1] != cells[t][2] or t + 1 >= b or _NUMBERISH.match(cells[t + 1][0]):
        return None
    task = cells[t + 1][0].rstrip("。;；").strip()
    end, resp = cells[t + 1][2], []
    if helpers and t + 2 < b:
        names = split_units(cells[t + 2][0].replace(" ", "、"))
        if len(names) == 1 and not is_unit_cell(names[0]) or len(names) == 1 and len(names[0]) > 8:
            names = glued_names(names[0])  # the blanks between the names lost: ``财政局住建局城管局``
        if names and all(is_unit_cell(x) for x in names):
            end, resp = cells[t + 2][2], names
    return cells[t][1], end, task, split_units(lead[0]), resp


# (unitB26) a header whose first column is the task's (``工作任务``, ``重点任务``): a table whose serial column stands after it
_TASK_FIRST_HEAD = re.compile(r"^(?:工作任务|重点任务|主要任务|具体任务|任务名称|工作事项|工作内容|工作项目|项目名称|任务)$")
_HEADER_ROLES = ("title", "content", "category", "lead", "responsible", "deadline", "people", "other")


def _task_first_header(cells, h: int) -> int | None:
    """The end (first row's cell) of a header that opens at ``cells[h]`` with the task's column and runs on in short
    column words, one a unit column (``工作任务`` / ``具体要求`` / ``责任科室`` / ``时限要求``), where the first row's task
    cell is followed by its serial ``1``: the serial column has no header word of its own (the task column spans
    rows before it). None otherwise."""
    from extract.cues import column_role
    e = h + 1
    roles = []
    while e + 1 < len(cells) and e - h <= 7 and len(cells[e][0]) <= 8 and not _DIGIT.search(cells[e][0]) \
            and cells[e + 1][0] != "1" and (role := column_role(cells[e][0].replace(" ", ""))) in _HEADER_ROLES \
            and role != "title":
        roles.append(role)
        e += 1
    if not any(r in ("lead", "responsible") for r in roles) or e + 1 >= len(cells) or cells[e + 1][0] != "1" \
            or _NUMBERISH.match(cells[e][0]):
        return None
    return e


def task_first_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """(unitB26) The rows of a one-cell-a-line table whose task column comes before its serial column, the serial
    column without a header word (``工作任务 | 具体要求 | 责任科室 | 时限要求`` over ``甲任务 | 1 | 要求… | 办公室 |
    年底前``): each serial opens its row's other columns, in the header's order; the cell before the serial is the row's
    task, unless it closes the row above (a task cell merged over two rows: the row's requirement is its task). Lead =
    the unit column's cell (U6); the quote runs from the task's cell to the unit's."""
    from extract.cues import column_role
    from extract.rules.units import split_units
    cells = _cells(text)
    out = []
    h = 0
    while h < len(cells):
        if not _TASK_FIRST_HEAD.match(cells[h][0].replace(" ", "")) or (e := _task_first_header(cells, h)) is None:
            h += 1
            continue
        roles = [column_role(c[0].replace(" ", "")) for c in cells[h + 1:e]]
        width = len(roles)
        at = next(i for i, r in enumerate(roles) if r in ("lead", "responsible"))
        s, n, prev_end = e + 1, 1, e - 1
        while s + width < len(cells) + 1:
            own_task = s - 1 > prev_end
            unit = _unit_at(cells, s + 1 + at) if s + 1 + at < len(cells) else None
            t = s - 1 if own_task else s + 1
            if unit is not None and t != s + 1 + at:
                out.append((cells[t][1], unit[1], cells[t][0].rstrip("。;；").strip(), split_units(unit[0]), []))
            prev_end = s + width
            nxt = next((j for j in (prev_end + 1, prev_end + 2) if j < len(cells) and cells[j][0] == str(n + 1)), None)
            if nxt is None:
                break
            s, n = nxt, n + 1
        h = prev_end + 1
    return out


def serial_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """The rows (quote start, quote end, task, lead units, responsible units) of the one-cell-a-line task tables of
    ``text``; (unitB26) where ``序号`` stands nowhere in ``text``, the tables whose serials follow their task cells
    (``task_first_rows``) instead: a text with a ``序号`` anywhere is read for the ``序号``-headed tables only."""
    from extract.rules.units import split_units
    if "序号" not in text:
        return task_first_rows(text)
    cells = _cells(text)
    out = []
    k = 0
    while k < len(cells):
        if cells[k][0] != "序号":
            k += 1
            continue
        # the header: from ``序号`` to the first serial (``1``, or where a list goes on from another table, ``15``)
        first = next((j for j in range(k + 1, min(k + 30, len(cells))) if _SERIAL.match(cells[j][0])), None)
        header = "".join(c[0] for c in cells[k:first]) if first is not None else ""
        if first is None or not _ROLE_HEAD.search(header):
            k += 1
            continue
        places = _PLACE_HEAD.search(header) is not None  # a column of where the works are: its towns are no units
        serials = [first]
        n = int(_SERIAL.match(cells[first][0]).group("n"))
        units_first = _units_first(cells[k + 1:first])
        j = first + 1
        while j < len(cells):
            m = _SERIAL.match(cells[j][0])
            if m and int(m.group("n")) == n + 1 and j + 1 < len(cells) and not _NUMBERISH.match(cells[j + 1][0]):
                serials.append(j)
                n += 1
            elif cells[j][0] == "序号":
                break
            j += 1
        bounds = serials + [j]
        tasks: set[str] = set()
        for a, b in zip(bounds, bounds[1:]):
            t = a + 1
            if t < b and _GROUP.match(cells[t][0]):
                t += 1
            if t + 1 < b and _MEASURE.sub("", cells[t][0]).strip() in tasks:
                t += 1  # a group's task cell repeated on a later row: the row's own task is the next cell
            if t >= b or _NUMBERISH.match(cells[t][0]):
                continue
            if units_first is not None:
                if (row := _units_first_row(cells, t, b, units_first)) is not None:
                    out.append(row)
                continue
            unit = next((u for u in (_unit_at(cells, i) for i in range(t + 1, min(b, t + 1 + _MAX_UNIT_GAP))) if u
                         and not (places and _PLACE_END.search(u[0]))), None)
            if unit is None or unit[1] > cells[b - 1][2]:
                continue
            task = _MEASURE.sub("", cells[t][0]).strip()
            if len(task) >= 2:
                tasks.add(task)
                out.append((cells[t][1], unit[1], task, split_units(unit[0]), []))
        k = j
    return out


# a role label alone on its line, colon or none: ``责任单位``, ``牵头单位:``; a helpers' label likewise
_LEAD_LINE = re.compile(r"^(?:牵头单位|牵头部门|责任单位|责任部门|主责单位)\s*[:：]?$")
_LEAD_LABELS = ("牵头单位", "牵头部门", "责任单位", "责任部门", "主责单位")  # the words of ``_LEAD_LINE``
_HELP_LINE = re.compile(r"^(?:配合单位|配合部门|协同单位|协办单位|参与单位)\s*[:：]?$")
# a label line of the task itself (``具体任务``, ``项目名称:``) and of another field (``完成情况``, ``完成时限:``)
_TASK_LABEL_LINE = re.compile(r"^(?:具体|工作|重点|主要)?(?:任务|项目名称|实施内容|项目内容|建设内容)\s*[:：]?$")
_ANY_LABEL_LINE = re.compile(r"^(?:具体|工作|重点|主要|完成|进展|项目|实施|建设|责任|负责|牵头|配合|协同|协办|参与)?"
                             r"(?:任务|名称|内容|情况|进度|时限|时间|目标|措施|简介|单位|部门|科室|领导|责任人|季度|备注)\s*[:：]?$")


def label_line_rows(text: str) -> list[tuple[int, int, str, list[str], list[str]]]:
    """A task set out as a vertical form, each label alone on its line and its value on the next::

        具体任务
        全面落实某项工作,新建甲站……。
        责任单位
        甲局、乙局
        配合单位
        各乡镇

    The line before the role label is the task (its closing ``。`` dropped), the line after the label its units
    (lead, U4/U6), a helpers' label and its line after them the responsible units (U4a); the quote runs from the task
    to the last unit line. Not: a table's header flattened (``任务`` / ``责任单位`` / ``完成时限``: the line after the
    label is another label, no units), a task line that is itself a label or a unit's name, and a line under another
    field's label (``完成情况`` / ``各校已完成整改。`` / ``牵头部门`` / ``甲局``: a report of what was done, no task)."""
    from extract.cues import is_unit_cell
    from extract.rules.units import split_units
    if not any(label in text for label in _LEAD_LABELS):
        return []  # no role label anywhere: no line can be one (the cells are not cut)
    cells = [c for c in _cells(text)]
    out = []
    for i in range(1, len(cells) - 1):
        if not _LEAD_LINE.match(cells[i][0]):
            continue
        task, units = cells[i - 1], cells[i + 1]
        if i >= 2 and _ANY_LABEL_LINE.match(cells[i - 2][0]) and not _TASK_LABEL_LINE.match(cells[i - 2][0]):
            continue  # the value of another field (``完成情况``: what was done), no task
        if _ANY_LABEL_LINE.match(task[0]) or len(task[0]) < 6 \
                or (is_unit_cell(task[0]) and not re.search(r"[,，。;；]", task[0])) \
                or _ANY_LABEL_LINE.match(units[0]) or not is_unit_cell(units[0]):
            continue
        end, resp = units[2], []
        if i + 3 < len(cells) and _HELP_LINE.match(cells[i + 2][0]) and is_unit_cell(cells[i + 3][0]) \
                and not _ANY_LABEL_LINE.match(cells[i + 3][0]):
            end, resp = cells[i + 3][2], split_units(cells[i + 3][0])
        out.append((task[1], end, task[0].rstrip("。;； "), split_units(units[0]), resp))
    return out
